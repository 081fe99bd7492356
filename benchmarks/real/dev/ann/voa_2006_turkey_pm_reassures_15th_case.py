K = "turkey_bird_flu_2006:"
TD = "bird_flu_pledges_2006:turkey_deaths"
UHO = "Ukrainian health officials"
ANN = {
 "article": "articles/voa_2006_turkey_pm_reassures_15th_case.txt",
 "gold_out": "gold/voa_2006_turkey_pm_reassures_15th_case.json",
 "published": "2006-01-10",
 "quotes": [],
 "figures": [
  {"text": "300,000", "value": 300000, "unit": None, "counted": "birds slaughtered", "source": "Agricultural workers", "approx": "around",
   "note": "'Agricultural workers say they have slaughtered some 300,000 birds': 'some' = around"},
  {"text": "70", "value": 70, "unit": None, "counted": "people in Turkey hospitalized with symptoms of avian influenza", "source": None, "approx": "around", "ctx": "Some 70 people",
   "note": "'Some 70 people in Turkey are hospitalized ..., but the Associated Press quotes health officials as saying most of them have tested negative': the 70 is in VOA's main clause; the AP/health officials claim only the 'most of them ... negative' clause. No key (the 25 treated on 6 January are the Van area only)"},
  {"text": "three", "value": 3, "unit": None, "counted": "poultry farms in Crimea with new H5N1 cases in birds", "source": UHO, "approx": None,
   "note": "'In Ukraine, health officials Tuesday confirmed new cases of H5N1 in birds at three poultry farms': confirming is a claim"},
  {"quantity": K+"asia_deaths", "text": "70", "value": 70, "unit": None, "counted": "people killed by bird flu in Asia since 2003", "source": None, "approx": "more than", "ctx": "more than 70 people",
   "note": "VOA's background; same key as the '74' of 6 and 9 January"},
  {"quantity": TD, "text": "two", "value": 2, "unit": None, "counted": "people killed by bird flu in Turkey", "source": None, "approx": "at least", "ctx": "at least two people",
   "note": "VOA's voice; the Turkish toll (three siblings had died, two confirmed as H5N1): same key as the other items of the story and the 18 January 'four fatalities'"},
 ],
 "events": [
  {"actor": UHO, "date": "2006-01-10", "date_text": "Tuesday", "what": "Ukrainian health officials confirmed new H5N1 cases in birds at three Crimean poultry farms",
   "note": "'In Ukraine, health officials Tuesday confirmed ...': agent of 'confirmed'; the report's own day (Tuesday 10 January 2006)"},
  {"actor": None, "date": "2003", "date_text": "since 2003", "what": "start of the count of bird flu deaths in Asia",
   "note": "dates the start of the period of the toll; no agent"},
 ],
 "actors": [
  {"name": "Recep Tayyip Erdogan", "type": "person", "aliases": ["Turkish Prime Minister Recep Tayyip Erdogan", "Mr. Erdogan"]},
  {"name": "Turkish health officials", "type": "group", "aliases": ["health officials"]},
  {"name": "Turkish agricultural officials", "type": "group", "aliases": ["agricultural officials"]},
  {"name": "Agricultural workers", "type": "group", "aliases": ["Agricultural workers"]},
  {"name": "Associated Press", "type": "organisation", "aliases": ["the Associated Press"]},
  {"name": UHO, "type": "group", "aliases": []},
 ],
 "notes": [
  "VOA News report of Tuesday 10 January 2006 (voanews.com, no date line in the stored copy; the date is worked out in the meta file). Story turkey_bird_flu_2006 with the VOA items of 6, 7, 9 and 16 January.",
  "Keys: turkey_bird_flu_2006:asia_deaths ('more than 70' in Asia since 2003, against '74' on 6 and 9 January) and bird_flu_pledges_2006:turkey_deaths ('at least two people in Turkey', against three, two and four in the other items).",
  "No quote marks. Not figures: '15th' in the headline and the lead ('15th Person', 'the country's 15th human case') are ordinals; 'most of them' has no number; 'H5N1' is a designation.",
  "The surface form 'health officials' appears three times: twice for the Turkish health officials (who confirmed the 15th case; whom the AP quotes) and once in 'In Ukraine, health officials Tuesday confirmed ...'. A surface form can belong to one actor only, so it is the alias of the Turkish officials, and the Ukrainian officials (actor and claimant of the Tuesday event and the 'three' farms) are listed by name without an alias.",
  "'as health officials confirmed the country's 15th human case' has no date expression; 'the recent outbreak' is vague. Erdogan's statement carries no date in the text.",
  "second reading (annotator): checked 'Some 70' and 'some 300,000' -> around, 'more than 70' and 'at least two' hedges, that the 70 hospitalized is VOA's voice while the 300,000 is the workers' claim, 'Tuesday' = 2006-01-10 (the report's day), and the two '70' spans disambiguated by ctx; no change after the reading.",
 ],
}
