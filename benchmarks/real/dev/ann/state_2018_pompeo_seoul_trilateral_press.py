P = "Michael Pompeo"
ANN = {
 "article": "articles/state_2018_pompeo_seoul_trilateral_press.txt",
 "gold_out": "gold/state_2018_pompeo_seoul_trilateral_press.json",
 "published": "2018-06-14",
 "quotes": [],
 "figures": [
  {"text": "three", "ctx": "the three of us", "value": 3, "unit": None, "counted": "of us (the three foreign ministers)", "source": P, "approx": None,
   "note": "'The discussions we held today amongst the three of us': Pompeo, Kang and Kono; the transcript is Pompeo's speech, so he states the number"},
  {"text": "three", "ctx": "our three countries", "value": 3, "unit": None, "counted": "countries", "source": P, "approx": None,
   "note": "'our three countries’ commitment': the United States, South Korea and Japan; stated by Pompeo"},
 ],
 "events": [
  {"actor": "Donald Trump and Kim Jong-un", "date": "2018-06-12", "date_text": "two days ago", "what": "the Singapore summit of President Trump and Kim Jong-un",
   "note": "'The President’s summit with North Korean leader Kim Jong-un two days ago': the date sits on the noun 'summit', whose agents the text names (the President's summit with Kim Jong-un), so the joint actor; two days before Thursday 14 June 2018 = Tuesday 12 June 2018. Kept although inside speech: only a bare 'today' in speech is left out"},
 ],
 "actors": [
  {"name": P, "type": "person", "aliases": ["SECRETARY POMPEO"]},
  {"name": "Donald Trump", "type": "person", "aliases": ["President Trump", "The President"]},
  {"name": "Kim Jong-un", "type": "person", "aliases": ["Chairman Kim Jong-un", "North Korean leader Kim Jong-un", "Kim Jong-un"]},
  {"name": "Kang Kyung-wha", "type": "person", "aliases": ["Korean Foreign Minister Kang Kyung-wha", "Foreign Minister Kang"]},
  {"name": "Taro Kono", "type": "person", "aliases": ["Japanese Foreign Minister Taro Kono", "Foreign Minister Kono"]},
 ],
 "notes": [
  "State Department transcript of Secretary of State Michael R. Pompeo's opening statement at the press availability with South Korea's and Japan's foreign ministers in Seoul, Thursday 14 June 2018 (date line printed, removed); story trump_kim_singapore_summit_2018 with VOA's report of 13 June (voa_2018_singapore_summit_high_hopes). The stored copy is cut inside Pompeo's fourth paragraph, so the item is his first three paragraphs.",
  "No quotes: transcripts print speech without quote marks; the speaker label 'SECRETARY POMPEO:' is an alias of Pompeo. The figures are claimed by him as speaker.",
  "Figures: 'three' twice (the three of us; our three countries), told apart by ctx. Not figures: 'two days ago' (a date expression, annotated as an event), 'Kyung-wha' etc. No quantity keys: nothing here states a number of the VOA item (which has none).",
  "Events: 'two days ago' only (the summit). Left out: 'today' in 'The discussions we held today' and 'Today, the foreign minister and I discussed ...' (a bare 'today' inside speech); 'history' and 'the entire process' are not dates.",
  "Actors: 'the foreign minister' in 'Today, the foreign minister and I discussed' is left without an actor: Pompeo stands with two foreign ministers (Kang and Kono) and the text does not say which one he means, so it is no alias of either. 'The President' is President Trump ('The President’s summit with ... Kim Jong-un'). South Korea, Japan and the United States do not act in this part of the text and are not listed.",
  "second reading (annotator): re-read the whole item against FORMAT.md sections 1-2 and the stored copy: checked the double spaces and curly apostrophes are as printed, that 14 June 2018 was a Thursday (two days ago = Tuesday 12 June, the summit), the ctx of both 'three's, and every alias as an exact substring; no change.",
 ],
}
