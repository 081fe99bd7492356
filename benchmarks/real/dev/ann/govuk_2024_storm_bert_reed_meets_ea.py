K = "storm_bert_2024:"
EA = "Environment Agency"
SR = "Steve Reed"
PD = "Philip Duffy"
ANN = {
 "article": "articles/govuk_2024_storm_bert_reed_meets_ea.txt",
 "gold_out": "gold/govuk_2024_storm_bert_reed_meets_ea.json",
 "published": "2024-11-25",
 "quotes": [],
 "figures": [
  {"quantity": K+"severe_flood_warnings_in_force", "ctx": "there is 1 severe", "text": "1", "value": 1, "unit": None, "counted": "severe flood warning in place", "source": None, "approx": None,
   "note": "tally 'As of 11am on Monday 25th November, there is 1 severe flood warning, 137 flood warnings and 172 flood alerts in place': the release's own voice, no claimant"},
  {"quantity": K+"flood_warnings_in_force", "text": "137", "value": 137, "unit": None, "counted": "flood warnings in place", "source": None, "approx": None,
   "note": "same tally; key shared with 107 (26 Nov) and 58 (28 Nov), the count of warnings in force in England at each time"},
  {"quantity": K+"flood_alerts_in_force", "text": "172", "value": 172, "unit": None, "counted": "flood alerts in place", "source": None, "approx": None,
   "note": "same tally; key shared with 120 (26 Nov) and 120 (28 Nov)"},
  {"quantity": K+"properties_protected_england", "text": "23,400", "value": 23400, "unit": None, "counted": "properties protected", "source": EA, "approx": None,
   "note": "'The Environment Agency estimates 23,400 properties have been protected': 'estimates' is the claim verb, not a hedge (approx null); same key as 23,000 (24 Nov), 32,000 (26 Nov), 35,700 (28 Nov)"},
  {"quantity": K+"properties_flooded_england", "text": "100", "value": 100, "unit": None, "counted": "properties flooded", "source": EA, "approx": "around",
   "note": "'..., with heavy rain leading to around 100 properties being flooded' continues the sentence of the agency's estimate (the 28 Nov release words it 'The Environment Agency estimates 35,700 properties have been protected and approximately 1100 properties have flooded'), so the agency claims it; same key as around 80 (24 Nov), around 218 (26 Nov), approximately 1100 (28 Nov)"},
 ],
 "events": [
  {"actor": SR, "date": "2024-11-25", "date_text": "this morning", "what": "met Environment Agency chief executive Philip Duffy on the Storm Bert response (summary line)", "ctx": "Philip Duffy this morning to discuss how",
   "note": "'Secretary of State Steve Reed met with ... Philip Duffy this morning': Reed is the subject of 'met' (Duffy is the one met, not a joint subject); 'this morning' = the publication day, Monday 25 November 2024"},
  {"actor": SR, "date": "2024-11-25", "date_text": "this morning", "what": "held a meeting with Philip Duffy on the flood response", "ctx": "Philip Duffy this morning to discuss the response",
   "note": "'Secretary of State Steve Reed held a meeting with ... Philip Duffy this morning': Reed is the subject of 'held'"},
  {"actor": None, "date": "2024-11-23/2024-11-24", "date_text": "over the weekend", "what": "Storm Bert caused significant river and surface water flooding in parts of England",
   "note": "weather, no agent; the weekend before Monday 25 November 2024 (Saturday 23 - Sunday 24)"},
  {"actor": None, "date": "2024-11-25", "date_text": "As of 11am on Monday 25th November", "what": "1 severe flood warning, 137 flood warnings and 172 flood alerts in place",
   "note": "dates a bare tally ('there is ...'), no agent, as 'As of today' in dod_2010_haiti_carrier_leaves_mission_continues"},
  {"actor": None, "date": "2024-11-25", "date_text": "today", "what": "overall flood risk for England medium", "ctx": "medium for today",
   "note": "'the forecast shows the overall flood risk for England continues to be medium for today': a forecast state, no agent; the release's own voice, not speech"},
 ],
 "actors": [
  {"name": SR, "type": "person", "aliases": ["Secretary of State Steve Reed", "the Secretary of State", "Environment Secretary"]},
  {"name": PD, "type": "person", "aliases": ["Environment Agency Chief Executive Philip Duffy"]},
  {"name": EA, "type": "organisation", "aliases": ["The Environment Agency", "the Environment Agency", "Environment Agency"]},
  {"name": "emergency services", "type": "group", "aliases": ["the emergency services", "emergency services"]},
 ],
 "notes": [
  "GOV.UK (Environment Agency) release of Monday 25 November 2024 (the 25 November update of the page 'The latest updates on Storm Bert'), kept from publicnow.com's redistribution (meta edits). Story storm_bert_floods_2024 with govuk_2024_storm_bert_latest_updates (24 Nov), govuk_2024_storm_bert_impacts_still_expected (26 Nov) and govuk_2024_storm_bert_warnings_still_in_place (28 Nov).",
  "No quotes: no quote marks in the kept text and no statement block.",
  "Keys across the story: severe flood warnings (1 here, 1 on 26 and 28 Nov), flood warnings (137, 107, 58), flood alerts (172, 120, 120), properties protected (23,000, 23,400, 32,000, 35,700) and properties flooded (around 80, around 100, around 218, approximately 1100) each share one storm_bert_2024 key: the same national tally restated as it changed.",
  "Not figures: '24/7' in 'the 24/7 response' (an idiom for round-the-clock, not a count; an earlier dev item leaves '24/7' out the same way); '25th' and '11am' are parts of a date and time. Not events: 'in the coming days' (vague), 'if required', 'Whilst Storm Bert subsides' (no date).",
  "Actors: Steve Reed ('Secretary of State Steve Reed', 'the Secretary of State', the headline's 'Environment Secretary'; 'He' not listed), Philip Duffy, the Environment Agency and the emergency services (leading the response with the agency). 'Together they also discussed' is Reed and Duffy but carries no date. Storm Bert is weather, not an actor; 'local authorities' only receive support.",
  "second reading (annotator): re-read the whole item line by line against the stored copy and FORMAT.md sections 1-2; the two 'this morning' told apart by ctx, both with Reed as subject; 25 Nov 2024 checked to be a Monday; source of 'around 100' reconsidered (kept as the agency's, note on the figure); no change.",
 ],
}
