T = "Farid Tadros"
BA = "Basma Adnan"
HM = "Hosni Mubarak"
MI = "Egyptian Interior Ministry"
POL = "Egyptian police"
GOV = "South Sinai provincial governor"
Q = "dahab_bombings_2006:"
ANN = {
 "article": "articles/voa_2006_dahab_triple_bombing_rocks_resort.txt",
 "gold_out": "gold/voa_2006_dahab_triple_bombing_rocks_resort.json",
 "published": "2006-04-24",
 "quotes": [
  {"text": "I didn't feel them but they were definitely very, very loud", "speaker": T, "speaker_mention": "Farid Tadros", "fragment": False,
   "note": "'\"...,\" said Farid Tadros.' (trailing comma dropped); he is introduced in the paragraph before as 'Cairo resident Farid Tadros'"},
  {"text": "They had the exact same sound to them, which was kind of concerning. Some people said they saw smoke. I didn't see any smoke from where I was.", "speaker": T, "speaker_mention": "Farid Tadros", "fragment": False,
   "note": "continuation after 'said Farid Tadros.': a second quote, same speaker; 'Some people said they saw smoke' is his report inside his words, not a separate quote"},
  {"text": "wicked terrorist act", "speaker": HM, "speaker_mention": "Egyptian President Hosni Mubarak", "fragment": True,
   "note": "'In a statement carried on the state news agency, Egyptian President Hosni Mubarak called the attacks a \"wicked terrorist act\"': a phrase from his statement"},
  {"text": "It was frightening", "speaker": BA, "speaker_mention": "she", "fragment": False,
   "note": "'\"It was frightening,\" she said.': 'she' is Basma Adnan, introduced in the paragraph before ('Egyptian vacationer Basma Adnan ... told Egyptian state television that she heard the blasts')"},
  {"text": "There are ambulances outside. They have closed the hotel on us. They are stopping anyone from going out or coming in, and everyone is being searched.", "speaker": BA, "speaker_mention": "she", "fragment": False,
   "note": "continuation after 'she said.': same speaker"},
 ],
 "figures": [
  {"quantity": Q + "bombs", "text": "Three", "value": 3, "unit": None, "counted": "bombs", "source": None, "approx": None, "ctx": "Three bombs have rocked",
   "note": "lead, outlet's voice"},
  {"quantity": Q + "deaths", "text": "23", "value": 23, "unit": None, "counted": "people killed", "source": None, "approx": "at least",
   "note": "'killing at least 23 people': outlet's voice; the Interior Ministry in the sentence after next speaks of foreigners among the dead, not of this number. Same key as Wikinews' 'at least 24' and the ministry's 23"},
  {"quantity": Q + "injured", "text": "150", "value": 150, "unit": None, "counted": "wounded", "source": None, "approx": "more than",
   "note": "'More than 150 are reported to be wounded': passive report without a claimant; same key as Wikinews' 'Between 60 and 150' injured"},
  {"quantity": Q + "bombs", "text": "Three", "value": 3, "unit": None, "counted": "bombs", "source": None, "approx": None, "ctx": "Three bombs exploded",
   "note": "outlet's voice, the same three bombs as the lead"},
  {"text": "a few hundred", "value": None, "vague": True, "unit": None, "counted": "meters from the blast sites", "source": None, "approx": None,
   "note": "'a dive camp a few hundred meters from the blast sites': a vague distance; meters are not in FORMAT's unit list, so unit null and the meters named in counted"},
 ],
 "events": [
  {"actor": None, "date": "2006-04-24", "date_text": "not long after dark", "what": "three bombs exploded in the market area of Dahab",
   "note": "a time of day without a day ('shortly after midnight', 'at dawn' = the reference day): the evening of Monday 24 April 2006; the bombs are the subject of 'exploded' and nobody is named as their agent, so null"},
 ],
 "actors": [
  {"name": T, "type": "person", "aliases": ["Cairo resident Farid Tadros", "Farid Tadros", "Tadros"]},
  {"name": MI, "type": "organisation", "aliases": ["The Interior Ministry"]},
  {"name": HM, "type": "person", "aliases": ["Egyptian President Hosni Mubarak"]},
  {"name": BA, "type": "person", "aliases": ["Egyptian vacationer Basma Adnan", "Basma Adnan"]},
  {"name": POL, "type": "organisation", "aliases": ["Police"]},
  {"name": GOV, "type": "person", "aliases": ["the provincial governor"]},
 ],
 "notes": [
  "VOA News report of Monday 24 April 2006 (date from the address, see meta), filed the night of the Dahab triple bombing; story dahab_bombings_2006 with wn_2006_dahab_explosions_rock_resort (24 April) and voa_2006_dahab_egypt_investigating_bombings (25 April).",
  "Cross-item keys: 'at least 23' killed (dahab_bombings_2006:deaths; Wikinews 'at least 24' and the ministry's 23), 'More than 150' wounded (dahab_bombings_2006:injured; Wikinews 'Between 60 and 150'), 'Three bombs' twice (dahab_bombings_2006:bombs).",
  "Speakers: Tadros is named in the attribution ('said Farid Tadros') and his quote continues after it; Basma Adnan is only 'she' in her attribution, named in the paragraph before; Mubarak's 'wicked terrorist act' is a fragment of a statement carried by the state news agency (the agency and Egyptian state television only carry or receive words and are not actors).",
  "Actors: 'The Interior Ministry' (twice, says foreigners are among the dead and names the targets) is the Egyptian Interior Ministry of the Wikinews item; 'Police' (say they sealed off the area) are Egyptian police; 'the provincial governor' (says some wounded were taken to Sharm el-Sheikh) is the governor of South Sinai, unnamed in the copy.",
  "One event: 'not long after dark' (no agent). 'Three bombs have rocked' and the present-tense statements carry no date expression.",
  "Not figures: 'Triple' in the headline (a multiplier adjective, no number word), 'some foreigners', 'most of the casualties', 'Some people', 'some of the most serious casualties' (no number). 'Some people said they saw smoke' lies inside Tadros's quote.",
  "second reading (annotator): re-read the whole item against FORMAT.md sections 1-2: the two split quotes (trailing commas dropped, final full stops kept), 'she' resolved to Basma Adnan, the 150 as 'more than' without a source, 'a few hundred' vague with meters in counted, the single event and its null actor; no change.",
 ],
}
