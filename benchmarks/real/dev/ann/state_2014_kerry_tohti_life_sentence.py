JK = "John Kerry"
IT = "Ilham Tohti"
ANN = {
 "article": "articles/state_2014_kerry_tohti_life_sentence.txt",
 "gold_out": "gold/state_2014_kerry_tohti_life_sentence.json",
 "published": "2014-09-23",
 "quotes": [],
 "figures": [],
 "events": [
  {"actor": JK, "date": "2014-07", "date_text": "in July", "what": "Kerry raised Tohti's case during the U.S.-China Strategic and Economic Dialogue",
   "note": "'I have raised Professor Tohti\u2019s case repeatedly, including during the U.S.-China Strategic and Economic Dialogue in July': the date dates the Dialogue at which the case was raised; the agent of 'have raised' is the speaker 'I', the Secretary of State (named only in the rebuilt headline, 'Sec. John Kerry'); July before the September 2014 statement -> 2014-07"},
  {"actor": "Max Baucus", "date": "2014-09-15/2014-09-21", "date_text": "just last week", "what": "Ambassador Baucus reiterated the US calls for Tohti's release during his visit to Xinjiang",
   "note": "'Ambassador Baucus reiterated our calls for Professor Tohti\u2019s release just last week': active verb with its subject -> Baucus; 'last week' = the ISO week before Tuesday 23 September 2014, Monday 15 to Sunday 21 September"},
 ],
 "actors": [
  {"name": JK, "type": "person", "aliases": ["Sec. John Kerry"]},
  {"name": IT, "type": "person", "aliases": ["Ilham Tohti", "Professor Tohti", "Mr. Tohti"]},
  {"name": "Max Baucus", "type": "person", "aliases": ["Ambassador Baucus"]},
  {"name": "United States", "type": "country", "aliases": ["The United States"]},
  {"name": "Chinese authorities", "type": "organisation", "aliases": ["the Chinese authorities"]},
 ],
 "notes": [
  "Press statement by Secretary of State John Kerry of Tuesday 23 September 2014 on the life sentence handed down that day to the Uighur scholar Ilham Tohti; kept from the USC US-China Institute's word-for-word repost, headline rebuilt from the page's address (see meta edits). Story tohti_sentence_2014 (no second item from an allowed outlet was found in the crawl).",
  "A statement in the first person without quote marks: no quotes in the gold sense. The speaker, Kerry, is named only in the rebuilt headline ('Sec. John Kerry'); 'I' and 'we' in the body are pronouns and not aliases.",
  "Figures: none. 'life imprisonment' and 'many years' carry no number; 'U.S.-China' is a name.",
  "Events: 'in July' (Kerry raised the case at the Strategic and Economic Dialogue -> Kerry, 2014-07) and 'just last week' (Baucus reiterated the calls -> Baucus, 15-21 September 2014). The conviction and sentencing ('has been convicted and sentenced') carry no date expression and no agent; 'His detention' is undated.",
  "Actors: Kerry (headline; 'I'), Tohti ('Ilham Tohti', 'Professor Tohti', 'Mr. Tohti'), Baucus ('Ambassador Baucus', acts), the United States ('The United States is deeply disturbed'), the Chinese authorities (urged to release him). Not actors: Tohti's students (objects), 'Uighurs and Han Chinese' (groups that do not act).",
  "second reading (annotator): the whole item re-read against FORMAT.md sections 1-2 and the stored copy; checked that no span sits between quote marks (the curly apostrophes are possessives), 'last week' against Tuesday 23 September 2014 (Monday 15 - Sunday 21 September), 'in July' as July 2014, and that no number token counts or measures; no change.",
 ],
}
