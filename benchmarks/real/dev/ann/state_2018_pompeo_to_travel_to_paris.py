MP = "Michael Pompeo"
ANN = {
 "article": "articles/state_2018_pompeo_to_travel_to_paris.txt",
 "gold_out": "gold/state_2018_pompeo_to_travel_to_paris.json",
 "published": "2018-11-07",
 "quotes": [],
 "figures": [],
 "events": [
  {"actor": MP, "date": "2018-11-10/2018-11-11", "date_text": "November 10-11", "what": "Pompeo will travel to Paris, France",
   "note": "'U.S. Secretary of State Michael R. Pompeo will travel to Paris, France November 10-11': future tense, subject Pompeo; a two-day span written as a day interval; year 2018 from the date line"},
  {"actor": MP, "date": "2018-11-10", "date_text": "On November 10", "what": "Pompeo will arrive in Paris and join President Trump in commemorating the centenary of the end of the First World War",
   "note": "'On November 10, he will arrive in Paris, where he will join President Trump ...': 'he' is Pompeo (previous sentence), the agent of 'will arrive'"},
  {"actor": MP, "date": "2018-11-11", "date_text": "On November 11", "what": "Pompeo will attend the WWI commemoration ceremony at the Arc de Triomphe and a working lunch hosted by Le Drian",
   "note": "'On November 11, Secretary Pompeo will attend the formal WWI commemoration ceremony ... and a working lunch with international partners hosted by Foreign Minister Le Drian': the date modifies 'will attend', subject Pompeo (Le Drian is the host of the lunch, not the agent of the dated verb)"},
 ],
 "actors": [
  {"name": MP, "type": "person", "aliases": ["U.S. Secretary of State Michael R. Pompeo", "Secretary Pompeo", "The Secretary"]},
  {"name": "Heather Nauert", "type": "person", "aliases": ["Heather Nauert", "Department Spokesperson"]},
  {"name": "Donald Trump", "type": "person", "aliases": ["President Trump", "the President"]},
  {"name": "Jean-Yves Le Drian", "type": "person", "aliases": ["Foreign Minister Le Drian"]},
 ],
 "notes": [
  "State Department press statement of Wednesday 7 November 2018 (date line printed, removed) by Department Spokesperson Heather Nauert announcing Secretary of State Michael R. Pompeo's trip to Paris for the centenary of the 1918 Armistice, kept from government-world.com's repost. Story pompeo_paris_armistice_centenary_2018 with the readout of Pompeo's meeting with Jean-Yves Le Drian on 10 November 2018 (state_2018_pompeo_meets_le_drian_paris).",
  "No quotes (no quote marks) and no figures: '100th' is an ordinal, 'WWI' and 'World War' are names, '10-11' and 'November 10', 'November 11' are dates. So no `quantity` keys: the two items of this story share no number.",
  "Events: three dated future acts, all Pompeo's: the trip 'November 10-11' (interval 2018-11-10/2018-11-11), arrival 'On November 10' (subject 'he' = Pompeo) and attendance 'On November 11'. The President's meeting with Macron and the working lunch carry no date of their own (the lunch is inside the 'On November 11' clause whose verb is Pompeo's 'will attend').",
  "Actors: Pompeo ('U.S. Secretary of State Michael R. Pompeo', 'Secretary Pompeo' (headline and body), 'The Secretary'), Heather Nauert (author lines kept: 'Heather Nauert', 'Department Spokesperson'), President Trump ('President Trump', 'the President’s meeting' -> alias 'the President'; 'French President Emmanuel Macron' does not contain 'the President') and Le Drian (hosts the working lunch). Macron (the other party to the President's meeting) and the 'international partners' do not act in the text and are not listed.",
  "second reading (annotator): re-read the whole item once against FORMAT.md sections 1-2 and the stored copy: text identical apart from the listed edits; checked that 'he' in the second paragraph is Pompeo, that the dates are future-tense acts of Pompeo with year 2018 from the date line, that '100th' is an ordinal (not a figure), and every alias is an exact substring; no change.",
 ],
}
