K = "nigeria_jos_biu_church_attacks_2012:"
BH = "Boko Haram"
SP = "Boko Haram spokesman"
LO = "Jos local officials"
W = "Biu witnesses"
AU = "Nigerian authorities"
ANN = {
 "article": "articles/voa_2012_jos_biu_boko_haram_claims_church_attacks.txt",
 "gold_out": "gold/voa_2012_jos_biu_boko_haram_claims_church_attacks.json",
 "published": "2012-06-10",
 "quotes": [],
 "figures": [
  {"text": "two", "ctx": "two church attacks", "value": 2, "unit": None, "counted": "church attacks", "source": None, "approx": None,
   "note": "'Boko Haram has claimed responsibility for two church attacks on Sunday': VOA's count of the attacks (the group claims responsibility, the number is the outlet's description)"},
  {"quantity": K+"killed_total", "text": "3", "value": 3, "unit": None, "counted": "people killed in the two attacks", "source": None, "approx": None,
   "note": "'two church attacks on Sunday that killed 3 people and wounded 41': relative clause in VOA's voice, so null; the sum of the Jos officials' 'two' and the Biu witnesses' 'at least 1' below (different scopes, own keys)"},
  {"quantity": K+"wounded_total", "text": "41", "ctx": "wounded 41", "value": 41, "unit": None, "counted": "people wounded in the two attacks", "source": None, "approx": None,
   "note": "same relative clause, VOA's voice; scope both attacks, so not keyed with the Jos officials' '41 wounded' (Jos only), although the number is the same"},
  {"quantity": K+"jos_killed", "text": "two", "ctx": "two people were killed", "value": 2, "unit": None, "counted": "people killed in Jos", "source": LO, "approx": None,
   "note": "'Local officials say two people were killed and 41 wounded.'"},
  {"quantity": K+"jos_wounded", "text": "41", "ctx": "41 wounded", "value": 41, "unit": None, "counted": "wounded in Jos", "source": LO, "approx": None,
   "note": "same sentence, claimed by the local officials; counted written with the participle printed after the number"},
  {"quantity": K+"biu_killed", "text": "1", "ctx": "at least 1 person", "value": 1, "unit": None, "counted": "person killed in Biu", "source": W, "approx": "at least",
   "note": "'Witnesses say gunmen opened fire during a church service, killing at least 1 person.': the participle clause is inside the witnesses' reported speech"},
  {"text": "scores", "value": None, "vague": True, "unit": None, "counted": "people killed in similar attacks", "source": AU, "approx": None,
   "note": "'Authorities say the radical sect is responsible for similar attacks that have killed scores of people': vague plural inside the authorities' reported speech (relative clause of what they say), so theirs"},
  {"quantity": "nigeria_population_2012", "text": "150 million", "value": 150e6, "unit": None, "counted": "people in Nigeria", "source": None, "approx": "around",
   "note": "'Nigeria is Africa's most populous nations with about 150 million people': background in VOA's voice, 'about' = around; same key as 'The country of 150 million' in voa_2012_bauchi_boko_haram_claims_church_blast (VOA, 4 June)"},
 ],
 "events": [
  {"actor": BH, "date": "2012-06-10", "date_text": "on Sunday", "what": "two church attacks (claimed by Boko Haram)",
   "note": "'Boko Haram has claimed responsibility for two church attacks on Sunday that killed 3 people ...': the expression sits on 'attacks' (or, read with 'claimed', on the claim, made the same day in the conference call 'hours after the attacks'); as in voa_2012_nigeria_jalingo_bombing_kills_5_blog ('The group claimed responsibility for deadly attacks on Thursday ...'), the group that claims them is the agent either way; Sunday = the post's day, 10 June 2012"},
  {"actor": SP, "date": "2012-06-10", "date_text": "hours after the attacks", "what": "Boko Haram spokesman told reporters in a conference call the group was responsible",
   "note": "'During a conference call hours after the attacks, a spokesman for Boko Haram told reporters the group was responsible.': relative expression dating the call to the day of the attacks (as 'Hours earlier' in the Gardez item); the spokesman is the subject of 'told'"},
 ],
 "actors": [
  {"name": BH, "type": "organisation", "aliases": ["Nigeria's militant Islamic sect Boko Haram", "Boko Haram", "the group", "the radical sect"]},
  {"name": SP, "type": "person", "aliases": ["a spokesman for Boko Haram"]},
  {"name": "Jos suicide bomber", "type": "person", "aliases": ["a suicide bomber"]},
  {"name": LO, "type": "organisation", "aliases": ["Local officials"]},
  {"name": "Christian youths", "type": "group", "aliases": ["Christian youths"]},
  {"name": W, "type": "group", "aliases": ["Witnesses"]},
  {"name": "Biu gunmen", "type": "group", "aliases": ["gunmen"]},
  {"name": AU, "type": "organisation", "aliases": ["Authorities"]},
 ],
 "notes": [
  "VOA breaking-news blog post of Sunday 10 June 2012 (post line 2:40 pm UTC-5): Boko Haram's claim, by a spokesman in a conference call, for the suicide car bombing of a church in Jos and the gunmen's attack on a church service in Biu, Borno state, that Sunday; story nigeria_jos_biu_church_attacks_2012 (no other item of this story found in the store).",
  "Figures: the lead's tolls (3 killed, 41 wounded) are VOA's; the Jos toll is the local officials' (two killed, 41 wounded), the Biu toll the witnesses' ('at least 1'), 'scores' the authorities'. Keys: lead totals and per-city tolls kept apart (different scopes); the population '150 million' shares nigeria_population_2012 with the Bauchi item of 4 June.",
  "No quotes: '\u201cmiddle belt,\u201d' is a term in quote marks (a name for the region), not anyone's words; build_gold lists it as an unannotated quote-mark span on purpose. The spokesman's words are reported without marks.",
  "Not figures: 'The first attack', 'The second attack' (ordinals). Not events: no other date expressions ('in retaliation' undated).",
  "'Authorities' (who blame the sect for similar attacks) and 'Local officials' (Jos toll) kept as two actors: the text does not say they are the same.",
  "Second careful reading against FORMAT.md done by the annotator: text re-compared with the stored copy; every number token (two x2, 3, 41 x2, 1, scores, 150 million) and both date expressions rechecked; the two '41' pinned by ctx.",
 ],
}
