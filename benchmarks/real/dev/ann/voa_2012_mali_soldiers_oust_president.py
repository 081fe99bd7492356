K = "Amadou Konare"
T = "Amadou Toumani Toure"
C = "CNRDR"
ANN = {
 "article": "articles/voa_2012_mali_soldiers_oust_president.txt",
 "gold_out": "gold/voa_2012_mali_soldiers_oust_president.json",
 "published": "2012-03-22",
 "quotes": [
  {"text": "incompetent regime", "speaker": K, "speaker_mention": "Amadou Konare", "fragment": True,
   "note": "curly quotes; a phrase of Konare's inside reported speech ('says the armed forces decided to put an end to the “incompetent regime” of President Amadou Toumani Toure')"},
 ],
 "figures": [
  {"text": "two", "value": 2, "unit": "months", "counted": "months of the Tuareg rebellion", "source": None, "approx": None,
   "note": "'the two-month-old Tuareg rebellion': a duration, like '47' in '47-year-old'; outlet's voice"},
 ],
 "events": [
  {"actor": None, "date": "2012-03-22", "date_text": "Thursday", "what": "sporadic gunfire continued in Bamako", "ctx": "Bamako Thursday",
   "note": "'Residents told VOA that sporadic gunfire continued in Bamako Thursday': the date modifies 'continued', whose subject is the gunfire, no agent (the residents' telling is undated). Published Thursday 22 March 2012"},
  {"actor": K, "date": "2012-03-22", "date_text": "early Thursday", "what": "CNRDR spokesman Konare appeared on state TV saying the armed forces ended Toure's regime",
   "note": "'Appearing on state TV early Thursday, the CNRDR spokesman, Amadou Konare, says ...': Konare is the agent of 'appearing'/'says'"},
  {"actor": None, "date": "2012-03-21", "date_text": "Wednesday morning", "what": "stirrings of the coup began with a mutiny by soldiers near the capital",
   "note": "'Stirrings of the coup began Wednesday morning with a mutiny by soldiers': the date modifies 'began' (subject 'Stirrings'), a verb of beginning like 'the war began in 2008', so null even though the mutineers are named in the with-phrase"},
  {"actor": None, "date": "2012-01", "date_text": "in January", "what": "the Tuareg rebellion began",
   "note": "'Since the rebellion began in January': no agent (verb of beginning); January before March 2012 = 2012-01"},
  {"actor": None, "date": "2012-03-21", "date_text": "Wednesday evening", "what": "the situation spiralled as soldiers stormed state radio and TV and attacked the presidential palace",
   "note": "'The situation quickly spiralled Wednesday evening as soldiers stormed ...': the date modifies the main verb 'spiralled' (subject 'The situation'), so null; the storming by the soldiers is in the as-clause"},
 ],
 "actors": [
  {"name": C, "type": "group", "aliases": ["National Committee for the Restoration of Democracy and State", "CNRDR", "Malian soldiers", "renegade soldiers", "soldiers", "Soldiers", "The soldiers", "the armed forces"]},
  {"name": K, "type": "person", "aliases": ["Amadou Konare", "the CNRDR spokesman"]},
  {"name": T, "type": "person", "aliases": ["President Amadou Toumani Toure", "The president"]},
  {"name": "Malian government", "type": "organisation", "aliases": ["the government"]},
  {"name": "residents of Bamako", "type": "group", "aliases": ["Residents"]},
  {"name": "Voice of America", "type": "organisation", "aliases": ["VOA"]},
  {"name": "Tuareg separatists", "type": "group", "aliases": ["Tuareg separatists"]},
 ],
 "notes": [
  "VOA News report of Thursday 22 March 2012, the day Malian soldiers calling themselves the CNRDR announced on state TV that they had overthrown President Amadou Toumani Toure; story mali_coup_2012 with voa_2012_mali_ecowas_sanctions (2 April 2012).",
  "Konare's statement is mostly reported speech in the present tense ('says ...'); only 'incompetent regime' is quoted (fragment).",
  "Three dated clauses have agents only in subordinate phrases ('with a mutiny by soldiers', 'as soldiers stormed'); by the rule, the actor is the agent of the verb the date modifies, so those events are null (notes say so).",
  "Not figures: 'one of the region's few stable democracies' ('one of', 'few'), 'A number of government ministers', 'numerous Malian soldiers', 'just weeks before' and 'just hours after' (no number).",
  "'Complaints' is a section heading on its own line. 'Malian soldiers' in 'numerous Malian soldiers have died' are army soldiers in the north, not the coup-makers, but the surface form is one alias of the soldiers' actor (no event or figure uses it).",
  "second reading: checked the one quote span (curly marks), the one number token ('two-month-old'), the five date expressions (Thursday, early Thursday, Wednesday morning, in January, Wednesday evening); 'arrested', 'set up', 'imposed', 'closed' are undated: no events.",
 ],
}
