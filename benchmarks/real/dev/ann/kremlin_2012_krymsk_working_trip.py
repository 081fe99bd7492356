P = "Vladimir Putin"
ANN = {
 "article": "articles/kremlin_2012_krymsk_working_trip.txt",
 "gold_out": "gold/kremlin_2012_krymsk_working_trip.json",
 "published": "2012-07-15",
 "quotes": [],
 "figures": [],
 "events": [
  {"actor": P, "date": "2012-07-07", "date_text": "on July 7", "what": "Putin held the first meeting on disaster relief and clean-up operations in Krymsk",
   "note": "'Mr Putin held the first meeting ... in Krymsk on July 7': active verb, Putin is the subject. The meeting of that day is the one transcribed in kremlin_2012_krymsk_puchkov_meeting"},
 ],
 "actors": [
  {"name": P, "type": "person", "aliases": ["Vladimir Putin", "The President", "the President", "Mr Putin"]},
  {"name": "Krymsk residents", "type": "group", "aliases": ["Krymsk residents"]},
  {"name": "Alexander Tkachev", "type": "person", "aliases": ["Krasnodar Territory Governor Alexander Tkachev"]},
  {"name": "Krymsk local authorities", "type": "organisation", "aliases": ["the local authorities"]},
  {"name": "Healthcare Ministry", "type": "organisation", "aliases": ["the Healthcare Ministry"]},
  {"name": "Investigative Committee", "type": "organisation", "aliases": ["the Investigative Committee"]},
 ],
 "notes": [
  "Kremlin readout of Putin's second visit to flood-hit Krymsk, Sunday 15 July 2012; story krymsk_flood_2012 with the two items of 7 July (kremlin_2012_krymsk_flood_visit, kremlin_2012_krymsk_puchkov_meeting).",
  "No quote marks (no quotes) and no figures: 'second visit' and 'the first meeting' are ordinals; 'long queues', 'various levels' have no number.",
  "The only date expression is 'on July 7' (the first meeting, agent Putin). The date line 'July 15, 2012', printed above and below the body, was removed as furniture; 'before the meeting began' and 'during the meeting' are not datable.",
  "Actors: Krymsk residents complained (and are asked to set up a citizens' group); Tkachev, the local authorities with the Healthcare Ministry, and the Investigative Committee receive instructions to act. 'town commission', 'officials at various levels' and 'those guilty' are not named bodies and are left out.",
  "second reading: text re-compared with the stored copy (curly apostrophes in 'citizens’ group', 'President’s'); 'the President' (lower case, in 'the President’s second visit') added as an alias beside 'The President'; July 7 of the report's year; no other change.",
 ],
}
