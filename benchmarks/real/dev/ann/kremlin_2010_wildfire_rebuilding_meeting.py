M = "Dmitry Medvedev"
G = "Government of Russia"
SUMMER = "2010-06-01/2010-08-31"
ANN = {
 "article": "articles/kremlin_2010_wildfire_rebuilding_meeting.txt",
 "gold_out": "gold/kremlin_2010_wildfire_rebuilding_meeting.json",
 "published": "2010-10-13",
 "quotes": [],
 "figures": [],
 "events": [
  {"actor": None, "date": SUMMER, "date_text": "this summer", "what": "regions and municipalities suffered from the abnormal heat and fires",
   "note": "'heads of regions and municipalities that suffered as a result of the abnormal heat and fires this summer': dates the suffering (a state, not an act) or the noun 'fires'; no agent either way: null. Summer 2010 (June-August) read from the publication day, Wednesday 13 October 2010"},
  {"actor": None, "date": SUMMER, "date_text": "last summer", "ctx": "the last summer’s lessons", "what": "lessons of the summer's fires, basis of the top-priority steps reviewed",
   "note": "'the top-priority steps that should be taken based on the last summer’s lessons': a date on the noun 'lessons' (no act, no agent): null; the summer just past, summer 2010 (the item is of October 2010 and speaks of 'the 2010 forest fires')"},
  {"actor": None, "date": "2010", "date_text": "2010", "ctx": "the 2010 forest fires", "what": "the 2010 forest fires brought to light acute problems",
   "note": "a year on the noun 'forest fires' (inside the President's reported words); fires have no agent: null"},
  {"actor": None, "date": "2010-08", "date_text": "at the end of August", "what": "the Government was instructed to take inventory of the forest-protection regulatory framework",
   "note": "passive without a by-agent ('the Government was instructed'); the instructing party is implied (the President), not said: null. The Government is the one instructed, not the agent. End of August read as the month, August 2010"},
  {"actor": G, "date": "2010", "date_text": "This year", "what": "the government allocated significant resources to victims",
   "note": "'This year, the government allocated significant resources to victims': active verb, the government is the agent; 2010, the publication year (the paragraph continues the President's points in the site's voice)"},
 ],
 "actors": [
  {"name": M, "type": "person", "aliases": ["Dmitry Medvedev", "The President"]},
  {"name": "Prosecutor General’s Office", "type": "organisation", "aliases": ["the Prosecutor General’s Office"]},
  {"name": "Accounts Chamber", "type": "organisation", "aliases": ["the Accounts Chamber"]},
  {"name": "Sergei Shoigu", "type": "person", "aliases": ["Emergency Situations Minister Sergei Shoigu"]},
  {"name": "Viktor Basargin", "type": "person", "aliases": ["Regional Development Minister Viktor Basargin"]},
  {"name": "Yury Chaika", "type": "person", "aliases": ["Prosecutor General Yury Chaika"]},
  {"name": "heads of fire-affected regions and municipalities", "type": "group", "aliases": ["heads of regions and municipalities"]},
  {"name": G, "type": "government", "aliases": ["the Government", "the government"]},
 ],
 "notes": [
  "Kremlin readout (opening of the stored copy) of President Dmitry Medvedev's videoconference of Wednesday 13 October 2010 at Gorki on relief and rebuilding after the summer 2010 wildfires; story russia_wildfires_2010 with wn_2010_russia_wildfires_moscow_smoke and gv_2010_russia_wildfires_bloggers (August 2010). The kept text carries no figures, so no quantity keys are shared with them.",
  "No quote marks: no quotes; the President's points are reported speech ('The President stressed that ...', 'The President emphasised that ...'). No figures: '2010' is a year; 'a set of acute problems', 'significant resources' are not numbers.",
  "Events: five date expressions; only 'This year, the government allocated significant resources' has an agent (the government). 'this summer' (state/noun), 'last summer' (noun 'lessons'), '2010' (noun 'forest fires') and 'at the end of August' (passive without agent) are null. Summer 2010 written as June-August 2010, as 'last summer' in wn_2012_rancagua_students_detained is written as a season interval. 'in the future' is vague; 'will examine' carries no date. The removed date line 'October 13, 2010' gives the published date.",
  "Actors: Shoigu, Basargin, Chaika and the heads of regions and municipalities are the by-agents of 'accounts were given by ...'; the Prosecutor General's Office and the Accounts Chamber 'will examine expenditures'; the Government is instructed (end of August) and allocated resources (this year); 'the Government' and 'the government' both print. 'Prosecutor General Yury Chaika' and 'the Prosecutor General’s Office' are kept as two actors (the person and the office) with distinct forms.",
  "second reading: re-read the whole item against FORMAT.md sections 1-2 (no quote marks, no numbers but years; five events, one with an agent; aliases are exact substrings and no form is shared); no change.",
 ],
}
