K = "ahmedabad_bombings_2008:"
AU = "Indian authorities"
TV = "Indian television stations"
ANN = {
 "article": "articles/voa_2008_ahmedabad_more_deadly_blasts.txt",
 "gold_out": "gold/voa_2008_ahmedabad_more_deadly_blasts.json",
 "published": "2008-07-26",
 "quotes": [
  {"text": "maintain communal harmony.", "speaker": "Manmohan Singh", "speaker_mention": "Prime Minister Manmohan Singh", "fragment": True,
   "note": "'Prime Minister Manmohan Singh has called for Indians to \"maintain communal harmony.\"': his words inside reported speech; the final '.' sits inside the marks and is kept"},
 ],
 "figures": [
  {"quantity": K+"deaths", "text": "29", "value": 29, "unit": None, "counted": "people dead in Ahmedabad", "source": AU, "approx": "at least",
   "note": "'Authorities report at least 29 people are dead and more than 100 injured there ...'"},
  {"quantity": K+"injured", "text": "100", "value": 100, "unit": None, "counted": "people injured in Ahmedabad", "source": AU, "approx": "more than",
   "note": "same 'Authorities report' sentence; its own hedge 'more than'"},
  {"quantity": K+"explosions", "text": "16", "value": 16, "unit": None, "counted": "separate explosions in and around the capital of Gujarat", "source": AU, "approx": None,
   "note": "same 'Authorities report' sentence ('following 16 separate explosions')"},
  {"text": "one", "value": 1, "unit": None, "counted": "person died in the Bangalore bombings", "source": None, "approx": None, "ctx": "only one person",
   "note": "'While only one person died in the Bangalore bombings': a count of the dead of the other city's bombings (the day before); outlet's voice; 'only' is not an approximator"},
  {"text": "One", "value": 1, "unit": None, "counted": "bomb exploded at a trauma center", "source": None, "approx": None, "ctx": "One bomb",
   "note": "'One bomb also exploded at a trauma center ...': a count of one bomb, in a sentence without attribution after the authorities' sentence on the devices (no claimant named in it or in the next sentence): outlet's voice"},
  {"text": "14", "value": 14, "unit": None, "counted": "page e-mail warning of an attack", "source": TV, "approx": None,
   "note": "'Television stations say ... they had received a 14-page long e-mail warning': text is the number of '14-page'; pages have no unit in the scorer's list, so unit null (as litres and pounds elsewhere in the set)"},
 ],
 "events": [
  {"actor": None, "date": "2008-07-26", "date_text": "Saturday evening", "what": "a similar group of blasts hit Ahmedabad",
   "note": "'a similar group of blasts hit another Indian city Saturday evening': the blasts are the subject of 'hit' and no planter is named in the sentence (the claim by the Indian Mujahedin is reported as a warning e-mail received by television stations, not as the authorities' finding): null. Saturday = the publication day, 26 July 2008"},
 ],
 "actors": [
  {"name": AU, "type": "organisation", "aliases": ["Authorities"]},
  {"name": "Bangalore investigators", "type": "group", "aliases": ["investigators in Bangalore"]},
  {"name": TV, "type": "group", "aliases": ["Television stations"]},
  {"name": "Indian Mujahideen", "type": "group", "aliases": ["Indian Mujahedin", "The little-known group"]},
  {"name": "Shivraj Patil", "type": "person", "aliases": ["Home Minister Shivraj Patil", "The cabinet minister"]},
  {"name": "Manmohan Singh", "type": "person", "aliases": ["Prime Minister Manmohan Singh"]},
 ],
 "notes": [
  "VOA report by Steve Herman (New Delhi) of Saturday 26 July 2008 (URL date), the evening of the 16 serial blasts in Ahmedabad, a day after the Bangalore bombings; story ahmedabad_bombings_2008 (single item so far; keys deaths, injured and explosions are there for later items). The Indian Mujahedin named here is the group that claimed the Jaipur blasts in voa_2008_jaipur_40_detained_mujahideen_claim (another story).",
  "Claimants: the toll (at least 29 dead, more than 100 injured) and the 16 explosions are claimed by 'Authorities'; the 14-page e-mail by the television stations; the Bangalore death and the bomb at the trauma center are in the outlet's voice.",
  "Quotes: one fragment of Manmohan Singh's call. '\"Indian Mujahedin.\"' is a name in quote marks, not a quote. Shivraj Patil speaks only in reported speech ('says whatever resources are needed ... will be committed'; 'The cabinet minister says ...', the same man named by a description a paragraph later).",
  "Events: only 'Saturday evening' (blasts hit, no agent -> null). Left out: 'A day after serial bombings in India's high-tech hub, Bangalore' (relative to another event, not a calendar expression), 'just before the first blast' and 'previously' (vague), 'six years ago' (in the dropped last paragraph).",
  "Not figures: 'the first blast' (ordinal), 'a series of low intensity explosions', 'a similar group of blasts', 'numerous blasts' (no number), 'the number of dead and injured in Ahmedabad is much higher' (no number).",
  "Actors: the 'Authorities' of the toll and of the devices are one actor; the national and state governments (in the outlet's gloss of the finger-pointing), 'radical Islamic groups' and 'Hindu activists' (hypothetical) are not listed.",
  "Second careful read done by the annotator against FORMAT.md sections 1-2: text re-compared with the stored copy (only the listed edits); the fragment's marks and final '.' checked; every number token checked (29, 100, 16, one, One, 14; 'first' an ordinal); 26 July 2008 checked as a Saturday.",
 ],
}
