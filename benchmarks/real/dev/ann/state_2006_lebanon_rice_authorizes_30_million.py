K = "israel_hezbollah_2006:"
CR = "Condoleezza Rice"
US = "United States"
ANN = {
 "article": "articles/state_2006_lebanon_rice_authorizes_30_million.txt",
 "gold_out": "gold/state_2006_lebanon_rice_authorizes_30_million.json",
 "published": "2006-07-24",
 "quotes": [],
 "figures": [
  {"quantity": K+"rice_aid_jul24", "text": "$30 million", "value": 30e6, "unit": "USD", "counted": "immediate humanitarian assistance to victims of the conflict in Lebanon", "source": None, "approx": None,
   "note": "'Today, Secretary of State Rice authorized $30 million ...': Rice is the agent of the act (authorizing), not the teller of the figure; the statement is the Department's own voice (its author line was removed with the header block), so source null. Key for Rice's 24 July authorization, which later reports restate (e.g. 'On July 24, Secretary Rice committed to provide up to $30 million')"},
  {"text": "two", "value": 2, "unit": None, "counted": "large-scale medical deliveries dispatched to Lebanon", "source": None, "approx": None},
  {"text": "10,000", "value": 10000, "unit": None, "counted": "people whose basic medical needs each delivery meets", "source": None, "approx": None},
  {"text": "three month", "value": 3, "unit": "months", "counted": "period covered by each medical delivery", "source": None, "approx": None,
   "note": "'for a three month period' (printed without a hyphen): a duration of 3 months"},
 ],
 "events": [
  {"actor": CR, "date": "2006-07-24", "date_text": "Today", "what": "Rice authorized $30 million in immediate humanitarian assistance for Lebanon",
   "note": "'Today, Secretary of State Rice authorized ...': Rice is the subject of 'authorized'; 'Today' is the statement's date (24 July 2006). Not speech, so 'Today' is kept"},
  {"actor": None, "date": "2006-07-25", "date_text": "on July 25", "what": "two large-scale U.S. medical deliveries arrive in Lebanon",
   "note": "'two large-scale medical deliveries that will arrive in Lebanon on July 25': the date modifies 'arrive', whose subject is the deliveries (no agent); the dispatching by the United States is in the present tense and undated"},
  {"actor": US, "date": "2006-07-25", "date_text": "starting July 25", "what": "the U.S. begins delivering plastic sheeting, blankets and other direct assistance to Lebanon",
   "note": "'The U.S. will also begin delivering other direct U.S. assistance to Lebanon, ... starting July 25': the subject of 'will begin delivering' is the U.S.; future tense, date points forward to the next day"},
 ],
 "actors": [
  {"name": CR, "type": "person", "aliases": ["Secretary of State Rice"]},
  {"name": US, "type": "country", "aliases": ["the United States", "The U.S."]},
  {"name": "United Nations", "type": "organisation", "aliases": ["the United Nations"]},
  {"name": "Government of Lebanon", "type": "organisation", "aliases": ["the Government of Lebanon"]},
 ],
 "notes": [
  "State Department press statement of Monday 24 July 2006 (Deputy Spokesman Tom Casey; header block removed), kept from the UNT End of Term 2008 archive copy of state.gov; story israel_hezbollah_2006 with state_2006_lebanon_harty_departure_briefing_jul20 (20 July) and state_2006_lebanon_bush_pledges_230_million (21 August) of this folder, and the VOA, Wikinews and DOD items of that story in dev.",
  "No quotes (a statement in the Department's own voice; 'We remain deeply concerned', 'We will continue' are the Department / the United States speaking).",
  "Figures: $30 million (key israel_hezbollah_2006:rice_aid_jul24; not the same quantity as the '$50 million in U.S. aid committed since the outbreak' of the 21 August item, which is a later running total, nor the $230 million of that item); two deliveries, 10,000 people and a three-month period are background of the deliveries. All source null: the statement's own voice, no claimant named in the text.",
  "Events: 'Today' (Rice authorizes: actor Rice), 'on July 25' (the deliveries arrive: no agent), 'starting July 25' (the U.S. begins delivering: actor United States). 24 July 2006 was a Monday; 25 July a Tuesday.",
  "Actors: Rice (authorizes), the United States ('the United States is dispatching', 'The U.S. will also begin delivering'), the United Nations (made the appeal this assistance responds to) and the Government of Lebanon ('as it seeks to address the needs of its people'). 'other organizations' are unnamed; 'U.S.' in 'direct U.S. assistance' is an adjective, not listed as an alias.",
  "Not figures: 'some of the most pressing needs', 'Each of these deliveries' (no number).",
  "second reading (annotator): re-read the whole item once against FORMAT.md sections 1-2 and the stored copy: no quote marks in the text; each figure's value, unit, approx (none hedged) and source checked; event dates recomputed from the header date and the 'will arrive ... on July 25' future tense; every alias checked as an exact substring. No change.",
 ],
}
