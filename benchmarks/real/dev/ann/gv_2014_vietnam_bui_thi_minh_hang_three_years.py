K = "vietnam_hang_trial_2014:"
H = "Bui Thi Minh Hang"
Q = "Nguyen Thi Thuy Quynh"
M = "Nguyen Van Minh"
P = "Vietnamese police"
CT = "Dong Thap Provincial People's Court"
NN = "Ngoc Nhi Nguyen"
ANN = {
 "article": "articles/gv_2014_vietnam_bui_thi_minh_hang_three_years.txt",
 "gold_out": "gold/gv_2014_vietnam_bui_thi_minh_hang_three_years.json",
 "published": "2014-08-28",
 "quotes": [],
 "figures": [
  {"quantity": K+"hang_sentence_years", "text": "3", "value": 3, "unit": "years", "counted": "years behind bars", "source": None, "approx": None,
   "note": "headline 'Gets 3 Years Behind Bars': Hang's prison term, outlet's voice; same key as 'three years' below and in both VOA items"},
  {"quantity": K+"hang_sentence_years", "text": "three", "value": 3, "unit": "years", "counted": "years in prison", "source": None, "approx": None, "ctx": "three years in prison",
   "note": "'A court has sentenced ... Bui Thi Minh Hang to three years in prison': outlet's voice (the court is the agent of the sentence, not a claimant of the number)"},
  {"quantity": K+"co_defendants", "text": "two", "value": 2, "unit": None, "counted": "other companions", "source": None, "approx": None,
   "note": "'Her two other companions': the two co-defendants; VOA 26 August 'Two other activists', VOA 12 December 'two others' / 'Two other activists' (same key)"},
  {"quantity": K+"quynh_sentence_years", "text": "2", "value": 2, "unit": "years", "counted": "years sentence", "source": None, "approx": None, "ctx": "2 years and",
   "note": "'received sentences of 2 years and 2.5 years, respectively': the first goes with Nguyen Thi Thuy Quynh; VOA 12 December 'two years' agrees, VOA 26 August gives both co-defendants '2 1/2 years' (keyed with Minh's term there, see notes)"},
  {"quantity": K+"minh_sentence_years", "text": "2.5", "value": 2.5, "unit": "years", "counted": "years sentence", "source": None, "approx": None,
   "note": "'respectively': Nguyen Van Minh's term; VOA 26 August '2 1/2', VOA 12 December 'two and a half' (same key)"},
  {"quantity": K+"defendants", "text": "three", "value": 3, "unit": None, "counted": "three convicted activists", "source": None, "approx": None, "ctx": "The three were",
   "note": "'The three were among the 21 arrested': the three defendants (counted in dev practice, as 'the three bombs'); same key in both VOA items"},
  {"quantity": K+"arrested_february", "text": "21", "value": 21, "unit": None, "counted": "arrested last February", "source": None, "approx": None,
   "note": "'the 21 arrested last February': outlet's voice; VOA 26 August and 12 December '21 people arrested in February' (same key)"},
  {"quantity": K+"defendants", "text": "three", "value": 3, "unit": None, "counted": "three charged by police", "source": None, "approx": None, "ctx": "only the three",
   "note": "'police charged only the three': the same three defendants"},
  {"text": "six", "value": 6, "unit": "months", "counted": "months of detention", "source": None, "approx": None,
   "note": "'After six months of detention': a duration in the outlet's voice (February to August)"},
 ],
 "events": [
  {"actor": None, "date": "2014-02", "date_text": "last February", "what": "the 21 arrested while riding motorbikes to Dong Thap",
   "note": "'the 21 arrested last February': a passive participle without a by-agent -> null (police only 'charged' the three, in the next sentence, undated); published 28 August 2014, so February 2014"},
  {"actor": None, "date": "2014-08-25/2014-08-31", "date_text": "this week", "what": "the guilty verdicts came in",
   "note": "'the guilty verdicts came in this week': the date modifies the intransitive 'came in', whose subject is the verdicts (no agent, like 'the war began in 2008') -> null; ISO week of Thursday 28 August 2014 (the verdicts were given on Tuesday 26 August, VOA of that day)"},
  {"actor": P, "date": "2014-08-26", "date_text": "this morning", "what": "police barricaded all entrances to the court block",
   "note": "inside Ngoc Nhi Nguyen's block quotation (no quote marks, so not a quote): 'Since early this morning, the police barricaded all entrances ...' -> actor the police. 'this morning' is the reference day of his account, the day of the verdicts and of the protest outside the court house, Tuesday 26 August 2014 (VOA of 26 August: sentenced Tuesday, supporters detained Tuesday); the post itself only says 'this week'"},
 ],
 "actors": [
  {"name": H, "type": "person", "aliases": ["Bui Thi Minh Hang", "prominent Vietnamese activist blogger Bui Thi Minh Hang"]},
  {"name": Q, "type": "person", "aliases": ["Nguyen Thi Thuy Quynh"]},
  {"name": M, "type": "person", "aliases": ["Nguyen Van Minh"]},
  {"name": CT, "type": "organisation", "aliases": ["A court", "the Court"]},
  {"name": P, "type": "organisation", "aliases": ["police", "the police"]},
  {"name": "supporters", "type": "group", "aliases": ["Many people"]},
  {"name": NN, "type": "person", "aliases": ["Ngoc Nhi Nguyen"]},
 ],
 "notes": [
  "Global Voices (Advox) post of Thursday 28 August 2014 on the sentencing of Bui Thi Minh Hang, Nguyen Thi Thuy Quynh and Nguyen Van Minh at Dong Thap (Tuesday 26 August 2014); story vietnam_hang_trial_2014 with voa_2014_vietnam_hang_sentenced_three_years (26 August) and voa_2014_vietnam_hang_appeal_upheld (12 December).",
  "No quotes: '‘Obstructing Traffic’' (headline) and '“serious obstruction to traffic.”' are the wording of the charge/offence ('for posing a ...'), no one's words, as the dev items treat charge names in quote marks. Ngoc Nhi Nguyen's account is a block quotation without quote marks: not a quote in the gold sense; he is kept as an actor ('narrated').",
  "Cross-item keys: hang_sentence_years (3 / three here; three twice on 26 August; three on 12 December), co_defendants (two), quynh_sentence_years (2 here, two on 12 December), minh_sentence_years (2.5 here; '2 1/2' on 26 August, said there of both co-defendants, and 'two and a half' on 12 December), defendants ('the three'), arrested_february (21). The figures of Hang's and her co-defendants' terms disagree only for Quynh (2 here and 12 December; 2 1/2 'each' on 26 August).",
  "Not figures: 'Article 245' (a designation), 'Hao-Hao' (name). Left out as events: 'on the day of the verdicts' (anaphoric to an undated event; the post dates the verdicts only 'this week'), 'After six months of detention' (a duration, its number annotated).",
  "All figures are in the outlet's voice. 'A court' is taken as the Dong Thap Provincial People's Court (named in the VOA items); 'the Court' in the block quotation is the same court.",
  "Edits: headline kept; two copies of the photo caption removed; last paragraph cut mid-word dropped (see meta).",
  "second reading (annotator): re-read the whole item against FORMAT.md sections 1-2; checked curly quotes and apostrophes as stored (‘Obstructing Traffic’, government’s), each number token (3, three x3, two, 2, 2.5, 21, 245, six) and each date expression.",
 ],
}
