K = "georgia_us_aid_2008:"
MC = "USS McFaul"
D = "USCGC Dallas"
M = "John Moore"
ANN = {
 "article": "articles/dod_2008_georgia_mcfaul_aid_batumi.txt",
 "gold_out": "gold/dod_2008_georgia_mcfaul_aid_batumi.json",
 "published": "2008-08-24",
 "quotes": [
  {"text": "Our job was to get the supplies to Georgia as quickly as possible", "speaker": M, "speaker_mention": "Capt. John Moore",
   "note": "'..., said Capt. John Moore, commodore of Combined Task Force 367'; comma before the closing mark dropped"},
  {"text": "The entire crew of this ship realizes the significance of their efforts in helping to provide comfort to the people of Georgia.", "speaker": M, "speaker_mention": "Capt. John Moore",
   "note": "second quotation of the paragraph, with no attribution of its own: Moore's, named before it; keeps its final stop"},
 ],
 "figures": [
  {"quantity": K + "mcfaul_pallets", "text": "82", "value": 82, "unit": None, "counted": "pallets delivered by McFaul", "source": None, "approx": None,
   "note": "'McFaul delivered 82 pallets': the release's own voice. dod_2008_georgia_aid_million_pounds has the McFaul leaving Crete 'loaded with 72 pallets' (same key; the reports disagree)"},
  {"text": "155,000", "value": 155000, "unit": None, "counted": "pounds of supplies delivered by McFaul", "source": None, "approx": "around",
   "note": "'about 155,000 pounds' -> around; pounds are not in the scorer's unit table, so no unit"},
  {"text": "three to 12", "value": 3, "value_max": 12, "unit": None, "counted": "pallets per sortie that aircraft can carry", "source": None, "approx": None,
   "note": "a range; aircraft capacity, narration"},
  {"text": "76,000", "value": 76000, "unit": None, "counted": "pounds of relief supplies on Dallas", "source": None, "approx": "more than",
   "note": "'more than 76,000 pounds'; no other item of the set gives the Dallas load in pounds (the 24 August AFPS item counts '50 pallets', a different measure)"},
  {"text": "a week", "value": 1, "unit": "weeks", "counted": "time until Dallas arrives in Georgia", "source": None, "approx": "up to", "ctx": "within a week",
   "note": "'will arrive in Georgia within a week': a duration (upper bound), annotated as a figure, not an event"},
  {"text": "tens of thousands", "value": None, "vague": True, "unit": None, "counted": "hygiene kits flown into the country", "source": None, "approx": None,
   "note": "vague plural"},
 ],
 "events": [
  {"actor": MC, "date": "2008-08-24", "date_text": "Aug. 24", "what": "USS McFaul pulled into the port of Batumi to deliver relief supplies",
   "note": "subject of 'pulled into'; the year is that of the release (August 2008, see meta)"},
  {"actor": D, "date": "2008-08-21", "date_text": "on Thursday", "what": "Dallas left Souda Bay, Crete",
   "note": "subject of 'left'; the Thursday before the release (21 August 2008). dod_2008_georgia_aid_million_pounds says Dallas 'departed the next day' after 21 August (22 August)"},
  {"actor": "U.S. Navy", "date": "2008-08-17/2008-08-24", "date_text": "over the past week", "what": "U.S. Navy C-9, C-40 and C-130 aircraft flew tens of thousands of hygiene kits into Georgia",
   "note": "subject 'U.S. Navy C-9, C-40 and C-130 aircraft' of 'have flown' (the service's aircraft, canonical the Navy); 'the past week' read as the seven days up to the release day (as 'over the past week' elsewhere in the dev set), so it depends on the inferred date 24 August"},
 ],
 "actors": [
  {"name": MC, "type": "organisation", "aliases": ["USS McFaul (DDG 74)", "USS McFaul", "McFaul"]},
  {"name": M, "type": "person", "aliases": ["Capt. John Moore", "John Moore"]},
  {"name": "U.S. Agency for International Development", "type": "organisation", "aliases": ["the U.S. Agency for International Development", "USAID"]},
  {"name": D, "type": "organisation", "aliases": ["The U.S. Coast Guard Cutter Dallas (WHEC 716)", "The U.S. Coast Guard Cutter Dallas", "Dallas"]},
  {"name": "USS Mount Whitney", "type": "organisation", "aliases": ["USS Mount Whitney (LCC/JCC 20)", "USS Mount Whitney"]},
  {"name": "U.S. Navy", "type": "organisation", "aliases": ["U.S. Navy"]},
  {"name": "Government of Georgia", "type": "organisation", "aliases": ["the government of Georgia"]},
 ],
 "notes": [
  "U.S. Navy / U.S. European Command release on the USS McFaul's arrival in Batumi on 24 August 2008 (no headline or date in the stored copy; see meta), kept from a blog that reposts it word for word. Story georgia_us_aid_2008 with dod_2008_georgia_ships_deploy_aid (21 August), dod_2008_georgia_aid_million_pounds (24 August) and dod_2008_georgia_mount_whitney_concludes (8 September).",
  "Two quotes, both Capt. John Moore's: one attributed after it ('said Capt. John Moore, commodore of ...'), the next with no attribution of its own.",
  "Figures are all in the release's own voice (no claimant). Key across the story: :mcfaul_pallets (82 delivered here, 72 loaded in the 24 August AFPS item). The McFaul's 155,000 pounds and Dallas's 76,000 pounds have no counterpart in the same measure in the other items.",
  "Events: McFaul 'pulled into the port of Batumi ... Aug. 24', Dallas 'left Souda Bay ... on Thursday' (21 August; the AFPS item of 24 August says 22 August), Navy aircraft 'have flown ... over the past week'. 'within a week' is a duration figure, not an event.",
  "Not figures: 'DDG 74', 'WHEC 716', 'LCC/JCC 20' (hull numbers), 'Combined Task Force 367' (designation), 'C-9', 'C-40', 'C-130' (aircraft types), 'Sixth' (fleet name), 'first' (ordinal). USAID donated the supplies (undated passive): listed as an actor; Combined Task Force 367 appears only in Moore's title.",
  "Second reading against FORMAT.md sections 1-2 (whole item re-read): both quote spans (comma dropped in the first, stop kept in the second), the range 'three to 12', the approximators (about -> around, more than, within -> up to), the three event dates against the inferred 24 August and the actors checked; no change.",
 ],
}
