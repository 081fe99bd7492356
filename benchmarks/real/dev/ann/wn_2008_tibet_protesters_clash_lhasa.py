SF = "Chinese security forces"
CG = "Chinese government"
BM = "Buddhist monks"
ET = "ethnic Tibetans"
PR = "protesters"
EW = "eyewitness"
FT = "Free Tibet Campaign"
JM = "James Miles"
ANN = {
 "article": "articles/wn_2008_tibet_protesters_clash_lhasa.txt",
 "gold_out": "gold/wn_2008_tibet_protesters_clash_lhasa.json",
 "published": "2008-03-14",
 "quotes": [
  {"text": "The Sera monastery is surrounded by Chinese soldiers or police", "speaker": EW, "speaker_mention": "an eyewitness", "fragment": False,
   "note": "straight marks; interrupted by its attribution 'an eyewitness told ABC News' (ABC News is the listener, not the speaker); trailing comma dropped"},
  {"text": "I went yesterday to an area nearby to meet a Tibetan friend, and I saw the monastery surrounded by them.", "speaker": EW, "speaker_mention": "an eyewitness", "fragment": False,
   "note": "second half of the eyewitness's words, no attribution of its own: the speaker is named in the sentence before ('an eyewitness told ABC News')"},
  {"text": "Some of them are looting those shops, taking out the contents and throwing them on huge fires which they've lit in the street", "speaker": JM, "speaker_mention": "James Miles", "fragment": False,
   "note": "quote before its attribution ('said James Miles, a British journalist'); the apostrophe of 'they've' is not a closing mark"},
 ],
 "figures": [
  {"quantity": "tibet_unrest_2008:lhasa_protesters_shot_mar14", "text": "two", "value": 2, "unit": None, "counted": "protesters shot dead by riot police", "source": None, "approx": "at least",
   "note": "'At least two protesters are reported to have been shot dead': passive 'are reported' without a reporter, so no claimant"},
  {"quantity": "tibet_unrest_2008:lhasa_square_police", "text": "hundreds", "value": None, "vague": True, "unit": None, "counted": "police forces at the main square", "source": EW, "approx": None, "ctx": "hundreds of police forces",
   "note": "'An eyewitness report describes hundreds of police forces ...': the claimant is the unnamed eyewitness whose report it is (the text does not say whether it is the same eyewitness who spoke to ABC News; one actor)"},
  {"quantity": "tibet_unrest_2008:monks_arrested_mar10", "text": "50 or 60", "value": 50, "value_max": 60, "unit": None, "counted": "monks arrested", "source": None, "approx": None,
   "note": "'When 50 or 60 of the monks were arrested': a range given as 'X or Y'; outlet's voice"},
  {"quantity": "tibet_unrest_2008:monks_took_to_streets", "text": "hundreds", "value": None, "vague": True, "unit": None, "counted": "other monks marching", "source": None, "approx": None, "ctx": "hundreds of other monks",
   "note": "vague plural, outlet's voice"},
  {"quantity": "tibet_unrest_2008:jokhang_market_protesters", "text": "400", "value": 400, "unit": None, "counted": "protesters", "source": FT, "approx": "around",
   "note": "'according to a witness cited by the Free Tibet Campaign': nested reporting, the outer reporter (the campaign) is the claimant"},
  {"quantity": "tibet_unrest_2008:jokhang_market_police", "text": "1,000", "value": 1000, "unit": None, "counted": "police who confronted the protesters", "source": FT, "approx": None,
   "note": "same 'according to a witness cited by the Free Tibet Campaign' as the 400; not the same quantity as the 'hundreds of police forces' at the main square"},
 ],
 "events": [
  {"actor": "Buddhist monks and ethnic Tibetans", "date": "2008-03-14", "date_text": "on Friday", "what": "monks and Tibetans set fire to vehicles and shops in Lhasa",
   "note": "'Buddhist monks and other ethnic Tibetans who were setting fire to vehicles and shops on Friday': the expression closes the relative clause, so it dates 'setting fire' (agent: the monks and Tibetans, a joint actor); read with the main verb it would date the security forces' attempt to control them. Friday = the day of the report, 14 March 2008"},
  {"actor": EW, "date": "2008-03-13", "date_text": "yesterday", "what": "eyewitness went near the Sera monastery and saw it surrounded",
   "note": "inside the quotation: 'I went yesterday ...', agent of 'went' is the speaker; read against the day of the report (Friday 14 March 2008)"},
  {"actor": BM, "date": "2008-03-10", "date_text": "on Monday", "what": "protests began as a group of monks marched in Lhasa",
   "note": "'The protests began rather peacefully on Monday, when a group of monks marched in Lhasa': the protests are the monks' (the when-clause names them), so the event gets its owner; Monday before Friday 14 March = 10 March 2008"},
  {"actor": "Tibet", "date": "1959", "date_text": "1959", "what": "Tibet's rebellion against China",
   "note": "a year on a noun ('Tibet's 1959 rebellion against China'): the possessive names the agent of the rebellion"},
 ],
 "actors": [
  {"name": SF, "type": "organisation", "aliases": ["Chinese security forces", "riot police", "police forces", "police"]},
  {"name": CG, "type": "organisation", "aliases": ["The Chinese government", "China"]},
  {"name": BM, "type": "group", "aliases": ["Buddhist monks", "a group of monks", "the monks", "other monks"]},
  {"name": ET, "type": "group", "aliases": ["other ethnic Tibetans", "ordinary Tibetans"]},
  {"name": PR, "type": "group", "aliases": ["protesters", "Protesters", "Anti-China protesters"]},
  {"name": EW, "type": "person", "aliases": ["an eyewitness", "An eyewitness report"]},
  {"name": FT, "type": "organisation", "aliases": ["the Free Tibet Campaign"]},
  {"name": JM, "type": "person", "aliases": ["James Miles", "James Miles, a British journalist"]},
  {"name": "Tibet", "type": "country", "aliases": ["Tibet"]},
 ],
 "notes": [
  "Wikinews report of Friday 14 March 2008 on the Lhasa riot of that day; story tibet_unrest_2008 with wn_2008_tibetans_say_80_killed (16 March) and voa_2008_tibet_exiles_19_more_shot_dead (18 March).",
  "No toll of the riot is given yet: the only deaths are 'At least two protesters ... shot dead' (own key); the later items carry the disputed Lhasa toll (tibet_unrest_2008:lhasa_killed_mar14).",
  "The quotation box of the page ('People have been burning cars and motorbikes and buses. ...' signed '—Lhasa resident', without quote marks) was removed as page furniture; see the meta edits.",
  "ABC News is only the listener of the eyewitness and is not an actor; the witness cited by the Free Tibet Campaign is not listed either (the gold names the outer reporter). 'Other reports suggest ...' has no claimant and no number.",
  "Not figures: '49th' (ordinal), '1959' (year). 'Soon' is vague and not an event; 'Other reports suggest the city is under a sort of lockdown' has no date.",
  "second reading: checked the text against the stored copy, the weekday arithmetic (Friday 14 March 2008, Monday 10 March 2008), the straight quote marks, and that 'the monks' (arrested) and 'other monks' are both the monks' group while 'ordinary Tibetans' joins later.",
 ],
}
