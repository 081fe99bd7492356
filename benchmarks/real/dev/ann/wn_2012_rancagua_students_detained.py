JO = "Jennifer Olivares"
ST = "students of Liceo María Luisa Bombal"
PO = "Rancagua police"
ANN = {
 "article": "articles/wn_2012_rancagua_students_detained.txt",
 "gold_out": "gold/wn_2012_rancagua_students_detained.json",
 "published": "2012-08-14",
 "quotes": [
  {"text": "stripped off [their] clothes", "speaker": JO, "speaker_mention": "Student leader Jennifer Olivares", "fragment": True,
   "note": "'Jennifer Olivares told Diario VI Región the police “stripped off [their] clothes” upon their arrival': a translated phrase inside reported speech (fragment)"},
  {"text": "It’s a bit illogical that they stripped off our clothes, with the knowledge that there were minors and without [us] being delinquents, but students who took the school peacefully", "speaker": JO, "speaker_mention": "Olivares", "fragment": False,
   "note": "attribution after the quote ('”, said Olivares'), two sentences after her full name; the comma is outside the closing mark"},
  {"text": "the Mayor [Eduardo Soto] promised to begin the reconstruction works last summer, and it’s August already and they don’t even begin to take the debris outside", "speaker": "Ignacio Muñoz", "speaker_mention": "Ignacio Muñoz", "fragment": False,
   "note": "'Ignacio Muñoz ... told El Rancahuaso “...”'; the bracketed name is the outlet's insertion; the full stop is outside the closing mark"},
 ],
 "figures": [
  {"text": "Ten", "value": 10, "unit": None, "counted": "students detained by the local police", "source": None, "approx": None,
   "note": "outlet's voice"},
  {"text": "seven", "value": 7, "unit": None, "counted": "men among the students", "source": None, "approx": None},
  {"text": "three", "value": 3, "unit": None, "counted": "women among the students", "source": None, "approx": None},
 ],
 "events": [
  {"actor": PO, "date": "2012-08-13", "date_text": "yesterday", "what": "police detained ten students", "ctx": "local police yesterday",
   "note": "passive with a by-agent ('were detained by the local police yesterday'); yesterday before Tuesday 14 August = Monday 13 August 2012"},
  {"actor": ST, "date": "2012-08-13", "date_text": "early yesterday morning", "what": "the students took control of the school building",
   "note": "'The students ... took control of the building of the school early yesterday morning': active verb, the students are the agent"},
  {"actor": None, "date": "2010", "date_text": "of 2010", "what": "the earthquake after which the school awaits reconstruction", "ctx": "the earthquake of 2010",
   "note": "date on a noun ('the earthquake of 2010'), a natural event with no agent"},
  {"actor": "Leonardo Fuentes", "date": "2012-08-13", "date_text": "At around 08:00 local time", "what": "Fuentes authorized the police to clear out the students",
   "note": "'At around 08:00 local time ..., Leonardo Fuentes ... authorized the police': active verb, Fuentes is the agent; the time falls on the day of the occupation, Monday 13 August (the narrative day, 'early yesterday morning' in the sentence before)"},
  {"actor": "Leonardo Fuentes", "date": "2012-08-13", "date_text": "1200 UTC", "what": "same moment in UTC: Fuentes authorized the eviction",
   "note": "the parenthesis gives the same moment in UTC (Chile was UTC-4 in August 2012, so 08:00 local = 12:00 UTC the same day); own time expression modifying the same verb 'authorized', so the same agent (cf. the Musharraf item, where the UTC twin kept the null agent of its verb)"},
  {"actor": "Eduardo Soto", "date": "2011-12-01/2012-02-29", "date_text": "last summer", "what": "the mayor promised reconstruction works would begin (inside Muñoz's quote)",
   "note": "inside the quote: 'the Mayor [Eduardo Soto] promised to begin the reconstruction works last summer'; in Chile (southern hemisphere) the summer before August 2012 is December 2011 - February 2012 (meteorological summer; the Spanish original printed in the page's tooltip says 'durante el verano de este año'); the expression dates the promised beginning of the works, whose agent is the mayor"},
 ],
 "actors": [
  {"name": ST, "type": "group", "aliases": ["The students", "the students"]},
  {"name": PO, "type": "organisation", "aliases": ["the local police", "the police", "police"]},
  {"name": "Leonardo Fuentes", "type": "person", "aliases": ["Leonardo Fuentes"]},
  {"name": JO, "type": "person", "aliases": ["Student leader Jennifer Olivares", "Jennifer Olivares", "Olivares"]},
  {"name": "Iván Guajardo", "type": "person", "aliases": ["Lieutenant Colonel of Carabineros Iván Guajardo", "Iván Guajardo"]},
  {"name": "Ignacio Muñoz", "type": "person", "aliases": ["Ignacio Muñoz"]},
  {"name": "Eduardo Soto", "type": "person", "aliases": ["Eduardo Soto", "the Mayor"]},
 ],
 "notes": [
  "Wikinews report of Tuesday 14 August 2012 (kept from a verbatim mirror, see meta edits) on ten students detained by police in Rancagua, Chile on Monday 13 August after occupying their school, the Liceo María Luisa Bombal, over delayed post-2010-earthquake reconstruction. Story rancagua_school_occupation_2012 (single item).",
  "Quotes: three, all translated from Spanish (the '((es))' markers were removed as template furniture, see meta edits). Olivares is quoted twice: a fragment with her full title in the same sentence, then a full quote attributed afterwards by surname ('said Olivares'); Muñoz's quote follows 'told El Rancahuaso'. Speakers are people, not the media outlets (Diario VI Región, El Rancahuaso), which are not actors.",
  "Figures in the outlet's voice: ten students, seven men and three women. Not figures: '08:00' and '1200' (times of day), '2010' (year), 'VI' (part of a newspaper name).",
  "Events: two 'yesterday' expressions (police detained the students; the students took the school), 'of 2010' (earthquake, null), the eviction time and its UTC twin (Fuentes), and 'last summer' inside Muñoz's quote (the mayor; southern-hemisphere summer 2011-12). Not an event: 'it’s August already' (a state, not a dated act). 'police stated the students will be charged' has no date.",
  "Police: 'the local police', 'the police' and the bare 'police' are one actor (Rancagua police, i.e. the Carabineros of the local station); 'Carabineros' appears only inside Guajardo's title, which is his alias. 'the Mayor' is Eduardo Soto (bracketed in the quote).",
  "Second careful read done by the annotator against FORMAT.md: quote texts end before the closing marks (commas/full stops outside), bracketed insertions kept, the students as agent of 'took control' and the police as by-agent of 'were detained', and that no surface form is shared between actors ('the students' is the group; 'students who took the school' inside the quote is not an alias).",
 ],
}
