P = "Vladimir Putin"
Z = "Yevgeny Zinichev"
ANN = {
 "article": "articles/kremlin_2018_krasnodar_flash_flood_meeting.txt",
 "gold_out": "gold/kremlin_2018_krasnodar_flash_flood_meeting.json",
 "published": "2018-10-27",
 "quotes": [],
 "figures": [
  {"text": "1,460", "value": 1460, "unit": None, "counted": "people in the flood relief task force", "source": Z, "approx": None,
   "note": "'Currently the task force comprises 1,460 people': the Emergencies Minister's words in the transcript (speaker label 'Emergencies Minister Yevgeny Zinichev:')"},
  {"text": "400", "value": 400, "unit": None, "counted": "task force members from the Emergencies Ministry", "source": Z, "approx": None,
   "note": "'including 400 from the Emergencies Ministry': part of the 1,460, a different quantity; Zinichev's turn"},
 ],
 "events": [],
 "actors": [
  {"name": P, "type": "person", "aliases": ["President of Russia Vladimir Putin", "Vladimir Putin", "Mr President"]},
  {"name": Z, "type": "person", "aliases": ["Emergencies Minister Yevgeny Zinichev", "Yevgeny Zinichev", "Mr Zinichev"]},
 ],
 "notes": [
  "Kremlin transcript of Putin's meeting in Sochi on Saturday 27 October 2018 (date and place line removed, meta edits) with Emergencies Minister Yevgeny Zinichev and Krasnodar Territory Governor Veniamin Kondratyev on the flash floods in the territory. Story krasnodar_flash_floods_2018 (one item).",
  "Speech is marked by speaker labels ('President of Russia Vladimir Putin:', 'Emergencies Minister Yevgeny Zinichev:', 'Vladimir Putin:', 'Yevgeny Zinichev:'), not quote marks: no quotes. Both figures are in Zinichev's turn and are his.",
  "No events: the kept text has no date expression ('before the emergency' is not a date; 'Currently', 'Now', 'as of now', 'still' are vague). The date line 'October 27, 2018, Sochi' was removed as furniture.",
  "Actors: Putin ('Mr President' is Zinichev's address to him) and Zinichev ('Mr Zinichev'). Kondratyev is named in the lead as a participant but does not speak or act in the kept text (his turn, if any, falls after the cut): not an actor, as Govorun in kremlin_2012_krymsk_puchkov_meeting. The Emergencies Ministry and 'a Rostov rescue centre’s unit' (redeployed, passive) are not listed.",
  "second reading (annotator): re-read the whole item against the stored copy and FORMAT.md; curly apostrophes kept ('centre’s', 'aren’t'); the last, cut paragraph dropped whole (its only sentence is incomplete); both figures sourced to Zinichev; no change.",
 ],
}
