RC = "Rafael Correa"
TR = "Ecuadorean troops"
RP = "Ecuadorean rebel police"
ST = "strikers"
ANN = {
 "article": "articles/voa_2010_ecuador_troops_rescue_correa.txt",
 "gold_out": "gold/voa_2010_ecuador_troops_rescue_correa.json",
 "published": "2010-09-30",
 "quotes": [],
 "figures": [
  {"text": "35", "value": 35, "unit": "minutes", "counted": "minutes the gun battle between loyalist troops and rebel police lasted", "source": None, "approx": "around",
   "note": "'lasted about 35 minutes': a duration in the outlet's voice; 'about' -> around"},
  {"text": "one", "value": 1, "unit": None, "counted": "security force member wounded in the rescue operation", "source": None, "approx": "at least",
   "note": "'At least one security force member was reported wounded': passive 'was reported' with no reporter named, so no source"},
 ],
 "events": [
  {"actor": TR, "date": "2010-09-30", "date_text": "late Thursday", "what": "troops stormed the hospital in Quito and rescued President Correa",
   "note": "'Ecuadorean troops stormed a hospital ... late Thursday and rescued President Rafael Correa': the troops are the subject of both verbs; Thursday 30 September 2010, the day of the report (see meta)"},
  {"actor": None, "date": "2010-09-30", "date_text": "earlier in the day", "what": "Correa was hospitalized after being shoved and tear-gassed",
   "note": "passive without agent ('Mr. Correa had been hospitalized earlier in the day'); the police who shoved him are agents of the participles 'shoved and attacked' only by implication, not of the dated verb; 'earlier in the day' = the day of the sentences before it, Thursday 30 September 2010"},
  {"actor": RP + " and " + ST, "date": "2010-09-30", "date_text": "On Thursday", "what": "highways blocked by police burning tires; Quito and Guayaquil airports shut down by strikers",
   "note": "'On Thursday, highways were blocked by police burning tires, and the international airports ... were temporarily shut down by strikers': the fronted date governs both passive clauses, each with a by-agent (police; strikers), so a joint actor. The text does not say who the strikers at the airports were, so they are kept as their own group"},
  {"actor": None, "date": "2010-09-30", "date_text": "at noon Thursday", "what": "Ecuadorean schools were dismissed",
   "note": "passive without agent ('Ecuadorean schools were dismissed at noon Thursday')"},
  {"actor": None, "date": "2010-10-01", "date_text": "for Friday", "what": "classes canceled",
   "note": "elliptical passive without agent ('classes [were] canceled for Friday'); Friday after Thursday 30 September = 1 October 2010"},
  {"actor": RC, "date": "2007", "date_text": "in 2007", "what": "Correa took power",
   "note": "'Mr. Correa took power in 2007': Correa is the subject of 'took power'"},
 ],
 "actors": [
  {"name": TR, "type": "organisation", "aliases": ["Ecuadorean troops", "The soldiers", "Soldiers", "loyalist troops"]},
  {"name": RC, "type": "person", "aliases": ["President Rafael Correa", "Rafael Correa", "Mr. Correa", "the embattled president"]},
  {"name": RP, "type": "group", "aliases": ["renegade police", "rebellious police", "rebel police", "protesting police", "The protesters", "police"]},
  {"name": ST, "type": "group", "aliases": ["strikers"]},
 ],
 "notes": [
  "VOA News report of Thursday 30 September 2010 (date inferred, see meta) on the rescue of Ecuador's President Rafael Correa from a Quito hospital where rebel police protesting austerity measures had held him; story ecuador_police_revolt_2010 with voa_2010_ecuador_state_of_siege (Friday 1 October 2010).",
  "No quotes: the text has no quote marks; Correa's words are reported speech ('He thanked them ... and said he believed the uprising was an attempted coup d'etat', He = Correa) and carry no date of their own ('Later' is vague and left out).",
  "Figures: the duration (about 35 minutes) and the wounded (at least one), both in the outlet's voice. No figure shares a quantity with the Friday report (its 'eight people dead' has no counterpart here).",
  "Events: six date expressions: one active with the troops as agent, three passives without agent (hospitalized, schools dismissed, classes canceled), one passive pair with by-agents (police; strikers) dated by one fronted 'On Thursday' and written as a joint actor, and Correa's taking power in 2007. 'Later' (the balcony address) is vague and left out.",
  "Actors: 'The soldiers' and 'loyalist troops' are the Ecuadorean troops (the sub-headline's 'Soldiers' too). 'renegade police', 'the rebellious police', 'rebel police', 'protesting police', 'The protesters' and 'police' (burning tires) are the rebelling police. Hugo Chavez does not act (he is described) and is not an actor; 'supporters' only listen.",
  "Not figures: '2007' (year); 'some bonuses and promotions', 'a large crowd' (no number).",
  "Second reading (annotator): re-read the whole item against FORMAT.md sections 1-2; checked every number token (35, one), the six date expressions against Thursday 30 September 2010 and that no quote marks occur; the apostrophe in 'coup d'etat' is not a quote mark.",
 ],
}
