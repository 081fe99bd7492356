S = "mongolia_post_election_riot_2008"
E = "Nambaryn Enkhbayar"
PR = "Mongolian protesters"
ANN = {
 "article": "articles/wn_2008_mongolia_state_of_emergency_five_killed.txt",
 "gold_out": "gold/wn_2008_mongolia_state_of_emergency_five_killed.json",
 "published": "2008-07-02",
 "quotes": [],
 "figures": [
  {"quantity": S + ":dead", "text": "five", "value": 5, "unit": None, "counted": "people killed", "source": None, "approx": None,
   "note": "headline; outlet's own voice; the same toll as '5 people have been killed' in the body"},
  {"quantity": S + ":emergency_days", "text": "four", "value": 4, "unit": "days", "counted": "days of the state of emergency", "source": None, "approx": None, "occ": 1,
   "note": "'A four-day state of emergency has been declared': the number only, as '47' in '47-year-old'; passive without agent, outlet's own voice. Repeated in 'In the aftermath, a four-day state of emergency was declared ...' (same key)"},
  {"quantity": S + ":dead", "text": "5", "value": 5, "unit": None, "counted": "people killed", "source": None, "approx": None,
   "note": "'Reports state that 5 people have been killed': unnamed reports, no actor to name -> null"},
  {"quantity": S + ":injured", "text": "300", "value": 300, "unit": None, "counted": "people injured", "source": None, "approx": "more than",
   "note": "'and over 300 injured', in the same 'Reports state' sentence: unnamed reports -> null; 'over' -> more than. The noun is elided ('5 people have been killed, and over 300 injured'): the counted are people"},
  {"text": "700", "value": 700, "unit": None, "counted": "protesters detained", "source": None, "approx": "around",
   "note": "'about 700 protesters were detained': outlet's own voice; 'about' -> around"},
  {"quantity": S + ":emergency_days", "text": "four", "value": 4, "unit": "days", "counted": "days of the state of emergency declared in Ulaanbaatar", "source": None, "approx": None, "occ": 2,
   "note": "'a four-day state of emergency was declared in Ulaanbaatar by President Nambaryn Enkhbayar': the length of the declared emergency, stated by the outlet (no 'said'), so no claimant; same key as the first 'four-day'"},
 ],
 "events": [
  {"actor": None, "date": "2008-06-29", "date_text": "Sunday's", "what": "parliamentary elections (alleged vote rigging and fraud)",
   "note": "a date on a noun ('Sunday's elections'): an election has no agent in the text -> null; Sunday before Wednesday 2 July 2008 = 29 June 2008"},
  {"actor": None, "date": "2008-07-02", "date_text": "in the morning", "what": "an injured Japanese citizen was flown to Japan",
   "note": "'who was reportedly flown to Japan in the morning': passive without agent -> null. Read as the morning of the report's day, Wednesday 2 July 2008, after the rioting of Tuesday night ('this morning' = the reference day)"},
  {"actor": None, "date": "2008-06-30", "date_text": "on Monday evening", "what": "peaceful protests began",
   "note": "'Peaceful protests began on Monday evening': the subject is the protests, an event that 'began' (as 'the war began'), no agent -> null; Monday 30 June 2008"},
  {"actor": None, "date": "2008-06-30", "date_text": "in the night", "what": "the Monday protests were dispersed",
   "note": "'they were dispersed in the night': passive without agent -> null. The night of the Monday-evening protests, given as that day (as 'last night' = that day), 30 June 2008"},
  {"actor": None, "date": "2008-07-01", "date_text": "on Tuesday", "what": "the Tuesday protests began peacefully on Sukhbaatar Square",
   "note": "'The protests on Tuesday began peacefully on Sukhbaatar Square': the date sits on the noun 'protests', whose verb 'began' has no agent -> null (the later acts of the sentence, 'joined', 'began attacking the building', are not dated by it); Tuesday 1 July 2008"},
 ],
 "actors": [
  {"name": E, "type": "person", "aliases": ["President Nambaryn Enkhbayar", "Nambaryn Enkhbayar"]},
  {"name": PR, "type": "group", "aliases": ["protesters"]},
  {"name": "Mongolian police", "type": "organisation", "aliases": ["Riot police", "police"]},
 ],
 "notes": [
  "Wikinews report of Wednesday 2 July 2008 on the riot in Ulaanbaatar of Tuesday 1 July 2008 over alleged fraud in the parliamentary election of Sunday 29 June, and the four-day state of emergency declared by President Nambaryn Enkhbayar; story mongolia_post_election_riot_2008 (one item so far).",
  "Figures that recur within the item: the toll ('five people killed' in the headline, '5 people have been killed') shares mongolia_post_election_riot_2008:dead; the two 'four-day' states of emergency share mongolia_post_election_riot_2008:emergency_days; 'over 300 injured' has its own key for later items.",
  "No quotes: the page prints no span in quote marks.",
  "Left out of events: 'In the aftermath' (vague); the headline and 'President Nambaryn Enkhbayar declared a state of emergency.' carry no date expression; 'between 10pm and 8am' is the daily span of a curfew (times of day of a future rule, no act dated).",
  "Not figures: '10pm', '8am' (times of day), 'many more people', 'many priceless artifacts' (no number).",
  "Actors: only the president (declares), the protesters (protest, set fire, loot) and the police (react with tear gas) act in the text; the army ('the police and army were deployed', passive), the ruling Mongolian People's Revolutionary Party (its headquarters attacked) and the Mongolian National Broadcaster do not act and are not listed. 'they' in 'they reacted with tear gas' is the riot police (a pronoun, not an alias).",
  "second reading (annotator): re-read the whole item against FORMAT.md sections 1-2; resolved every weekday against Wednesday 2 July 2008; checked the two 'four' occurrences, the elided noun after 'over 300', and that each alias is an exact substring.",
 ],
}
