K = "tonga_eruption_2022:"
SP = "HMS Spey"
JH = "James Heappey"
ANN = {
 "article": "articles/govuk_2022_tonga_hms_spey_delivers_aid.txt",
 "gold_out": "gold/govuk_2022_tonga_hms_spey_delivers_aid.json",
 "published": "2022-01-27",
 "quotes": [],
 "figures": [
  {"quantity": K+"spey_bottled_water_litres", "text": "30,000", "value": 30000, "unit": None, "counted": "litres of bottled water delivered by HMS Spey", "source": None, "approx": None,
   "note": "list item '30,000 litres of bottled water' of the UK Aid stores HMS Spey delivered: release's voice; litres is not in the unit list, so unit null and 'litres' in counted. No other item of this set states it (the key is for later items of the story)"},
  {"quantity": K+"spey_first_aid_kits", "text": "300", "value": 300, "unit": None, "counted": "first aid kits supplied (medical supplies for)", "source": None, "approx": "more than",
   "note": "list item 'Medical supplies for over 300 first aid kits': 'over' -> more than; release's voice"},
 ],
 "events": [
  {"actor": SP, "date": "2022-01-26", "date_text": "yesterday (Wednesday 26 January)", "what": "HMS Spey arrived into Tonga and her crew unloaded disaster relief",
   "note": "'Royal Navy ship HMS Spey arrived into Tonga yesterday (Wednesday 26 January)': one expression (as 'today (Sunday 19 September)' in dev); subject HMS Spey; yesterday of Thursday 27 January = Wednesday 26 January 2022, as the bracket says"},
  {"actor": JH, "date": "2022-01-26", "date_text": "yesterday", "ctx": "Heappey yesterday said", "what": "Heappey made his statement on the delivery",
   "note": "'Armed Forces Minister James Heappey yesterday said:' = 26 January 2022"},
  {"actor": SP, "date": "2022-01-24/2022-01-30", "date_text": "this week", "what": "the crew and company of HMS Spey delivered the aid",
   "note": "in Heappey's unmarked statement ('The crew and company of HMS Spey have demonstrated that this week by delivering this vital aid'): 'this week' (not 'today') inside speech is kept; the week of his statement (Wednesday 26 January) = Monday 24 - Sunday 30 January 2022; the agent is the ship's crew and company, i.e. HMS Spey"},
 ],
 "actors": [
  {"name": SP, "type": "organisation", "aliases": ["Royal Navy ship HMS Spey", "HMS Spey", "her crew", "The Batch 2 Offshore Patrol Vessel (OPV)", "The ship", "the ship", "The crew and company of HMS Spey"]},
  {"name": JH, "type": "person", "aliases": ["Armed Forces Minister James Heappey"]},
  {"name": "United Kingdom", "type": "country", "aliases": ["The UK"]},
  {"name": "HMNZS Aotearoa", "type": "organisation", "aliases": ["New Zealand’s ship HMNZS Aotearoa"]},
  {"name": "HMAS Adelaide", "type": "organisation", "aliases": ["Australian ship HMAS Adelaide"]},
  {"name": "Government of Tonga", "type": "government", "aliases": ["the Tongan government"]},
 ],
 "notes": [
  "Ministry of Defence press release on GOV.UK in its version of Thursday 27 January 2022 ('yesterday (Wednesday 26 January)'), kept from wired-gov.net's repost (meta: the first GOV.UK version of 26 January read 'today'). HMS Spey delivers UK Aid stores at Nuku’alofa; Armed Forces Minister James Heappey's statement. Story tonga_eruption_2022 (see usaid_2022_tonga_initial_100000_bha).",
  "No quotes: Heappey's statement is an unmarked block after 'said:' (GOV.UK layout), so no quote marks and no quotes.",
  "Figures: 30,000 (litres of bottled water) and 'over 300' (first aid kits), the release's voice. They have keys of their own (:spey_bottled_water_litres, :spey_first_aid_kits) but no counterpart in the other four items of this set; the UK items of the story that repeat them (the parliamentary answer of 31 January, press reports) are not allowed outlets.",
  "Not figures: 'Batch 2' (a class designation of the vessel), 'PPE', 'COVID'.",
  "Events: 'yesterday (Wednesday 26 January)' (HMS Spey arrived), 'yesterday' (Heappey said; ctx), 'this week' (inside the statement: the crew delivered the aid; 24-30 January). The arrival of HMNZS Aotearoa and HMAS Adelaide and the moving of stores carry no date.",
  "Actors: HMS Spey (ship and crew: 'Royal Navy ship HMS Spey', 'her crew', 'The Batch 2 Offshore Patrol Vessel (OPV)', 'The ship', 'the ship', 'The crew and company of HMS Spey'), James Heappey, the United Kingdom ('The UK' in the statement), HMNZS Aotearoa and HMAS Adelaide (have arrived), the Government of Tonga ('the Tongan government', requested the supplies). Sailors and 'the whole ship’s company' are left as common nouns.",
  "first reading (annotator): annotated against FORMAT.md; number tokens reviewed ('2' of Batch 2 excluded as a designation).",
  "second reading (checker): re-read as a checker: both 'yesterday' against the published day 27 January 2022 (26 January, matching the printed bracket), the ISO week of 'this week', the agent of 'delivered' (the ship's crew and company) and that no figure has a claimant; no change.",
 ],
}
