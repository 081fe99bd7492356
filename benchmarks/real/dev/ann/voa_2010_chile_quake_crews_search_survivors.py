CO = "Chilean officials"
MB = "Michelle Bachelet"
HC = "Hillary Clinton"
CT = "Chilean troops"
CR = "Chilean rescue crews"
Q = "chile_quake_2010:"
ANN = {
 "article": "articles/voa_2010_chile_quake_crews_search_survivors.txt",
 "gold_out": "gold/voa_2010_chile_quake_crews_search_survivors.json",
 "published": "2010-03-03",
 "quotes": [
  {"text": "severity", "speaker": MB, "speaker_mention": "she", "fragment": True,
   "note": "'She has instructed troops to act with what she called the \"severity\" necessary': Bachelet's word (She = Chilean President Michelle Bachelet, sentence before)"},
 ],
 "figures": [
  {"text": "four", "value": 4, "unit": "days", "counted": "days after the earthquake", "source": None, "approx": None,
   "note": "'four days after an 8.8-magnitude earthquake': a duration in the outlet's voice"},
  {"quantity": Q + "magnitude", "text": "8.8", "value": 8.8, "unit": None, "counted": "magnitude earthquake", "source": None, "approx": None,
   "note": "'an 8.8-magnitude earthquake': magnitude, no unit (as the set's other quake magnitudes)"},
  {"quantity": Q + "killed", "text": "800", "value": 800, "unit": None, "counted": "people killed by the earthquake", "source": None, "approx": "around",
   "note": "'killed nearly 800 people': outlet's voice; 'nearly' -> around"},
  {"text": "18", "value": 18, "unit": "hours", "counted": "hour curfew in Concepcion", "source": None, "approx": None,
   "note": "'An 18-hour curfew' (number glued to '-hour', as '47' in '47-year-old')"},
  {"quantity": Q + "constitucion_missing", "text": "250", "value": 250, "unit": None, "counted": "people believed missing in Constitucion", "source": None, "approx": "at least",
   "note": "'At least 250 people are believed missing in Constitucion.': passive 'are believed' without a believer; the sentence before is about what authorities set up, not a claim"},
  {"quantity": Q + "buildings_damaged", "text": "2 million", "value": 2000000, "unit": None, "counted": "buildings damaged in the quake", "source": MB, "approx": "more than",
   "note": "'Ms. Bachelet said more than 2 million buildings, including 500,000 homes, were damaged'"},
  {"quantity": Q + "homes_damaged", "text": "500,000", "value": 500000, "unit": None, "counted": "homes damaged in the quake", "source": MB, "approx": None,
   "note": "same 'Ms. Bachelet said' sentence; homes are a part of the buildings, so a different quantity"},
  {"text": "25", "value": 25, "unit": None, "counted": "satellite phones brought by Clinton", "source": None, "approx": None, "ctx": "25 satellite",
   "note": "'Clinton brought 25 satellite phones with her': outlet's voice (what she brought, not what she said)"},
 ],
 "events": [
  {"actor": None, "date": "2010-02-27", "date_text": "February 27", "what": "the earthquake (sub-headline)", "ctx": "from February 27 quake is",
   "note": "date on a noun in the sub-headline ('death toll from February 27 quake'): natural event, no agent"},
  {"actor": CO, "date": "2010-03-03", "date_text": "Wednesday", "what": "officials said the death toll is likely to increase", "ctx": "said Wednesday",
   "note": "'Officials said Wednesday the death toll ... is likely to increase': agent of 'said'; Wednesday = 3 March 2010, the report's day"},
  {"actor": None, "date": "2010-02-27", "date_text": "February 27", "what": "the earthquake", "ctx": "the February 27 quake",
   "note": "date on a noun ('the February 27 quake'): natural event, no agent"},
  {"actor": None, "date": "2010-03-02", "date_text": "Tuesday", "what": "military helicopters carrying relief supplies landed in Constitucion", "ctx": "landed Tuesday",
   "note": "'Military helicopters carrying relief supplies landed Tuesday': the subject is the aircraft, no agent named (the set leaves vehicle subjects without agent)"},
  {"actor": None, "date": "2010-03-02", "date_text": "Tuesday", "what": "Clinton was in Chile", "ctx": "in Chile Tuesday",
   "note": "'Hillary Clinton, who was in Chile Tuesday': 'was in Chile' is a state, not an act (no agent by the guide's rule for states); the date does not modify 'said' ('said the U.S. is ready to help' is undated)"},
 ],
 "actors": [
  {"name": CO, "type": "organisation", "aliases": ["Officials", "Authorities"]},
  {"name": MB, "type": "person", "aliases": ["Chilean President Michelle Bachelet", "Ms. Bachelet"]},
  {"name": HC, "type": "person", "aliases": ["U.S. Secretary of State Hillary Clinton", "Clinton"]},
  {"name": CT, "type": "organisation", "aliases": ["Chilean troops", "troops", "military personnel"]},
  {"name": CR, "type": "group", "aliases": ["Chilean rescue crews", "crews"]},
 ],
 "notes": [
  "VOA News report of Wednesday 3 March 2010 (no date line; see the meta's published_evidence) on the search after the 8.8 earthquake of Saturday 27 February 2010 in Chile; story chile_quake_2010 (a single item of the story in this round; keys chile_quake_2010:killed, :magnitude and others are ready for later items).",
  "Figures claimed by a named source: Bachelet's 'more than 2 million buildings, including 500,000 homes'. The toll ('nearly 800'), the missing in Constitucion ('At least 250', passive 'are believed') and the 25 phones are the outlet's own.",
  "Not figures: 'February 27' (twice, dates), 'second largest' (ordinal), 'Some residents', 'Many stores', 'some'. The last paragraph of the stored copy ('The Chilean president has described t') was cut mid-word and dropped (see edits).",
  "Left out as dates: 'four days after an 8.8-magnitude earthquake' (a duration counted from the quake; the figure 'four' is kept), 'at this time' (vague, inside reported speech). Undated acts: troops 'are working to stop the looting', authorities 'set up a makeshift morgue', Bachelet 'has said' and 'has instructed troops', Clinton 'said the U.S. is ready to help' and 'brought 25 satellite phones'.",
  "Actors: 'Officials' (sub-headline and lead) and 'Authorities' (who set up the morgue) are one actor; 'troops' (instructed by Bachelet) and 'military personnel' (on patrol) are the Chilean troops. 'the U.S.' (ready to help, no act) and the residents who set up roadblocks (undated, no name) are not listed.",
  "second reading: re-read the item in full against FORMAT.md: the sub-headline on its own line, both 'February 27' and both 'Tuesday' pinned with ctx, Wednesday = 3 March and Tuesday = 2 March 2010, 'nearly' -> around, 'more than' on 2 million only (not on 500,000), the one-word fragment quote 'severity'.",
 ],
}
