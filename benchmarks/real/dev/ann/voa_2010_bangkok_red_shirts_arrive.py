S = "bangkok_red_shirts_2010"
UDD = "United Front for Democracy Against Dictatorship"
AB = "Abhisit Vejjajiva"
TS = "Thaksin Shinawatra"
TSUP = "Thaksin supporters"
ANN = {
 "article": "articles/voa_2010_bangkok_red_shirts_arrive.txt",
 "gold_out": "gold/voa_2010_bangkok_red_shirts_arrive.json",
 "published": "2010-03-13",
 "quotes": [],
 "figures": [
  {"quantity": S + ":protesters_arriving_mar13", "text": "Thousands", "value": None, "vague": True, "unit": None, "counted": "Protesters arrive in Bangkok", "source": None, "approx": None, "ctx": "Thousands of Protesters Arrive",
   "note": "headline; vague plural, the outlet's voice; same quantity as the body's 'Thousands of protesters from rural northern Thailand'"},
  {"quantity": S + ":protesters_arriving_mar13", "text": "Thousands", "value": None, "vague": True, "unit": None, "counted": "protesters from rural northern Thailand arriving in Bangkok", "source": None, "approx": None, "ctx": "Thousands of protesters from",
   "note": "vague plural, the outlet's voice"},
  {"quantity": S + ":expected_rally_turnout_mar14", "text": "600,000 and 700,000", "value": 600000, "value_max": 700000, "unit": None, "counted": "supporters of the UDD will march in Bangkok", "source": UDD, "approx": None,
   "note": "'Protest organizers say between 600,000 and 700,000 supporters of the United Front for Democracy Against Dictatorship (UDD) will march in Bangkok': a range claimed by the UDD's organizers (expected turnout of the Sunday 14 March rally)"},
  {"text": "50,000", "value": 50000, "unit": None, "counted": "police, military and other security forces patrolling Bangkok", "source": None, "approx": "around",
   "note": "'About 50,000' -> around; the outlet's voice (no claimant)"},
  {"text": "two", "value": 2, "unit": None, "counted": "people died in the April 2009 riots", "source": None, "approx": None,
   "note": "outlet's voice"},
  {"text": "2", "value": 2, "unit": "years", "counted": "year jail sentence on corruption charges", "source": None, "approx": None, "ctx": "a 2-year jail",
   "note": "'a 2-year jail sentence': the number of a hyphenated '2-year', as '47' in '47-year-old'; unit years"},
 ],
 "events": [
  {"actor": None, "date": "2010-03-13", "date_text": "Saturday", "what": "trucks and other vehicles filled highways into the capital",
   "note": "'Trucks and other vehicles filled highways into the capital city Saturday as security forces searched them': the date modifies 'filled', whose subject is the vehicles (no agent) -> null; Saturday 13 March 2010, the report's day"},
  {"actor": UDD, "date": "2010-03-14", "date_text": "for Sunday", "what": "protest scheduled to restore Thaksin to power",
   "note": "'ahead of a protest scheduled for Sunday': a date on a noun (the protest); the text says whose protest it is (protest organizers of the UDD, whose supporters 'will march in Bangkok') -> the UDD; Sunday 14 March 2010 (future)"},
  {"actor": "Thai military", "date": "2006", "date_text": "in 2006", "what": "a military coup ousted Thaksin from office",
   "note": "'A military coup ousted Mr. Thaksin from office in 2006': the coup, an act of the military, is the subject of 'ousted' -> the military"},
  {"actor": TSUP, "date": "2009-04", "date_text": "in April 2009", "what": "Thaksin's supporters protested; riots, two dead",
   "note": "'The last time his supporters protested, in April 2009, riots resulted': Thaksin's supporters are the subject of 'protested'; a month"},
 ],
 "actors": [
  {"name": AB, "type": "person", "aliases": ["Thai Prime Minister Abhisit Vejjajhiva", "Abhisit Vejjajhiva", "Mr. Abhisit"]},
  {"name": TS, "type": "person", "aliases": ["ousted Prime Minister Thaksin Shinawatra", "Thaksin Shinawatra", "Mr. Thaksin"]},
  {"name": UDD, "type": "organisation", "aliases": ["United Front for Democracy Against Dictatorship", "UDD", "Protest organizers"]},
  {"name": TSUP, "type": "group", "aliases": ["his supporters", "Mr. Thaksin's supporters"]},
  {"name": "Thai security forces", "type": "organisation", "aliases": ["security forces"]},
  {"name": "Thai government", "type": "organisation", "aliases": ["The government"]},
  {"name": "Thai military", "type": "organisation", "aliases": ["the military"]},
  {"name": "Agence France-Presse", "type": "organisation", "aliases": ["The French news agency", "AFP"]},
 ],
 "notes": [
  "VOA News report of Saturday 13 March 2010, on the eve of the Red Shirt (UDD) rally of Sunday 14 March that began the 2010 occupation of central Bangkok; story bangkok_red_shirts_2010 with the two dev items on the May 2010 clashes (voa_2010_bangkok_clashes_8_killed, voa_2010_bangkok_22_dead_third_day, in benchmarks/real/dev). Its figures (expected turnout, security forces) are not those of the May items; keys bangkok_red_shirts_2010:expected_rally_turnout_mar14 and :protesters_arriving_mar13 are new.",
  "No quotes: '\"Yellow Shirts.\"' is a group's name in quote marks, not someone's words.",
  "'Protest organizers' (twice) are the UDD's organizers: kept as an alias of the UDD, the source of the turnout range. 'The French news agency' (AFP) says Thaksin has been encouraging his supporters: it claims no figure and no dated act. 'The demonstrators' (are seeking ...) and 'supporters of the UDD' are not listed as separate aliases; 'his supporters' (April 2009) are Thaksin's supporters, a group of their own.",
  "Not figures: '2006', 'April 2009' (dates); 'red shirts' (no number). Not events: 'currently' (vague); 'call new elections' (undated).",
  "Abhisit's surname is misspelt 'Vejjajhiva' in the stored copy; the aliases keep the printed form, the canonical name is the usual spelling.",
  "second reading (annotator): re-read the whole item against FORMAT.md sections 1-2; Saturday = 13 March 2010, Sunday = 14 March 2010; every alias checked as an exact substring; the range 600,000-700,000 checked as value/value_max.",
 ],
}
