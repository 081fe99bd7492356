CR = "Condoleezza Rice"
ANN = {
 "article": "articles/state_2008_rice_us_recognizes_kosovo.txt",
 "gold_out": "gold/state_2008_rice_us_recognizes_kosovo.json",
 "published": "2008-02-18",
 "quotes": [],
 "figures": [
  {"text": "two", "ctx": "our two countries", "value": 2, "unit": None, "counted": "countries (the United States and Kosovo)", "source": CR, "approx": None,
   "note": "'diplomatic relations between our two countries': counts the two parties, as 'our two countries' elsewhere in the set; the statement is Rice's own text, so she is the claimant"},
 ],
 "events": [
  {"actor": "United States", "date": "2008-02-18", "date_text": "today", "what": "the United States formally recognized Kosovo as a sovereign and independent state",
   "note": "'The United States has today formally recognized Kosovo': the statement's own voice (not inside quote marks), so 'today' is the date line's day, Monday 18 February 2008; agent the United States"},
  {"actor": "international community", "date": "1999", "date_text": "Nine years ago", "what": "the international community, led by NATO, acted to end attacks on the Kosovar Albanians",
   "note": "'Nine years ago, the international community, led by NATO, acted ...': the subject of 'acted' is the international community (NATO only leads it); 2008 - 9 = 1999 (the NATO campaign of 1999); a relative date, not a duration figure"},
  {"actor": "Martti Ahtisaari", "date": "2007", "date_text": "Last year", "what": "Ahtisaari developed a plan for a democratic, multi-ethnic Kosovo and recommended independence",
   "note": "'Last year, UN Special Envoy Martti Ahtisaari developed a plan ... and recommended ...': agent Ahtisaari; the year before 2008"},
 ],
 "actors": [
  {"name": CR, "type": "person", "aliases": ["Secretary Condoleezza Rice"]},
  {"name": "United States", "type": "country", "aliases": ["The United States", "the United States"]},
  {"name": "George W. Bush", "type": "person", "aliases": ["President Bush"]},
  {"name": "international community", "type": "group", "aliases": ["the international community"]},
  {"name": "NATO", "type": "organisation", "aliases": ["NATO"]},
  {"name": "UN Security Council", "type": "organisation", "aliases": ["United Nations Security Council"]},
  {"name": "Martti Ahtisaari", "type": "person", "aliases": ["UN Special Envoy Martti Ahtisaari"]},
  {"name": "Kosovo", "type": "country", "aliases": ["Kosovo"]},
 ],
 "notes": [
  "Statement by Secretary of State Condoleezza Rice of Monday 18 February 2008 (date line printed, removed), kept from the End of Term 2008 web archive copy of the state.gov page, announcing US recognition of Kosovo. Story kosovo_independence_2008 with voa_2008_serbia_annuls_kosovo_independence (14 February) and voa_2008_kosovo_declares_independence (17 February).",
  "No quotes: the statement is Rice's own text, printed without quote marks (as in the State Department statements of the dev set, whose author line is kept the same way); its one figure is claimed by her.",
  "Figures: 'two' countries. Not figures: 'Nine years ago' (a relative date, an event), 'multi-ethnic', 'the 1990s' (in the dropped, cut sentence). No figure shares a quantity with the two VOA items (they count Kosovo's Serbs only in the 17 February item).",
  "Events: 'today' (the United States recognized Kosovo), 'Nine years ago' (the international community acted: 1999), 'Last year' (Ahtisaari's plan: 2007). 'Since that time' (Kosovo has built its own institutions) is anaphoric to the 1999 intervention, a relative expression like 'at the same time', and is left out; the Security Council's decision ('leading to a ... decision') carries no date of its own.",
  "Actors: Rice (author line; the 'We' of 'We congratulate' is the United States she speaks for), the United States, President Bush (responded to Kosovo's request), the international community and NATO (acted / led), the UN Security Council (its decision to suspend Belgrade's governance), Ahtisaari (developed a plan). Kosovo is listed: it made the request ('a request from Kosovo') and 'has built its own democratic institutions' (undated); Belgrade only receives.",
  "Second careful read done by the annotator against FORMAT.md: the curly apostrophes of 'Belgrade’s' kept as in the stored copy, the three events and their agents, 'two' claimed by Rice, and that no surface form is shared between actors.",
 ],
}
