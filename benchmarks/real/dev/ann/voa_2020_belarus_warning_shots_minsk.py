POL = "Belarusian police"
SF = "Belarusian security forces"
GOR = "Boris Goretsky"
MCEC = "Minsk City Executive Committee"
TSI = "Sviatlana Tsikhanouskaya"
OPP = "Belarusian opposition"
ANN = {
 "article": "articles/voa_2020_belarus_warning_shots_minsk.txt",
 "gold_out": "gold/voa_2020_belarus_warning_shots_minsk.json",
 "published": "2020-11-01",
 "quotes": [
  {"text": "severely beaten", "speaker": GOR, "speaker_mention": "Boris Goretsky of the Belarusian Association of Journalists", "fragment": True,
   "note": "curly marks; the speaker is named after the quote ('..., said Boris Goretsky of the Belarusian Association of Journalists, according to RFE/RL’s Belarus Service'); RFE/RL only relays him, so the speaker is Goretsky"},
  {"text": "necessary measures to maintain order in the capital and ensure public safety during an unauthorized mass event", "speaker": MCEC,
   "speaker_mention": "a statement of the Minsk City Executive Committee", "fragment": True,
   "note": "words of the committee's statement, set inside the reporter's sentence 'These were \"...\"'; the comma before the closing mark is dropped; Interfax-Zapad only quotes the statement, so the speaker is the committee"},
  {"text": "national strike", "speaker": TSI, "speaker_mention": "Tsikhanouskaya", "fragment": True,
   "note": "'Tsikhanouskaya has urged a \"national strike\"': the phrase is hers"},
 ],
 "figures": [
  {"text": "Thousands", "value": None, "vague": True, "unit": None, "counted": "people who began to march in Minsk", "source": None, "approx": None,
   "note": "outlet's voice"},
  {"text": "200", "value": 200, "unit": None, "counted": "people detained in the latest anti-government protest", "source": None, "approx": "more than",
   "note": "'Security forces have detained more than 200 people': the outlet's own voice, no claimant"},
  {"text": "Four", "value": 4, "unit": None, "counted": "journalists among those detained", "source": GOR,
   "approx": None, "note": "the whole sentence is reported by 'said Boris Goretsky' at its end, so he claims both numbers"},
  {"text": "two", "value": 2, "unit": None, "counted": "journalists severely beaten", "source": GOR, "approx": None, "ctx": "two of them",
   "note": "'two of them were \"severely beaten,\" said Boris Goretsky': his claim"},
  {"text": "26 years", "value": 26, "unit": "years", "counted": "years Lukashenko has been president", "source": None, "approx": None},
 ],
 "events": [
  {"actor": POL, "date": "2020-11-01", "date_text": "Sunday November 1", "what": "police fired warning shots and detained protesters in Minsk",
   "note": "'Police in Belarus fired warning shots ... and detained protesters in Minsk, Sunday November 1': the agent of both verbs is the police"},
  {"actor": None, "date": "2020-08-09", "date_text": "12 weeks ago", "what": "the disputed presidential election",
   "note": "dates the noun 'election' (published minus 84 days = Sunday 9 August 2020, the day of the vote); an election has no single agent in the text, so null; annotated as a date, not as a duration figure"},
  {"actor": TSI, "date": "2020-10-26", "date_text": "since Oct. 26", "what": "Tsikhanouskaya has urged a national strike from then on",
   "note": "'Tsikhanouskaya has urged a \"national strike\" since Oct. 26': the date modifies 'has urged', whose subject is Tsikhanouskaya; the start day is given as the date"},
  {"actor": OPP, "date": "2020-10-25", "date_text": "midnight Oct. 25", "what": "deadline set by the opposition for Lukashenko to leave",
   "note": "'The opposition had set a deadline of midnight Oct. 25 for Lukashenko ... to leave': the date is on the noun 'deadline', which the text says the opposition set, so the opposition is the actor"},
 ],
 "actors": [
  {"name": POL, "type": "organisation", "aliases": ["Police in Belarus", "police officers"]},
  {"name": SF, "type": "organisation", "aliases": ["Security forces", "law enforcement"]},
  {"name": "Alexander Lukashenko", "type": "person", "aliases": ["Alexander Lukashenko", "Lukashenko", "veteran leader Alexander Lukashenko"]},
  {"name": GOR, "type": "person", "aliases": ["Boris Goretsky", "Boris Goretsky of the Belarusian Association of Journalists"]},
  {"name": "RFE/RL’s Belarus Service", "type": "organisation", "aliases": ["RFE/RL’s Belarus Service"]},
  {"name": "Belarusian authorities", "type": "organisation", "aliases": ["Authorities"]},
  {"name": MCEC, "type": "organisation", "aliases": ["Minsk City Executive Committee", "a statement of the Minsk City Executive Committee"]},
  {"name": "Interfax-Zapad", "type": "organisation", "aliases": ["Interfax-Zapad"]},
  {"name": TSI, "type": "person", "aliases": ["Sviatlana Tsikhanouskaya", "presidential candidate Sviatlana Tsikhanouskaya", "Tsikhanouskaya"]},
  {"name": OPP, "type": "group", "aliases": ["The opposition"]},
 ],
 "notes": [
  "VOA News report of Sunday 1 November 2020 (a video-episode page on VOA's publishing host, no headline printed: line 1 rebuilt from the address) on the twelfth week of protests after Belarus's presidential election of 9 August 2020; story belarus_protests_2020.",
  "Claimants: Boris Goretsky (Belarusian Association of Journalists) claims the four detained journalists and the two beaten, relayed by RFE/RL's Belarus Service; the 'more than 200' detained and 'Thousands' marching are the outlet's voice. The Minsk City Executive Committee's statement is quoted through Interfax-Zapad: the committee is the speaker.",
  "'12 weeks ago' is taken as a date (the election day, 9 August 2020), not as a duration figure, following the dev convention for 'two weeks ago'. 'midnight Oct. 25' is a day date; 'since Oct. 26' gives its start day.",
  "Not figures: 'Oct. 26', 'Oct. 25' (dates), 'Sunday November 1' (date), 'midnight' (time of day). 'Soviet-era' is not a date expression.",
  "Police in Belarus, security forces/law enforcement and 'Authorities' are kept as three actors as the text names them; only the police carry a dated act.",
  "Second careful read done against FORMAT.md: quote spans and marks (curly 'severely beaten', straight elsewhere, comma dropped before the closing mark), every number token, each date's agent.",
 ],
}
