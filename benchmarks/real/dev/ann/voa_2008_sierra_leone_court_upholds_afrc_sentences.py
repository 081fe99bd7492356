SC = "Special Court for Sierra Leone"
PJ = "presiding judge of the Special Court"
AFRC = "Armed Forces Revolution Council"
K = "sierra_leone_afrc_appeals_2008:"
ANN = {
 "article": "articles/voa_2008_sierra_leone_court_upholds_afrc_sentences.txt",
 "gold_out": "gold/voa_2008_sierra_leone_court_upholds_afrc_sentences.json",
 "published": "2008-02-22",
 "quotes": [],
 "figures": [
  {"quantity": K+"brima_kanu_sentence_years", "text": "50 years", "ctx": "up to 50 years", "value": 50, "unit": "years", "counted": "years of the prison sentences upheld for three former rebel leaders", "source": None, "approx": "up to",
   "note": "'prison sentences of up to 50 years': outlet's voice; the longest of the three terms, the 50 years each of Brima and Kanu in paragraph 4 (same key)"},
  {"quantity": K+"convicted_leaders", "text": "three", "ctx": "for three former rebel leaders", "value": 3, "unit": None, "counted": "former rebel leaders", "source": None, "approx": None},
  {"quantity": K+"brima_kanu_sentence_years", "text": "50 years", "ctx": "50 years each", "value": 50, "unit": "years", "counted": "years of the jail terms given to Brima and Kanu each", "source": None, "approx": None,
   "note": "'The U.N.-backed tribunal gave jail terms of 50 years each to Brima and Kanu': the tribunal is the agent of the act, not a claimant -> null"},
  {"text": "45 years", "value": 45, "unit": "years", "counted": "years in prison to which Kamara was sentenced", "source": None, "approx": None},
  {"quantity": K+"convicted_leaders", "text": "three", "ctx": "the three men", "value": 3, "unit": None, "counted": "men convicted by the court", "source": None, "approx": None,
   "note": "the same three men as 'three former rebel leaders' of the lead (same key)"},
  {"text": "11", "ctx": "11-year civil war", "value": 11, "unit": "years", "counted": "year civil war in Sierra Leone", "source": None, "approx": None,
   "note": "'11' of '11-year' (as '47' in '47-year-old'); outlet's voice"},
  {"text": "11", "ctx": "11 counts", "value": 11, "unit": None, "counted": "counts of murder, rape and recruiting child soldiers Taylor faces", "source": None, "approx": None},
 ],
 "events": [
  {"actor": PJ, "date": "2008-02-22", "date_text": "Friday", "occ": 1, "what": "the presiding judge rejected the three men's appeals to reduce their sentences",
   "note": "'The presiding judge at the Special Court for Sierra Leone Friday rejected appeals ...': active verb with its subject; the Friday of the report (22 February 2008)"},
  {"actor": SC, "date": "2007-07", "date_text": "last July", "what": "the tribunal gave Brima and Kanu 50 years each and sentenced Kamara to 45 years",
   "note": "'The U.N.-backed tribunal gave jail terms ... last July, and sentenced Kamara ...': active verbs with their subject, the Special Court; July of the year before the February 2008 report (July 2007)"},
  {"actor": None, "date": "2002", "date_text": "in 2002", "what": "Sierra Leone's civil war ended",
   "note": "'Sierra Leone's 11-year civil war, which ended in 2002': intransitive, no agent -> null"},
  {"actor": PJ, "date": "2008-02-22", "date_text": "Friday", "occ": 2, "what": "the decision rejecting the appeals, welcomed by the prosecutor",
   "note": "'The Special Court prosecutor welcomed Friday's decision': a date on the noun 'decision'; the text says who decided (paragraph 2: 'The presiding judge ... Friday rejected appeals') -> the presiding judge, not the prosecutor who welcomed it (the welcoming itself is undated)"},
  {"actor": AFRC, "date": "1997", "date_text": "in 1997", "what": "the AFRC toppled Sierra Leone's elected government",
   "note": "'the Armed Forces Revolution Council, a rebel faction that toppled Sierra Leone's elected government in 1997': the relative clause's subject is the faction, i.e. the AFRC"},
 ],
 "actors": [
  {"name": SC, "type": "organisation", "aliases": ["Sierra Leone Court", "Sierra Leone's war crimes court", "the Special Court for Sierra Leone", "The U.N.-backed tribunal", "The court"]},
  {"name": PJ, "type": "person", "aliases": ["The presiding judge"]},
  {"name": "Alex Tamba Brima", "type": "person", "aliases": ["Alex Tamba Brima", "Brima"]},
  {"name": "Santigie Borbor Kanu", "type": "person", "aliases": ["Santigie Borbor Kanu", "Kanu"]},
  {"name": "Brima Bazzy Kamara", "type": "person", "aliases": ["Brima Bazzy Kamara", "Kamara"]},
  {"name": "three AFRC leaders", "type": "group", "aliases": ["three former rebel leaders", "the three men", "The men"]},
  {"name": "Special Court prosecutor", "type": "person", "aliases": ["The Special Court prosecutor"]},
  {"name": AFRC, "type": "group", "aliases": ["the Armed Forces Revolution Council", "a rebel faction"]},
  {"name": "Charles Taylor", "type": "person", "aliases": ["former Liberian President Charles Taylor", "Taylor"]},
 ],
 "notes": [
  "VOA News report (no personal byline; credit to AFP, AP and Reuters) of Friday 22 February 2008: the Special Court for Sierra Leone's appeals ruling upholding the sentences of the three AFRC leaders (Brima, Kanu, Kamara). Single item of story sierra_leone_afrc_appeals_2008; keys inside the item only (the 50 years of the lead and of paragraph 4; the three men of the lead and of paragraph 5).",
  "Quotes: none (the judge's and the prosecutor's words are reported without quote marks: 'He said he saw no reason ...', 'saying it renders the men ...').",
  "Figures: 'up to 50 years' (up to), 'three' (twice), '50 years each', '45 years', '11' of '11-year', '11 counts'. All in the outlet's voice: the court's sentences are acts of the court, not claims. Not figures: the years 1997 and 2002, 'another rebel group', 'all charges'.",
  "Events: 'Friday' twice (the presiding judge rejected the appeals; 'Friday's decision', the same act, agent the judge), 'last July' (the tribunal gave the terms: 2007-07), 'in 2002' (the war ended: no agent), 'in 1997' (the AFRC toppled the government). The earlier conviction ('had convicted') and Taylor's trial carry no date expression.",
  "Actors: the Special Court ('Sierra Leone Court' in the headline, 'Sierra Leone's war crimes court', 'The U.N.-backed tribunal', 'The court' twice), its unnamed presiding judge (appeals), the three men (each by name and together as 'three former rebel leaders', 'the three men', 'The men' who led the AFRC), the Special Court prosecutor (welcomed), the AFRC ('a rebel faction' that toppled the government) and Charles Taylor (faces counts, pleaded not guilty). AFP, AP and Reuters appear only in the credit line and are not actors (as in the dev set).",
  "second careful reading against FORMAT.md sections 1-2 (annotator): re-read the whole item; checked that the two 'Friday's are told apart by occ, 'last July' = 2007-07, 'up to' on the lead's 50 years, the two '11's pinned by ctx, and that no quote marks occur in the text.",
 ],
}
