CNDD = "National Council for Democracy and Development"
MC = "Moussa Camara"
KK = "Kabine Komara"
AU = "African Union"
AW = "Abdoulaye Wade"
ANN = {
 "article": "articles/voa_2008_guinea_coup_leaders_choose_prime_minister.txt",
 "gold_out": "gold/voa_2008_guinea_coup_leaders_choose_prime_minister.json",
 "published": "2008-12-30",
 "quotes": [
  {"text": "not to throw the first stone", "speaker": AW, "speaker_mention": "Mr. Wade", "fragment": True,
   "note": "straight quotes; 'Mr. Wade called on the world community \"not to throw the first stone\".': a phrase of Wade's inside reported speech; the full stop stands outside the closing mark"},
 ],
 "figures": [
  {"text": "four", "value": 4, "unit": None, "counted": "men whom labor leaders nominated for the post", "source": None, "approx": None,
   "note": "'Komara ... was one of four men whom labor leaders nominated for the post following anti-government protests in 2007': outlet's voice ('one of' is not a figure)"},
  {"quantity": "guinea_coup_2008:cndd_civilians", "text": "six", "value": 6, "unit": None, "counted": "civilians on the new ruling council", "source": MC, "approx": None,
   "note": "'Captain Camara says his new ruling council of six civilians and 26 soldiers will organize elections': Camara's claim. Same quantity as Camara's 'six civilians' of 24 December (voa_2008_guinea_coup_plotters_curfew_new_leader)"},
  {"quantity": "guinea_coup_2008:cndd_soldiers", "text": "26", "value": 26, "unit": None, "counted": "soldiers on the new ruling council", "source": MC, "approx": None,
   "note": "same sentence; shares its key with '26 soldiers' of 24 December"},
 ],
 "events": [
  {"actor": None, "date": "2007", "date_text": "in 2007", "what": "anti-government protests",
   "note": "'nominated for the post following anti-government protests in 2007': the date modifies the noun 'protests', whose agents (the protesters) are not named -> null; the labor leaders' nominating is the main verb, not the dated one"},
  {"actor": CNDD, "date": "2008-12-22/2008-12-28", "date_text": "last week", "ctx": "president last week", "what": "the junta named Camara president",
   "note": "'Army Captain Moussa Camara, who the junta name president last week': 'the junta' is the subject of 'name' (printed so); 'last week' = the ISO week before Tuesday 30 December 2008 (Monday 22 - Sunday 28)"},
  {"actor": None, "date": "2008-12-22/2008-12-28", "date_text": "last week's", "what": "death of long-time dictator Lansana Conte",
   "note": "dated noun: 'following last week's death of long-time dictator Lansana Conte': a death has no agent -> null"},
  {"actor": CNDD, "date": "2010-12", "date_text": "in December 2010", "what": "the new ruling council to organize elections",
   "note": "'Captain Camara says his new ruling council of six civilians and 26 soldiers will organize elections in December 2010': the date modifies 'will organize', whose subject is the council (inside Camara's reported speech)"},
  {"actor": AU, "date": "2008-12-29", "date_text": "on Monday", "what": "the African Union suspended Guinea",
   "note": "'The African Union on Monday suspended Guinea because of the coup': the AU is the subject of 'suspended'; Monday 29 December 2008"},
 ],
 "actors": [
  {"name": CNDD, "type": "group", "aliases": ["Guinea's new military leaders", "the junta", "The military", "his new ruling council", "Guinea's military", "coup leaders"]},
  {"name": "CNDD spokesman", "type": "person", "aliases": ["a military spokesman"]},
  {"name": MC, "type": "person", "aliases": ["Army Captain Moussa Camara", "Captain Camara"]},
  {"name": KK, "type": "person", "aliases": ["international banker Kabine Komara", "Komara", "the new prime minister"]},
  {"name": "Guinean labor leaders", "type": "group", "aliases": ["labor leaders"]},
  {"name": "Ahmed Tidiane Souare", "type": "person", "aliases": ["the previous prime minister"]},
  {"name": "Aboubacar Sompare", "type": "person", "aliases": ["speaker of the National Assembly"]},
  {"name": AU, "type": "organisation", "aliases": ["The African Union"]},
  {"name": "European Union", "type": "organisation", "aliases": ["The European Union"]},
  {"name": "United States", "type": "country", "aliases": ["the United States"]},
  {"name": "U.S. State Department", "type": "organisation", "aliases": ["the U.S. State Department"]},
  {"name": "Economic Community of West African States", "type": "organisation", "aliases": ["the regional Economic Community of West African States", "Economic Community of West African States"]},
  {"name": AW, "type": "person", "aliases": ["Senegalese President Abdoulaye Wade", "President Wade", "The Senegalese leader", "Mr. Wade"]},
 ],
 "notes": [
  "VOA News report of Tuesday 30 December 2008 on the junta's choice of Kabine Komara as prime minister; story guinea_coup_2008 with voa_2008_guinea_coup_plotters_curfew_new_leader (24 December) and voa_2008_guinea_pm_surrenders_coup_leaders (25 December).",
  "Cross-item keys: guinea_coup_2008:cndd_civilians (six) and :cndd_soldiers (26), Camara's council as stated on 24 December and again here; the four nominees of 2007 appear only here.",
  "The naming of Komara ('named international banker Kabine Komara') carries no date in the text (the GlobalSecurity reprint of another VOA item says 'Tuesday', but that is not in this text): no event. The military spokesman's broadcast and the condemnations by the EU, the US and the State Department are undated too.",
  "Wade's words are reported ('says ...', 'called on ...'); only 'not to throw the first stone' is quoted (fragment), attributed by 'Mr. Wade' in the same sentence; he is named 'Senegalese President Abdoulaye Wade' two sentences before, 'The Senegalese leader' in between.",
  "Not figures: 'one of four men' gives the figure 'four' only; 'long-time', 'all countries', 'the first stone' (an ordinal in an idiom); the years 2007 and 2010 are dates. 'Lansana Conte' is dead and does not act: no actor. 'coup leaders' (twice, Wade's and the text's) is an alias of the junta.",
  "second reading: re-read the whole item against FORMAT.md sections 1-2: the one quote span (the full stop outside the mark is not part of it), every number token (four, six, 26; 2007 and 2010 as dates), the five dates against Tuesday 30 December 2008 (last week = 22-28 December, Monday = 29 December), and the aliases.",
 ],
}
