S = "al-Shabab"
P = "Kenyan police"
A = "Kenyan authorities"
Q = "mandera_bus_attack_2014:"
ANN = {
 "article": "articles/voa_2014_mandera_al_shabab_kills_28_bus_passengers.txt",
 "gold_out": "gold/voa_2014_mandera_al_shabab_kills_28_bus_passengers.json",
 "published": "2014-11-22",
 "quotes": [],
 "figures": [
  {"quantity": Q+"killed", "text": "28", "value": 28, "unit": None, "counted": "bus passengers killed", "source": P, "approx": None, "ctx": "Kills 28 Bus",
   "note": "headline 'Al-Shabab Kills 28 Bus Passengers in Kenya'; the claimant is named in the next sentence ('POLICE in northeastern Kenya say ... killed 28 non-Muslims'), so the police are the source"},
  {"quantity": Q+"killed", "text": "28", "value": 28, "unit": None, "counted": "non-Muslims killed", "source": P, "approx": None, "ctx": "killed 28 non-Muslims",
   "note": "'POLICE in northeastern Kenya say al-Shabab gunmen have ambushed a bus and killed 28 non-Muslims'"},
  {"quantity": Q+"passengers", "text": "60", "value": 60, "unit": None, "counted": "passengers on the bus", "source": P, "approx": None,
   "note": "same sentence, still the police's account ('who were singled out from the 60 passengers on the bus')"},
  {"quantity": Q+"distance_from_mandera", "text": "50", "value": 50, "unit": "km", "counted": "kilometers from the town of Mandera", "source": A, "approx": None,
   "note": "'Authorities say the militants seized the bus Saturday 50 kilometers, or 31 miles, from the town of Mandera': the unit word is not glued, so the span is the number with unit km"},
  {"quantity": Q+"distance_from_mandera", "text": "31", "value": 31, "unit": "miles", "counted": "miles from the town of Mandera", "source": A, "approx": None,
   "note": "conversion of the 50 kilometers in the same sentence: a second figure with the same quantity key"},
  {"text": "two", "value": 2, "unit": None, "counted": "major attacks on the Somali presidential palace this year", "source": None, "approx": None,
   "note": "'Al-Shabab has carried out two major attacks this year on the Somali presidential palace in Mogadishu': VOA's own voice"},
 ],
 "events": [
  {"actor": S, "date": "2014-11-22", "date_text": "Saturday", "what": "the militants seized the bus near Mandera",
   "note": "'Authorities say the militants seized the bus Saturday': 'Saturday' modifies 'seized', whose subject 'the militants' refers back to the 'al-Shabab gunmen' of the first sentence (the group claimed the attack in the second). Saturday 22 November 2014, the published day"},
  {"actor": "Kenya", "date": "2011", "date_text": "in 2011", "what": "Kenya sent troops into Somalia",
   "note": "'since Kenya sent troops into Somalia in 2011': active verb with its subject Kenya (the 'has been hit ... since' clause is a state)"},
  {"actor": S, "date": "2014", "date_text": "this year", "what": "al-Shabab carried out two major attacks on the Somali presidential palace",
   "note": "'Al-Shabab has carried out two major attacks this year': active verb with its subject; the year of the report"},
 ],
 "actors": [
  {"name": S, "type": "group", "aliases": ["Al-Shabab", "al-Shabab", "al-Shabab gunmen", "Somalia\u2019s al-Shabab Islamists", "the militants", "The al-Qaida-linked group"]},
  {"name": P, "type": "organisation", "aliases": ["POLICE in northeastern Kenya", "POLICE"]},
  {"name": A, "type": "organisation", "aliases": ["Authorities"]},
  {"name": "Kenyan security forces", "type": "organisation", "aliases": ["Kenyan security forces"]},
  {"name": "White House", "type": "organisation", "aliases": ["The White House"]},
  {"name": "Kenya", "type": "country", "aliases": ["Kenya"]},
  {"name": "Kenyan troops", "type": "organisation", "aliases": ["Kenyan troops"]},
  {"name": "African Union Mission in Somalia", "type": "organisation", "aliases": ["African Union Mission in Somalia", "African Union force", "African Union forces"]},
 ],
 "notes": [
  "VOA News report of Saturday 22 November 2014 (kept from a reprint on tesfanews.net; the page prints no date, see meta published_evidence) on al-Shabab's attack on a Nairobi-bound bus near Mandera, Kenya; single item of story mandera_bus_attack_2014. The last two paragraphs of the stored copy were dropped (one cut mid-sentence, both apparently added by the reposting site; see meta edits).",
  "No quote marks in the text, so no quotes: the White House's words ('what it called a horrific attack', 'It said the United States stands with Kenya ...') are reported speech; 'It' and 'it' there refer back to The White House. Al-Shabab's claim ('saying it was retaliation ...') is reported speech too.",
  "Back-references: 'the militants' (paragraph 3) and 'The al-Qaida-linked group' / 'It' (paragraph 6) refer to al-Shabab; 'Authorities' (paragraph 3) is kept as its own actor (the text does not say they are the police of paragraph 1).",
  "Figures: headline and body '28' share mandera_bus_attack_2014:killed (both claimed by the police, the headline through the next sentence); '50 kilometers, or 31 miles' is one distance stated twice (same key, claimed by the authorities); 'two major attacks' is VOA's voice. Not figures: '2011' (a year).",
  "Events: 'Saturday' (al-Shabab seized the bus), 'in 2011' (Kenya sent troops), 'this year' (al-Shabab's two palace attacks). Left out: 'in recent years' ('has steadily lost ground in recent years', vague) and the undated condemnation, claim and raids.",
  "second careful reading against FORMAT.md done: checked there are no quote marks, each number token (28 twice with ctx, 60, 50, 31, two; 2011 is a year), units km/miles with the bare number spans, no hedges, and the three date expressions.",
 ],
}
