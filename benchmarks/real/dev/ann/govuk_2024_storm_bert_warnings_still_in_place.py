K = "storm_bert_2024:"
EA = "Environment Agency"
SR = "Steve Reed"
PD = "Philip Duffy"
ANN = {
 "article": "articles/govuk_2024_storm_bert_warnings_still_in_place.txt",
 "gold_out": "gold/govuk_2024_storm_bert_warnings_still_in_place.json",
 "published": "2024-11-28",
 "quotes": [],
 "figures": [
  {"quantity": K+"severe_flood_warnings_in_force", "ctx": "there is 1 severe", "text": "1", "value": 1, "unit": None, "counted": "severe flood warning in place", "source": None, "approx": None,
   "note": "tally 'As of 15:45 on Thursday 28 November, there is 1 severe flood warning, ..., 58 flood warnings and 120 flood alerts in place': the release's own voice; same key as the 1 of 25 and 26 Nov"},
  {"quantity": K+"flood_warnings_in_force", "text": "58", "value": 58, "unit": None, "counted": "flood warnings in place", "source": None, "approx": None,
   "note": "same tally; key shared with 137 (25 Nov) and 107 (26 Nov)"},
  {"quantity": K+"flood_alerts_in_force", "text": "120", "value": 120, "unit": None, "counted": "flood alerts in place", "source": None, "approx": None,
   "note": "same tally; key shared with 172 (25 Nov) and 120 (26 Nov)"},
  {"quantity": K+"properties_protected_england", "text": "35,700", "value": 35700, "unit": None, "counted": "properties protected", "source": EA, "approx": None,
   "note": "'The Environment Agency estimates 35,700 properties have been protected': claim verb, not a hedge (approx null); same key as 23,000, 23,400, 32,000"},
  {"quantity": K+"properties_flooded_england", "text": "1100", "value": 1100, "unit": None, "counted": "properties flooded", "source": EA, "approx": "around",
   "note": "'... and approximately 1100 properties have flooded': second object of 'estimates', so the agency claims it; 'approximately' = around; same key as around 80, around 100, around 218"},
  {"text": "600", "value": 600, "unit": None, "counted": "caravans flooded at Billing Aquadrome", "source": EA, "approx": None,
   "note": "'including 600 caravans at Billing Aquadrome': part of the agency's estimate of flooded properties; a part of the national count, not the same quantity (no key); 'approximately' belongs to 1100, not to 600"},
 ],
 "events": [
  {"actor": None, "date": "2024-11-23/2024-11-24", "date_text": "over the weekend", "what": "Storm Bert caused significant river and surface water flooding",
   "note": "weather, no agent; the weekend before this release of Thursday 28 November 2024 (Saturday 23 - Sunday 24 November), the same weekend as in the 25 Nov release"},
  {"actor": None, "date": "2024-11-28", "date_text": "As of 15:45 on Thursday 28 November", "what": "1 severe flood warning, 58 flood warnings and 120 flood alerts in place",
   "note": "dates a bare tally ('there is ...'), no agent"},
  {"actor": SR, "date": "2024-11-25", "date_text": "on Monday morning", "what": "held a meeting with Environment Agency chief executive Philip Duffy on the flood response",
   "note": "'Secretary of State Steve Reed held a meeting with ... Philip Duffy on Monday morning': Reed is the subject of 'held'; past tense in a release of Thursday 28 November, so Monday 25 November 2024"},
 ],
 "actors": [
  {"name": EA, "type": "organisation", "aliases": ["the Environment Agency", "Environment Agency"]},
  {"name": SR, "type": "person", "aliases": ["Secretary of State Steve Reed", "the Secretary of State"]},
  {"name": PD, "type": "person", "aliases": ["Environment Agency Chief Executive Philip Duffy"]},
  {"name": "emergency services", "type": "group", "aliases": ["the emergency services", "emergency services"]},
 ],
 "notes": [
  "GOV.UK (Environment Agency) release of Thursday 28 November 2024 (govwire date line 'November 28 16:18 2024', removed), kept from govwire.co.uk's repost. Story storm_bert_floods_2024 with govuk_2024_storm_bert_latest_updates (24 Nov), govuk_2024_storm_bert_reed_meets_ea (25 Nov) and govuk_2024_storm_bert_impacts_still_expected (26 Nov).",
  "No quotes: no quote marks and no statement block in the kept text.",
  "Keys across the story: severe flood warnings (1, 1, 1), flood warnings (137, 107, 58), flood alerts (172, 120, 120), properties protected (23,000, 23,400, 32,000, 35,700) and properties flooded (around 80, around 100, around 218, approximately 1100) each share one storm_bert_2024 key. The 600 caravans at Billing Aquadrome are a part of the flooded count, with no key.",
  "Not figures: '24/7' (idiom); '15:45' is a time, '28' part of a date. Not events: 'As the weather clears', 'in the coming days' (vague or undated). The severe flood warning 'issued for areas near the River Nene' is a passive without agent and without date.",
  "Actors: the Environment Agency ('stresses', its estimate; 'Environment Agency teams are reporting' is its staff, the exact form not listed), Steve Reed, Philip Duffy and the emergency services (their 'advice'; leading the response). Storms Bert and Conall are weather, not actors.",
  "second reading (annotator): re-read the whole item line by line against the stored copy and FORMAT.md sections 1-2; '1100' printed without a comma kept as printed; approx 'around' only on 1100; 28 Nov 2024 checked to be a Thursday and 'on Monday morning' -> 25 Nov; no change.",
 ],
}
