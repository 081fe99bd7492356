K = "jamaica_tivoli_2010:"
BG = "Bruce Golding"
JP = "Jamaican police"
ANN = {
 "article": "articles/wn_2010_kingston_state_of_emergency.txt",
 "gold_out": "gold/wn_2010_kingston_state_of_emergency.json",
 "published": "2010-05-24",
 "quotes": [
  {"text": "we are willing to die for Dudus", "speaker": "Tivoli Gardens demonstrator", "speaker_mention": "one demonstrator",
   "note": "'his supporters have vowed to protect him, one demonstrator stating \"...\"': an unnamed demonstrator; the closing mark comes before the full stop"},
  {"text": "launch coordinated attacks on the security forces", "speaker": JP, "speaker_mention": "The Jamaican police", "fragment": True,
   "note": "'The Jamaican police accuse the alliance of gunmen ... of a desire to \"...\"': the police's words"},
  {"text": "a calculated assault on the authority of the state", "speaker": BG, "speaker_mention": "Jamaican Prime Minister Bruce Golding", "fragment": True},
  {"text": "[t]he criminal element who have placed the society under siege will not be allowed to triumph", "speaker": BG, "speaker_mention": "Jamaican Prime Minister Bruce Golding",
   "note": "'and promised that \"...\"': a whole clause (not a short phrase), with Wikinews' editorial bracket '[t]'; the full stop stands after the closing mark"},
 ],
 "figures": [
  {"quantity": K+"police_wounded_sunday", "text": "two", "value": 2, "unit": None, "counted": "police officers injured when gunmen fired at police stations", "source": None, "approx": "at least",
   "note": "'injuring at least two police officers and a civilian': Wikinews' own voice; VOA of the same day has 'One police officer was wounded' in Sunday's attacks, claimed by the authorities (same key); 'a civilian' and 'another man' are not number tokens"},
  {"quantity": K+"police_stations_burned", "text": "one", "value": 1, "unit": None, "counted": "police station set on fire", "source": None, "approx": None, "ctx": "one police station",
   "note": "'one police station was set on fire when it was abandoned': VOA of the same day, 'including one the attackers set on fire' (same key)"},
 ],
 "events": [],
 "actors": [
  {"name": "gunmen", "type": "group", "aliases": ["gunmen", "the alliance of gunmen from communities across the island state"]},
  {"name": "rioters", "type": "group", "aliases": ["Rioters"]},
  {"name": JP, "type": "organisation", "aliases": ["The Jamaican police", "officers"]},
  {"name": "Jamaican authorities", "type": "organisation", "aliases": ["the Jamaican authorities"]},
  {"name": "Christopher Coke", "type": "person", "aliases": ["Christopher Dudus Coke", "Coke"]},
  {"name": "Coke's supporters", "type": "group", "aliases": ["his supporters"]},
  {"name": "Tivoli Gardens demonstrator", "type": "person", "aliases": ["one demonstrator"]},
  {"name": BG, "type": "person", "aliases": ["Jamaican Prime Minister Bruce Golding", "Bruce Golding"]},
 ],
 "notes": [
  "Wikinews report of Monday 24 May 2010, the day after gunmen attacked police stations in Kingston and the state of emergency was declared (Sunday 23 May); story jamaica_tivoli_2010 with voa_2010_jamaica_state_of_emergency_gangs (VOA, 24 May) and voa_2010_jamaica_30_dead_gunbattles (VOA, 25 May).",
  "Cross-report keys: " + K + "police_wounded_sunday ('at least two police officers' here, 'One police officer' in VOA of 24 May, two reports that disagree) and " + K + "police_stations_burned ('one police station' here, 'one the attackers set on fire' in VOA of 24 May). Both figures are in Wikinews' voice (no claimant).",
  "No events: the text has no date or time expression (the date line 'Monday, May 24, 2010' was removed as page furniture); 'after officers ran out of ammunition' and 'The violence comes after ...' are relative, undated.",
  "Quotes: the demonstrator's 'we are willing to die for Dudus' (a full statement), the police's 'launch coordinated attacks ...', Golding's 'a calculated assault ...' (fragments) and his 'promised that \"[t]he criminal element ...\"' (a whole clause; the bracket is Wikinews'). Not a quote: '\"godfather\" like figure' (a scare-quoted label, nobody's words).",
  "Not figures: 'one demonstrator' ('one' picks out a single unnamed member of the supporters, a determiner, not a count), 'a civilian', 'another man'. 'Dudus' is Coke's nickname (printed without quote marks here).",
  "Actors: 'officers' (who abandoned the police station) is the police; 'his supporters' is a description (Coke's supporters), listed as an alias. The security forces, citizens and the government appear only as objects or in negation ('roles that the government does not').",
  "Second careful read by the annotator: text re-compared with a fresh copy of the stored page (identical after the listed edits); the four quotes close before the full stop ('Dudus\".', 'triumph\".'); 'one demonstrator' left as a determiner, 'godfather' as a scare quote (both listed by build_gold and reviewed). Item without events (no date expression in the text).",
 ],
}
