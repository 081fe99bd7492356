RAF = "Royal Air Force"
ANN = {
 "article": "articles/govuk_2024_houthi_strikes_3_february.txt",
 "gold_out": "gold/govuk_2024_houthi_strikes_3_february.json",
 "published": "2024-02-03",
 "quotes": [],
 "figures": [
  {"text": "three", "value": 3, "unit": None, "counted": "locations where military targets were struck", "source": None, "approx": None,
   "note": "'multiple military targets identified by careful intelligence analysis at three locations': the Ministry of Defence's own statement (the release's voice) -> null; the three are As Salif, Al Munirah and Bani, named below"},
 ],
 "events": [
  {"actor": RAF, "date": "2024-02-03", "date_text": "On 3 February", "what": "RAF Typhoons joined US forces in further strikes against Houthi locations in Yemen",
   "note": "'On 3 February, Royal Air Force Typhoon FGR4s, supported by Voyager tankers, joined US forces in further deliberate strikes': the subject of 'joined' is the RAF's Typhoons (the RAF); US forces are the object of 'joined', not a coordinated subject, so not a joint actor. Saturday 3 February 2024, the release's own day"},
  {"actor": RAF, "date": "2024-01-11", "date_text": "on the night of 11 January", "what": "the RAF struck an initial group of facilities at Bani",
   "note": "'An initial group of facilities there were successfully struck by the RAF on the night of 11 January': passive with a by-agent -> the RAF. Thursday 11 January 2024 (the first UK strikes on the Houthis); 'the night of 11 January' is that day's night, written as the day"},
 ],
 "actors": [
  {"name": RAF, "type": "organisation", "aliases": ["Royal Air Force", "the Royal Air Force", "the RAF", "The Typhoons", "our aircraft"]},
  {"name": "US forces", "type": "organisation", "aliases": ["US forces"]},
  {"name": "Houthis", "type": "group", "aliases": ["Houthi"]},
 ],
 "notes": [
  "Ministry of Defence press release (GOV.UK) of Saturday 3 February 2024 on the third round of UK strikes, with US forces, on Houthi sites in Yemen (As Salif, Al Munirah, Bani), kept from ukpol.co.uk, a site that reposts government releases word for word (meta edits). Story houthi_red_sea_strikes_2024; the only item of its story in this folder, so no quantity keys.",
  "Quotes: none (no quote marks in the text).",
  "Figures: 'three' locations (the release's voice). Not figures: 'IV' in 'Paveway IV' and 'FGR4s' (designations), 'A second drone ground control station' (ordinal), 'a significant number', 'multiple', 'a further set' (no number), '3' and '11' (dates).",
  "Events: 'On 3 February' (the RAF joined US forces in the strikes) and 'on the night of 11 January' (struck by the RAF: passive with by-agent). Not events: 'since then' (relative to the 11 January strikes, no date of its own), 'on this occasion' (anaphoric to the 3 February strikes, no date expression), 'at night' in 'by bombing at night' (a habitual time of day, no date), 'had been used' / 'was confirmed' (undated passives).",
  "Actors: the Royal Air Force ('Royal Air Force' in 'Royal Air Force Typhoon FGR4s', 'the RAF', 'the Royal Air Force'; 'The Typhoons' (twice: employed bombs, attacked targets) and 'our aircraft' (targeted a station) are its aircraft acting, listed as its descriptions), US forces (joined in the strikes), the Houthis (their campaign targeting shipping; the text has only the adjective 'Houthi'). Not listed: the Ministry of Defence (the release's author, not named in the kept text), 'Voyager tankers' (RAF support aircraft, not a separate agent).",
  "second reading (annotator): the whole item re-read once fully against FORMAT.md sections 1-2 and the stored copy: 3 February 2024 = Saturday and 11 January 2024 = Thursday, the by-agent of 'struck by the RAF', that 'US forces' is an object (no joint actor), every number token ('3', 'IV', '4' in FGR4s, 'three', '11'), every alias an exact substring used by one actor only; no change.",
 ],
}
