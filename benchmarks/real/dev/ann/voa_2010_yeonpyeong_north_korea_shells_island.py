S = "yeonpyeong_shelling_2010"
NKA = "North Korean Army"
SKM = "South Korean military"
ANN = {
 "article": "articles/voa_2010_yeonpyeong_north_korea_shells_island.txt",
 "gold_out": "gold/voa_2010_yeonpyeong_north_korea_shells_island.json",
 "published": "2010-11-23",
 "quotes": [
  {"text": "even 0.001 millimeters", "speaker": NKA, "speaker_mention": "a North Korean Army statement", "fragment": True,
   "note": "'The announcer, quoting a North Korean Army statement, warns if South Korea intrudes into its territorial waters \"even 0.001 millimeters\" ...': words of the army statement read out on North Korean TV; the statement, not the announcer, is the source of the words"},
  {"text": "merciless military counter-actions.", "speaker": NKA, "speaker_mention": "a North Korean Army statement", "fragment": True,
   "note": "second fragment of the same statement; the final period lies inside the closing mark and is kept"},
 ],
 "figures": [
  {"quantity": S + ":south_korean_marines_killed", "text": "two", "value": 2, "unit": None, "counted": "South Korean marines killed", "source": None, "approx": "at least",
   "note": "'At least two South Korean marines were killed': VOA's own voice. The DOD item of 24 November gives 'four dead' (all dead, a different quantity)"},
  {"text": "0.001", "value": 0.001, "unit": None, "counted": "millimeters of intrusion into North Korea's territorial waters", "source": NKA, "approx": None,
   "note": "a measure inside the quoted army statement ('even 0.001 millimeters'); millimetres are not among the scorer's units, so unit null (as pounds and litres elsewhere in the set)"},
  {"text": "25,000", "value": 25000, "unit": None, "counted": "US troops in South Korea", "source": None, "approx": None,
   "note": "relative clause in VOA's voice ('The United States, which has 25,000 troops in South Korea, condemned ...')"},
  {"text": "80", "value": 80, "unit": None, "counted": "shells fired back by South Korean forces", "source": SKM, "approx": None,
   "note": "'South Korea's military says its forces fired back with 80 shells'"},
  {"text": "12", "value": 12, "unit": "km", "counted": "kilometers off the North Korean coast (Yeonpyeong island)", "source": SKM, "approx": None,
   "note": "'12 kilometers' (unit word not glued: span '12', unit km); the appositive sits inside the military's reported statement ('South Korea's military says ... after tiny Yeonpyeong island, 12 kilometers off the North Korean coast, was hit'), so the military is the claimant, as for figures inside reported statements elsewhere in the set. A judgement call"},
 ],
 "events": [
  {"actor": None, "date": "1950-01-01/1959-12-31", "date_text": "the early 1950s", "what": "Korean War",
   "note": "date on a noun ('the Korean War of the early 1950s'): a war, no agent; 'early' is not narrowed further (the decade, as 'Since early this month' gives the month elsewhere in the set)"},
  {"actor": None, "date": "1953", "date_text": "1953", "what": "armistice ending the Korean War",
   "note": "date on a noun ('abide by the 1953 armistice'): the text does not say who concluded it, so null"},
 ],
 "actors": [
  {"name": "North Korea", "type": "country", "aliases": ["North Korea", "Pyongyang"]},
  {"name": "South Korea", "type": "country", "aliases": ["South Korea"]},
  {"name": "South Korean government", "type": "organisation", "aliases": ["South Korea's government"]},
  {"name": SKM, "type": "organisation", "aliases": ["South Korea's military"]},
  {"name": "Hong Sang-pyo", "type": "person", "aliases": ["Presidential press secretary Hong Sang-pyo", "Hong Sang-pyo"]},
  {"name": "Lee Hong-Ki", "type": "person", "aliases": ["Army General Lee Hong-Ki", "Lee Hong-Ki", "The general"]},
  {"name": "North Korean state TV", "type": "organisation", "aliases": ["the evening TV newscast", "The announcer"]},
  {"name": NKA, "type": "organisation", "aliases": ["North Korean Army"]},
  {"name": "United States", "type": "country", "aliases": ["The United States"]},
  {"name": "China", "type": "country", "aliases": ["China"]},
  {"name": "Russia", "type": "country", "aliases": ["Russia"]},
  {"name": "Japan", "type": "country", "aliases": ["Japan"]},
 ],
 "notes": [
  "VOA report by Steve Herman from Seoul, 23 November 2010 (the day of the shelling of Yeonpyeong island), kept from GlobalSecurity.org's copy. Story yeonpyeong_shelling_2010 with dod_2010_yeonpyeong_four_dead_carrier_deploys (AFPS, 24 November).",
  "Speakers named away from their words: Hong Sang-pyo's warning is reported with a trailing 'he says'; Lee Hong-Ki is 'The general' in the next sentence; the North Korean army statement is quoted through 'The announcer' of 'the evening TV newscast'. Only the two army-statement fragments are in quote marks.",
  "'Pyongyang' is used once as a metonym for North Korea ('Pyongyang must take responsibility') and once as a place ('In Pyongyang, the evening TV newscast ...'); listed as an alias of North Korea. 'South Korea's government' and 'South Korea's military' are kept apart from South Korea (the state).",
  "The item has no dated act apart from the two dated nouns: the shelling itself carries no date expression (the date is only in the removed byline). 'the evening TV newscast' is read as the name of the broadcast (the evening news), not as a date expression: left out. A judgement call.",
  "Not figures: '1953' (year), '1950s' (decade), 'several others', 'some civilians' (no number), 'one of the most serious' (pronoun). 'North Korean Army' is listed by the name printed in 'a North Korean Army statement'.",
  "Second reading: re-read the whole item against FORMAT.md sections 1-2; checked 'At least' = at least, the 12 km span and unit, the nested attribution of the two fragments and the decade interval.",
 ],
}
