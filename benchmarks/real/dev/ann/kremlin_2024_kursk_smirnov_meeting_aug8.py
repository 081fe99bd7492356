P = "Vladimir Putin"
SM = "Alexei Smirnov"
AFU = "Armed Forces of Ukraine"
HQ = "Kursk Region operational headquarters"
ANN = {
 "article": "articles/kremlin_2024_kursk_smirnov_meeting_aug8.txt",
 "gold_out": "gold/kremlin_2024_kursk_smirnov_meeting_aug8.json",
 "published": "2024-08-08",
 "quotes": [],
 "figures": [],
 "events": [
  {"actor": AFU, "date": "2024-08-06", "date_text": "at 5 am on August 6",
   "what": "the Ukrainian Armed Forces attacked the Sudzha District of the Kursk Region (the enemy attempted to break through the state border)",
   "note": "the date phrase modifies 'attacked' in 'When the Ukrainian Armed Forces attacked the territory of the Russian Federation ... at 5 am on August 6', restated by 'when the enemy attempted to break through our state border': both agents are the Ukrainian forces ('the enemy' in Smirnov's words). A time of day with a date: the day of the date (Tuesday 6 August 2024). The main clause 'the headquarters assembled immediately' is undated except by the when-clause; one event for the one date expression"},
 ],
 "actors": [
  {"name": P, "type": "person", "aliases": ["President of Russia Vladimir Putin", "Vladimir Putin", "Mr President"]},
  {"name": SM, "type": "person", "aliases": ["Acting Governor of the Kursk Region Alexei Smirnov", "Alexei Smirnov", "Mr Smirnov"]},
  {"name": AFU, "type": "organisation", "aliases": ["the Ukrainian Armed Forces", "the enemy"]},
  {"name": HQ, "type": "organisation", "aliases": ["the headquarters"]},
 ],
 "notes": [
  "Kremlin transcript (print view, opening of the stored copy) of Putin's videoconference meeting with Acting Governor Alexei Smirnov of the Kursk Region on Thursday 8 August 2024 (date inferred, see meta), two days after the Ukrainian cross-border attack of 6 August; story kursk_incursion_2024 with kremlin_2024_government_meeting_kursk_aug7 (7 August) and voa_2024_kursk_glushkov_evacuation (14 August) in dev.",
  "Speech is marked by speaker labels ('President of Russia Vladimir Putin:', 'Alexei Smirnov:'), not quote marks: no quotes (transcript convention).",
  "No figures: '5 am' is a time of day; 'every day', 'around the clock' are not counts; 'all the members', 'all branches and all levels' have no number. The stored opening stops before Smirnov gives any evacuation or casualty numbers.",
  "Events: one, 'at 5 am on August 6' (2024-08-06), agent the Armed Forces of Ukraine ('the Ukrainian Armed Forces attacked ...', restated as 'the enemy attempted to break through'): an agent named by a described group, not a person. Left out: 'not long ago' (vague), 'Today’s situation' and 'right now' (today inside speech / not a dated event), 'at this crucial moment', 'immediately' (relative, undated).",
  "Actors: Putin and Smirnov (speaker labels, titled and bare forms, 'Mr President'/'Mr Smirnov' as vocatives); the Armed Forces of Ukraine ('the Ukrainian Armed Forces', 'the enemy'); the regional operational headquarters, which 'assembled immediately' ('the headquarters'). 'Our team'/'the team', 'our regional government', 'the security and police agencies', 'the Ministry of Defence' are only said to be involved, with no dated act: not listed (the Ministry of Defence is also not an agent of any dated verb). 'the Russian Federation', 'the Sudzha District' and 'the Kursk Region' are places.",
  "first reading (annotator): every number token and date expression checked against FORMAT.md; the only date expression with an event is the 6 August attack.",
 "second reading (checker): re-read the transcript line by line: the two speakers are identified only by labels (no quote marks, so no quotes); the one date expression 'at 5 am on August 6' modifies 'attacked', whose subject is 'the Ukrainian Armed Forces' (restated as 'the enemy' in the appositive when-clause) -> actor Armed Forces of Ukraine, date 2024-08-06, a Tuesday, two days before the published Thursday 8 August 2024; no figure was missed (build_gold lists only '5' of '5 am' and '6,' of 'August 6,', a time and a date); 'the headquarters' is the only alias of the regional headquarters and 'Mr President'/'Mr Smirnov' are vocatives of the two speakers. Both readings agree; no change.",
 ],
}
