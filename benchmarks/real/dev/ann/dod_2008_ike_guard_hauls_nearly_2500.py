K = "hurricane_ike_texas_2008:"
NG = "National Guard"
TXG = "Texas National Guard"
ST = "states of Texas and Louisiana"
JW = "James Waskom"
KM = "Kristine Munn"
CR = "Charles Rodriguez"
ANN = {
 "article": "articles/dod_2008_ike_guard_hauls_nearly_2500.txt",
 "gold_out": "gold/dod_2008_ike_guard_hauls_nearly_2500.json",
 "published": "2008-09-16",
 "quotes": [
  {"text": "We're proud of the work our troops are doing out there", "speaker": JW, "speaker_mention": "Lt. Col. James Waskom", "fragment": False,
   "note": "'\"...,\" said Lt. Col. James Waskom, deputy commander of ...': inverted attribution after the quote; trailing comma dropped"},
  {"text": "But we've got to keep our heads in the game because there is lots of work still out there to do.", "speaker": JW, "speaker_mention": "Lt. Col. James Waskom", "fragment": False,
   "note": "second sentence after the attribution, no cue of its own: the speaker is Waskom, named in the sentence before; final '.' kept"},
  {"text": "The No. 1 mission is search and rescue, second is damage assessment, and third is setting up points of distribution", "speaker": CR, "speaker_mention": "Maj. Gen Charles Rodriguez", "fragment": False,
   "note": "'\"...,\" said Maj. Gen Charles Rodriguez, the Texas adjutant general, before the storm struck': said before landfall (the AFPS item of 12 September has the same words); trailing comma dropped"},
 ],
 "figures": [
  {"text": "2,500", "value": 2500, "unit": None, "counted": "people hauled to safe havens by the Guard", "source": None, "approx": "around",
   "note": "headline 'Guard hauls nearly 2,500 to safe havens': 'nearly' -> around; no claimant. The two states' total (the body's nearly 2,000 in Texas plus 343 in Louisiana), not the Texas count, so no key"},
  {"quantity": K+"guard_rescues_texas", "text": "2,000", "value": 2000, "unit": None, "counted": "people rescued by Guardmembers in Texas by Monday", "source": ST, "approx": "around",
   "note": "'Guardmembers had rescued nearly 2,000 people in Texas ... by Monday, ..., the states reported': 'nearly' -> around; claimed by the states. Cumulative Guard rescues in Texas, the same quantity (a count that grows) as '397 rescues' on 13 September in dod_2008_ike_texas_guard_rescue_missions"},
  {"text": "343", "value": 343, "unit": None, "counted": "people rescued or evacuated in Louisiana", "source": ST, "approx": None,
   "note": "'another 343 in Louisiana, the states reported': the same sentence's attribution"},
  {"text": "1,554", "value": 1554, "unit": None, "counted": "people rescued by Texas troops with ground vehicles and boats", "source": KM, "approx": None,
   "note": "'..., reported Kristine Munn, a spokesperson for the National Guard Bureau' at the end of the sentence"},
  {"text": "394", "value": 394, "unit": None, "counted": "people rescued by Texas troops with helicopters", "source": KM, "approx": None,
   "note": "same sentence as 1,554; a part of the Texas total (1,554 + 394 = 1,948, 'nearly 2,000'), so no key"},
  {"text": "639", "value": 639, "unit": None, "counted": "people assisted who were not evacuated", "source": KM, "approx": None,
   "note": "'Furthermore, they had assisted 639 people ...': no cue of its own, but 'Furthermore' with the reported past perfect ('had assisted') continues the list Munn reported in the sentence before (as 'And over 220 killed' continues a claimant's list elsewhere in the set), so Munn claims it"},
  {"text": "500", "ctx": "about 500", "value": 500, "unit": None, "counted": "buildings whose damage Texas troops assessed", "source": KM, "approx": "around",
   "note": "'had assessed the damage to about 500 buildings': 'about' -> around; the same continuation of Munn's report as 639"},
 ],
 "events": [
  {"actor": None, "date": "2008-09-12/2008-09-13", "date_text": "on Friday night and Saturday", "what": "Hurricane Ike rampaged through Texas and Louisiana",
   "note": "the storm's passage (weather), no agent; Friday 12 and Saturday 13 September 2008 before Tuesday 16 September, one expression written as an interval"},
  {"actor": NG, "date": "2008-09-15", "date_text": "by Monday", "what": "Guardmembers had rescued nearly 2,000 people in Texas and another 343 in Louisiana",
   "note": "'Guardmembers had rescued ... by Monday': active, the subject is the Guard's members; Monday 15 September 2008"},
  {"actor": None, "date": "1890", "date_text": "in 1890", "what": "Dwight D. Eisenhower was born in Denison, Texas",
   "note": "a birth (passive 'was born', no agent)"},
  {"actor": TXG, "date": "2008-09-15", "date_text": "by midday Monday", "what": "Texas troops had rescued 1,554 people with ground vehicles and boats and 394 with helicopters",
   "note": "'Texas troops had rescued ... by midday Monday': active, the Texas Guard's troops; Munn's reporting is undated"},
 ],
 "actors": [
  {"name": NG, "type": "organisation", "aliases": ["Guard", "National Guard troops", "Guardmembers"]},
  {"name": TXG, "type": "organisation", "aliases": ["Texas Guard members", "Texas troops"]},
  {"name": ST, "type": "group", "aliases": ["the states"]},
  {"name": JW, "type": "person", "aliases": ["Lt. Col. James Waskom"]},
  {"name": KM, "type": "person", "aliases": ["Kristine Munn"]},
  {"name": CR, "type": "person", "aliases": ["Maj. Gen Charles Rodriguez"]},
 ],
 "notes": [
  "National Guard Bureau story dated Tuesday 16 September 2008 on nationalguard.mil on Guard rescues after Hurricane Ike; the last paragraph (cut mid-word) is dropped. Story hurricane_ike_texas_2008 with dod_2008_ike_texas_guard_rescue_missions (AFPS, 14 September) and fema_2008_ike_316_million_texans (FEMA, 17 October).",
  "Quotes: Waskom in two parts (the second, after the attribution, has no cue of its own), Rodriguez once ('said ... before the storm struck'). 'No. 1' in the Rodriguez quote is a rank, not a figure.",
  "Claimants: 2,000 and 343 'the states reported' (canonical 'states of Texas and Louisiana', alias 'the states'); 1,554 and 394 'reported Kristine Munn'; 639 and 500 continue Munn's report ('Furthermore, they had ...'); the headline's 2,500 has none.",
  "Key hurricane_ike_texas_2008:guard_rescues_texas: 'nearly 2,000' Guard rescues in Texas by Monday 15 September here, '397 rescues' by the final reports of Saturday 13 September in the AFPS item of 14 September (a count that grows, as a toll does). The 1,554 and 394 are its parts, the headline's 2,500 covers both states: no key.",
  "Events: 'on Friday night and Saturday' (the storm, null), 'by Monday' (Guardmembers: National Guard), 'in 1890' (a birth, null), 'by midday Monday' (Texas troops: Texas National Guard). 'before the storm struck' is relative to an event, not a date expression.",
  "Not figures: '256th' (unit designation), '34th' (ordinal), 'No. 1', 'second', 'third' (ranks), '1890' (year), 'one of the main missions' and 'one of the state's most famous sons' (pronoun 'one of'). Eisenhower, the National Guard Bureau, the 256th Infantry Brigade Combat Team and the hurricane do not act in the kept text and are not actors; 'our troops' (in the quote) is not listed.",
  "second reading (annotator): re-read the whole item against FORMAT.md sections 1-2: quote spans and marks (trailing commas dropped, final '.' kept on Waskom's second sentence), every number token in the build listing, hedges ('nearly' x2 and 'about' -> around), weekdays against Tuesday 16 September 2008, and every alias an exact substring; no change.",
 ],
}
