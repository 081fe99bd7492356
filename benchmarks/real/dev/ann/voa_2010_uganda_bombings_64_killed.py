S = "kampala_bombings_2010"
YM = "Yoweri Museveni"
BO = "Barack Obama"
SH = "al-Shabab"
ANN = {
 "article": "articles/voa_2010_uganda_bombings_64_killed.txt",
 "gold_out": "gold/voa_2010_uganda_bombings_64_killed.json",
 "published": "2010-07-12",
 "quotes": [
  {"text": "terrorists.", "speaker": YM, "speaker_mention": "Mr. Museveni", "fragment": True,
   "note": "'Mr. Museveni Monday called the attackers \"terrorists.\"': a one-word fragment of his words; the final '.' inside the marks is kept"},
  {"text": "wherever they are.", "speaker": YM, "speaker_mention": "He", "fragment": True,
   "note": "'He said Uganda will find and arrest them, \"wherever they are.\"': speaker by pronoun, named in the sentence before; a fragment inside reported speech"},
  {"text": "deeply saddened", "speaker": BO, "speaker_mention": "U.S. President Barack Obama", "fragment": True,
   "note": "'U.S. President Barack Obama said he is \"deeply saddened\"': a fragment inside reported speech"},
  {"text": "deplorable and cowardly", "speaker": BO, "speaker_mention": "he", "fragment": True,
   "note": "'by what he called the \"deplorable and cowardly\" attacks': 'he' is Obama, subject of the same sentence"},
 ],
 "figures": [
  {"quantity": S + ":deaths", "text": "64", "occ": 1, "value": 64, "unit": None, "counted": "killed in Uganda bombings", "source": None, "approx": None,
   "note": "headline '64 Killed in Uganda Bombings': outlet's voice, no hedge (the body says 'at least 64')"},
  {"quantity": S + ":bombings", "text": "two", "value": 2, "unit": None, "counted": "devastating bombings", "source": None, "approx": None,
   "note": "'the sites of two devastating bombings': outlet's voice; counts bombings (GV's 'two popular nightlife spots' counts places, another key)"},
  {"quantity": S + ":deaths", "text": "64", "occ": 2, "value": 64, "unit": None, "counted": "people killed while watching the World Cup final", "source": None, "approx": "at least",
   "note": "'where at least 64 people were killed': outlet's voice (no claimant in the sentence or the next)"},
  {"quantity": S + ":injured", "text": "Scores", "value": None, "vague": True, "unit": None, "counted": "others wounded", "source": None, "approx": None,
   "note": "'Scores of others were wounded.': vague plural, outlet's voice"},
  {"quantity": S + ":american_dead", "text": "one", "ctx": "one American", "value": 1, "unit": None, "counted": "American among the dead", "source": "Joan Lockard", "approx": None,
   "note": "'A U.S. embassy spokeswoman in Kampala, Joan Lockard, says one American is among the dead': claimed by Lockard"},
 ],
 "events": [
  {"actor": YM, "date": "2010-07-12", "date_text": "Monday", "what": "Museveni called the attackers terrorists",
   "note": "'Mr. Museveni Monday called the attackers \"terrorists.\"': Museveni is the subject of 'called'; Monday 12 July 2010, the day of the report"},
  {"actor": None, "date": "2010-07-11", "date_text": "late Sunday", "what": "the bombing attacks in Kampala",
   "note": "a date on a noun ('the attacks late Sunday'): the text names no attacker (no one has claimed them; al-Shabab is only suspected by a police official) -> null; Sunday 11 July 2010. The sentence's verb ('No one has claimed responsibility') has no agent either"},
 ],
 "actors": [
  {"name": YM, "type": "person", "aliases": ["Ugandan President Yoweri Museveni", "Mr. Museveni"]},
  {"name": "Kale Kaihura", "type": "person", "aliases": ["Kale Kaihura", "A police official"]},
  {"name": SH, "type": "organisation", "aliases": ["Somali Islamist militant group al-Shabab", "al-Shabab", "Al-Shabab", "the group"]},
  {"name": "Sheik Yusuf Sheik Issa", "type": "person", "aliases": ["Sheik Yusuf Sheik Issa", "A commander for al-Shabab"]},
  {"name": "officials", "type": "group", "aliases": ["Officials"]},
  {"name": "Ugandan police", "type": "organisation", "aliases": ["Police"]},
  {"name": BO, "type": "person", "aliases": ["U.S. President Barack Obama"]},
  {"name": "Hillary Clinton", "type": "person", "aliases": ["Secretary of State Hillary Clinton"]},
  {"name": "Joan Lockard", "type": "person", "aliases": ["Joan Lockard", "A U.S. embassy spokeswoman in Kampala"]},
 ],
 "notes": [
  "VOA report of Monday 12 July 2010 (kept on VOA's Tibetan service site) on the twin bombings in Kampala on Sunday night 11 July 2010 during the World Cup final; story kampala_bombings_2010 with gv_2010_uganda_bloggers_react_bomb_blasts (same day, this folder) and h107's two later VOA items (76 killed).",
  "Cross-report figures: the toll ('64' headline, 'at least 64' body) shares kampala_bombings_2010:deaths with GV's 'over 40' (Ugandan media) and the later VOA '76'; 'Scores of others were wounded' shares kampala_bombings_2010:injured with GV's 'dozens'. The one American dead (Lockard) has kampala_bombings_2010:american_dead.",
  "Quotes: four fragments, two by Museveni ('terrorists.' with the name in the same sentence, 'wherever they are.' with 'He'), two by Obama ('deeply saddened' by name, 'deplorable and cowardly' with 'he').",
  "Reported speech without quote marks is not quoted: Kale Kaihura's suspicion of al-Shabab, Sheik Yusuf Sheik Issa's 'he is happy with the attacks', officials' belief in suicide bombers, the police on the first blast, Obama and Clinton's offer of help. None carries a number or a date.",
  "Not figures: 'No one' (no count), 'the first blast', 'The second, deadlier attack', 'the group's first attack outside Somalia' (ordinals), 'several others' (no number). Not events: 'has visited' (no date expression).",
  "Actors: the police official is named in brackets, '(Kale Kaihura)' (VOA's spelling; the inspector general of police), and listed as a person apart from 'Police' (the Ugandan police, who said where the first blast struck). 'the group' is al-Shabab (twice). Not actors: AP, AFP and Reuters (credit line), the U.S. and the Ugandan government (no act of their own in the text), Somali militant groups (a standing threat, no date).",
  "second reading (annotator): re-read the whole item against FORMAT.md sections 1-2; checked the quote texts with their final '.', the two '64' pinned by occ, 'one' pinned by ctx, 'Monday' and 'late Sunday' against the worked-out date 12 July 2010, and every alias as an exact substring.",
 ],
}
