MS = "Matti Juhani Saari"
UL = "Urpo Lintala"
Q = "kauhajoki_school_shooting_2008:"
ANN = {
 "article": "articles/wn_2008_kauhajoki_school_shooting_kills_eleven.txt",
 "gold_out": "gold/wn_2008_kauhajoki_school_shooting_kills_eleven.json",
 "published": "2008-09-23",
 "quotes": [],
 "figures": [
  {"quantity": Q + "killed", "text": "eleven", "value": 11, "unit": None, "counted": "people killed in the school shooting", "source": None, "approx": None,
   "note": "headline, outlet's own voice"},
  {"text": "twenties", "value": 20, "value_max": 29, "unit": "years", "counted": "age of the gunman", "source": None, "approx": None,
   "note": "'a man in his twenties': an age given as a decade, written as the range 20-29 years; outlet's voice"},
  {"quantity": Q + "killed", "text": "11", "ctx": "killing 11 people", "value": 11, "unit": None, "counted": "people killed", "source": None, "approx": None,
   "note": "'began to open fire, killing 11 people': outlet's voice; the same toll as the headline"},
  {"text": "22", "value": 22, "unit": "years", "counted": "age of Matti Juhani Saari", "source": None, "approx": None,
   "note": "'Matti Juhani Saari, 22,': an age in the outlet's voice"},
  {"text": "150", "value": 150, "unit": None, "counted": "students in the school when the shooting started", "source": None, "approx": "at least",
   "note": "'At least 150 students are reported to have been in the school': a passive report without a named reporter -> source null (as 'were reported to have attended' elsewhere in the set)"},
  {"text": "eight", "value": 8, "unit": None, "counted": "people killed at a high school in Jokela", "source": None, "approx": None,
   "note": "the November 2007 Jokela shooting, outlet's voice; a different quantity from the Kauhajoki toll"},
 ],
 "events": [
  {"actor": MS, "date": "2008-09-23", "date_text": "At approximately 11:00 a.m. Central European Summer Time", "what": "a man entered the vocational school with a gun and opened fire, killing 11",
   "note": "'a man in his twenties entered ... and began to open fire': active, the man (named in the next paragraph as Matti Juhani Saari) is the agent. A time of day = the reference day (date line Tuesday 23 September 2008)"},
  {"actor": "authorities", "date": "2008-09-22", "date_text": "On Monday", "what": "authorities questioned Saari about the video",
   "note": "'On Monday after finding the video, authorities questioned him': active, 'authorities' is the agent; Monday before Tuesday 23 September 2008 = 22 September"},
  {"actor": None, "date": "2007-11", "date_text": "since November 2007", "what": "eight people were killed at a high school in Jokela",
   "note": "'since November 2007 when eight people were killed at a high school in Jokela': the month is explained by the when-clause, a passive without agent -> null; normalised to the month"},
 ],
 "actors": [
  {"name": MS, "type": "person", "aliases": ["Matti Juhani Saari", "a man in his twenties", "The man identified as Matti Juhani Saari", "the shooter"]},
  {"name": UL, "type": "person", "aliases": ["superintendent Urpo Lintala", "Urpo Lintala"]},
  {"name": "police", "type": "organisation", "aliases": ["police", "Police"]},
  {"name": "authorities", "type": "group", "aliases": ["authorities"]},
  {"name": "firefighters", "type": "group", "aliases": ["firefighters"]},
  {"name": "reports", "type": "group", "aliases": ["Reports"]},
 ],
 "notes": [
  "Wikinews report dated Tuesday 23 September 2008 on the school shooting at Kauhajoki, Finland, that day; single item of story kauhajoki_school_shooting_2008. The headline's 'eleven' and the lead's '11' share kauhajoki_school_shooting_2008:killed.",
  "No quotes (no quote marks in the text). Claimants: superintendent Urpo Lintala ('According to ...': the arrest and the self-inflicted wound, no figure), police ('Police state ...', 'police say ...': the video and the fire, no figure), 'Reports' (Saari was a student). Every figure is in the outlet's voice or reported without a reporter ('are reported to have been'), so all sources are null.",
  "Events: the time of the attack (Saari), 'On Monday' (authorities questioned him) and 'since November 2007' (the Jokela killings, passive without agent). Left out: 'At approximately the time the shooting started' (relative to an event, not a date), 'later' (vague), 'when he entered the school' (no date).",
  "Not figures: '11:00 a.m.' (time of day), '2007' (year). 'twenties' is taken as an age range (20-29 years). 'koti- ja laitostalousoppilaitos' is part of the school's Finnish name. The victims, Tampere central hospital and YouTube do not act; the firefighters act undated (listed as actors of the text, no event).",
  "second reading: re-read the whole item once against FORMAT.md sections 1-2: text compared with the stored copy (only the listed edits), every number token checked (eleven, twenties, 11, 22, 150, eight annotated; 11:00 and 2007 excluded), 'At least' -> at least, the Monday computed from Tuesday 23 September 2008, the passive 'were killed' checked for a by-agent (none).",
 ],
}
