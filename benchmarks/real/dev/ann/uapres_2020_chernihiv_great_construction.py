Z = "Volodymyr Zelenskyy"
P = "Andriy Prokopenko"
ANN = {
 "article": "articles/uapres_2020_chernihiv_great_construction.txt",
 "gold_out": "gold/uapres_2020_chernihiv_great_construction.json",
 "published": "2020-06-10",
 "quotes": [
  {"text": "If you can speed up and complete the work in September-October, we would be grateful. You understand, difficult times, medicine today is important more than ever",
   "speaker": Z, "speaker_mention": "the Head of State",
   "note": "opened with a straight double quote and closed with a curly one, as on the page"},
  {"text": "Chernihiv is a tourist city, and we are actively working on infrastructure", "speaker": P, "speaker_mention": "Andriy Prokopenko"},
 ],
 "figures": [
  {"text": "450", "value": 450, "unit": None, "counted": "calls processed per day by the dispatching office", "source": None, "approx": "around",
   "note": "stated by the site; the previous paragraph says the director told the President about the center's work, but the sentence does not attribute the number"},
  {"text": "two", "value": 2, "unit": "storeys", "counted": "storeys of the addition to the emergency department", "source": None, "approx": None, "ctx": "two-storey"},
  {"text": "five", "value": 5, "unit": None, "counted": "medical, educational and sports facilities planned in the region", "source": P, "approx": None,
   "note": "'According to the RSA Head' = Andriy Prokopenko"},
 ],
 "events": [
  {"actor": None, "date": "2020-11", "date_text": "for November this year", "what": "completion of construction scheduled",
   "note": "passive without agent ('The completion of construction is scheduled for November this year')"},
  {"actor": P, "date": "2020-09-01/2020-10-31", "date_text": "in September-October", "what": "asked to complete the work earlier",
   "note": "inside Zelenskyy's quote; 'you' is the regional side, answered by Prokopenko in the next paragraph"},
 ],
 "actors": [
  {"name": Z, "type": "person", "aliases": ["President Volodymyr Zelenskyy", "Volodymyr Zelenskyy", "the Head of State", "the President"]},
  {"name": "Ihor Danylenko", "type": "person", "aliases": ["Director General of the center Ihor Danylenko"]},
  {"name": P, "type": "person", "aliases": ["Head of the Chernihiv Regional State Administration Andriy Prokopenko", "Andriy Prokopenko", "Head of the Chernihiv Regional State Administration", "the RSA Head"]},
 ],
 "notes": [
  "'Great Construction' (headline and twice in the body) is the name of a national programme in quote marks: not a quote.",
  "Zelenskyy's quote opens with a straight double quote and closes with a curly one on the page; the copy keeps the marks as printed.",
  "Not events: 'Currently' (vague), 'today' inside the President's quote (left out by rule). 'During a working trip' carries no date.",
  "The 450 calls and the two-storey addition are stated by the site without attribution: source null.",
  "second reading: 'November this year' = 2020-11 and 'September-October' = 2020-09-01/2020-10-31 (published 2020-06-10); 'about 450' = around; the September-October actor (the addressee 'you') is a judgement call, see note; no change.",
 ],
}
