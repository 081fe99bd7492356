K = "zimbabwe_power_sharing_2008:"
T = "Morgan Tsvangirai"
M = "Robert Mugabe"
ANN = {
 "article": "articles/voa_2008_zimbabwe_rivals_reach_power_sharing_deal.txt",
 "gold_out": "gold/voa_2008_zimbabwe_rivals_reach_power_sharing_deal.json",
 "published": "2008-09-11",
 "quotes": [
  {"text": "We have a deal.", "speaker": T, "speaker_mention": "Opposition leader Morgan Tsvangirai",
   "note": "'Opposition leader Morgan Tsvangirai told reporters ... Thursday, \"We have a deal.\"': the attribution opens the sentence, two clauses before the quote; final full stop inside the marks kept"},
 ],
 "figures": [
  {"text": "two", "ctx": "two politicians", "value": 2, "unit": None, "counted": "politicians who will sign the agreement (Mugabe and Tsvangirai)", "source": "Thabo Mbeki", "approx": None,
   "note": "inside Mbeki's reported speech ('He said details of the deal will be made public on Monday when the two politicians formally sign')"},
  {"text": "two", "ctx": "two sides", "value": 2, "unit": None, "counted": "sides deadlocked in the talks", "source": None, "approx": None},
  {"quantity": K+"mugabe_rule_years", "text": "30", "ctx": "30-year", "value": 30, "unit": "years", "counted": "years of Mugabe's rule", "source": None, "approx": "around",
   "note": "'his nearly 30-year rule': 'nearly' = around; outlet's voice; same key as the 15 September item"},
  {"quantity": K+"inflation", "text": "11 million percent", "value": 11000000, "unit": "%", "counted": "inflation", "source": None, "approx": "around",
   "note": "'an estimated 11 million percent' = around; no estimator named; same key as the 15 September item"},
 ],
 "events": [
  {"actor": T, "date": "2008-09-11", "date_text": "Thursday", "what": "Tsvangirai told reporters 'We have a deal' as he left the negotiations",
   "note": "'Opposition leader Morgan Tsvangirai told reporters as he left the site of negotiations ... Thursday': the weekday modifies 'told'/'left', both Tsvangirai's acts; the publication day, Thursday 11 September 2008"},
  {"actor": None, "date": "2008-09-15", "date_text": "on Monday", "what": "details of the deal to be made public, when the two formally sign it",
   "note": "future weekday (Monday 15 September 2008) modifying the passive 'will be made public' with no by-agent -> null; the signing by the two politicians is in the 'when' clause, not the verb the date modifies"},
  {"actor": None, "date": "2008-03", "date_text": "March", "ctx": "the March parliamentary", "what": "parliamentary elections in which the MDC gained control of parliament",
   "note": "the month sits on the noun ('the March parliamentary elections'); an election has no agent in the text -> null, as for 'January elections' elsewhere in the set"},
 ],
 "actors": [
  {"name": T, "type": "person", "aliases": ["Opposition leader Morgan Tsvangirai", "Morgan Tsvangirai", "Tsvangirai"]},
  {"name": M, "type": "person", "aliases": ["President Robert Mugabe", "Robert Mugabe", "President Mugabe", "Mr. Mugabe"]},
  {"name": "Thabo Mbeki", "type": "person", "aliases": ["South African President Thabo Mbeki", "Thabo Mbeki", "The mediator of the talks"]},
  {"name": "Movement for Democratic Change", "type": "organisation", "aliases": ["Movement for Democratic Change"]},
  {"name": "ZANU-PF", "type": "organisation", "aliases": ["ZANU-PF", "ZANU-PF party"]},
 ],
 "notes": [
  "VOA News report of Thursday 11 September 2008: Zimbabwe's rivals agree a power-sharing deal brokered by Thabo Mbeki. Story zimbabwe_power_sharing_2008, with voa_2008_zimbabwe_rivals_sign_power_sharing_deal (the signing, Monday 15 September, VOA copy kept from a reprint).",
  "Keys shared with the 15 September item: mugabe_rule_years ('nearly 30-year rule' in both) and inflation ('an estimated 11 million percent' in both).",
  "One quote ('We have a deal.'), its speaker named at the start of the sentence. 'The mediator of the talks' is Mbeki (alias); 'He said details ...' continues Mbeki's reported speech, so the 'two politicians' count is his.",
  "Not figures: 'months of political turmoil' (no number). AFP, AP and Reuters in the credit line supplied information but do not act in the story: not actors.",
  "Second careful read done by the annotator against FORMAT.md: checked that 'two' is annotated at both occurrences, the actor of each date (Thursday -> Tsvangirai; 'on Monday' modifies a passive without agent -> null; 'the March parliamentary elections' a dated noun without agent -> null) and that no alias is shared between actors.",
 ],
}
