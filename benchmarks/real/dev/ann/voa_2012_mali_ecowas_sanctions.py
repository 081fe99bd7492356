S = "Amadou Sanogo"
EC = "ECOWAS"
J = "Malian junta"
U = "UN Security Council"
ANN = {
 "article": "articles/voa_2012_mali_ecowas_sanctions.txt",
 "gold_out": "gold/voa_2012_mali_ecowas_sanctions.json",
 "published": "2012-04-02",
 "quotes": [
  {"text": "We will leave conditions for a good transition to preserve national unity, we will engage, under the eyes of mediators, in consultations with all the actors of society in the context of a national convention in order to put in place a transitional body with the aim of organizing calm, free, transparent and democratic elections in which we will not participate.",
   "speaker": S, "speaker_mention": "Captain Sanogo",
   "note": "a paragraph of its own in curly quotes with no attribution; the speaker is Sanogo, whose Sunday pledge is reported in the paragraph before ('On Sunday, Captain Sanogo pledged ...'); final period inside the marks kept"},
 ],
 "figures": [
  {"text": "72", "value": 72, "unit": "hours", "counted": "hours of the deadline for Mali's junta to restore constitutional order", "source": None, "approx": None,
   "note": "'a 72-hour deadline': duration, like '47' in '47-year-old'; outlet's voice"},
  {"text": "three", "value": 3, "unit": None, "counted": "key towns seized by the rebels", "source": None, "approx": None,
   "note": "'The rebels have seized three key towns': outlet's voice"},
 ],
 "events": [
  {"actor": EC, "date": "2012-04-02", "date_text": "Monday", "what": "ECOWAS leaders decided to implement diplomatic and financial sanctions immediately", "ctx": "decided Monday",
   "note": "'Leaders from the Economic Community of West African States, or ECOWAS, decided Monday': the bloc's leaders are the agent; published Monday 2 April 2012"},
  {"actor": S, "date": "2012-04-01", "date_text": "On Sunday", "what": "Sanogo said the constitution and state institutions had been restored", "occ": 1,
   "note": "'On Sunday, coup leader Captain Amadou Sanogo said'"},
  {"actor": EC, "date": "2012-04-02", "date_text": "Monday's", "what": "ECOWAS talks in Dakar attended by a VOA correspondent",
   "note": "date on the noun 'talks'; the text says the ECOWAS heads of state met in Dakar, so the talks are ECOWAS's"},
  {"actor": J, "date": "2012-03-22", "date_text": "on March 22", "what": "soldiers seized power from President Amadou Toumani Toure",
   "note": "'since soldiers seized power from President Amadou Toumani Toure on March 22': the soldiers (the junta) are the agent"},
  {"actor": U, "date": "2012-04-02", "date_text": "Also Monday", "what": "the UN Security Council said it would hold an emergency meeting on Mali",
   "note": "'Also Monday, the United Nations Security Council said'"},
  {"actor": U, "date": "2012-04-03", "date_text": "Tuesday", "what": "UN Security Council emergency meeting on Mali (planned)", "ctx": "meeting Tuesday",
   "note": "'would hold an emergency meeting Tuesday': future, so the Tuesday after Monday 2 April = 3 April 2012; the Council holds the meeting"},
  {"actor": S, "date": "2012-04-01", "date_text": "On Sunday", "what": "Sanogo pledged coup leaders will organize a democratic vote and not run", "occ": 2,
   "note": "'On Sunday, Captain Sanogo pledged'"},
 ],
 "actors": [
  {"name": EC, "type": "organisation", "aliases": ["Economic Community of West African States", "ECOWAS", "West African countries", "The group", "The regional group", "The ECOWAS heads of state", "The ECOWAS leaders"]},
  {"name": J, "type": "group", "aliases": ["coup leaders", "Mali's military junta chiefs", "the junta", "soldiers"]},
  {"name": S, "type": "person", "aliases": ["coup leader Captain Amadou Sanogo", "Captain Sanogo"]},
  {"name": "Amadou Toumani Toure", "type": "person", "aliases": ["President Amadou Toumani Toure"]},
  {"name": "Tuareg rebels", "type": "group", "aliases": ["Tuareg rebels", "The rebels"]},
  {"name": U, "type": "organisation", "aliases": ["the United Nations Security Council"]},
  {"name": "VOA correspondent", "type": "person", "aliases": ["a VOA correspondent"]},
 ],
 "notes": [
  "VOA breaking-news blog post of Monday 2 April 2012 (5:55 pm UTC-5) on ECOWAS sanctions against Mali's junta eleven days after the coup of 22 March 2012; story mali_coup_2012 with voa_2012_mali_soldiers_oust_president (22 March).",
  "Sanogo's quotation stands alone in the last paragraph, with its speaker named only in the paragraph before; it is his (the pledge of 'On Sunday').",
  "ECOWAS's reaction ('a step in the right direction') is reported speech relayed 'According to a VOA correspondent', no quote marks.",
  "No figure has a named claimant, and neither figure of this item recurs in the 22 March item (no quantity keys).",
  "Not figures: '22' in 'on March 22' (date), 'all borders', 'all state institutions' (no number).",
  "second reading: checked the quote span and its curly marks, the two number tokens ('72-hour', 'three'), the seven date expressions (two 'On Sunday' separated with occ); 'Tuesday' read forward (future 'would hold').",
 ],
}
