MP = "Michael Pompeo"
ANN = {
 "article": "articles/state_2018_pompeo_meets_le_drian_paris.txt",
 "gold_out": "gold/state_2018_pompeo_meets_le_drian_paris.json",
 "published": "2018-11-10",
 "quotes": [],
 "figures": [],
 "events": [
  {"actor": MP, "date": "2018-11-10", "date_text": "today", "what": "Pompeo met French Foreign Minister Jean-Yves Le Drian in Paris",
   "note": "'Secretary Michael R. Pompeo met today with French Foreign Minister Jean-Yves Le Drian': subject of 'met' is Pompeo ('met with' X, as 'spoke with' in other readouts); 'today' in the readout's own voice = the date line, Saturday 10 November 2018"},
 ],
 "actors": [
  {"name": MP, "type": "person", "aliases": ["Secretary Michael R. Pompeo", "Secretary Pompeo"]},
  {"name": "Jean-Yves Le Drian", "type": "person", "aliases": ["French Foreign Minister Jean-Yves Le Drian"]},
  {"name": "Heather Nauert", "type": "person", "aliases": ["Spokesperson Heather Nauert"]},
  {"name": "Donald Trump", "type": "person", "aliases": ["President Trump"]},
  {"name": "United States", "type": "country", "aliases": ["the United States"]},
  {"name": "France", "type": "country", "aliases": ["France"]},
 ],
 "notes": [
  "State Department readout of Secretary of State Michael R. Pompeo's meeting with French Foreign Minister Jean-Yves Le Drian in Paris on Saturday 10 November 2018 (date line printed, removed), attributed to Spokesperson Heather Nauert, kept from government-world.com's repost. Story pompeo_paris_armistice_centenary_2018 with Nauert's travel announcement of 7 November (state_2018_pompeo_to_travel_to_paris), which announced the trip and the 11 November working lunch hosted by Le Drian.",
  "No quotes and no figures: '100th' is an ordinal and 'World War I' a name; no number shares a `quantity` key with the other item of the story (neither has a figure).",
  "One event: 'today' (the meeting; actor Pompeo, the subject of 'met'). 'while accompanying President Trump on his trip to Paris' and 'They discussed' / 'They also reviewed' carry no date of their own.",
  "Actors: Pompeo ('Secretary Michael R. Pompeo', 'Secretary Pompeo’s Meeting' in the headline), Le Drian, Spokesperson Heather Nauert (to whom the readout is attributed, line 2), President Trump (on his trip to Paris) and the United States and France ('the United States and France can work together'). 'They' (Pompeo and Le Drian) is a pronoun, not an alias. NATO, Iran, the DPRK and Syria are only objects.",
  "second reading (annotator): re-read the whole item once against FORMAT.md sections 1-2 and the stored copy: text identical apart from the listed edits (curly apostrophes in 'Pompeo’s' and 'Iran’s'); 'today' = the 10 November 2018 date line; 'the end of World War I' is not a date expression (no year printed); every alias is an exact substring; no change.",
 ],
}
