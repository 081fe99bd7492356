K = "nigeria_bauchi_church_bombing_2012:"
BH = "Boko Haram"
AQ = "Abul Qaqa"
SB = "Bauchi suicide bomber"
ANN = {
 "article": "articles/voa_2012_bauchi_boko_haram_claims_church_blast.txt",
 "gold_out": "gold/voa_2012_bauchi_boko_haram_claims_church_blast.json",
 "published": "2012-06-04",
 "quotes": [
  {"text": "successfully launched", "speaker": AQ, "speaker_mention": "group spokesman Abul Qaqa", "fragment": True,
   "note": "'In a statement e-mailed to journalists Monday, group spokesman Abul Qaqa said Boko Haram had \u201csuccessfully launched\u201d an attack ...': a two-word phrase of the e-mailed statement inside reported speech -> fragment; speaker is the spokesman who 'said' it (the statement is his, 'The statement from Qaqa' below)"},
 ],
 "figures": [
  {"quantity": K+"killed", "text": "15", "ctx": "at least 15 people", "value": 15, "unit": None, "counted": "people killed by the suicide bombing", "source": None, "approx": "at least",
   "note": "'a suicide bombing that killed at least 15 people in northern Nigeria': relative clause in VOA's voice describing the bombing Boko Haram claimed; the claim is of responsibility, not of the toll, so null"},
  {"quantity": K+"injured", "text": "40", "value": 40, "unit": None, "counted": "people injured", "source": None, "approx": "more than",
   "note": "'More than 40 people were injured in addition to those killed.': outlet's voice, no attribution"},
  {"text": "30", "value": 30, "unit": None, "counted": "people killed in the Christmas church attack near Abuja", "source": None, "approx": "more than",
   "note": "'That attack killed more than 30 people.': background on the Christmas 2011 bombing near Abuja, outlet's voice"},
  {"text": "hundreds", "value": None, "vague": True, "unit": None, "counted": "killings in Nigeria blamed on the militants", "source": None, "approx": None,
   "note": "'The militants are blamed for hundreds of killings in Nigeria ... since 2009': vague plural; passive 'are blamed' with no one named as blaming, so null"},
  {"quantity": "nigeria_population_2012", "text": "150 million", "value": 150e6, "unit": None, "counted": "people of Nigeria (population)", "source": None, "approx": None,
   "note": "'The country of 150 million is about evenly divided ...': background in VOA's voice; no noun after the number, counted written as in earlier dev items ('people of Kyrgyzstan (population)'); same quantity as 'about 150 million people' in voa_2012_jos_biu_boko_haram_claims_church_attacks (VOA a week later), hence the shared key"},
 ],
 "events": [
  {"actor": AQ, "date": "2012-06-04", "date_text": "Monday", "what": "Abul Qaqa's statement e-mailed to journalists claiming the Bauchi attack",
   "note": "'In a statement e-mailed to journalists Monday, group spokesman Abul Qaqa said ...': the date sits inside the adverbial of 'said', whose subject is Qaqa (as 'In a posting ... late Wednesday, ... al-Yazid said' in the Gardez item); Monday = the post's day, 4 June 2012"},
  {"actor": SB, "date": "2012-06-03", "date_text": "Sunday", "what": "suicide bomber drove a car packed with explosives into the church in Bauchi",
   "note": "'A suicide bomber drove a car packed with explosives into the church Sunday': the bomber is the subject of 'drove'; Sunday before Monday 4 June 2012 = 3 June"},
  {"actor": BH, "date": "2011-12-25", "date_text": "last Christmas", "what": "Boko Haram bombed a church near Abuja",
   "note": "'Boko Haram has bombed churches before, including one near the capital, Abuja, last Christmas.': Boko Haram is the subject of 'has bombed' (the text asserts it); last Christmas = 25 December 2011"},
  {"actor": None, "date": "2009", "date_text": "since 2009", "what": "killings in Nigeria blamed on the militants, from 2009 on",
   "note": "'The militants are blamed for hundreds of killings in Nigeria, mostly in the north, since 2009.': the date is on the killings, which the text does not assert the militants did (they 'are blamed', passive without agent); as with the blamed roadside bombing in the Gardez item, null. A 'since' date dates the start"},
 ],
 "actors": [
  {"name": BH, "type": "organisation", "aliases": ["The militant Islamist group known as Boko Haram", "Boko Haram", "the militant group", "the group", "The militants", "The group"]},
  {"name": AQ, "type": "person", "aliases": ["group spokesman Abul Qaqa", "Abul Qaqa", "Qaqa"]},
  {"name": SB, "type": "person", "aliases": ["A suicide bomber"]},
 ],
 "notes": [
  "VOA breaking-news blog post of Monday 4 June 2012 (post line 11:55 am UTC-5): Boko Haram's e-mailed claim, through spokesman Abul Qaqa, for the suicide car bombing of a church in Bauchi on Sunday 3 June 2012; story nigeria_bauchi_church_bombing_2012 (no other item of this story found in the store; VOA's own report of the day of the bombing was not found).",
  "Figures: every toll ('at least 15' killed, 'More than 40' injured, 'more than 30' at Christmas) is in VOA's voice, no official or agency is named as claimant; 'hundreds' of killings is attributed to nobody (passive 'are blamed'). The population '150 million' shares the key nigeria_population_2012 with the Jos/Biu item of 10 June (same VOA background figure).",
  "Quote: one fragment, Qaqa's 'successfully launched' (curly marks). Qaqa is also the speaker of the unquoted 'He also warned the group will attack journalists ...' ('He' = Qaqa, named at the start of the sentence before: 'The statement from Qaqa accused ...').",
  "Not figures: 'one near the capital' ('one' = one church, pronoun use), 'an attack', 'a church', 'a car'. Not events: 'before' in 'has bombed churches before' (vague). No dateline.",
  "Actors not listed: Nigeria's security agencies (only accused in the statement), journalists (addressees), worshipers (victims).",
  "Second careful reading against FORMAT.md done by the annotator: text re-compared with the stored copy; quote span (no marks, no trailing punctuation inside), every number token (15, 40, 30, hundreds, 150 million) and every date expression (Monday, Sunday, last Christmas, since 2009) rechecked; hedges 'at least' and 'more than' x2 checked.",
 ],
}
