ANN = {
 "article": "articles/fema_2017_maria_meals_water.txt",
 "gold_out": "gold/fema_2017_maria_meals_water.json",
 "published": "2017-10-15",
 "quotes": [],
 "figures": [
  {"text": "10 million", "value": 10000000, "counted": "liters of bottled water expected to arrive in Puerto Rico"},
  {"text": "18 million", "value": 18000000, "counted": "shelf-stable meals expected to arrive in Puerto Rico"},
  {"quantity": "maria_puerto_rico_2017:palo_seco_added_generation_mw", "text": "50", "value": 50, "counted": "megawatt generator for Palo Seco power plant", "ctx": "gets 50-megawatt generator",
   "note": "'50-megawatt' compound: the number is the figure (as '47' in '47-year-old'); megawatts are not in the unit list, so unit null"},
  {"quantity": "maria_puerto_rico_2017:palo_seco_added_generation_mw", "text": "50", "value": 50, "counted": "megawatt generator being installed at Palo Seco Power Plant", "ctx": "a 50-megawatt generator is currently"},
  {"text": "140,000", "value": 140000, "counted": "homes in Puerto Rico in need of repair", "approx": "more than"},
 ],
 "events": [
  {"actor": None, "date": "2017-10-16/2017-10-22", "date_text": "During the next week", "what": "bottled water and meals to arrive in Puerto Rico",
   "note": "published Sunday 15 Oct 2017; 'the next week' read as the following ISO week (Mon 16 - Sun 22 Oct), the forward counterpart of FORMAT's 'last week'; passive 'it is expected that ... will arrive' has no agent"},
 ],
 "actors": [
  {"name": "Federal Emergency Management Agency", "type": "organisation", "aliases": ["Federal Emergency Management Agency", "FEMA"]},
  {"name": "U.S. Army Corps of Engineers", "type": "organisation", "aliases": ["U.S. Army Corps of Engineers", "USACE"]},
  {"name": "government of Puerto Rico", "type": "organisation", "aliases": ["the government of Puerto Rico"]},
 ],
 "notes": [
  "second reading: shortened the 'During the next week' event's what to 8 words; nothing else changed.",
  "FEMA press release without quotes; ‘Blue Roof’ in the sub-heading is a programme name in quote marks (Operation Blue Roof), not a quote.",
  "Same story as dod_2017_palo_seco_generators (army.mil, 30 Oct 2017): FEMA's '50-megawatt generator' being installed at Palo Seco and the Corps' 'combined 50 megawatts' / '50MW' from two generators state the same added capacity and share the key maria_puerto_rico_2017:palo_seco_added_generation_mw (FEMA speaks of one generator, the Corps of two: a real discrepancy in how the capacity is described, not in the number).",
  "Figures without an attribution (10 million liters, 18 million meals, 140,000 homes) have source null: the release states them in its own voice.",
  "Left out: 'currently', 'months' ('It will take months', no number word), 'In the wake of Hurricanes Irma and Maria' (not a date expression); 'the first step' is an ordinal.",
 ],
}
