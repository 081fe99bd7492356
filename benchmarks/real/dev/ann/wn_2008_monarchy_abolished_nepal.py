GS = "Nepalese government spokesperson"
ANN = {
 "article": "articles/wn_2008_monarchy_abolished_nepal.txt",
 "gold_out": "gold/wn_2008_monarchy_abolished_nepal.json",
 "published": "2008-05-29",
 "quotes": [
  {"text": "The Nepalese people have been freed from centuries of feudal tradition and the doors have now opened for a radical social and economic transformation",
   "speaker": GS, "speaker_mention": "a government spokesperson", "fragment": False,
   "note": "'\"...,\" said a government spokesperson': an unnamed speaker described, not named; trailing comma dropped"},
  {"text": "Today is the day when my dreams have been realized and similarly the dreams of the nation have perhaps also been realized.",
   "speaker": "Girija Prasad Koirala", "speaker_mention": "Girija Prasad Koirala", "fragment": False,
   "note": "'The Nepalese president, Girija Prasad Koirala, also commented on the move: \"...\"': attribution before a colon; the text calls Koirala 'The Nepalese president' (he was in fact prime minister; the alias keeps the printed words). Final '.' kept"},
  {"text": "clearly spoken for peace and change.", "speaker": "Ban Ki-moon", "speaker_mention": "Ban Ki-moon", "fragment": True,
   "note": "'Ban Ki-moon ... said that ... the Nepalese people have \"clearly spoken for peace and change.\"': a phrase inside reported speech; final '.' inside the marks kept"},
 ],
 "figures": [
  {"text": "two", "value": 2, "unit": "weeks", "counted": "weeks the former king has been given to leave his palace", "source": None, "approx": None,
   "note": "'has been given two weeks to leave his palace': a passive without a named giver, in the outlet's voice (the authorities speak in the next sentence only about forcing him out), so null"},
 ],
 "events": [
  {"actor": None, "date": "2008-04-10", "date_text": "on April 10", "what": "election of the Nepalese Constituent Assembly",
   "note": "'The Nepalese Constituent Assembly, elected on April 10': passive participle without a by-agent -> null; 10 April 2008 (the Assembly's vote itself is dated only 'recently', a vague expression: no event)"},
 ],
 "actors": [
  {"name": "Nepalese Constituent Assembly", "type": "organisation", "aliases": ["The Nepalese Constituent Assembly"]},
  {"name": GS, "type": "person", "aliases": ["a government spokesperson"]},
  {"name": "Gyanendra", "type": "person", "aliases": ["Gyanendra of Nepal", "The former king"]},
  {"name": "Nepalese authorities", "type": "organisation", "aliases": ["Authorities"]},
  {"name": "Girija Prasad Koirala", "type": "person", "aliases": ["Girija Prasad Koirala", "The Nepalese president"]},
  {"name": "Ban Ki-moon", "type": "person", "aliases": ["Ban Ki-moon", "the Secretary General of the United Nations"]},
 ],
 "notes": [
  "Wikinews report of Thursday 29 May 2008 on the Nepalese Constituent Assembly's vote (late on Wednesday 28 May 2008, dated only 'recently' in the text) to abolish the monarchy, with reactions. Story nepal_monarchy_abolished_2008 (single item).",
  "Three quotes: an unnamed government spokesperson ('said a government spokesperson', a description, not a name), Girija Prasad Koirala (introduced by name and title before a colon), and a fragment of Ban Ki-moon inside reported speech. 'Today' inside Koirala's quote is speech-internal and gives no event.",
  "One figure: 'two weeks' (unit weeks, outlet's voice). Not figures: 'centuries' (inside a quote, no number word), 'a large majority'.",
  "One event: 'on April 10' (the Assembly's election, passive without agent: null). 'recently voted' is vague; 'during that period of time' is not a date expression.",
  "Actors: the Assembly (voted), the spokesperson, Koirala, Ban Ki-moon (speak), the authorities ('Authorities say that he will be forced out'), Gyanendra (given two weeks to leave). 'the United Nations' appears only inside Ban's title.",
  "Second careful read done by the annotator against FORMAT.md: quote spans (trailing comma dropped, final '.' kept), 'two' with unit weeks, the single date expression, and that no surface form is shared between actors ('The Nepalese president' is Koirala's printed title).",
 ],
}
