ARMY = "Syrian army"
SPOX = "Syrian army spokesman"
SOHR = "Syrian Observatory for Human Rights"
K = "yabroud_2014:"
ANN = {
 "article": "articles/voa_2014_yabroud_syrian_troops_seize_town.txt",
 "gold_out": "gold/voa_2014_yabroud_syrian_troops_seize_town.json",
 "published": "2014-03-16",
 "quotes": [],
 "figures": [
  {"quantity": K+"syria_war_dead", "text": "140,000", "value": 140000, "unit": None, "counted": "people killed since Syria's civil war began", "source": None, "approx": "more than",
   "note": "'More than 140,000 people have been killed ... since Syria's civil war began in March 2011': outlet's voice, no claimant"},
  {"text": "2.5 million", "value": 2.5e6, "unit": None, "counted": "people who have fled the country", "source": None, "approx": None,
   "note": "'and another 2.5 million have fled the country': 'More than' governs the first number only; no noun printed after the number (counted phrase supplied); outlet's voice"},
  {"text": "a dozen", "value": 12, "unit": None, "counted": "Christian nuns released in a prisoner swap", "source": SOHR, "approx": "more than",
   "note": "'The observatory said Abu Azzam al-Kuwaiti was a leader of al-Nusra ..., saying he helped negotiate a prisoner swap that saw rebels recently release more than a dozen Christian nuns': inside the observatory's 'saying' clause"},
 ],
 "events": [
  {"actor": ARMY, "date": "2014-03-16", "date_text": "Sunday", "ctx": "took control Sunday", "what": "Syrian soldiers took control of Yabroud",
   "note": "'State media and activists say Syrian soldiers took control Sunday of Yabroud': the date modifies 'took control', whose subject is 'Syrian soldiers' (the army). Sunday = the published day, 16 March 2014"},
  {"actor": SPOX, "date": "2014-03-16", "date_text": "Sunday", "ctx": "told VOA Sunday", "what": "a Syrian army spokesman told VOA the capture of Yabroud will choke off rebel supplies from Lebanon",
   "note": "'A spokesman for the Syrian Army told VOA Sunday ...': agent of 'told'"},
  {"actor": None, "date": "2011-03", "date_text": "in March 2011", "what": "Syria's civil war began",
   "note": "'since Syria's civil war began in March 2011': a verb of beginning with no agent"},
  {"actor": None, "date": "2014-03-14", "date_text": "Friday", "ctx": "killed Friday", "what": "a top al-Nusra Front commander was killed in Yabroud during clashes between the army and Hezbollah fighters",
   "note": "'the Syrian Observatory for Human Rights said a top commander of the al-Nusra Front ... was killed Friday in Yabroud during clashes between the army and Hezbollah fighters': passive with no by-agent (the clashes name two sides, neither as the killer), so null; the observatory's 'said' is undated. Friday before Sunday 16 March = 14 March 2014"},
 ],
 "actors": [
  {"name": ARMY, "type": "organisation", "aliases": ["Syrian troops", "Syrian soldiers", "government forces", "Syrian military forces", "the Syrian army", "the army", "forces loyal to Mr. Assad"]},
  {"name": SPOX, "type": "person", "aliases": ["A spokesman for the Syrian Army"]},
  {"name": "Syrian state media", "type": "organisation", "aliases": ["State media"]},
  {"name": "Syrian activists", "type": "group", "aliases": ["activists"]},
  {"name": "Syrian rebels", "type": "group", "aliases": ["the rebels", "rebel forces"]},
  {"name": "rebel fighter", "type": "person", "aliases": ["a rebel fighter"]},
  {"name": "al Arabiya TV", "type": "organisation", "aliases": ["al Arabiya TV"]},
  {"name": "Voice of America", "type": "organisation", "aliases": ["VOA"]},
  {"name": "Syrian government", "type": "organisation", "aliases": ["the government"]},
  {"name": SOHR, "type": "organisation", "aliases": ["the Syrian Observatory for Human Rights", "The observatory"]},
  {"name": "al-Nusra Front", "type": "group", "aliases": ["the al-Nusra Front", "al-Nusra"]},
  {"name": "Abu Azzam al-Kuwaiti", "type": "person", "aliases": ["Abu Azzam al-Kuwaiti", "a top commander of the al-Nusra Front"]},
  {"name": "Hezbollah", "type": "group", "aliases": ["Hezbollah", "Hezbollah fighters"]},
  {"name": "Bashar al-Assad", "type": "person", "aliases": ["Syrian President Bashar al-Assad", "Mr. Assad"]},
 ],
 "notes": [
  "VOA News report of Sunday 16 March 2014 (date inferred, see meta) on the Syrian army's capture of Yabroud, the last rebel stronghold in the Qalamoun region near Lebanon; story yabroud_2014 (only item of the story in this folder; no Yabroud item in real/dev).",
  "No quotes: the text has no quote marks (the apostrophes of 'rebels'' and 'Syria's' are not quotes). The army spokesman's, the rebel fighter's and the observatory's words are all reported speech.",
  "Events: two 'Sunday' (the capture, agent the army; the spokesman's statement to VOA), 'in March 2011' (war began, null), 'Friday' (al-Nusra commander killed, passive without agent, null). Left out: 'for days' (duration), 'recently' (vague).",
  "Figures: 140,000 killed (more than) and 2.5 million fled are the outlet's; 'more than a dozen Christian nuns' sits in the observatory's 'saying' clause. The 140,000 carries the key yabroud_2014:syria_war_dead for comparison with other Syria war tolls of the same date (none in this folder).",
  "Actors: 'Syrian troops', 'Syrian soldiers', 'Syrian military forces', 'government forces', 'the Syrian army', 'the army' and 'forces loyal to Mr. Assad' are one actor, the Syrian army; the spokesman is separate (the speaker of the Sunday statement). Hezbollah fights alongside the army but is listed on its own.",
  "first reading: annotated against FORMAT.md sections 1-2; number tokens 140,000, 2.5 million, dozen; the year 2011 is a date.",
  "second reading (checker): re-read every sentence; dates checked with datetime (16 March 2014 is a Sunday, 14 March a Friday); 'took control Sunday' has the soldiers as grammatical subject (actor = army), 'told VOA Sunday' the spokesman; the commander 'was killed Friday' has no agent in the text (null kept); 'More than' does not extend to '2.5 million'; claimant of the nuns figure confirmed as the observatory.",
 ],
}
