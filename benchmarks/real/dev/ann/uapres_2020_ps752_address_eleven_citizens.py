Z = "Volodymyr Zelenskyy"
SP = "Ukrainian specialists"
ANN = {
 "article": "articles/uapres_2020_ps752_address_eleven_citizens.txt",
 "gold_out": "gold/uapres_2020_ps752_address_eleven_citizens.json",
 "published": "2020-01-09",
 "quotes": [],
 "figures": [
  {"quantity": "iran_ps752_shootdown_2020:ukrainian_citizens_dead", "text": "eleven", "value": 11, "unit": None, "counted": "dead citizens of Ukraine", "source": Z, "approx": None,
   "note": "address text (every word is Zelenskyy's, no quote marks): claimed by Zelenskyy; eleven names follow, matching the count"},
  {"quantity": "iran_ps752_shootdown_2020:ukrainian_specialists_in_iran", "text": "45", "value": 45, "unit": None, "counted": "our specialists arrived in Iran", "source": Z, "approx": None,
   "note": "'45 our specialists arrived in Iran as part of the search and rescue team': claimed by Zelenskyy (address). The key is for other reports of the Ukrainian team of 45 sent to Tehran"},
 ],
 "events": [
  {"actor": None, "date": "2020-01-08", "date_text": "on January 8", "what": "crash of a Ukrainian airline passenger plane in Iran",
   "note": "headline; dates the crash (a noun), for which the text names no agent: null"},
  {"actor": None, "date": "2020-01-08", "date_text": "The morning of January 8, 2020", "what": "became a dark page in the history of Ukraine and the world (the crash)",
   "note": "the subject is the date itself and the verb 'became' is a state: no agent, null"},
  {"actor": None, "date": "2020-01-09", "date_text": "January 9", "what": "declared the day of national mourning",
   "note": "'January 9 is declared the day of national mourning': passive without a by-agent (the decree is the President's, but the clause names no agent), so null; date in the current year 2020"},
  {"actor": SP, "date": "2020-01-09", "date_text": "At 3:30 am", "what": "45 Ukrainian specialists arrived in Iran with the search and rescue team",
   "note": "a time of day = the reference day; the address is dated 9 January 2020 06:23, so 3:30 am is that night, Thursday 9 January (Zelenskyy's address of 11 January says 'On Jan. 9, at 3:30 a.m.'). Agent of 'arrived': the specialists"},
  {"actor": SP, "date": "2020-01-09", "date_text": "In 2 hours", "what": "the specialists will depart to the crash site",
   "note": "a future point two hours after the 3:30 am arrival, still 9 January; annotated as a date, not as a duration figure, as 'in two days' in uapres_2020_second_flight_tymoshenko; agent of 'will depart': 'they' = the specialists"},
 ],
 "actors": [
  {"name": Z, "type": "person", "aliases": ["President Volodymyr Zelenskyy"]},
  {"name": "Ukraine", "type": "country", "aliases": ["Ukraine", "The state"]},
  {"name": SP, "type": "group", "aliases": ["our specialists"]},
  {"name": "investigation commission", "type": "organisation", "aliases": ["The commission created by the Civil Aviation Organization of Islamic Republic of Iran", "the commission"]},
 ],
 "notes": [
  "Address by President Volodymyr Zelenskyy published at 06:23 on Thursday 9 January 2020, the day after Ukraine International Airlines flight PS752 crashed near Tehran (8 January); story iran_ps752_shootdown_2020 with uapres_2020_ps752_criminal_proceedings_tehran (8 January) and uapres_2020_ps752_partners_urged_provide_data (10 January).",
  "Address convention: every word is Zelenskyy's, with no quote marks, so there are no quotes and both figures (eleven dead citizens of Ukraine, 45 specialists) are sourced to him. Keys: iran_ps752_shootdown_2020:ukrainian_citizens_dead and iran_ps752_shootdown_2020:ukrainian_specialists_in_iran, for other reports of the story (the two other items here print no number).",
  "Not figures: 'January 8', 'January 9' (dates), '2020' (year), '3:30' (time of day), 'the other victims', 'all the assistance' (no numbers). '2' in 'In 2 hours' is annotated as part of a future date expression, not as a duration figure (precedent: 'in two days' in uapres_2020_second_flight_tymoshenko).",
  "Events: the headline's 'on January 8' and 'The morning of January 8, 2020' (the crash, no agent); 'January 9' (day of national mourning, agentless passive); 'At 3:30 am' (the specialists arrived, 9 January) and 'In 2 hours' (they will depart, 9 January). 'will be conducted' and 'will investigate' carry no date.",
  "Actors: Zelenskyy (only 'President Volodymyr Zelenskyy' in the headline; 'I'/'We' are pronouns); Ukraine ('the priority for Ukraine', 'The state will provide their families ...'); the 45 specialists ('our specialists', who arrived and will depart); the investigation commission created by Iran's Civil Aviation Organization ('will investigate the crash', 'the work of the commission'). The eleven dead, the services listed in the team and the countries of the other victims do not act and are left out; 'Iran', 'Canada' etc. appear as places or nationalities.",
  "second reading (annotator): re-read the whole item once fully against FORMAT.md sections 1-2: no quote marks in the text; every number token checked (eleven, 45 figures; 8, 9, 2020, 3:30 dates/times; 2 in a date expression); five date expressions checked against 2020-01-09 (a Thursday); every alias an exact substring and none shared ('the commission' only in the last paragraph; the long form in the commission's own sentence); no change.",
 ],
}
