ANN = {
 "article": "articles/kremlin_2020_government_coronavirus_meeting.txt",
 "gold_out": "gold/kremlin_2020_government_coronavirus_meeting.json",
 "published": "2020-02-05",
 "quotes": [],
 "figures": [
  {"text": "24,500", "value": 24500, "counted": "cases of the virus on record in the world", "source": "Tatyana Golikova"},
  {"text": "229", "value": 229, "counted": "cases detected in countries other than China", "source": "Tatyana Golikova"},
  {"text": "two", "value": 2, "counted": "cases detected in Russia", "source": "Tatyana Golikova", "ctx": "only two cases"},
  {"text": "22", "value": 22, "counted": "measures in the national plan against the coronavirus", "source": "Tatyana Golikova", "ctx": "of 22 measures"},
 ],
 "events": [],
 "actors": [
  {"name": "Vladimir Putin", "type": "person", "aliases": ["Vladimir Putin", "President of Russia Vladimir Putin", "Mr President"]},
  {"name": "Tatyana Golikova", "type": "person", "aliases": ["Deputy Prime Minister Tatyana Golikova", "Ms Golikova"]},
  {"name": "Mikhail Mishustin", "type": "person", "aliases": ["Mr Mishustin"]},
  {"name": "Government of Russia", "type": "organisation", "aliases": ["the Government", "The Government"]},
 ],
 "notes": [
  "Kremlin transcript of the 5 February 2020 meeting with Government members (coronavirus item); story russia_coronavirus_2020. Speech is marked by speaker labels ('President of Russia Vladimir Putin:', 'Deputy Prime Minister Tatyana Golikova:'), not by quote marks, so there are no quotes.",
  "All figures are in Golikova's report and are claimed by her (the labelled speaker).",
  "'As of today' is inside speech (transcript) and is left out as an event, like 'today' inside a quote; the transcript has no other date expression.",
  "'only two' has no approximator ('only' is not a hedge).",
  "Actor 'Mikhail Mishustin': the text has only 'Mr Mishustin' (then Prime Minister); the full name is the canonical name.",
  "second reading: every quote, figure, event date (weekdays recomputed from published) and actor checked against the text; no change.",
 ],
}
