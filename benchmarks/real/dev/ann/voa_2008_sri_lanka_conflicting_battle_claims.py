LTTE = "Tamil Tigers"
GOV = "Sri Lankan government"
ANN = {
 "article": "articles/voa_2008_sri_lanka_conflicting_battle_claims.txt",
 "gold_out": "gold/voa_2008_sri_lanka_conflicting_battle_claims.json",
 "published": "2008-12-21",
 "quotes": [],
 "figures": [
  {"text": "60", "value": 60, "unit": None, "counted": "government troops killed advancing toward Kilinochchi", "source": LTTE, "approx": "at least",
   "note": "'Sri Lanka's Tamil Tiger rebels say they have killed at least 60 government troops': the rebels' claim; the government rejects it (few soldier deaths) without a number"},
  {"text": "12", "value": 12, "unit": None, "counted": "bodies of Sri Lankan soldiers recovered", "source": LTTE, "approx": None,
   "note": "'The rebels said Sunday that they recovered 12 bodies': the rebels' claim; a count of bodies recovered, not the same quantity as the 60 they say they killed"},
  {"text": "70,000", "value": 70000, "unit": None, "counted": "people killed by the conflict", "source": None, "approx": "more than",
   "note": "outlet's own voice ('The conflict has killed more than 70,000 people'); a running total of the war since 1983"},
 ],
 "events": [
  {"actor": LTTE, "date": "2008-12-21", "date_text": "Sunday", "what": "rebels said they recovered 12 soldiers' bodies and recaptured territory",
   "note": "'The rebels said Sunday that ...': the date modifies 'said'; the rebels are the agent. Sunday = the published day, 21 December 2008"},
  {"actor": GOV, "date": "2008-12-21", "date_text": "today", "what": "government rejected the rebels' accounts",
   "note": "'the government today has rejected the rebels' accounts': the government is the agent; 'today' = the published day (see meta published_evidence)"},
  {"actor": GOV, "date": "2008-12-18", "date_text": "Thursday", "what": "government said soldiers had seized a section of a rebel fortification around Kilinochchi",
   "note": "'The Sri Lankan government said Thursday that ...': the date modifies 'said' (the government's statement), not the seizure; the Thursday before Sunday 21 December 2008"},
  {"actor": LTTE, "date": "1983", "date_text": "since 1983", "what": "Tamil rebels have been fighting for an independent homeland",
   "note": "'Sri Lanka's Tamil rebels have been fighting since 1983': the start of the rebels' fighting; the rebels are the subject and agent"},
 ],
 "actors": [
  {"name": LTTE, "type": "group", "aliases": ["Sri Lanka's Tamil Tiger rebels", "Tamil Tiger rebels", "The rebels", "the rebels", "Sri Lanka's Tamil rebels", "Tamil Tigers"]},
  {"name": GOV, "type": "organisation", "aliases": ["The Sri Lankan government", "the government"]},
  {"name": "Sri Lankan government troops", "type": "group", "aliases": ["government troops", "Sri Lankan soldiers"]},
 ],
 "notes": [
  "VOA News report of Sunday 21 December 2008 (date inferred, see meta) on the fighting around Kilinochchi, the Tamil Tigers' de facto capital; story sri_lanka_kilinochchi_2008 (one item; no other item of the story was found in the crawl from an allowed outlet, so no cross-item quantity keys).",
  "Competing claimants: the rebels claim at least 60 soldiers killed and 12 bodies recovered (both sourced to the Tamil Tigers; the first sentence is cued by 'say', the second by 'said Sunday'); the government rejects the accounts without a figure ('few soldier deaths' is not a number). The 70,000 toll of the war is the outlet's own voice.",
  "Not figures: '1983' (a year, dated as an event 'since 1983'); 'Both sides' (not a count); 'a section'. No quote marks in the text, so no quotes.",
  "Actors: 'the government' in 'the government today has rejected' is the Sri Lankan government (alias); the troops ('government troops', 'Sri Lankan soldiers', 'soldiers had seized') act but in no dated clause; 'soldiers' alone is not listed as an alias because it also occurs inside 'Sri Lankan soldiers' and 'soldier deaths'. AFP and AP in the closing credit are sources of the report, not actors; journalists, the Tamils and the Sinhalese majority do not act in a dated clause and are not listed.",
  "Events: 'Sunday' and 'today' are both Sunday 21 December 2008; 'Thursday' dates the government's statement (18 December 2008); 'recently' is vague and left out.",
  "second reading: re-read the item in full against FORMAT.md sections 1-2 (no quote marks; every number token checked: 60, 12, 1983, 70,000; approximators 'at least' and 'more than'; weekdays recomputed with datetime: 21 Dec 2008 is a Sunday, 18 Dec 2008 a Thursday; each event's agent re-checked against its verb).",
 ],
}
