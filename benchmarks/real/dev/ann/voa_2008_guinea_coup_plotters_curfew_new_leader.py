CNDD = "National Council for Democracy and Development"
MC = "Moussa Camara"
GOV = "Guinean civilian government"
ANN = {
 "article": "articles/voa_2008_guinea_coup_plotters_curfew_new_leader.txt",
 "gold_out": "gold/voa_2008_guinea_coup_plotters_curfew_new_leader.json",
 "published": "2008-12-24",
 "quotes": [
  {"text": "free, credible, and transparent", "speaker": MC, "speaker_mention": "Camara", "fragment": True,
   "note": "straight quotes; a phrase of Camara's inside reported speech ('In a broadcast on state radio, Camara said a 31-member National Council ... will organize \"free, credible, and transparent\" elections in December 2010')"},
 ],
 "figures": [
  {"text": "two", "value": 2, "unit": "years", "counted": "years until democratic elections", "source": CNDD, "approx": None,
   "note": "'Mutinous soldiers ... have named an army captain as the country's new leader while promising to hold democratic elections in two years': a delay promised by the coup soldiers (the subject of 'promising'); a duration, not an event"},
  {"text": "31", "value": 31, "unit": None, "counted": "members of the National Council for Democracy and Development", "source": MC, "approx": None,
   "note": "'Camara said a 31-member National Council for Democracy and Development will organize ...': '31' in '31-member', inside Camara's reported speech. The next paragraph's six civilians and 26 soldiers make 32: the item prints both as they are (no key, as no other item gives the total)"},
  {"quantity": "guinea_coup_2008:cndd_civilians", "text": "six", "ctx": "six civilians", "value": 6, "unit": None, "counted": "civilians on the new ruling council", "source": MC, "approx": None,
   "note": "'Camara said the new ruling council will be comprised of six civilians and 26 soldiers': Camara named at the start of the sentence. Same quantity as 'his new ruling council of six civilians' in voa_2008_guinea_coup_leaders_choose_prime_minister (30 December)"},
  {"quantity": "guinea_coup_2008:cndd_soldiers", "text": "26", "value": 26, "unit": None, "counted": "soldiers on the new ruling council", "source": MC, "approx": None,
   "note": "same sentence; shares its key with '26 soldiers' of 30 December"},
  {"text": "nine", "value": 9, "unit": None, "counted": "officers with the rank of colonel or lieutenant colonel", "source": MC, "approx": None,
   "note": "'including a general and nine officers with the rank of colonel or lieutenant colonel': still Camara's reported speech ('Camara said ...'); a part of the 26 soldiers (different scope, no key). 'a general' is not a number"},
 ],
 "events": [
  {"actor": None, "date": "2010-12", "date_text": "in December 2010", "occ": 1, "what": "elections to be held (section heading)",
   "note": "section heading 'New ruling council says elections to be held in December 2010': the date modifies the passive 'to be held', which has no by-agent -> null (the council is the subject of 'says', which is undated)"},
  {"actor": CNDD, "date": "2010-12", "date_text": "in December 2010", "occ": 2, "what": "the National Council for Democracy and Development to organize elections",
   "note": "'Camara said a 31-member National Council for Democracy and Development will organize \"free, credible, and transparent\" elections in December 2010': the date modifies 'will organize', whose subject is the council (future event, inside Camara's reported speech)"},
  {"actor": CNDD, "date": "2008-12-24", "date_text": "Wednesday", "what": "soldiers backing the coup announced a curfew",
   "note": "'Soldiers backing the coup also announced a curfew Wednesday': the coup soldiers (alias of the council's actor, as in the Mali 2012 model) are the subject of 'announced'. Published Wednesday 24 December 2008"},
 ],
 "actors": [
  {"name": CNDD, "type": "group", "aliases": ["National Council for Democracy and Development", "New ruling council", "Mutinous soldiers", "Soldiers behind the coup", "Soldiers backing the coup", "soldiers backing the coup", "soldiers"]},
  {"name": MC, "type": "person", "aliases": ["Captain Moussa Camara", "Camara", "an army captain"]},
  {"name": GOV, "type": "organisation", "aliases": ["The civilian government in Conakry", "the civilian government", "Guinea's civilian government", "the government"]},
  {"name": "Aboubacar Sompare", "type": "person", "aliases": ["The speaker of the National Assembly"]},
  {"name": "Ahmed Tidiane Souare", "type": "person", "aliases": ["the prime minister"]},
  {"name": "Guinean army chief of staff", "type": "person", "aliases": ["the army chief of staff"]},
  {"name": "Voice of America", "type": "organisation", "aliases": ["VOA", "A reporter for VOA in Conakry"]},
 ],
 "notes": [
  "VOA News report of Wednesday 24 December 2008, the day after mutinous soldiers announced a coup in Guinea on the death of President Lansana Conte; story guinea_coup_2008 with voa_2008_guinea_pm_surrenders_coup_leaders (25 December) and voa_2008_guinea_coup_leaders_choose_prime_minister (30 December).",
  "Figures are Camara's, all in reported speech ('Camara said ...', then 'He said ...' for the reasons): 31-member council, six civilians, 26 soldiers, nine colonels; the six and 26 share keys guinea_coup_2008:cndd_civilians / :cndd_soldiers with the 30 December item. The 31 does not equal 6 + 26 = 32; kept as printed.",
  "Not figures: 'from eight in the evening until six in the morning' (times of day), 'a small number of soldiers', 'some taxis', 'a general' (no number), the years 2010. Not events: 'each night from eight in the evening until six in the morning' is the curfew's recurring schedule, not a dated act; 'in two years' is a duration (figure); 'meanwhile' is vague.",
  "The speaker of the National Assembly, the prime minister and the army chief of staff are not named in this item; the speaker and the prime minister get the canonical names of the other reports of the coup (Aboubacar Sompare, Ahmed Tidiane Souare; Souare is named in the 25 December item); the army chief of staff, whose name the sources spell two ways, is kept as 'Guinean army chief of staff', and only the descriptions printed here are aliases. 'Camara' is an alias of Moussa Camara only.",
  "The soldiers of the coup ('Mutinous soldiers', 'Soldiers behind the coup', 'Soldiers backing the coup', 'soldiers') are aliases of the council they named, as the CNRDR in voa_2012_mali_soldiers_oust_president.",
  "second reading: re-read the whole item against FORMAT.md sections 1-2: the one quote span (straight marks, fragment), every number token (two, 31, six, 26, nine; eight and six as times of day), the dates (two 'in December 2010', 'Wednesday' = 24 December 2008) and that every speaker/source/actor is an actor name.",
 ],
}
