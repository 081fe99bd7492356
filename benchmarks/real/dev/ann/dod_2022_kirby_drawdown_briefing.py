ANN = {
 "article": "articles/dod_2022_kirby_drawdown_briefing.txt",
 "gold_out": "gold/dod_2022_kirby_drawdown_briefing.json",
 "published": "2022-04-13",
 "quotes": [],
 "figures": [
  {"quantity": "us_ukraine_drawdown_apr2022:drawdown_apr13", "text": "$800 million", "value": 800000000, "unit": "USD", "approx": "up to",
   "counted": "additional presidential drawdown of security assistance for Ukraine", "source": "John Kirby",
   "note": "Kirby relays the President's announcement; by the transcript convention the figure is the labelled speaker's"},
 ],
 "events": [
  {"actor": None, "date": "2021-08", "date_text": "since August of 2021", "what": "drawdowns of DOD equipment for Ukraine began",
   "note": "'This authorization is the seventh such drawdown ... since August of 2021': 'be' + noun, no agent"},
 ],
 "actors": [
  {"name": "John Kirby", "type": "person", "aliases": ["Pentagon Press Secretary John F. Kirby", "PRESS SECRETARY JOHN F. KIRBY"]},
  {"name": "Joe Biden", "type": "person", "aliases": ["the President"]},
  {"name": "US Department of Defense", "type": "organisation", "aliases": ["DOD"]},
  {"name": "Ukraine", "type": "country", "aliases": ["Ukraine"]},
  {"name": "Russian armed forces", "type": "organisation", "aliases": ["Russian forces"]},
 ],
 "notes": [
  "Pentagon briefing transcript: Kirby's words carry a speaker label ('PRESS SECRETARY JOHN F. KIRBY:'), not quote marks, so there are no quotes; the $800 million he relays from the President's announcement is sourced to John Kirby (the transcript convention).",
  "'the President' is Joe Biden; the kept text never names him (the dropped paragraph says 'the Biden administration').",
  "'today' in 'I think you saw today the President announced' is a bare 'today' inside speech and is left out, although it is the briefing day (2022-04-13); 'today's fight', 'right now', 'in coming days and weeks' are not dating expressions.",
  "Not figures: 'the seventh such drawdown' (ordinal), '2021' (year). 'we' is the United States / DOD.",
  "Story us_ukraine_drawdown_apr2022 is shared with the State Department briefing of the same day: the $800 million drawdown is one quantity in both items. The last paragraph of the stored copy (with 'more than $3.2 billion' and 'approximately $2.6 billion dollars since ... February 24') was cut mid-sentence and dropped by the guide's rule, which leaves this item with one figure.",
  "second reading: figures (value, unit, approx, counted, source), event dates (recomputed from published) and actors checked against the text line by line; no change beyond adding the headline alias in the GOV.UK item",
 ],
}
