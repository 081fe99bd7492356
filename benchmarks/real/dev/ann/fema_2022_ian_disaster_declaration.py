ANN = {
 "article": "articles/fema_2022_ian_disaster_declaration.txt",
 "gold_out": "gold/fema_2022_ian_disaster_declaration.json",
 "published": "2022-09-29",
 "quotes": [],
 "figures": [
  {"text": "nine", "value": 9, "counted": "counties where survivors get individual assistance", "source": None},
  {"text": "100%", "value": 100, "unit": "%", "counted": "federal funding for debris removal and emergency measures", "source": None},
  {"text": "30", "ctx": "for 30 days", "value": 30, "unit": "days", "counted": "period of 100% federal funding", "source": None},
  {"text": "1,300", "value": 1300, "counted": "federal responders prepositioned ahead of landfall", "source": None, "approx": "more than"},
  {"quantity": "hurricane_ian_2022:florida_guard_troops", "text": "5,000", "value": 5000, "counted": "Florida National Guard members working alongside federal responders", "source": None, "approx": "around",
   "note": "'nearly 5,000'"},
 ],
 "events": [
  {"actor": "Joe Biden", "date": "2022-09-29", "date_text": "this morning", "what": "approved Florida major disaster declaration"},
  {"actor": "Deanne Criswell", "date": "2022-09-29", "date_text": "today", "what": "to brief Biden on federal response"},
  {"actor": "Deanne Criswell", "date": "2022-09-30", "date_text": "Friday", "what": "to travel to Florida", "ctx": "travel to Florida Friday",
   "note": "future reference: the coming Friday"},
  {"actor": None, "date": "2022-09-30", "date_text": "through Friday", "what": "life-threatening storm surge persists", "note": "weather, no agent; future reference"},
 ],
 "actors": [
  {"name": "Joe Biden", "type": "person", "aliases": ["President Joseph R. Biden, Jr.", "President Biden"]},
  {"name": "Ron DeSantis", "type": "person", "aliases": ["Florida Gov. Ron DeSantis"]},
  {"name": "Deanne Criswell", "type": "person", "aliases": ["FEMA Administrator Deanne Criswell", "Criswell"]},
  {"name": "FEMA", "type": "organisation", "aliases": ["FEMA"]},
  {"name": "National Hurricane Center", "type": "organisation", "aliases": ["The National Hurricane Center"]},
 ],
 "notes": [
  "FEMA press release without quotes; figures carry no claimant in the text (the release speaks for FEMA), so source is null throughout.",
  "'through the end of the week' (river flooding) is left out as vague.",
  "Same story as dod_2022_ian_guard_staged, dod_2022_ian_dod_readies and fema_2022_ian_criswell_florida: 'nearly 5,000 Florida National Guard members' shares the key hurricane_ian_2022:florida_guard_troops.",
 ],
}
