K = "sulawesi_quake_us_aid_2018:"
JD = "Joseph R. Donovan Jr."
ANN = {
 "article": "articles/state_2018_sulawesi_us_humanitarian_assistance_3_6_million.txt",
 "gold_out": "gold/state_2018_sulawesi_us_humanitarian_assistance_3_6_million.json",
 "published": "2018-10-06",
 "quotes": [
  {"text": "All of the U.S. Embassy staff across Indonesia express our condolences to the families and communities affected by the earthquake and tsunami in Central Sulawesi.  I have reached out to Foreign Minister Marsudi to convey our condolences and to offer our assistance.  Indonesia is an important partner, and we stand ready to work together to provide support to those in need",
   "speaker": JD, "speaker_mention": "U.S. Ambassador to Indonesia Joseph R. Donovan, Jr.", "fragment": False,
   "note": "one quotation in straight marks, attribution after it ('...,\" U.S. Ambassador to Indonesia Joseph R. Donovan, Jr., said.'); trailing comma dropped; the double spaces after the full stops kept as stored"},
 ],
 "figures": [
  {"quantity": K+"magnitude", "text": "7.5", "value": 7.5, "unit": None, "counted": "earthquake magnitude", "source": None, "approx": None,
   "note": "a measure, unit null; the same magnitude in the other four items"},
  {"text": "$3.6 million", "value": 3.6e6, "unit": "USD", "counted": "additional U.S. humanitarian assistance announced on October 5", "source": "United States", "approx": None,
   "note": "'On October 5, the United States announced an additional $3.6 million in humanitarian assistance': the announcer claims the sum (as Pompeo's 'announced that the U.S. has pledged' in the dev ShareAmerica Beirut item). The tranche of 5 October, not the same quantity as the additional $3 million of 18 October, no key"},
  {"quantity": K+"us_total_assistance", "text": "$3.7 million", "value": 3.7e6, "unit": "USD", "counted": "total U.S. humanitarian assistance for the response", "source": None, "approx": None,
   "note": "'This funding brings the total U.S. humanitarian assistance for this response to $3.7 million.': the department's own sentence after the announcement, no claimant. The running U.S. total, later 'nearly $11 million' (ShareAmerica, 18 October) and 'up to $11.7 million' (Fact Sheet #2): a total that grows, same key (as the running UK totals of the dev story syria_humanitarian_aid_2012)"},
  {"text": "2,210", "value": 2210, "unit": None, "counted": "rolls of heavy-duty plastic sheeting airlifted by USAID", "source": None, "approx": None,
   "note": "'USAID is airlifting 2,210 rolls of heavy-duty plastic sheeting': narration. The same 2,210 rolls were in the paragraph of usaid_2018_sulawesi_4_ways_us_responding that was dropped as cut, so no partner in the kept texts and no key"},
  {"quantity": K+"plastic_sheeting_people", "text": "110,500", "value": 110500, "unit": None, "counted": "people whose emergency shelter needs the sheeting provides for", "source": None, "approx": None,
   "note": "'enough to provide for the emergency shelter needs of 110,500 people': narration; same quantity as ShareAmerica's 'more than 110,000 people' of 5 October"},
 ],
 "events": [
  {"actor": None, "date": "2018-09-28", "date_text": "on September 28", "what": "a 7.5 magnitude earthquake and tsunami struck Central Sulawesi",
   "note": "'After a 7.5 magnitude earthquake and tsunami struck Central Sulawesi ... on September 28': natural event, no agent"},
  {"actor": "United States", "date": "2018-10-05", "date_text": "On October 5", "what": "the United States announced an additional $3.6 million in humanitarian assistance",
   "note": "subject of 'announced'; Friday 5 October 2018, the day before the post"},
 ],
 "actors": [
  {"name": JD, "type": "person", "aliases": ["U.S. Ambassador to Indonesia Joseph R. Donovan, Jr."]},
  {"name": "United States", "type": "country", "aliases": ["the United States"]},
  {"name": "USAID", "type": "organisation", "aliases": ["the U.S. Agency for International Development (USAID)"]},
 ],
 "notes": [
  "US State Department blog post ('Stories', blogs.state.gov) of Saturday 6 October 2018 (date from the URL) on U.S. aid after the Sulawesi earthquake and tsunami: the additional $3.6 million announced on 5 October. Story sulawesi_quake_us_aid_2018 (see state_2018_sulawesi_us_provides_disaster_relief for the list of items).",
  "Quotes: Ambassador Donovan's statement, one span in straight marks (three sentences), speaker Donovan, canonical 'Joseph R. Donovan Jr.' as in the ShareAmerica item of 18 October ('U.S. Ambassador Joseph R. Donovan Jr.').",
  "Figures: 7.5 (magnitude), $3.6 million (claimed by the United States, the announcer), $3.7 million (running total, key us_total_assistance), 2,210 rolls (no partner kept), 110,500 people (key plastic_sheeting_people). Not figures: none else (the dropped last paragraph held no kept number).",
  "Events: 'on September 28' (the quake; no agent) and 'On October 5' (the United States announced). The quote has no date expression.",
  "Actors: Donovan (speaker), the United States (announced; 'responded to help'), USAID (airlifting). Not listed: Foreign Minister Marsudi and the U.S. Embassy staff (inside the quote; Marsudi is only contacted), the families and communities (affected).",
  "first reading (annotator): annotated against FORMAT.md from the stored copy; build_gold listed no other quote span or number token.",
  "second reading (checker): re-read the whole item: the quote span exact to the stored double spaces and with the trailing comma dropped; the speaker_mention as printed with its comma ('Joseph R. Donovan, Jr.'); $3.6 million claimed by the announcing United States and $3.7 million left without claimant (a separate sentence of narration); 'On October 5' = Friday 5 October 2018 with the United States as agent; keys checked against the other items; no change.",
 ],
}
