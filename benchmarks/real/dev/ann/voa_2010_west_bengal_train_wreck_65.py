K = "west_bengal_derailment_2010:"
BS = "Bhupinder Singh"
ANN = {
 "article": "articles/voa_2010_west_bengal_train_wreck_65.txt",
 "gold_out": "gold/voa_2010_west_bengal_train_wreck_65.json",
 "published": "2010-05-28",
 "quotes": [],
 "figures": [
  {"quantity": K+"deaths", "text": "65", "ctx": "Kills at Least 65", "value": 65, "unit": None, "counted": "killed in Indian train wreck", "source": None, "approx": "at least",
   "note": "headline (rebuilt from the page's address, see meta edits), outlet's voice"},
  {"quantity": K+"deaths", "text": "65", "ctx": "at least 65 people", "value": 65, "unit": None, "counted": "people killed", "source": None, "approx": "at least",
   "note": "'In eastern India, at least 65 people were killed ...': outlet's voice; the next sentence ('Police officials say several carriages ... derailed') claims the derailment, not the toll. Wikinews of the same day 'At least 65', VOA of 30 May 'more than 140' (same key)"},
  {"quantity": K+"injured", "text": "100", "value": 100, "unit": None, "counted": "injured", "source": None, "approx": "more than",
   "note": "'more than 100 injured', same sentence as the toll (outlet's voice); Wikinews 'over 200', VOA 30 May 'Hundreds' (same key)"},
 ],
 "events": [],
 "actors": [
  {"name": "West Bengal police", "type": "organisation", "aliases": ["Police officials", "police"]},
  {"name": "Indian authorities", "type": "organisation", "aliases": ["Officials"]},
  {"name": "rescue workers", "type": "group", "aliases": ["rescuers"]},
  {"name": "survivors of the derailment", "type": "group", "aliases": ["Survivors"]},
  {"name": BS, "type": "person", "aliases": ["The head of police in West Bengal state", "Bhupinder Singh", "Singh"]},
  {"name": "Maoist rebels", "type": "group", "aliases": ["Maoist rebels", "The rebels"]},
 ],
 "notes": [
  "VOA report by Anjana Pasricha (New Delhi) of Friday 28 May 2010 (date worked out, see meta published_evidence), kept from a word-for-word reprint on hawaiireporter.com; story west_bengal_derailment_2010 with wn_2010_west_bengal_derailment_65_dead (Wikinews, 28 May) and voa_2010_west_bengal_train_toll_140 (VOA, 30 May).",
  "Keys shared across the story: " + K + "deaths ('at Least 65' headline and 'at least 65' body here; Wikinews 'At least 65'; VOA 30 May 'more than 140') and " + K + "injured ('more than 100' here; 'over 200' Wikinews; 'Hundreds' VOA 30 May). Both tolls are the outlet's own voice (null source).",
  "No quotes and no events: Bhupinder Singh's words are reported without quote marks ('called it a clear case of sabotage', 'Singh said ...', 'He says police found Maoist leaflets at the site' - 'He' = Singh); the text prints no date or time expression ('in recent months' is vague).",
  "Actors: 'Police officials' (say the carriages derailed) and 'police' (found leaflets, in Singh's words) are the West Bengal police; 'Officials' (casualties could rise) the unnamed Indian authorities; 'rescuers' and 'Survivors' act or speak in the text and are listed as groups. 'The rebels, who say they are fighting ...' is the rebels' reported speech.",
  "Not figures: 'several carriages', 'a large number of passengers' (no number).",
  "Second careful read done by the annotator against FORMAT.md (sections 1-2): text re-compared with the stored copy (only the listed edits); no quote marks in the text; every number token annotated.",
 ],
}
