K = "ukraine_kyiv_clashes_2014:"
YAN = "Viktor Yanukovych"
OPL = "Ukrainian opposition leaders"
KLI = "Vitaly Klitschko"
PRO = "anti-government protesters"
ANN = {
 "article": "articles/voa_2014_kyiv_concessions_fail_new_fighting.txt",
 "gold_out": "gold/voa_2014_kyiv_concessions_fail_new_fighting.json",
 "published": "2014-01-24",
 "quotes": [
  {"text": "Long hours of conversations, long hours of conversations about nothing.", "speaker": KLI, "speaker_mention": "Klitschko",
   "note": "straight opening mark, curly closing mark; the trailing comma of the printed '.,' is dropped and the full stop kept; attributed by 'Klitschko told the protesters' after the quote (he was named in the paragraph before as 'Vitaly Klitschko')"},
  {"text": "Now I understand that to sit down at the same table, with the man who has already decided to lie to you is pointless", "speaker": KLI, "speaker_mention": "he",
   "note": "second sentence of Klitschko's words, attributed by 'he said' after it; the comma before the closing mark is dropped"},
 ],
 "figures": [
  {"quantity": K+"protesters_killed_kyiv_jan22", "text": "three", "value": 3, "unit": None, "counted": "protesters battling police who died", "source": None, "approx": "at least",
   "note": "'at least three protesters battling police died': outlet's voice; the deaths of Wednesday 22 January that VOA reported that day as 'three' (voa_2014_kyiv_three_reported_dead)"},
  {"quantity": K+"protesters_shot_dead_kyiv_jan22", "text": "two", "value": 2, "unit": None, "counted": "protesters who died by gunfire", "source": None, "approx": None, "ctx": "two of them by gunfire",
   "note": "'- two of them by gunfire': outlet's voice; same quantity as the 'Two protesters ... gunshot wounds' of 22 January"},
 ],
 "events": [
  {"actor": None, "date": "2014-01-24", "date_text": "Friday", "what": "the government's concessions were revealed",
   "note": "'The concessions were revealed Friday': passive without a by-agent, so null (the concessions are Yanukovych's, but the text does not say who revealed them); Friday = the publication day"},
  {"actor": "Viktor Yanukovych and Ukrainian opposition leaders", "date": "2014-01-25/2014-01-26", "date_text": "through the weekend", "what": "talks between the president and opposition leaders expected to stretch on",
   "note": "'Ongoing talks between the president and opposition leaders were expected to have stretched through the weekend': the date is on the talks, whose parties the text names (the president and the opposition leaders), so the joint actor; the weekend after Friday 24 January = 25-26 January 2014"},
  {"actor": None, "date": "2014-01-25", "date_text": "early Saturday", "what": "it was not clear what impact the new rioting would have on the talks",
   "note": "'it was not clear early Saturday what impact ...': a state with no agent, so null; Saturday after the Friday publication day (Kyiv time)"},
  {"actor": KLI, "date": "2014-01-23", "date_text": "late Thursday night", "what": "Klitschko described the meeting with the president to the protesters in Independence Square",
   "note": "'Vitaly Klitschko - described the meeting ... late Thursday night': Klitschko is the agent of 'described'; Thursday before the Friday publication day"},
 ],
 "actors": [
  {"name": YAN, "type": "person", "aliases": ["Embattled Ukrainian President Viktor Yanukovych", "Viktor Yanukovych", "the president"]},
  {"name": PRO, "type": "group", "aliases": ["angry protesters", "the protesters", "protesters"]},
  {"name": "Ukrainian police", "type": "organisation", "aliases": ["police"]},
  {"name": "Witnesses", "type": "group", "aliases": ["Witnesses"]},
  {"name": OPL, "type": "group", "aliases": ["opposition leaders"]},
  {"name": KLI, "type": "person", "aliases": ["Vitaly Klitschko", "Klitschko"]},
  {"name": "Arseniy Yatseniuk", "type": "person", "aliases": ["Arseniy Yatseniuk", "Arseniy Yatseniuk, another opposition leader"]},
 ],
 "notes": [
  "VOA report by Henry Ridgwell (London) of Friday 24 January 2014 on Yanukovych's concessions and new fighting in Kyiv; story ukraine_kyiv_clashes_2014, with voa_2014_kyiv_three_reported_dead (22 January 2014).",
  "Cross-item keys: protesters_killed_kyiv_jan22 ('at least three' here, 'Three'/'three' on 22 January) and protesters_shot_dead_kyiv_jan22 ('two of them by gunfire' here, 'Two protesters ... gunshot wounds' on 22 January). Both figures here are in the outlet's voice (null source).",
  "Witnesses claim what the protesters and police did ('Witnesses said angry protesters ... threw firebombs'), but no number, so they are an actor without figures.",
  "Left out as vague or relative, not dated: 'hours later', 'at midweek' (the week's middle, no day the text fixes; the deaths were on Wednesday 22 January but the truce is not dated), 'Ongoing'.",
  "Quotes: Klitschko's two sentences, split by the attribution 'Klitschko told the protesters' (two quotes, the second attributed by 'he said'); the last paragraph with Yatseniuk's quote was cut mid-word in the stored copy and dropped, so Yatseniuk has no quote here.",
  "Not figures: 'Long hours' (no number), 'One of the leaders' (pronoun 'One'), 're-shuffle' etc. 'the president' is Yanukovych (the only president in the text).",
  "Second careful read done against FORMAT.md by the annotator: quote spans and mixed marks, the '.,' rule, both number tokens, every date expression and its agent, no alias shared between actors ('opposition leaders' only for the group; 'another opposition leader' only inside Yatseniuk's descriptive alias).",
 ],
}
