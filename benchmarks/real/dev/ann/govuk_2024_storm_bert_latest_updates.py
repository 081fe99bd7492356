K = "storm_bert_2024:"
EA = "Environment Agency"
EH = "Emma Hardy"
AH = "Andrew Hitchings"
ANN = {
 "article": "articles/govuk_2024_storm_bert_latest_updates.txt",
 "gold_out": "gold/govuk_2024_storm_bert_latest_updates.json",
 "published": "2024-11-24",
 "quotes": [],
 "figures": [
  {"quantity": K+"properties_flooded_england", "text": "80", "value": 80, "unit": None, "counted": "properties confirmed flooded in England", "source": None, "approx": "around",
   "note": "'Around 80 properties have so far are confirmed to have been flooded in England': passive without agent (no claimant), so source null; 'Around' = around. Running national count: same key as around 100 (25 Nov), around 218 (26 Nov) and approximately 1100 (28 Nov)"},
  {"quantity": K+"properties_protected_england", "text": "23,000", "value": 23000, "unit": None, "counted": "properties protected", "source": EA, "approx": None,
   "note": "'So far, the Environment Agency estimates 23,000 properties have been protected': 'estimates' is the agency's verb, not a hedge on the number (approx null, as 'Haiti's government estimated 212,000' in usaid_2010_haiti_frontlines_toll_rises). Same key as 23,400 (25 Nov), 32,000 (26 Nov), 35,700 (28 Nov)"},
  {"text": "30cm", "value": 30, "unit": None, "counted": "centimetres of flowing water, enough to move a car", "source": AH, "approx": None,
   "note": "in Andrew Hitchings' unmarked statement (his words after '... said:'), so he claims it; 'cm' is outside FORMAT.md's unit list, so unit null and the centimetres named in counted; 'just' (= only) is not an approximator"},
 ],
 "events": [
  {"actor": None, "date": "2024-11-24", "date_text": "on Sunday", "what": "Storm Bert caused significant river and surface water flooding in parts of England",
   "note": "the date modifies 'has caused', whose subject is the storm: weather, no agent (FORMAT: weather -> null); Sunday = the publication day, 24 November 2024"},
  {"actor": None, "date": "2024-11-26", "date_text": "until Tuesday", "what": "minor flooding impacts may continue in places",
   "note": "forecast of impacts ('which may continue in places until Tuesday'): no agent; future-tense weekday points forward to Tuesday 26 November 2024"},
 ],
 "actors": [
  {"name": EA, "type": "organisation", "aliases": ["the Environment Agency", "Environment Agency"]},
  {"name": EH, "type": "person", "aliases": ["Flooding Minister Emma Hardy"]},
  {"name": AH, "type": "person", "aliases": ["Andrew Hitchings"]},
 ],
 "notes": [
  "First version of the GOV.UK (Environment Agency) page 'The latest updates on Storm Bert', Sunday 24 November 2024, kept from govwire.co.uk's repost (no headline printed; line 1 rebuilt from the address; meta edits). Story storm_bert_floods_2024 with govuk_2024_storm_bert_reed_meets_ea (25 Nov), govuk_2024_storm_bert_impacts_still_expected (26 Nov) and govuk_2024_storm_bert_warnings_still_in_place (28 Nov).",
  "No quotes: the statements of Floods Minister Emma Hardy ('Flooding Minister Emma Hardy said:', four paragraphs) and of Flood Duty Manager Andrew Hitchings ('... said:', three paragraphs) are GOV.UK unmarked block quotations; the text has no quote marks at all. Hardy's block holds no figure or date; Hitchings' '30cm' is his.",
  "Keys across the story: properties flooded in England (around 80 here, around 100, around 218, approximately 1100) share storm_bert_2024:properties_flooded_england; properties protected (23,000 here, 23,400, 32,000, 35,700) share storm_bert_2024:properties_protected_england: one running national tally restated as it grew, as changing tolls share a key elsewhere in the set.",
  "Not events: 'so far' / 'So far' (vague), 'Across the country ... are out checking' (no date). Not figures: none else ('Flooding Minister', '@EnvAgency' carry no number).",
  "Actors: the Environment Agency ('Environment Agency officers', 'Environment Agency teams' are its staff; only the exact forms 'the Environment Agency' and 'Environment Agency' listed), Emma Hardy and Andrew Hitchings (speakers of the unmarked statements). Storm Bert is weather, not an actor; 'emergency responders' and 'local authorities' are only thanked or supported.",
  "second reading (annotator): re-read the whole item line by line against the stored copy and FORMAT.md sections 1-2: printing slips kept as stored ('have so far are confirmed', 'throughflood', 'at by searching'); weekdays checked with datetime (24 Nov 2024 = Sunday, 26 Nov = Tuesday); approx of 'Around 80' and null for the '23,000' estimate confirmed; no change.",
 ],
}
