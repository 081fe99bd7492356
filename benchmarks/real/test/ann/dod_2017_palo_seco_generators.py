ANN = {
 "article": "articles/dod_2017_palo_seco_generators.txt",
 "gold_out": "gold/dod_2017_palo_seco_generators.json",
 "published": "2017-10-30",
 "quotes": [
  {"text": "These generators will help stabilize the power grid in the San Juan area and reduce outages to those currently receiving power", "speaker": "John Lloyd", "speaker_mention": "Col. John Lloyd"},
  {"text": "Current customers will now have more reliable and safe power.", "speaker": "John Lloyd", "speaker_mention": "Col. John Lloyd",
   "note": "second half of a quote split by its attribution ('said Col. John Lloyd, ...')"},
 ],
 "figures": [
  {"text": "Two", "value": 2, "counted": "generators at Palo Seco", "ctx": "Two generators, part of"},
  {"text": "$35.1 million", "value": 35100000, "unit": "USD", "counted": "value of the Corps contract for the Palo Seco generators"},
  {"quantity": "maria_puerto_rico_2017:palo_seco_added_generation_mw", "text": "50", "value": 50, "counted": "megawatts of electricity", "approx": "up to", "ctx": "combined 50 megawatts"},
  {"text": "30MW", "value": 30, "counted": "MW currently provided to the Puerto Rico electrical grid", "approx": "around",
   "note": "megawatts are not in the unit list: unit null; current output, not the capacity"},
  {"quantity": "maria_puerto_rico_2017:palo_seco_added_generation_mw", "text": "50MW", "value": 50, "counted": "MW the generators can provide depending on demand", "approx": "up to",
   "note": "printed 'provide up 50MW' (sic); read as 'up to'"},
 ],
 "events": [
  {"actor": "U.S. Army Corps of Engineers", "date": "2017-10-30", "date_text": "Oct. 30, 2017", "what": "generators began supplying 50 megawatts to Palo Seco",
   "note": "the grammatical subject is 'Two generators'; the agent is taken as the Corps whose contract they are part of"},
  {"actor": "U.S. Army Corps of Engineers", "date": "2017-10-16", "date_text": "Oct. 16", "what": "awarded Palo Seco contract to Weston Solutions"},
 ],
 "actors": [
  {"name": "John Lloyd", "type": "person", "aliases": ["Col. John Lloyd"]},
  {"name": "Task Force Power", "type": "organisation", "aliases": ["Task Force Power"]},
  {"name": "U.S. Army Corps of Engineers", "type": "organisation", "aliases": ["U.S. Army Corps of Engineers", "USACE"]},
  {"name": "Puerto Rico Electric Power Authority", "type": "organisation", "aliases": ["the Puerto Rico Power Authority", "PREPA"]},
  {"name": "Weston Solutions", "type": "organisation", "aliases": ["Weston Solutions"]},
  {"name": "Federal Emergency Management Agency", "type": "organisation", "aliases": ["FEMA"]},
  {"name": "Department of Energy", "type": "organisation", "aliases": ["the Department of Energy"]},
 ],
 "notes": [
  "second reading: no change (quotes, figures, events, actors and dates checked against the text).",
  "army.mil story (U.S. Army Corps of Engineers) on the same Hurricane Maria power-restoration effort as fema_2017_maria_meals_water; the 50 MW added at Palo Seco is stated twice here ('combined 50 megawatts', '50MW') and once in the FEMA release, all with one quantity key; the 30MW current output is a different quantity.",
  "The quote of Col. John Lloyd is split by its attribution: two quotes, one speaker.",
  "'the first of a series' is an ordinal; 'currently' is vague.",
 ],
}
