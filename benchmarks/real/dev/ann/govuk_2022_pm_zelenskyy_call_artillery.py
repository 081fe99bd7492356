BJ = "Boris Johnson"
VZ = "Volodymyr Zelenskyy"
UK = "United Kingdom"
ANN = {
 "article": "articles/govuk_2022_pm_zelenskyy_call_artillery.txt",
 "gold_out": "gold/govuk_2022_pm_zelenskyy_call_artillery.json",
 "published": "2022-07-05",
 "quotes": [],
 "figures": [
  {"text": "10", "value": 10, "unit": None, "counted": "self-propelled artillery systems in the latest UK military equipment", "source": BJ, "approx": None,
   "note": "'the Prime Minister updated on the latest UK military equipment, including 10 self-propelled artillery systems ...': 'updated on' reports what the Prime Minister told Zelenskyy (reported speech, as 'set out' in the Duda readout), so he claims the figure"},
 ],
 "events": [
  {"actor": BJ, "date": "2022-07-05", "date_text": "5 July 2022", "what": "the Prime Minister's call with President Zelenskyy",
   "note": "headline (rebuilt from the page address, see meta edits): the date labels the noun 'call', whose agent is the PM ('PM call with President Zelenskyy'; the body: 'The Prime Minister spoke to ... Zelenskyy'); Zelenskyy is the other party, not a joint agent"},
  {"actor": BJ, "date": "2022-07-05", "date_text": "this morning", "what": "the Prime Minister spoke to President Zelenskyy",
   "note": "'The Prime Minister spoke to Ukrainian President Volodymyr Zelenskyy this morning': the Prime Minister is the agent; the readout's day, Tuesday 5 July 2022"},
  {"actor": None, "date": "2022-06-27/2022-07-03", "date_text": "last week", "what": "discussions held at G7 and NATO",
   "note": "'progress and discussions held at G7 and NATO last week': 'last week' modifies the passive participle 'held' with no by-agent ('at G7 and NATO' says where) -> null; the previous ISO week of Tuesday 5 July 2022 (the G7 summit at Elmau, 26-28 June, and the NATO summit in Madrid, 28-30 June)"},
  {"actor": None, "date": "2022-07-04", "date_text": "yesterday’s", "what": "the recovery and reconstruction conference for Ukraine in Lugano",
   "note": "'Speaking about yesterday’s recovery and reconstruction conference for Ukraine in Lugano': a date on the noun 'conference'; the text does not say who held it (the Prime Minister only speaks about it) -> null; Monday 4 July 2022"},
  {"actor": UK, "date": "2023", "date_text": "next year’s", "what": "the UK hosting next year's recovery conference",
   "note": "'looked forward to the UK hosting next year’s event': a date on the noun 'event', whose host the text names (the UK is the subject of 'hosting') -> United Kingdom; next year = 2023"},
 ],
 "actors": [
  {"name": BJ, "type": "person", "aliases": ["The Prime Minister", "the Prime Minister", "PM"]},
  {"name": VZ, "type": "person", "aliases": ["Ukrainian President Volodymyr Zelenskyy", "President Zelenskyy"]},
  {"name": UK, "type": "country", "aliases": ["the UK"]},
  {"name": "Russian forces", "type": "organisation", "aliases": ["Russian forces", "Putin’s forces"]},
  {"name": "European Broadcasting Union", "type": "organisation", "aliases": ["the EBU"]},
 ],
 "notes": [
  "Downing Street readout (GOV.UK) of Boris Johnson's call with President Volodymyr Zelenskyy on Tuesday 5 July 2022; the stored page has no headline: line 1 is rebuilt from the page address (meta edits). Story uk_pm_zelenskyy_call_jul_2022 has no other item in this folder.",
  "The text never names Boris Johnson: he is 'The Prime Minister' / 'the Prime Minister' (six times) and 'PM' (headline); the canonical name is used for the actor, as in the set's other Downing Street readouts.",
  "No quotes: no quote marks in the text (the readout reports what was said without quoting).",
  "One figure, the 10 self-propelled artillery systems, claimed by the Prime Minister ('the Prime Minister updated on ... including 10 ...'). Not figures: '5 July 2022' (date), '7' in 'G7' (a designation), '2023' in 'Eurovision 2023' (a year inside the name of an event, as '2024 Reagan National Defense Forum' elsewhere in the set; not a date expression either).",
  "Events: the headline date and 'this morning' (the call, Johnson's), 'last week' (the G7 and NATO discussions, agentless passive, null), 'yesterday’s' (the Lugano conference, a dated noun with no agent in the text, null) and 'next year’s' (the event the UK is to host, United Kingdom, 2023). Not events (vague): 'recently', 'in the coming days and weeks', 'as soon as possible', 'in recent weeks'.",
  "Actors: Johnson, Zelenskyy, the UK ('the UK continued to work', 'the UK had asked', 'the UK hosting'), Russian forces ('captured by Russian forces', and 'Putin’s forces' who 'captured' territory, the same forces) and the EBU (asked by the UK to consider Ukraine's proposals). 'the leaders' and 'The pair' are Johnson and Zelenskyy jointly and are not aliases. Ukraine ('Ukraine’s rebuild plans') is not listed; 'UK military equipment' is adjectival.",
  "second reading (annotator): the whole item re-read once against FORMAT.md sections 1-2 and the stored copy; checked the rebuilt headline is flagged in meta edits, that 5 July 2022 was a Tuesday (last week = 27 June - 3 July; yesterday = Monday 4 July, the Lugano conference's first day; next year = 2023), that 'recently' and 'in recent weeks' are left out as vague, and every alias as an exact substring; no change.",
 ],
}
