GH = "Government of Haiti"
JL = "Jens Laerke"
ANN = {
 "article": "articles/voa_2016_haiti_matthew_aid_agencies_rush.txt",
 "gold_out": "gold/voa_2016_haiti_matthew_aid_agencies_rush.json",
 "published": "2016-10-07",
 "quotes": [
  {"text": "We are still awaiting for consolidated findings of what they saw. We are pending the return of this team", "speaker": JL, "speaker_mention": "Laerke",
   "note": "first half of a quotation split by 'Laerke told reporters.'; opens with a curly mark and closes with a straight one (as printed); the comma before the closing mark is dropped"},
  {"text": " But, the aerial photos that we have seen does show very severe destruction and flooding in the area. Communications are limited. Many roads are impassable in that area due to the flooding.", "speaker": JL, "speaker_mention": "Laerke",
   "note": "second half, after 'Laerke told reporters.'; opens with a straight mark followed by a space (kept: the text is what lies between the marks) and closes with a curly mark; final full stop kept"},
 ],
 "figures": [
  {"text": "tens of thousands", "value": None, "vague": True, "unit": None, "counted": "Haitians devastated by Hurricane Matthew", "source": None, "approx": None,
   "note": "narration"},
  {"text": "800", "value": 800, "unit": None, "counted": "people reportedly killed", "source": None, "approx": "more than",
   "note": "'More than 800 people reportedly have been killed': 'reportedly' names no claimant, so no source"},
  {"quantity": "hurricane_matthew_haiti_2016:people_in_need", "text": "350,000", "value": 350000, "unit": None, "counted": "people in need of immediate humanitarian assistance", "source": GH, "approx": "at least",
   "note": "'The government of Haiti estimates at least 350,000 people ...'. Same quantity as the UN's 1.4 million Haitians in need of humanitarian assistance in USAID's release of 13 Oct (usaid_2016_matthew_12_million_additional): the estimate grew and changed claimant"},
  {"text": "2,000", "value": 2000, "unit": None, "counted": "homes flooded", "source": GH, "approx": "around",
   "note": "'The authorities report nearly 2,000 homes have been flooded': 'nearly' = around; 'The authorities' are the Haitian authorities of the sentence before, listed as an alias of the Government of Haiti"},
  {"text": "hundreds", "value": None, "vague": True, "unit": None, "counted": "more homes damaged or destroyed", "source": GH, "approx": None,
   "note": "same report of the authorities ('and hundreds more damaged or destroyed')"},
  {"text": "seven", "value": 7, "unit": None, "counted": "person emergency team assessing the damage", "source": JL, "approx": None, "ctx": "seven-person",
   "note": "'Jens Laerke ... says a seven-person emergency team has begun assessing the damage': the number span is 'seven' in 'seven-person'"},
 ],
 "events": [],
 "actors": [
  {"name": "United Nations and aid agencies", "type": "group", "aliases": ["United Nations and international aid agencies", "All the major U.N. and relief agencies"]},
  {"name": GH, "type": "organisation", "aliases": ["The government of Haiti", "The authorities"]},
  {"name": JL, "type": "person", "aliases": ["Jens Laerke", "Laerke", "Jens Laerke, a spokesman for the U.N. office for the coordination of humanitarian affairs"]},
 ],
 "notes": [
  "VOA News report of Friday 7 October 2016 (date from the photo captions, see meta edits), stored from VOA's Pangea CMS preview host; the stored copy is cut after the crosshead 'Home damage', which is dropped. First item of story hurricane_matthew_haiti_2016 with usaid_2016_matthew_12_million_additional (USAID, 13 Oct); the Government of Haiti's 350,000 in need shares hurricane_matthew_haiti_2016:people_in_need with the UN's 1.4 million there.",
  "Two quotes of Laerke: one quotation split by 'Laerke told reporters.' with mixed marks as printed (“ ... \" and \" ... ”). The second half begins with a space after its opening mark; the quote text keeps it, since the gold text is what lies between the marks.",
  "Figures claimed by named bodies: 350,000 in need and nearly 2,000 homes flooded by the Government of Haiti ('The government of Haiti estimates', 'The authorities report'); the seven-person team by Laerke (OCHA). The toll of 'More than 800' is only 'reportedly', with no claimant.",
  "No events: the text has no date or time expression ('in recent history' is vague; the captions with 'Oct. 7, 2016' were removed as furniture).",
  "'the U.N. office for the coordination of humanitarian affairs' appears only in Laerke's title and does not act itself; it is not listed separately. The agencies that 'are rushing' and 'have sent expert teams' are one group actor with two surface forms.",
  "second reading (annotator): quote spans checked against the mixed marks (the second begins with the space after its straight opening mark); 'reportedly' left without a claimant; 'The authorities' merged with the Government of Haiti; the 350,000 keyed to the UN's 1.4 million of 13 Oct; no events in the text confirmed ('Oct. 7, 2016' only in the removed captions).",
 ],
}
