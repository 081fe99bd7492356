NH = "Nick Harvey"
DFID = "Department for International Development"
RAF = "Royal Air Force"
MOD = "Ministry of Defence"
GT = "George Turkington"
ANN = {
 "article": "articles/govuk_2010_pakistan_raf_flights_shelter_3500_families.txt",
 "gold_out": "gold/govuk_2010_pakistan_raf_flights_shelter_3500_families.json",
 "published": "2010-08-28",
 "quotes": [
  {"text": "The disaster in Pakistan demands a coordinated international response. I am pleased that, while continuing to support our ongoing efforts in Afghanistan, the RAF has been able to provide air lift capacity to help the people of Pakistan. The Ministry of Defence will continue to do whatever we can to provide assistance to the Department for International Development in bringing essential aid supplies to the region.",
   "speaker": NH, "speaker_mention": "Nick Harvey", "fragment": False,
   "note": "one paragraph, opened and closed with curly marks, on the line after 'Nick Harvey, Minister for the Armed Forces said:' (the speaker is named on the line before, not in the quote's paragraph)"},
 ],
 "figures": [
  {"text": "3500", "value": 3500, "unit": None, "counted": "families the RAF flights bring shelter for", "source": None, "approx": None,
   "note": "headline rebuilt from the page's address (meta edits): the two flights' shelter kits together (over 3,000 plus 500-plus); no claimant"},
  {"text": "thousands", "value": None, "vague": True, "unit": None, "counted": "people driven from their homes in southern Pakistan needing shelter", "source": None, "approx": None,
   "note": "vague plural in the release's voice"},
  {"text": "3,000", "value": 3000, "unit": None, "counted": "DFID shelter kits the C17 will fly in", "source": None, "approx": "more than", "ctx": "over 3,000 DFID shelter kits",
   "note": "'will fly in over 3,000 DFID shelter kits': 'over' -> more than; release's voice"},
  {"text": "3,000", "value": 3000, "unit": None, "counted": "families the kits will provide with plastic sheeting, pegs and ropes", "source": None, "approx": "more than", "ctx": "more than 3,000 families",
   "note": "'The kits will provide more than 3,000 families, or over 15,000 people, ...'; release's voice"},
  {"text": "15,000", "value": 15000, "unit": None, "counted": "people the kits will provide with shelter materials", "source": None, "approx": "more than",
   "note": "'or over 15,000 people': the same beneficiaries counted as people; 'over' -> more than"},
  {"text": "500", "value": 500, "unit": None, "counted": "additional DFID shelter kits the C130 Hercules will carry", "source": None, "approx": "more than", "ctx": "500-plus",
   "note": "'an additional 500-plus DFID shelter kits': '500' in '500-plus' is the number span (as '47' in '47-year-old'); '-plus' = more than"},
  {"text": "500", "value": 500, "unit": None, "counted": "families the second flight's kits will provide shelter for", "source": None, "approx": "around", "ctx": "some 500 families",
   "note": "'some 500 families' -> around; release's voice"},
  {"text": "2,500", "value": 2500, "unit": None, "counted": "people whose homes have been damaged or destroyed the kits will shelter", "source": None, "approx": "around",
   "note": "'some 500 families or 2,500 people': the 2,500 restates the same estimate as 'some 500 families' in people, so the hedge 'some' is read as covering both (around); release's voice"},
 ],
 "events": [
  {"actor": None, "date": "2010-08-28", "date_text": "this Saturday (28 August)", "what": "RAF C17 carrying over 3,000 DFID shelter kits scheduled to land in Islamabad",
   "note": "'A C17, the RAF’s largest transport aircraft, will fly in over 3,000 DFID shelter kits, scheduled to land in Islamabad this Saturday (28 August)': the date modifies 'scheduled to land', whose subject is the aircraft (a vehicle, no agent), so null (as the flight 'due to leave ... early on Thursday (4 October)' in govuk_2018_indonesia_uk_aid_shelter_purifiers). The release's own day, Saturday 28 August 2010"},
  {"actor": None, "date": "2010-08-29", "date_text": "tomorrow (Sunday 29 August)", "what": "second RAF flight (C130 Hercules) scheduled to land, heading into Multan",
   "note": "'A second RAF flight, scheduled to land tomorrow (Sunday 29 August)': a flight lands, no agent; tomorrow from Saturday 28 August 2010 = Sunday 29 August, as the bracket says"},
 ],
 "actors": [
  {"name": DFID, "type": "organisation", "aliases": ["The UK’s Department for International Development", "Department for International Development", "DFID"]},
  {"name": RAF, "type": "organisation", "aliases": ["Royal Air Force", "RAF", "the RAF"]},
  {"name": NH, "type": "person", "aliases": ["Nick Harvey"]},
  {"name": MOD, "type": "organisation", "aliases": ["The Ministry of Defence", "Ministry of Defence"]},
  {"name": GT, "type": "person", "aliases": ["George Turkington"]},
 ],
 "notes": [
  "DFID press release of Saturday 28 August 2010 (date line of the stored copy, removed), kept from DFID's own site dfid.gov.uk; headline rebuilt from the address (meta edits). DFID calls on the RAF to fly shelter kits into Pakistan: a C17 landing in Islamabad on 28 August and a C130 into Multan on 29 August. Story pakistan_floods_2010 with govuk_2010_mitchell_pakistan_worst_yet_to_come (18 August), govuk_2010_mitchell_stand_by_pakistan_64_million (17 September), govuk_2010_mitchell_pakistan_further_70m (20 September) and the VOA and DOD items of the story.",
  "Quotes: one, Nick Harvey's (Minister for the Armed Forces), a closed paragraph on the line after his attribution. George Turkington's quotation, cut mid-sentence in the stored copy, was dropped (meta edits); his introducing line is kept as the last line.",
  "Figures: all in the release's voice (null source): the headline '3500' families, vague 'thousands', 'over 3,000' kits, 'more than 3,000' families, 'over 15,000' people, '500-plus' kits, 'some 500' families and '2,500' people. No `quantity` keys: the kit and beneficiary counts of these two flights are not restated in other items of the story (the 3500 of the headline is the two flights' families together, a different scope from 'more than 3,000' and 'some 500').",
  "Events: 'this Saturday (28 August)' and 'tomorrow (Sunday 29 August)', both flights' landings (aircraft, no agent: null). 'the continuing floods', 'the ongoing monsoon rains' and 'currently' are vague: no events.",
  "Actors: DFID ('The UK’s Department for International Development', 'DFID' in its bracket and in 'DFID shelter kits', 'the Department for International Development' in the quote: calls on the RAF), the RAF ('Royal Air Force', 'RAF', 'the RAF'), Nick Harvey (speaker), the Ministry of Defence ('The Ministry of Defence will continue to do whatever we can' in the quote) and George Turkington (introduced as a speaker on the last line; his words were dropped). Pakistan, Islamabad, Multan and Punjab are places.",
  "Not figures: 'C17', 'C130' (designations), 'first' and 'second' RAF flight (ordinals), '28 August', '29 August' (dates).",
  "second reading (annotator): re-read the whole item once against FORMAT.md sections 1-2 and the stored copy: checked the quote span and marks, the two '3,000' and two '500' spans (ctx), 'over'/'more than'/'-plus' -> more than, 'some' -> around, the two bracketed dates against a Saturday 28 August 2010 release, and that every alias is an exact substring; no change.",
 ],
}
