ANN = {
 "article": "articles/dod_2023_austin_zelenskyy_pentagon.txt",
 "gold_out": "gold/dod_2023_austin_zelenskyy_pentagon.json",
 "published": "2023-09-21",
 "quotes": [
  {"text": "his personal commitment and involvement and working with international leaders on that front", "speaker": "Pat Ryder", "speaker_mention": "Ryder", "fragment": True,
   "note": "Ryder's words describing what Austin highlighted; the speaker is Ryder ('Ryder said'), not Austin"},
  {"text": "There was also an opportunity to discuss Ukraine's longer term capability requirements and how to support them in the future in terms of deterring Russia.", "speaker": "Pat Ryder", "speaker_mention": "Ryder"},
  {"text": "It's a sovereign decision for any country to decide what level of support that they're going to provide", "speaker": "Pat Ryder", "speaker_mention": "the general"},
  {"text": "I will highlight, however, that Poland has been one of the leading countries when it comes to providing security assistance to Ukraine, and not only security assistance but also in terms of providing significant humanitarian aid and support for more than a million displaced Ukrainians who have gone to Poland as a result of Russia's unprovoked invasion.", "speaker": "Pat Ryder", "speaker_mention": "the general"},
 ],
 "figures": [
  {"text": "a million", "value": 1000000, "counted": "displaced Ukrainians who have gone to Poland", "source": "Pat Ryder", "approx": "more than"},
 ],
 "events": [
  {"actor": "Pat Ryder", "date": "2023-09-21", "date_text": "today", "what": "said at news conference Austin assured Zelenskyy"},
  {"actor": "Lloyd J. Austin III and Volodymyr Zelenskyy", "date": "2023-09-21", "date_text": "earlier in the day", "what": "met at the Pentagon"},
 ],
 "actors": [
  {"name": "Lloyd J. Austin III", "type": "person", "aliases": ["Secretary of Defense Lloyd J. Austin III", "Austin"]},
  {"name": "Volodymyr Zelenskyy", "type": "person", "aliases": ["Ukrainian President Volodymyr Zelenskyy", "Zelenskyy", "the Ukrainian leader"]},
  {"name": "Pat Ryder", "type": "person", "aliases": ["Pentagon Press Secretary Air Force Brig. Gen. Pat Ryder", "Ryder", "the general"]},
  {"name": "United States", "type": "country", "aliases": ["the United States"]},
  {"name": "Poland", "type": "country", "aliases": ["Poland"]},
  {"name": "Ukraine", "type": "country", "aliases": ["Ukraine"]},
  {"name": "Russia", "type": "country", "aliases": ["Russia"]},
 ],
 "notes": [
  "second reading: no change (quotes, figures, events, actors and dates checked against the text).",
  "DOD News story: every quote is the Pentagon press secretary's. Hard case: the first quote is a fragment describing Austin ('Austin highlighted \"his personal commitment ...\"'), but it is Ryder who says it ('Ryder said').",
  "'the general' = Brig. Gen. Pat Ryder; the quote after 'Ryder said.' continues his words in a second quote (split by the attribution).",
  "'today' (narrative, not in a quote) is the day of the news conference, 21 Sep 2023; 'earlier in the day' is the same day.",
  "'one of the leading countries' is a pronoun use of 'one', not a figure.",
  "The stored copy prints 'Published' without a date; see the meta edits. The cut last paragraph (with 'More than 50 countries') was dropped.",
 ],
}
