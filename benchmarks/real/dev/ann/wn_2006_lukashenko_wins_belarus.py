ANN = {
 "article": "articles/wn_2006_lukashenko_wins_belarus.txt",
 "gold_out": "gold/wn_2006_lukashenko_wins_belarus.json",
 "published": "2006-03-20",
 "quotes": [],
 "figures": [
  {"text": "51", "value": 51, "unit": "years", "counted": "age of Alexander Lukashenko", "source": None},
  {"text": "82.6 percent", "value": 82.6, "unit": "%", "counted": "Lukashenko share of the vote (official preliminary results)", "source": "BBC"},
  {"text": "six percent", "value": 6, "unit": "%", "counted": "Milinkevich share of the vote (official preliminary results)", "source": "BBC"},
  {"text": "92.6 percent", "value": 92.6, "unit": "%", "counted": "turnout of eligible voters", "source": None,
   "note": "no claimant in its sentence; the BBC attribution ('says the BBC') closes the previous sentence and is not carried over"},
  {"text": "seven million", "value": 7000000, "counted": "eligible voters in Belarus", "source": None},
  {"text": "10 000", "value": 10000, "approx": "around", "counted": "Milinkevich supporters gathered in Oktyabrskaya Square", "source": None,
   "note": "'Approximately 10 000' with a space as thousands separator; the next sentence's 'According to the BBC' attributes the slogans and flags, not the crowd size, so the source is left null"},
 ],
 "events": [
  {"actor": None, "date": "2006-03-20", "date_text": "Monday morning", "what": "final election results to be available",
   "note": "the item is dated Monday 20 March 2006 but was evidently written on election night (Sunday 19 March); 'will be available Monday morning' is the morning of the date line's own day, not the following Monday; passive without agent"},
 ],
 "actors": [
  {"name": "Alexander Lukashenko", "type": "person", "aliases": ["Alexander Lukashenko", "Lukashenko"]},
  {"name": "Alexander Milinkevich", "type": "person", "aliases": ["Alexander Milinkevich", "Milinkevich"]},
  {"name": "BBC", "type": "organisation", "aliases": ["BBC"]},
  {"name": "European Union", "type": "organisation", "aliases": ["The European Union", "The EU"]},
  {"name": "United States", "type": "country", "aliases": ["the United States"]},
  {"name": "Belarus", "type": "country", "aliases": ["Belarus"]},
 ],
 "notes": [
  "Wikinews 2006 report on the Belarus presidential election (story belarus_election_2006; the other item of the story is wn_2006_kozulin_arrest_minsk, same outlet). The stored copy breaks off inside the paragraph with Milinkevich's quote, which was dropped, so the item has no quotes.",
  "Vote shares are attributed to the BBC ('The official preliminary results are ... says the BBC'): the claimant is the reporting outlet named by the text, although the figures originate with the (unnamed) election commission.",
  "Deliberately excluded: 'the 2006 Belarus presidential election' (a year naming the election, not a date modifying a verb), 'third term' (ordinal), 'some weeks before the elections' and 'before the elections' (vague / event-relative), 'so far' and 'previously' (vague).",
  "'anti-Lukashenko' contains the surface form 'Lukashenko' but is an adjective, not a mention of the actor acting.",
 ],
}
