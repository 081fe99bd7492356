OCD = "Philippine Office of Civil Defense"
PO = "Philippine officials"
W = "Imogen Wall"
ANN = {
 "article": "articles/voa_2012_bopha_search_recovery.txt",
 "gold_out": "gold/voa_2012_bopha_search_recovery.json",
 "published": "2012-12-09",
 "quotes": [
  {"text": "We stood to the side of the road and it was just broken, snapped off banana trees to the horizon, almost, which is really serious because this is a very [poor] area and it’s mostly dependent on farming", "speaker": W, "speaker_mention": "Wall", "fragment": False,
   "note": "opens with a curly mark and closes with a straight one ('farming,\" said Wall.'); the comma before the closing mark is dropped; the bracketed '[poor]' is VOA's"},
  {"text": "So that’s people’s livelihood and their capacity to put food on the tables for their families for a year, gone.", "speaker": W, "speaker_mention": "Wall", "fragment": False,
   "note": "second half of the quotation interrupted by 'said Wall.'; opens with a straight mark, closes with a curly one"},
 ],
 "figures": [
  {"text": "500", "value": 500, "unit": None, "counted": "people killed by the typhoon", "source": PO, "approx": "at least",
   "note": "'Officials in the Philippines said help ... is in full force in ... Mindanao where a powerful typhoon killed at least 500 people': the toll sits inside the officials' reported clause, so they are the claimant"},
  {"text": "millions", "value": None, "vague": True, "unit": None, "counted": "people left reeling by the typhoon", "source": PO, "approx": None,
   "note": "same reported clause as the 500 dead"},
  {"text": "5.4 million", "value": 5400000, "unit": None, "counted": "people affected by Typhoon Bopha", "source": OCD, "approx": "at least",
   "note": "'The Civil Defense office said at least 5.4 million people have been affected'"},
  {"text": "thousands", "value": None, "vague": True, "unit": None, "counted": "hectares of crops destroyed", "source": OCD, "approx": None,
   "note": "in the relative clause on Bopha inside the office's reported statement; 'hectares' has no unit in the scorer's table, so it stays in 'counted'"},
  {"text": "$150 million", "value": 150000000, "unit": "USD", "counted": "damage to infrastructure and agriculture caused by the typhoon", "source": OCD, "approx": "more than",
   "note": "'The office said the typhoon has so far caused more than $150 million in damage'"},
  {"text": "hundreds", "value": None, "vague": True, "unit": None, "counted": "missing people whose names were added to the list", "source": OCD, "approx": None,
   "note": "the names added on Sunday: the office's own list, so the office is the claimant; a different quantity from the list's total"},
  {"text": "800", "value": 800, "unit": None, "counted": "people on the Civil Defense Office's list of missing", "source": OCD, "approx": "more than",
   "note": "'a list that now tops 800': 'tops' = more than; the office's list of the missing"},
 ],
 "events": [
  {"actor": OCD, "date": "2012-12-09", "date_text": "On Sunday", "what": "added the names of hundreds of missing people to its list",
   "note": "'On Sunday, the Civil Defense Office added ...': the office is the subject; Sunday is the report's own day (published Sunday 9 December 2012, see meta)"},
 ],
 "actors": [
  {"name": PO, "type": "group", "aliases": ["Officials in the Philippines"]},
  {"name": OCD, "type": "organisation", "aliases": ["The Civil Defense office", "The office", "the Civil Defense Office"]},
  {"name": W, "type": "person", "aliases": ["A United Nations Disaster and Assessment Team representative", "Imogen Wall", "Wall"]},
  {"name": "United Nations Disaster and Assessment Team", "type": "organisation", "aliases": ["the agency"]},
  {"name": "United Nations", "type": "organisation", "aliases": ["the U.N."]},
 ],
 "notes": [
  "VOA News report of Sunday 9 December 2012 on Typhoon Bopha (landfall on Mindanao on Tuesday 4 December 2012), stored from VOA's publishing host; date worked out from VOA's item numbers (see meta). Story typhoon_bopha_2012; the only item of its story, so no quantity keys (the 'hundreds' of names added and the list's '800' are different quantities).",
  "Claimants: 'Officials in the Philippines' (the 500 dead and 'millions' inside their reported clause), the Civil Defense office (5.4 million affected, 'thousands' of hectares, $150 million, and its list of the missing). The UN team representative of the third paragraph is Imogen Wall (named in the next sentence); 'the agency' is her team.",
  "Quotes: one quotation of Wall interrupted by 'said Wall.', with mixed curly and straight marks as printed; kept as two quotes with the speaker mention 'Wall'.",
  "Not figures: 'for a year' in Wall's quote (no number word), 'so far', 'now'. Not actors: the typhoon; 'the military, humanitarian agencies and local government' (named as the help that is 'in full force', not acting in a clause of their own).",
  "Second careful read (annotator): text re-read against the stored copy (the missing space in 'crops.The office' kept); checked each figure's clause for its claimant and that 'On Sunday' is 9 December 2012 (datetime); no change after the reading.",
 ],
}
