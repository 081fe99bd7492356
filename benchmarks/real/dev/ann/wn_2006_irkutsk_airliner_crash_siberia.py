RO = "Russian officials"
ANN = {
 "article": "articles/wn_2006_irkutsk_airliner_crash_siberia.txt",
 "gold_out": "gold/wn_2006_irkutsk_airliner_crash_siberia.json",
 "published": "2006-07-09",
 "quotes": [],
 "figures": [
  {"quantity": "irkutsk_airliner_crash_2006:expected_dead", "text": "150", "ctx": "up to 150 people", "value": 150, "unit": None, "counted": "people feared dead in the crash", "source": None, "approx": "up to",
   "note": "'up to 150 people are feared dead': passive without a named claimant (the officials' estimate comes two paragraphs later, not in the next sentence) -> source null"},
  {"text": "192", "value": 192, "unit": None, "counted": "passengers onboard the aircraft", "source": None, "approx": None},
  {"text": "8", "ctx": "and 8 crew", "value": 8, "unit": None, "counted": "crew onboard the aircraft", "source": None, "approx": None},
  {"text": "68", "value": 68, "unit": None, "counted": "passengers emerged injured so far", "source": None, "approx": None},
  {"text": "124", "value": 124, "unit": None, "counted": "bodies recovered so far", "source": None, "approx": None,
   "note": "a running count of bodies recovered 'So far', not the final toll: no quantity key shared with the two estimates of 150"},
  {"quantity": "irkutsk_airliner_crash_2006:expected_dead", "text": "150", "ctx": "closer to 150", "value": 150, "unit": None, "counted": "final death toll", "source": RO, "approx": "around",
   "note": "'Russian officials suggest that the final death toll is likely to be closer to 150': claimant Russian officials; 'closer to' -> around"},
 ],
 "events": [
  {"actor": None, "date": "2006-07-09", "date_text": "At 7:44 a.m. local time", "what": "the plane veered off the runway, tore through a barrier and crashed into garages",
   "note": "the subject is 'the plane' (no agent among the actors): actor null. A time of day = the reference day, Sunday 9 July 2006 (the date line); 7:44 local is 22:44 UTC on the Saturday, as the parenthesis says"},
  {"actor": None, "date": "2006-07-08", "date_text": "2244 UTC Saturday", "what": "the same crash moment given in UTC",
   "note": "a separate time expression in the parenthesis: 'Saturday' (past) = Saturday 8 July 2006 in UTC; same act, actor null"},
 ],
 "actors": [
  {"name": RO, "type": "group", "aliases": ["Russian officials"]},
  {"name": "witnesses", "type": "group", "aliases": ["Witnesses"]},
  {"name": "flight attendant (unnamed)", "type": "person", "aliases": ["a flight attendant"]},
 ],
 "notes": [
  "Wikinews report dated Sunday 9 July 2006 on the crash of a Sibir (S7) Airbus A310 on landing at Irkutsk; story irkutsk_airliner_crash_2006 (single item).",
  "No quote marks in the text: 'Witnesses have said that ...' is indirect speech, no quote.",
  "Cross-figure: the headline-paragraph 'up to 150 people are feared dead' (unattributed) and the officials' 'final death toll ... closer to 150' state the same expected toll and share irkutsk_airliner_crash_2006:expected_dead; 124 bodies recovered 'So far' and 68 injured are different quantities.",
  "Not figures: 'Airbus A310' (designation), '7:44 a.m.' and '2244 UTC' (times of day), 'None of the crew', 'Many of the passengers', 'many children', 'A few of the survivors' (vague quantifiers, not numbers, as in the other dev items).",
  "'So far', 'shortly before touchdown' are not date expressions. 'was cited as the possible cause' is a passive without agent or date.",
  "Second careful read of the whole item against FORMAT.md done by the annotator: spans, approximators, dates and aliases rechecked.",
 ],
}
