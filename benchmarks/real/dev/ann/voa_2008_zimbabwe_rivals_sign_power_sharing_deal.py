K = "zimbabwe_power_sharing_2008:"
T = "Morgan Tsvangirai"
M = "Robert Mugabe"
LM = "Local media"
ANN = {
 "article": "articles/voa_2008_zimbabwe_rivals_sign_power_sharing_deal.txt",
 "gold_out": "gold/voa_2008_zimbabwe_rivals_sign_power_sharing_deal.json",
 "published": "2008-09-15",
 "quotes": [],
 "figures": [
  {"text": "three", "ctx": "three sides", "value": 3, "unit": None, "counted": "sides discussing the power-sharing Cabinet", "source": LM, "approx": None,
   "note": "part of what 'Local media reported Sunday'"},
  {"quantity": K+"cabinet_size", "text": "31", "ctx": "31-member", "value": 31, "unit": None, "counted": "members of the power-sharing Cabinet", "source": LM, "approx": None,
   "note": "'a 31-member power-sharing Cabinet', as local media reported"},
  {"text": "16", "value": 16, "unit": None, "counted": "Cabinet members from the opposition", "source": LM, "approx": None},
  {"text": "15", "value": 15, "unit": None, "counted": "Cabinet members from ZANU-PF", "source": LM, "approx": None},
  {"quantity": K+"mugabe_rule_years", "text": "30", "ctx": "30-year", "value": 30, "unit": "years", "counted": "years of Mugabe's rule", "source": None, "approx": "around",
   "note": "'his nearly 30-year rule': 'nearly' = around; same key as the 11 September item"},
  {"quantity": K+"inflation", "text": "11 million percent", "value": 11000000, "unit": "%", "counted": "inflation", "source": None, "approx": "around",
   "note": "'an estimated 11 million percent' = around; no estimator named; same key as the 11 September item"},
 ],
 "events": [
  {"actor": "Robert Mugabe and Morgan Tsvangirai", "date": "2008-09-15", "date_text": "Monday", "what": "Mugabe and Tsvangirai signed the power-sharing agreement and shook hands",
   "note": "'After signing the agreement Monday, Mr. Mugabe and his longtime rival, ... Morgan Tsvangirai, shook hands': the subject of 'signing' is the two men (joint actor); the publication day, Monday 15 September 2008"},
  {"actor": M, "date": "1980", "date_text": "since independence in 1980", "what": "Mugabe has led Zimbabwe from independence on",
   "note": "the time adverbial 'since independence in 1980' modifies 'has led', whose subject is Mr. Mugabe; normalised to the start year, as 'since 1991' elsewhere in the set"},
  {"actor": LM, "date": "2008-09-14", "date_text": "Sunday", "what": "local media reported the three sides were discussing a 31-member Cabinet",
   "note": "'Local media reported Sunday': the day before the Monday report"},
  {"actor": None, "date": "2008-03", "date_text": "March", "ctx": "March elections", "what": "parliamentary elections in which the MDC gained control of parliament",
   "note": "the month sits on the noun ('March elections'); no agent of the elections in the text -> null, as in the 11 September item"},
 ],
 "actors": [
  {"name": M, "type": "person", "aliases": ["Zimbabwe's President Robert Mugabe", "Robert Mugabe", "President Mugabe", "Mr. Mugabe"]},
  {"name": T, "type": "person", "aliases": ["Movement for Democratic Change leader Morgan Tsvangirai", "Morgan Tsvangirai", "Mr. Tsvangirai", "his longtime rival"]},
  {"name": "Thabo Mbeki", "type": "person", "aliases": ["South African President Thabo Mbeki", "Thabo Mbeki"]},
  {"name": "Movement for Democratic Change", "type": "organisation", "aliases": ["Movement for Democratic Change", "The MDC", "MDC"]},
  {"name": "ZANU-PF", "type": "organisation", "aliases": ["ZANU-PF", "ZANU-PF party"]},
  {"name": LM, "type": "group", "aliases": ["Local media"]},
 ],
 "notes": [
  "VOA News report of Monday 15 September 2008 on the signing of Zimbabwe's power-sharing deal, kept from a word-for-word reprint on migalhas.com credited '(Published by Voice of America - September 15, 2008)'. Story zimbabwe_power_sharing_2008, with voa_2008_zimbabwe_rivals_reach_power_sharing_deal (the agreement of Thursday 11 September).",
  "Keys shared with the 11 September item: mugabe_rule_years (nearly 30 years) and inflation (an estimated 11 million percent). cabinet_size (31) kept for later items.",
  "No quote marks in the text: no quotes. The three Cabinet figures (31, 16, 15) and 'the three sides' are claimed by 'Local media' (reported Sunday).",
  "Not figures: '1980' (a year, annotated as part of an event). 'years of cracking down' and 'months of political turmoil' carry no number. Arthur Mutambara is named but does not act or speak in the text: not an actor. 'opposition leaders' (who signed with Mugabe) are not dated and are not annotated as an actor.",
  "Second careful read done by the annotator against FORMAT.md: checked the joint actor of 'Monday' (the subject of 'signing' is Mugabe and Tsvangirai), 'since independence in 1980' attached to 'has led' (Mugabe), the dated noun 'March elections' (null), every number token and that no alias is shared between actors.",
 ],
}
