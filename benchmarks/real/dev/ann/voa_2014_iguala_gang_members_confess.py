K = "iguala_students_2014:"
G = "Mexican government"
M = "Jesus Murillo Karam"
ANN = {
 "article": "articles/voa_2014_iguala_gang_members_confess.txt",
 "gold_out": "gold/voa_2014_iguala_gang_members_confess.json",
 "published": "2014-11-07",
 "quotes": [],
 "figures": [
  {"text": "three", "value": 3, "unit": None, "counted": "Guerreros Unidos gang suspects who admitted killing the students", "source": G, "approx": None,
   "note": "'Mexico's government said Friday that three ... gang suspects had admitted ...': the government is the claimant"},
  {"quantity": K + "missing_students", "text": "43", "value": 43, "unit": None, "counted": "missing students", "source": G, "approx": None,
   "note": "inside the government's reported statement; same key as '43 teaching students' in voa_2014_iguala_ex_mayor_wife_detained (4 November)"},
  {"quantity": K + "arrested", "text": "Dozens", "value": None, "vague": True, "unit": None, "counted": "people arrested in connection with the kidnapping", "source": None, "approx": None,
   "note": "vague plural, outlet's voice; the 4 November item has 'More than 50 police officers and gang members have been arrested in the case' (same key)"},
  {"text": "36", "value": 36, "unit": None, "counted": "Iguala and Cocula police officers arrested", "source": None, "approx": None,
   "note": "a part of the 'Dozens' arrested; no key"},
  {"text": "14 hours", "value": 14, "unit": "hours", "counted": "duration of the incineration", "source": M,
   "approx": None, "note": "'He said it would be very difficult ... of an incineration that lasted 14 hours': Murillo (named in the sentence before) is the claimant"},
  {"text": "tens of thousands", "value": None, "vague": True, "unit": None, "counted": "people brought to the streets in protest", "source": None, "approx": None,
   "note": "vague plural, outlet's voice"},
 ],
 "events": [
  {"actor": G, "date": "2014-11-07", "date_text": "Friday", "what": "Mexico's government said three gang suspects had admitted killing the 43 students",
   "note": "subject 'Mexico's government' of 'said'; Friday = publication day (photo caption 'Nov. 7, 2014')"},
  {"actor": "local police", "date": "2014-09-26", "date_text": "September 26", "what": "police handed the students over to the gang in Guerrero",
   "note": "subject 'police' of 'handed ... over' (bare date without 'on'); the text does not say which force here (later '36 Iguala and Cocula police officers' are among those arrested)"},
 ],
 "actors": [
  {"name": G, "type": "organisation", "aliases": ["Mexico's government", "Mexico"]},
  {"name": M, "type": "person", "aliases": ["Attorney General Jesus Murillo Karam", "Jesus Murillo Karam", "Murillo"]},
  {"name": "Guerreros Unidos", "type": "organisation", "aliases": ["Guerreros Unidos", "the gang"]},
  {"name": "local police", "type": "organisation", "aliases": ["police"]},
  {"name": "Jose Luis Abarca", "type": "person", "aliases": ["Jose Luis Abarca", "Abarca", "Iguala's ousted mayor"]},
  {"name": "Mexican authorities", "type": "organisation", "aliases": ["Authorities"]},
  {"name": "relatives of the missing", "type": "group", "aliases": ["relatives of the missing"]},
  {"name": "Enrique Pena Nieto", "type": "person", "aliases": ["President Enrique Pena Nieto", "Enrique Pena Nieto"]},
 ],
 "notes": [
  "VOA News report of Friday 7 November 2014: Attorney General Jesus Murillo Karam's announcement that three Guerreros Unidos suspects admitted killing the 43 students of Ayotzinapa missing since 26 September. Story iguala_students_2014 with voa_2014_iguala_ex_mayor_wife_detained (4 November 2014).",
  "No quotes: Murillo's words are all reported speech ('Murillo said teeth ...', 'He said it would be very difficult ...', 'Murillo said Mexico would continue ...'), with no quote marks; relatives' position is reported speech too.",
  "Figures with a claimant: three suspects and 43 students (Mexican government, 'Mexico's government said Friday that ...'), 14 hours (Murillo, 'He said ...', named in the sentence before). Outlet's voice: Dozens arrested, 36 officers, tens of thousands.",
  "Keys shared with the 4 November item: :missing_students (43), :arrested (Dozens here, 'More than 50' there). The 36 officers are a subset (no key).",
  "'Mexico' in the headline ('..., Mexico Says') is the government speaking (metonym), listed as its alias; in 'Mexico would continue to view the students as missing' it is inside Murillo's reported speech. 'Before the announcement' dates nothing by the calendar (relative to an event): no event. 'his wife' (Abarca's wife, not named here) is not an actor alias.",
  "Second reading against FORMAT.md sections 1-2 (whole item re-read): no quote marks in the text; number tokens (three, 43, Dozens, 36, 14 hours, tens of thousands) and their claimants checked; the two date expressions ('Friday', 'September 26') and agents checked against 7 November 2014; no change.",
 ],
}
