K = "hurricane_sally_2020:"
F = "FEMA"
G = "Pete Gaynor"
T = "Donald Trump"
ANN = {
 "article": "articles/fema_2020_sally_gaynor_true_team_effort.txt",
 "gold_out": "gold/fema_2020_sally_gaynor_true_team_effort.json",
 "published": "2020-09-14",
 "quotes": [
  {"text": "It’s a true team effort", "speaker": G, "kind": "direct", "fragment": False, "speaker_mention": "Administrator Gaynor",
   "note": "'“It’s a true team effort,” Administrator Gaynor said in a briefing to President Trump Monday': the trailing comma before the closing mark dropped"},
  {"text": "The disaster declarations and Fire Management Assistant Grants have allowed the Governor to exercise all the resources the federal government has to respond and protect life. That’s the number one priority.", "speaker": G, "kind": "direct", "fragment": False, "speaker_mention": "Administrator Gaynor",
   "note": "a second quotation with no attribution of its own, after 'Administrator Gaynor said ...' in the sentence before: the same speaker continuing (two separately marked quotes, one per span)"},
 ],
 "figures": [
  {"quantity": K+"la_parishes_emergency_protective_measures", "text": "30", "value": 30, "unit": None, "counted": "Louisiana parishes covered for emergency protective measures", "source": None, "approx": None,
   "note": "'These declarations authorize FEMA to provide assistance ... for emergency protective measures for 30 parishes in Louisiana': the post's own voice, null. FEMA's 17 September release repeats '30 parishes in Louisiana' in a sentence cut mid-sentence in its stored copy (dropped there), so the key has no partner in the set yet"},
  {"quantity": K+"ms_counties_emergency_protective_measures", "text": "24", "value": 24, "unit": None, "counted": "Mississippi counties covered for emergency protective measures", "source": None, "approx": None,
   "note": "same sentence, '24 counties in Mississippi'; null (see the 30 parishes)"},
  {"text": "several", "value": None, "vague": True, "unit": None, "counted": "feet storm surge can rise", "source": None, "approx": None,
   "note": "'It can rise as rapidly as several feet in just a few moments': a vague measure ('several', annotated vague as in the dev items); feet are outside FORMAT.md's unit list, so unit null and the feet named in counted (as 'several centimeters' in voa_2008_ike_hits_haiti_cuba). 'as rapidly as' qualifies the speed, not the number: approx null"},
 ],
 "events": [
  {"actor": G, "date": "2020-09-14", "date_text": "Monday", "what": "Gaynor said 'It's a true team effort' in a briefing to President Trump", "ctx": "President Trump Monday",
   "note": "'Administrator Gaynor said in a briefing to President Trump Monday': 'Monday' modifies 'said', whose subject is Gaynor; Monday of the post's week = the publication day, Monday 14 September 2020 (the wildfire briefing in California)"},
  {"actor": None, "date": "2020-09-14", "date_text": "today", "what": "hurricane conditions begin on the Gulf Coast", "ctx": "begin today",
   "note": "'Hurricane conditions begin today on the Gulf Coast': weather, no agent: null; today = 14 September 2020"},
  {"actor": None, "date": "2020-09-15", "date_text": "Tuesday", "what": "Hurricane Sally expected to make landfall", "ctx": "landfall Tuesday",
   "note": "'Hurricane Sally is expected to make landfall Tuesday': a forecast about the storm, no agent: null; future tense, so the next Tuesday, 15 September 2020 (Sally in fact came ashore on Wednesday 16 September, but the date is the one printed)"},
  {"actor": T, "date": "2020-09-14", "date_text": "Monday afternoon", "what": "Trump approved emergency declarations for Louisiana and Mississippi",
   "note": "'President Trump approved emergency declarations for Louisiana and Mississippi Monday afternoon': active, Trump is the agent; Monday 14 September 2020 (the afternoon of the publication day)"},
 ],
 "actors": [
  {"name": F, "type": "organisation", "aliases": ["FEMA"]},
  {"name": G, "type": "person", "aliases": ["Administrator Gaynor"]},
  {"name": T, "type": "person", "aliases": ["President Trump"]},
 ],
 "notes": [
  "FEMA blog post 'FEMA Response Efforts Continue for Western Wildfires, Begin for Hurricane Sally' of Monday 14 September 2020 (date worked out from the text, see meta: the page prints an empty 'Release Date'). Story hurricane_sally_2020 with FEMA's release of the same day (fema_2020_sally_wildfires_photo_release_sept14) and its 17 September update (fema_2020_sally_response_update_sept17).",
  "Quotes: two, both FEMA Administrator Pete Gaynor's, named once ('Administrator Gaynor') between them: the second has no attribution of its own and is his by continuation. 'number one priority' inside the quote is a rank, not a figure.",
  "Figures: 30 parishes and 24 counties (keys la_parishes_emergency_protective_measures and ms_counties_emergency_protective_measures; the 17 September release states the same two counts in a sentence cut in its stored copy, so no partner in the set yet), and one vague measure in the safety advice ('several feet'; 'a few moments' left out, as 'a few minutes/hours' in the dev items). All in FEMA's own voice: source null. The dropped bullet held 'One-foot' (not in the text).",
  "Events: 'Monday' (Gaynor said, in his briefing to Trump), 'today' (hurricane conditions, null), 'Tuesday' (forecast landfall, null; future, 15 September) and 'Monday afternoon' (Trump approved the declarations, shared as a fact with the same-day release's 'today'). 'the storms slow movement' (no apostrophe) is as printed.",
  "Actors: FEMA, Pete Gaynor ('Administrator Gaynor'), Donald Trump ('President Trump'). 'the Governor' inside Gaynor's quote is not named and does nothing dated; not listed.",
  "second reading (annotator): the whole item re-read once fully against FORMAT.md sections 1-2 and against the stored copy: both quote spans (curly marks, the comma dropped from the first, the closing full stop kept in the second), every number token ('30', '24', 'several'; 'a few' in 'a few moments' left out as in the dev items, 'one' in 'number one' left out as a rank), weekday arithmetic (14 September 2020 = Monday; 'Tuesday' future = 15 September), every alias an exact substring; changed on that reading: the 'a few' figure of the first pass removed and the counted phrases reworded so the noun after each number leads.",
 ],
}
