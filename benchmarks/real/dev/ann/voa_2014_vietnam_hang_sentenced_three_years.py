K = "vietnam_hang_trial_2014:"
H = "Bui Thi Minh Hang"
Q = "Nguyen Thi Thuy Quynh"
M = "Nguyen Van Minh"
PR = "Phil Robertson"
HRW = "Human Rights Watch"
LH = "Le Hoang"
ANN = {
 "article": "articles/voa_2014_vietnam_hang_sentenced_three_years.txt",
 "gold_out": "gold/voa_2014_vietnam_hang_sentenced_three_years.json",
 "published": "2014-08-26",
 "quotes": [
  {"text": "At the end of the day, they have clearly decided that she is someone they need to go after", "speaker": PR, "speaker_mention": "Robertson",
   "note": "'\"...,\" Robertson said.': first part of a quotation interrupted by its attribution; trailing comma dropped. He is introduced in the paragraph before ('Deputy Asia director for Human Rights Watch Phil Robertson said ...')"},
  {"text": "I would speculate that perhaps these other persons being detained along with her are essentially persons to allow authorities to assert that they are not just going after her, but they are going after other people as well.", "speaker": PR, "speaker_mention": "Robertson",
   "note": "second part after 'Robertson said.': a separate quote, same speaker; final '.' inside the marks kept"},
 ],
 "figures": [
  {"quantity": K+"hang_sentence_years", "text": "three", "value": 3, "unit": "years", "counted": "years in jail", "source": None, "approx": None, "ctx": "three years in jail",
   "note": "'was sentenced to three years in jail Tuesday': outlet's voice; same key as the Global Voices post ('3', 'three') and VOA 12 December"},
  {"quantity": K+"hang_sentence_years", "text": "three", "value": 3, "unit": "years", "counted": "years for disrupting public order", "source": None, "approx": None, "ctx": "jailed for three years",
   "note": "'she was jailed for three years': the same term restated"},
  {"quantity": K+"co_defendants", "text": "Two", "value": 2, "unit": None, "counted": "other activists who received jail time", "source": None, "approx": None,
   "note": "'Two other activists also received jail time': the co-defendants (same key in the other two items)"},
  {"quantity": K+"minh_sentence_years", "text": "2 1/2", "value": 2.5, "unit": "years", "counted": "years in prison", "source": None, "approx": None,
   "note": "'Nguyen Thi Thuy Quynh and ... Nguyen Van Minh were each sentenced to 2 1/2 years in prison': one number stated for both co-defendants; keyed with Minh's term (2.5 in Global Voices, 'two and a half' on 12 December, agreeing); for Quynh the other items give 2 / two years (this report disagrees, see notes)"},
  {"quantity": K+"defendants", "text": "three", "value": 3, "unit": None, "counted": "three sentenced activists", "source": None, "approx": None, "ctx": "The three were",
   "note": "'The three were among 21 people arrested': the three defendants (same key in the other items)"},
  {"quantity": K+"arrested_february", "text": "21", "value": 21, "unit": None, "counted": "people arrested in February", "source": None, "approx": None,
   "note": "outlet's voice; Global Voices 'the 21 arrested last February', VOA 12 December '21 people' (same key)"},
  {"quantity": K+"supporters_detained_trial_day", "text": "30", "value": 30, "unit": None, "counted": "people detained", "source": LH, "approx": "around",
   "note": "'He said about 30 people were detained': 'He' is Le Hoang (named in the sentence before); 'about' -> around. Detentions around the trial of 26 August, not the 19 detained at the appeal of 12 December (other scope)"},
  {"text": "63", "value": 63, "unit": None, "counted": "people imprisoned for peaceful political expression in Vietnam in 2013", "source": HRW, "approx": "at least",
   "note": "'At least 63 people were imprisoned ... in 2013, according to Human Rights Watch' -> HRW claims it; 'At least'"},
 ],
 "events": [
  {"actor": None, "date": "2014-08-26", "date_text": "Tuesday", "what": "Bui Thi Minh Hang sentenced to three years in jail", "ctx": "in jail Tuesday",
   "note": "passive without a by-agent ('was sentenced to three years in jail Tuesday') -> null; Tuesday 26 August 2014 = publication day"},
  {"actor": None, "date": "2014-02", "date_text": "in February", "what": "21 people arrested riding motorbikes to Dong Thap",
   "note": "passive participle without agent ('21 people arrested in February') -> null; February 2014"},
  {"actor": None, "date": "2014-02", "date_text": "the next day", "what": "the others in the group released",
   "note": "passive without agent ('The others in the group were released the next day') -> null; the day after the February arrests, which the text dates only to the month, so normalised to February 2014 (the arrests were in mid-February; the next day is still February)"},
  {"actor": None, "date": "2014-08-26", "date_text": "Tuesday", "what": "Hang supporters who travelled to the trial detained", "ctx": "were detained Tuesday",
   "note": "passive without a by-agent ('Several Hang supporters ... were detained Tuesday') -> null (the police station and police bus in the next paragraph are not written as the agent of this verb)"},
  {"actor": None, "date": "2013", "date_text": "in 2013", "what": "at least 63 people imprisoned for peaceful political expression",
   "note": "passive without agent ('were imprisoned ... in 2013') -> null; HRW is the source of the number, not the agent of imprisoning"},
 ],
 "actors": [
  {"name": H, "type": "person", "aliases": ["Bui Thi Minh Hang", "Hang", "A prominent rights activist in Vietnam"]},
  {"name": Q, "type": "person", "aliases": ["Nguyen Thi Thuy Quynh"]},
  {"name": M, "type": "person", "aliases": ["Hoa Hao Buddhist Nguyen Van Minh", "Nguyen Van Minh"]},
  {"name": PR, "type": "person", "aliases": ["Deputy Asia director for Human Rights Watch Phil Robertson", "Phil Robertson", "Robertson"]},
  {"name": HRW, "type": "organisation", "aliases": ["Human Rights Watch"]},
  {"name": LH, "type": "person", "aliases": ["Le Hoang"]},
  {"name": "Vietnamese government", "type": "organisation", "aliases": ["The government"]},
 ],
 "notes": [
  "VOA report of Tuesday 26 August 2014 on the one-day trial and sentencing of Bui Thi Minh Hang and two co-defendants at Dong Thap Provincial People's Court; story vietnam_hang_trial_2014 with gv_2014_vietnam_bui_thi_minh_hang_three_years (28 August) and voa_2014_vietnam_hang_appeal_upheld (12 December).",
  "Quotes: Robertson's quotation interrupted by 'Robertson said.' (two quotes; he is named with his title in the paragraph before). Not a quote: '“serious obstruction to traffic.”', the wording of the offence ('for disrupting public order by creating ...'), no one's words, as in the dev items.",
  "Claims: 'about 30' is Le Hoang's ('He said', Le Hoang named in the sentence before); 'At least 63' is HRW's ('according to Human Rights Watch'). 'The government says only those who break the law have been jailed' has no number and no date.",
  "Cross-item keys: hang_sentence_years (three x2), co_defendants (Two), minh_sentence_years (2 1/2, said of both co-defendants; Global Voices and VOA 12 December give Quynh 2 / two years, so this report disagrees for her), defendants (The three), arrested_february (21). The 30 detained on the trial day and the 63 of 2013 have no partner.",
  "Not an event: 'At the end of the day' in Robertson's quote is an idiom, not a date. Not figures: 'a day-long trial' (no number word), 'Several Hang supporters' (no number).",
  "Hang also 'uses Facebook' (undated); Quynh and Minh only receive sentences but are kept as actors of the story. 'authorities' inside the quote and the 'police bus' are not separate actors.",
  "second reading (annotator): re-read the whole item against FORMAT.md sections 1-2; checked straight quote marks in Robertson's quotation, the two 'Tuesday' and three 'three' occurrences pinned with ctx, every number token (three x3, Two, 2 1/2, 21, 30, 63, 2013) and date expression.",
 ],
}
