ANN = {
 "article": "articles/dod_2024_helene_fort_liberty_troops.txt",
 "gold_out": "gold/dod_2024_helene_fort_liberty_troops.json",
 "published": "2024-10-03",
 "quotes": [],
 "figures": [
  {"text": "two", "value": 2, "counted": "statuses in which the dual status commander may serve", "ctx": "serve in two statuses"},
  {"quantity": "helene_2024:active_duty_troops_initial_nc", "text": "1,000", "value": 1000, "approx": "up to", "counted": "general purpose troops sourced from the 18th Airborne Corps at Fort Liberty",
   "note": "the first active-duty task force sent to western North Carolina; dod_2024_helene_support_increases gives 'Nearly 1,000' for the same force"},
 ],
 "events": [
  {"actor": "active-duty soldiers from Fort Liberty", "date": "2024-10-03", "date_text": "beginning Oct. 3, 2024", "what": "moved into Western North Carolina for Helene recovery"},
 ],
 "actors": [
  {"name": "active-duty soldiers from Fort Liberty", "type": "group", "aliases": ["Active-duty troops from Fort Liberty", "Soldiers, equipment and resources from Fort Liberty", "Active-duty Soldiers"]},
  {"name": "U.S. Northern Command", "type": "organisation", "aliases": ["U.S. Northern Command", "USNORTHCOM"]},
  {"name": "Wes Morrison", "type": "person", "aliases": ["Brig. Gen. Wes Morrison"]},
  {"name": "North Carolina National Guard", "type": "organisation", "aliases": ["the North Carolina National Guard"]},
 ],
 "notes": [
  "DVIDS release (U.S. Northern Command, dateline Peterson Space Force Base) of 3 October 2024; story helene_2024.",
  "The dateline 'PETERSON SPACE FORCE BASE, Colo. –' is kept as part of the first paragraph; 'Oct. 3, 2024' dates the movement and is an event (an explicit day).",
  "Deliberately excluded number tokens: '18th' (ordinal, unit name 18th Airborne Corps), '10' in 'Title 10' (designation).",
  "The 1,000 figure has no named claimant in the release (source null); it shares the key helene_2024:active_duty_troops_initial_nc with 'Nearly 1,000' in the 7 October DoD story.",
  "No quotes. 'two statuses' is a count (2).",
  "Headline rebuilt from the URL slug (not in the stored copy); it holds no figure or date.",
  "second reading: every quote, figure, event date (weekdays recomputed from published) and actor checked against the text; no change.",
 ],
}
