ANN = {
 "article": "articles/fema_2022_ian_criswell_florida.txt",
 "gold_out": "gold/fema_2022_ian_criswell_florida.json",
 "published": "2022-09-30",
 "quotes": [],
 "figures": [
  {"text": "75%", "value": 75, "unit": "%", "counted": "federal funding for emergency protective measures in South Carolina", "source": None},
  {"quantity": "hurricane_ian_2022:florida_guard_troops", "text": "5,000", "value": 5000, "counted": "Florida National Guard members activated", "source": None, "approx": "around"},
  {"quantity": "hurricane_ian_2022:other_states_guard_troops", "text": "2,000", "value": 2000, "counted": "National Guard members from other states activated", "source": None},
 ],
 "events": [
  {"actor": "Deanne Criswell", "date": "2022-09-30", "date_text": "today", "what": "in Florida meeting DeSantis, surveying damage", "ctx": "is in Florida today"},
  {"actor": "Deanne Criswell", "date": "2022-09-30", "date_text": "the day after", "what": "visits Florida after disaster declaration",
   "note": "'She visits the state the day after [Biden] approved a major disaster declaration': the visit is the reference day; the approval itself was on 29 September"},
  {"actor": None, "date": "2022-09-30", "date_text": "today", "what": "Ian's second landfall", "ctx": "second landfall today", "note": "weather, no agent"},
  {"actor": "Joe Biden", "date": "2022-09-28", "date_text": "Wednesday", "what": "approved South Carolina emergency declaration"},
 ],
 "actors": [
  {"name": "Deanne Criswell", "type": "person", "aliases": ["FEMA Administrator Deanne Criswell"]},
  {"name": "Ron DeSantis", "type": "person", "aliases": ["Gov. Ron DeSantis"]},
  {"name": "Joe Biden", "type": "person", "aliases": ["President Joseph R. Biden, Jr.", "President Biden"]},
  {"name": "Henry McMaster", "type": "person", "aliases": ["South Carolina Gov. Henry McMaster"]},
  {"name": "FEMA", "type": "organisation", "aliases": ["FEMA"]},
 ],
 "notes": [
  "FEMA press release without quotes; the stored copy is the Korean-locale node of the English release and ends mid-sentence in the fourth paragraph, which was dropped (it held the 7,500 / 3,000 / 1,600 / 850 staffing figures).",
  "Only three figures, kept because two of them ('approximately 5,000 Florida National Guard members and 2,000 National Guard members from other states') restate the Guard numbers of the other three Ian items.",
 ],
}
