K = "kulatunga_assassination_2006:"
MIL = "Sri Lankan military"
LTTE = "Liberation Tigers of Tamil Eelam"
GOV = "Sri Lankan government"
SB = "suicide bomber"
ANN = {
 "article": "articles/voa_2006_sri_lanka_security_tightened_general_killed.txt",
 "gold_out": "gold/voa_2006_sri_lanka_security_tightened_general_killed.json",
 "published": "2006-06-26",
 "quotes": [],
 "figures": [
  {"text": "three", "value": 3, "unit": None, "counted": "other people killed with Kulatunga", "source": None, "approx": None,
   "note": "'Major General Parami Kulatunga and three other people were killed': outlet's voice (the four dead are not summed in the text)"},
  {"quantity": K + "killed_since_april", "text": "700", "value": 700, "unit": None, "counted": "people killed since April", "source": None, "approx": "around",
   "note": "'Almost 700 people have been killed since April': 'Almost' -> around; outlet's voice"},
  {"text": "half", "value": 0.5, "unit": "share", "counted": "of them civilians (share of the people killed since April)", "source": None, "approx": "more than",
   "note": "'more than half of them civilians': share of the almost 700 dead; outlet's voice"},
 ],
 "events": [
  {"actor": GOV + " and " + LTTE, "date": "2002", "date_text": "2002", "what": "the ceasefire between the government and the Tamil Tiger rebels",
   "note": "'before a 2002 ceasefire between the government and Tamil Tiger rebels': a year on the event noun 'ceasefire', whose parties are named in the same phrase ('between the government and Tamil Tiger rebels'): joint agent, as 'The government and the Tamil Tigers signed a cease-fire in 2002' in voa_2006_sri_lanka_tigers_say_ceasefire_dead"},
  {"actor": SB, "date": "2006-06-26", "date_text": "Monday", "what": "Kulatunga and three others killed near Colombo when a suicide bomber rammed his motorcycle into the general's car",
   "note": "'Major General Parami Kulatunga and three other people were killed near the capital, Colombo, Monday, when a suicide bomber rammed his motorcycle into the general's car': the main verb is a passive without by-agent, but the when-clause that Monday also dates names who killed them (the bomber is the subject of 'rammed'), so the agent is the suicide bomber. The headline's event noun ('Suicide Attack Kills Top General') and 'the assassination', 'the attack', 'the bombing', 'the incident' of later sentences are this same killing, undated there. (Stricter reading: passive without agent -> null.) Monday = 26 June 2006, the day of the report"},
  {"actor": None, "date": "2006-04", "date_text": "since April", "what": "start of the count of almost 700 people killed",
   "note": "'Almost 700 people have been killed since April': passive without agent, null; April 2006"},
 ],
 "actors": [
  {"name": MIL, "type": "organisation", "aliases": ["Sri Lanka's military", "The military"]},
  {"name": LTTE, "type": "group", "aliases": ["Liberation Tigers of Tamil Eelam rebel group", "Tamil Tiger rebels", "the rebels", "the Tamil Tigers"]},
  {"name": GOV, "type": "organisation", "aliases": ["the government"]},
  {"name": SB, "type": "person", "aliases": ["a suicide bomber"]},
  {"name": "Parami Kulatunga", "type": "person", "aliases": ["Major General Parami Kulatunga"]},
  {"name": "Mahinda Rajapakse", "type": "person", "aliases": ["Sri Lanka's President Mahinda Rajapakse"]},
 ],
 "notes": [
  "VOA News report of Monday 26 June 2006 (URL date, see meta): Sri Lanka's military restores pre-ceasefire security measures after the suicide bombing that killed Major General Parami Kulatunga near Colombo; the military blames the LTTE, which denies it; President Rajapakse calls it an attempt by the Tigers to derail peace. Story kulatunga_assassination_2006 (single item).",
  "The killing is told through event nouns ('Suicide Attack' in the headline, 'the assassination', 'the attack', 'the bombing', 'the incident'), none dated; the one dated clause ('were killed ... Monday, when a suicide bomber rammed ...') gives its agent in the when-clause (see the event note). The military's blame ('blamed the attack on the Liberation Tigers') and the president's ('an attempt by the Tamil Tigers') are claims, not the dated agent.",
  "'Tamil Tiger rebels' (the ceasefire's party, second paragraph) and 'Tamil rebels' of the seventh paragraph: the first is an alias of the LTTE; 'Tamil rebels' in 'between government forces and Tamil rebels' is left without alias (no action). 'the government' is the Sri Lankan government (party to the ceasefire; accused by the rebels).",
  "Key kulatunga_assassination_2006:killed_since_april ('Almost 700'), for later items. The 'three other people' and the share 'more than half' have no second figure.",
  "No quote marks: no quotes. Not figures: '2002' (a year, an event), 'one of the country's top general' (partitive 'one'). Not events: 'immediately' (security checks 'at all military checkpoints immediately', vague), 'in recent months' (vague).",
  "First reading (annotation): as above. Second reading (checker): 'Monday' = 26 June 2006, the URL date; the 2002 ceasefire takes the joint agent written with canonical names; 'since April' null; 'Almost' -> around, 'more than half' -> more than with value 0.5 and unit share; the military, not the outlet, blames the LTTE but no figure is claimed by it; aliases exact and unshared ('The military' for the Sri Lankan military; 'the rebels' and 'the Tamil Tigers' for the LTTE).",
 ],
}
