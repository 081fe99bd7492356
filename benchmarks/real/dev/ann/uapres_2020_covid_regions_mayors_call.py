Z = "Volodymyr Zelenskyy"
S = "Maksym Stepanov"
ANN = {
 "article": "articles/uapres_2020_covid_regions_mayors_call.txt",
 "gold_out": "gold/uapres_2020_covid_regions_mayors_call.json",
 "published": "2020-06-27",
 "quotes": [
  {"text": "Clubs have started working in Odesa, stars have given concerts, all beaches have been opened. There was a rumor that no one would get sick outdoors. However, this is not true. As a result, the situation has deteriorated sharply. Earlier Odesa had one of the best indicators of the spread of coronavirus infection, today the number of patients per day is much higher. We are convinced that this can happen in all regions where there is no communication with people. I have gathered here not only the government, but also all the regions, so that we can clearly coordinate and explain to the people the danger of ignoring quarantine rules today. Because, in the end, one thing should be important for all of us - the health and life of Ukrainians",
   "speaker": Z, "speaker_mention": "the President of Ukraine",
   "note": "follows a paragraph of Stepanov's reported speech about Odesa, but the attribution after the quote names the President of Ukraine"},
 ],
 "figures": [
  {"text": "300-400", "value": 300, "value_max": 400, "unit": None, "counted": "laboratory-confirmed cases per day recorded at the end of May",
   "source": S, "approx": None,
   "note": "'Minister of Health Maksym Stepanov said that ...: at the end of May 300-400 laboratory-confirmed cases per day were recorded, now - 900-1000'"},
  {"text": "900-1000", "value": 900, "value_max": 1000, "unit": None, "counted": "laboratory-confirmed cases per day now",
   "source": S, "approx": None,
   "note": "same sentence; the count now (late June) against the count at the end of May: two periods, so no shared key"},
 ],
 "events": [
  {"actor": None, "date": "2020-05", "date_text": "at the end of May", "what": "300-400 laboratory-confirmed cases per day recorded",
   "note": "passive without an agent ('were recorded'); the end of May is not a day or an ISO week, so the month is given"},
 ],
 "actors": [
  {"name": Z, "type": "person", "aliases": ["the President", "President of Ukraine Volodymyr Zelenskyy", "the President of Ukraine"]},
  {"name": S, "type": "person", "aliases": ["Minister of Health Maksym Stepanov", "the Minister", "The Minister"]},
 ],
 "notes": [
  "President's Office readout of the conference call of Saturday 27 June 2020 with the government, regional governors and mayors (date from the removed date line); story ukraine_covid_june_2020 with the calls of 13 and 25 June.",
  "One long quote by Zelenskyy ('the President of Ukraine said'); the paragraph before it is Stepanov's reported speech, so a tool that takes the nearest named speaker would go wrong here.",
  "Figures: both ranges are Stepanov's ('Minister of Health Maksym Stepanov said that ...'); ranges written 'A-B' are one figure with value and value_max.",
  "Not figures: 'COVID-19' (designation); 'one' in 'no one would get sick', 'one of the best indicators' and 'one thing should be important' (pronoun / determiner, not a count); 'tripled' (no number token).",
  "Not events: 'over the past month' (a duration), 'now' (the reference time, not a date expression in the list), 'today' twice inside the quote (today inside speech), 'Earlier' (vague). The call itself carries no date expression in the kept text.",
  "'the government', 'heads of regional state administrations and mayors', 'law enforcers' only take part in the call; not listed as actors. 'Odesa' is a place, not an actor here.",
  "second reading: quote span re-checked (ends before ',\"' after 'Ukrainians'); ranges 300-400 and 900-1000 as value/value_max; 'at the end of May' = 2020-05 (published 2020-06-27); 'over the past month' kept out as a duration (consistent with 'In the past six years' in kremlin_2022_krasnodar_governor_meeting); added 'no one' to the list of non-figures; no other change.",
 ],
}
