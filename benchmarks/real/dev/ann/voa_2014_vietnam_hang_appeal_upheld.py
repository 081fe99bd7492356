K = "vietnam_hang_trial_2014:"
H = "Bui Thi Minh Hang"
Q = "Nguyen Thi Thuy Quynh"
M = "Nguyen Van Minh"
PR = "Phil Robertson"
HRW = "Human Rights Watch"
CT = "Dong Thap Provincial People's Court"
TBT = "Tran Bui Trung"
OB = "observers"
P = "Vietnamese police"
ANN = {
 "article": "articles/voa_2014_vietnam_hang_appeal_upheld.txt",
 "gold_out": "gold/voa_2014_vietnam_hang_appeal_upheld.json",
 "published": "2014-12-12",
 "quotes": [
  {"text": "no surprise", "speaker": OB, "speaker_mention": "observers", "fragment": True,
   "note": "'The results of the appeal trial ... came as “no surprise”, observers said.': a phrase of the unnamed observers inside reported speech -> fragment; the comma stands outside the closing mark"},
  {"text": "thorn in the side of the Vietnamese government", "speaker": PR, "speaker_mention": "Phil Robertson", "fragment": True,
   "note": "'Phil Robertson ... described Hang as a “...”': his phrase inside reported speech -> fragment"},
 ],
 "figures": [
  {"quantity": K+"co_defendants", "text": "two", "value": 2, "unit": None, "counted": "two others whose sentences were upheld", "source": None, "approx": None, "ctx": "Hang and two others", "occ": 1,
   "note": "standfirst: 'Bui Thi Minh Hang and two others': the co-defendants, outlet's voice (same key in the other items)"},
  {"quantity": K+"co_defendants", "text": "two", "value": 2, "unit": None, "counted": "two others whose sentences were upheld", "source": None, "approx": None, "ctx": "Hang and two others", "occ": 2,
   "note": "the standfirst repeated as the first body sentence"},
  {"quantity": K+"hang_sentence_years", "text": "three", "value": 3, "unit": "years", "counted": "years in prison", "source": None, "approx": None, "ctx": "three years in prison",
   "note": "'Hang was sentenced to three years in prison in August': outlet's voice (same key in the other items)"},
  {"quantity": K+"co_defendants", "text": "Two", "value": 2, "unit": None, "counted": "other activists who received jail time", "source": None, "approx": None,
   "note": "'Two other activists also received jail time'"},
  {"quantity": K+"quynh_sentence_years", "text": "two", "value": 2, "unit": "years", "counted": "years in jail", "source": None, "approx": None, "ctx": "jailed for two years",
   "note": "'Nguyen Thi Thuy Quynh was jailed for two years': agrees with Global Voices' '2 years' (same key); VOA 26 August said '2 1/2' for both"},
  {"quantity": K+"minh_sentence_years", "text": "two and a half", "value": 2.5, "unit": "years", "counted": "years in jail", "source": None, "approx": None,
   "note": "'Nguyen Van Minh for two and a half years' (same key: 2.5 in Global Voices, '2 1/2' on 26 August)"},
  {"quantity": K+"defendants", "text": "three", "value": 3, "unit": None, "counted": "three activists", "source": None, "approx": None, "ctx": "The three were",
   "note": "'The three were among 21 people arrested in February' (same key in the other items)"},
  {"quantity": K+"arrested_february", "text": "21", "value": 21, "unit": None, "counted": "people arrested in February", "source": None, "approx": None,
   "note": "outlet's voice; same key as the 21 of the other items"},
  {"text": "19", "value": 19, "unit": None, "counted": "people detained by police at the court", "source": TBT, "approx": None,
   "note": "'Hang’s son, Tran Bui Trung, said 19 people ... were detained by police' -> his number. Detained at the appeal of 12 December: not the same quantity as the 'about 30' detained around the August trial"},
 ],
 "events": [
  {"actor": CT, "date": "2014-12-12", "date_text": "Friday", "what": "appeal trial in Dong Thap province",
   "note": "date on the noun 'appeal trial' ('The results of the appeal trial in Dong Thap province ... Friday'); the text says who held it: 'A court in southern Vietnam has upheld the sentence' -> the court (the Dong Thap Provincial People's Court, as in the other items); Friday 12 December 2014 = publication day"},
  {"actor": None, "date": "2014-08", "date_text": "in August", "what": "Hang sentenced to three years in prison",
   "note": "passive without a by-agent ('Hang was sentenced to three years in prison in August') -> null; August 2014"},
  {"actor": None, "date": "2014-02", "date_text": "in February", "what": "21 people arrested riding motorbikes to Dong Thap",
   "note": "passive participle without agent -> null; February 2014"},
  {"actor": None, "date": "2014-02", "date_text": "the next day", "what": "the others in the group released",
   "note": "passive without agent -> null; the day after the February arrests, dated only to the month by the text, so February 2014"},
 ],
 "actors": [
  {"name": H, "type": "person", "aliases": ["Bui Thi Minh Hang", "Hang", "outspoken activist and anti-China protester Bui Thi Minh Hang"]},
  {"name": Q, "type": "person", "aliases": ["Nguyen Thi Thuy Quynh"]},
  {"name": M, "type": "person", "aliases": ["Hoa Hao Buddhist Nguyen Van Minh"]},
  {"name": CT, "type": "organisation", "aliases": ["A court in southern Vietnam"]},
  {"name": OB, "type": "group", "aliases": ["observers"]},
  {"name": TBT, "type": "person", "aliases": ["Tran Bui Trung", "Hang’s son"]},
  {"name": P, "type": "organisation", "aliases": ["police"]},
  {"name": PR, "type": "person", "aliases": ["Phil Robertson", "Phil Robertson, deputy Asia director for Human Rights Watch"]},
  {"name": HRW, "type": "organisation", "aliases": ["Human Rights Watch"]},
 ],
 "notes": [
  "VOA report by Marianne Brown (Hanoi) of Friday 12 December 2014 on the appeal hearing at Dong Thap that upheld the sentences of Bui Thi Minh Hang, Nguyen Thi Thuy Quynh and Nguyen Van Minh; kept from a site that reposts it (see meta); story vietnam_hang_trial_2014 with gv_2014_vietnam_bui_thi_minh_hang_three_years (28 August) and voa_2014_vietnam_hang_sentenced_three_years (26 August).",
  "Quotes: the observers' 'no surprise' and Robertson's 'thorn in the side of the Vietnamese government', both fragments in reported speech. Not a quote: '“serious obstruction to traffic.”' (wording of the offence, no one's words, as in the dev items).",
  "Cross-item keys: co_defendants (two x2 in standfirst and lead, Two), hang_sentence_years (three), quynh_sentence_years (two; Global Voices 2, VOA 26 August 2 1/2 for both), minh_sentence_years (two and a half), defendants (The three), arrested_february (21). The 19 detained at the appeal (Tran Bui Trung's number) has no partner.",
  "The standfirst repeats the first body sentence word for word (apart from the dateline): both are annotated, its 'two' with occ 1 and 2. 'HANOI—' is a dateline, not an event.",
  "'police' is the by-agent of 'were detained by police' (undated, so no event). 'He says there is no news yet' (pronoun; no quote marks, no number). Not figures: 'a range of issues', 'a traditional Vietnamese dress' (no number).",
  "second reading (annotator): re-read the whole item against FORMAT.md sections 1-2; checked curly quotes (“no surprise”, with the comma outside; “thorn ...”), curly apostrophes in 'Vietnam’s', 'Hang’s', every number token (two x3, Two, three x2, two and a half, 21, 19) and every date expression (Friday, in August, in February, the next day).",
 ],
}
