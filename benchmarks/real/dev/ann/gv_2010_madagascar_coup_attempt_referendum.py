S = "madagascar_coup_attempt_2010"
AR = "Andry Rajoelina"
NR = "Noel Rakotonandrasana"
JE = "Jentilisa"
ANN = {
 "article": "articles/gv_2010_madagascar_coup_attempt_referendum.txt",
 "gold_out": "gold/gv_2010_madagascar_coup_attempt_referendum.json",
 "published": "2010-11-19",
 "quotes": [],
 "figures": [],
 "events": [
  {"actor": None, "date": "2010-11-17", "date_text": "on November 17, 2010", "what": "a controversial referendum was held in Madagascar",
   "note": "passive without a by-agent ('A controversial referendum was held on November 17, 2010') -> null"},
  {"actor": None, "date": "2010-11-17", "date_text": "November 17", "ctx": "November 17 had started", "what": "the referendum day started normally, people going to the polls",
   "note": "'November 17 had started normally enough, with people going to the polls ...': the day itself is the subject of 'had started' (no agent) -> null; the voters in the 'with' clause are not the subject"},
  {"actor": AR, "date": "2009-08", "date_text": "in August 2009", "what": "Rajoelina signed a pact pledging a power-sharing government",
   "note": "'a pact he signed in August 2009': 'he' is Rajoelina ('Rajoelina's refusal to honour a pact he signed'), the agent of 'signed'"},
  {"actor": None, "date": "2010-11-17", "date_text": "by 10am on November 17", "what": "the referendum looked more than likely to be approved",
   "note": "'though by 10am on November 17 it looked more than likely to be approved': a state ('looked'), no agent -> null; a time on the referendum day"},
  {"actor": AR, "date": "2011-03", "date_text": "in March", "what": "Rajoelina promised to hold parliamentary elections",
   "note": "'He ... promised to hold parliamentary elections in March': 'He' is Rajoelina (the subject of the sentence before, 'Rajoelina would remain as president'), the agent of 'hold'; future: the next March after the post of November 2010, i.e. March 2011 (the same sentence goes on 'presidential elections in May 2011')"},
  {"actor": AR, "date": "2011-05", "date_text": "in May 2011", "what": "presidential elections Rajoelina promised to hold",
   "note": "'promised to hold parliamentary elections in March, followed by presidential elections in May 2011': the presidential elections are the second thing he promised to hold (a date on the noun 'presidential elections', whose act, holding them, the text gives to Rajoelina) -> Rajoelina"},
  {"actor": JE, "date": "2010-11-17", "date_text": "in the morning [mg] and in the afternoon [mg] of November 17", "what": "Jentilisa shared pictures of the election process",
   "note": "'Blogger Jentilisa [mg] shared pics of the election process ... in the morning [mg] and in the afternoon [mg] of November 17': the coordinated time expression (two linked posts, one each morning and afternoon) dates 'shared'; Jentilisa is its subject (the adverbials come after the relative clause on 'the election process' and go with the main verb; the two [mg] links are his two posts). One expression, one event"},
 ],
 "actors": [
  {"name": AR, "type": "person", "aliases": ["Andry Rajoelina", "Rajoelina", "the current Transition president"]},
  {"name": NR, "type": "person", "aliases": ["General Noel Rakotonandrasana", "Rakotonandrasana", "The coup leader"]},
  {"name": "putschists", "type": "group", "aliases": ["the putschists"]},
  {"name": "Malagasy government troops", "type": "organisation", "aliases": ["government troops"]},
  {"name": "@Randria_09", "type": "person", "aliases": ["Twitter user @Randria_09", "@Randria_09"]},
  {"name": "Malagasy opposition parties", "type": "group", "aliases": ["Opposition parties"]},
  {"name": JE, "type": "person", "aliases": ["Blogger Jentilisa", "Jentilisa"]},
 ],
 "notes": [
  "Global Voices post of Friday 19 November 2010 on Madagascar's constitutional referendum of Wednesday 17 November 2010 and the coup attempt announced the same day by General Noel Rakotonandrasana; story madagascar_coup_attempt_2010 (one item so far).",
  "No quotes and no figures. Rakotonandrasana's words are reported without quote marks ('said that the putschists did not need to surrender ...', 'expressed disappointment ...'); Jentilisa's Malagasy block quotation was cut mid-word in the stored copy and dropped (lead-in 'He noted:' kept). Not figures: '10am' (a time of day), 'fourth republic' (ordinal), '09' in the handle '@Randria_09' (a name), 2009/2010/2011 (years), 'few appear to believe him' (no number).",
  "Events: the referendum day three times ('on November 17, 2010', 'November 17' as subject, 'by 10am on November 17') and once more in Jentilisa's posts ('... of November 17'); the pact 'in August 2009'; the promised elections 'in March' (2011) and 'in May 2011'. Not events: 'to date', 'At the time this article is being written' (the time of writing, vague), 'in the next election' (no date), 'until a new head of states is elected' (no date).",
  "Actors: Rakotonandrasana led the 2009 coup and the present attempt (undated acts); the putschists are 'entrenched ... and surrounded by government troops' (a state, undated); @Randria_09 linked a video stream (undated); opposition parties boycotted the referendum (no date expression of its own). Former President Ravalomanana is only the object of 'overthrew' and is not listed. 'He' (Rajoelina, Jentilisa) is a pronoun, not an alias.",
  "second reading (annotator): re-read the whole item against FORMAT.md sections 1-2; checked every date against Friday 19 November 2010 (the referendum on Wednesday 17 November; 'in March' forward to March 2011), that no quote marks are in the kept text, the number tokens (all years, a time of day or part of a handle) and every alias as an exact substring.",
 ],
}
