K = "storm_bert_2024:"
EA = "Environment Agency"
SR = "Steve Reed"
PD = "Philip Duffy"
EH = "Emma Hardy"
ANN = {
 "article": "articles/govuk_2024_storm_bert_impacts_still_expected.txt",
 "gold_out": "gold/govuk_2024_storm_bert_impacts_still_expected.json",
 "published": "2024-11-26",
 "quotes": [],
 "figures": [
  {"quantity": K+"severe_flood_warnings_in_force", "ctx": "there is 1 severe", "text": "1", "value": 1, "unit": None, "counted": "severe flood warning on the River Nene at Billing Aquadrome", "source": None, "approx": None,
   "note": "tally 'As of 13.15 on Tuesday 26 November, there is 1 severe flood warning on the River Nene ..., 107 flood warnings and 120 flood alerts in place': the release's own voice; the only severe warning in force in England, same key as the 1 of 25 and 28 Nov"},
  {"quantity": K+"flood_warnings_in_force", "text": "107", "value": 107, "unit": None, "counted": "flood warnings in place", "source": None, "approx": None,
   "note": "same tally; key shared with 137 (25 Nov) and 58 (28 Nov)"},
  {"quantity": K+"flood_alerts_in_force", "text": "120", "value": 120, "unit": None, "counted": "flood alerts in place", "source": None, "approx": None,
   "note": "same tally; key shared with 172 (25 Nov) and 120 (28 Nov)"},
  {"quantity": K+"properties_protected_england", "text": "32,000", "value": 32000, "unit": None, "counted": "properties protected", "source": EA, "approx": None,
   "note": "'The Environment Agency estimates 32,000 properties have been protected': claim verb, not a hedge (approx null); same key as 23,000 (24 Nov), 23,400 (25 Nov), 35,700 (28 Nov)"},
  {"quantity": K+"properties_flooded_england", "text": "218", "value": 218, "unit": None, "counted": "properties flooded so far", "source": EA, "approx": "around",
   "note": "'..., with heavy rain leading to around 218 properties being flooded so far' continues the sentence of the agency's estimate (worded as one estimate in the 28 Nov release), so the agency claims it; same key as around 80, around 100, approximately 1100"},
 ],
 "events": [
  {"actor": SR, "date": "2024-11-25", "date_text": "on Monday morning", "what": "held a meeting with Environment Agency chief executive Philip Duffy on the flood response",
   "note": "'Secretary of State Steve Reed held a meeting with ... Philip Duffy on Monday morning': Reed is the subject of 'held'; past tense in a release of Tuesday 26 November, so Monday 25 November 2024 (the meeting of govuk_2024_storm_bert_reed_meets_ea)"},
  {"actor": EH, "date": "2024-11-26", "date_text": "Today", "what": "visited Chippenham to see the flood impact and meet Environment Agency staff and partners",
   "note": "'Today, Floods Minister Emma Hardy also visited Chippenham': the release's own voice (not speech), so 'Today' = the publication day, Tuesday 26 November 2024; Hardy is the subject of 'visited'"},
  {"actor": None, "date": "2024-11-26", "date_text": "As of 13.15 on Tuesday 26 November", "what": "1 severe flood warning, 107 flood warnings and 120 flood alerts in place",
   "note": "dates a bare tally ('there is ...'), no agent"},
  {"actor": None, "date": "2024-11-26", "date_text": "today", "what": "overall flood risk for England medium", "ctx": "medium for today",
   "note": "'the forecast shows the overall flood risk for England continues to be medium for today': forecast state, no agent; release's own voice"},
 ],
 "actors": [
  {"name": EA, "type": "organisation", "aliases": ["The Environment Agency", "the Environment Agency", "Environment Agency"]},
  {"name": SR, "type": "person", "aliases": ["Secretary of State Steve Reed", "the Secretary of State"]},
  {"name": PD, "type": "person", "aliases": ["Environment Agency Chief Executive Philip Duffy"]},
  {"name": EH, "type": "person", "aliases": ["Floods Minister Emma Hardy"]},
  {"name": "emergency services", "type": "group", "aliases": ["the emergency services", "emergency services"]},
 ],
 "notes": [
  "GOV.UK (Environment Agency) release of Tuesday 26 November 2024, kept from govwire.co.uk's repost (no headline printed: line 1 rebuilt from the address; no date line: date from the text, meta published_evidence). Story storm_bert_floods_2024 with govuk_2024_storm_bert_latest_updates (24 Nov), govuk_2024_storm_bert_reed_meets_ea (25 Nov) and govuk_2024_storm_bert_warnings_still_in_place (28 Nov).",
  "No quotes: no quote marks and no statement block in the kept text.",
  "Keys across the story: severe flood warnings (1, 1, 1), flood warnings (137, 107, 58), flood alerts (172, 120, 120), properties protected (23,000, 23,400, 32,000, 35,700) and properties flooded (around 80, around 100, around 218, approximately 1100) each share one storm_bert_2024 key.",
  "Not figures: '24/7' (idiom, as in the 25 Nov item); '13.15' is a time, '26' part of a date. Not events: 'in recent days', 'in the coming days', 'so far' (vague); 'Whilst Storm Bert subsides' (no date).",
  "Actors: the Environment Agency ('is warning people', its estimate), Steve Reed ('the Secretary of State'; 'He' not listed), Philip Duffy, Emma Hardy ('Floods Minister Emma Hardy') and the emergency services. 'Environment Agency staff and partners' are those Hardy met (not listed separately). Storm Bert is weather.",
  "second reading (annotator): re-read the whole item line by line against the stored copy and FORMAT.md sections 1-2; 'Today' confirmed to be the outlet's voice (not inside speech) and 'on Monday morning' past tense -> 25 Nov; 26 Nov 2024 checked to be a Tuesday; no change.",
 ],
}
