ANN = {
 "article": "articles/wn_2005_iranians_vote_runoff.txt",
 "gold_out": "gold/wn_2005_iranians_vote_runoff.json",
 "published": "2005-06-24",
 "quotes": [],
 "figures": [
  {"text": "50%", "value": 50, "unit": "%", "counted": "vote share no candidate exceeded in the first round", "approx": "more than",
   "note": "stated negatively: no candidate received more than 50%"},
 ],
 "events": [
  {"actor": "Iranian voters", "date": "2005-06-24", "date_text": "today", "what": "vote in presidential run-off election"},
  {"actor": None, "date": "2005-06-13/2005-06-19", "date_text": "last weeks", "what": "first-round election, no candidate over 50%",
   "note": "'last weeks election' (sic, for 'last week's'): the previous ISO week; the first round was held on Friday 17 June 2005. The verb's subject is 'no candidate', so no agent."},
  {"actor": None, "date": "2005-06-24", "date_text": "at 0430 UTC", "what": "polls opened",
   "note": "time of day: the reference day"},
 ],
 "actors": [
  {"name": "Iranian voters", "type": "group", "aliases": ["Iranians"]},
  {"name": "Mahmoud Ahmadinejad", "type": "person", "aliases": ["conservative candidate Mahmoud Ahmadinejad", "Mahmoud Ahmadinejad"]},
  {"name": "Akbar Hashemi Rafsanjani", "type": "person", "aliases": ["Akbar Hashemi Rafsanjani", "Rafsanjani"]},
  {"name": "Mohammad Khatami", "type": "person", "aliases": ["outgoing President Mohammad Khatami"]},
  {"name": "Clerical Ruling Council", "type": "organisation", "aliases": ["Iran's unelected Clerical Ruling Council"]},
 ],
 "notes": [
  "Short Wikinews item of 24 June 2005, the day of the run-off, the day before wn_2005_iran_runoff_result and voa_2005_tehran_mayor_upset (story iran_runoff_2005). No quotes.",
  "'0430 UTC' is a time of day (not a figure); 'first follow up run-off' is an ordinal.",
  "'today' is outside any quote and is annotated as an event; 'in the past' and 'now' are vague and left out.",
  "second reading: every quote, figure, event date (weekdays recomputed from published) and actor checked against the text; no change.",
 ],
}
