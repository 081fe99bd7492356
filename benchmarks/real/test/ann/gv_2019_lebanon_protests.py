ANN = {
 "article": "articles/gv_2019_lebanon_protests.txt",
 "gold_out": "gold/gv_2019_lebanon_protests.json",
 "published": "2019-10-28",
 "quotes": [],
 "figures": [
  {"text": "tens of thousands", "value": None, "vague": True, "counted": "people demonstrating together in images and videos", "source": None},
  {"text": "300", "value": 300, "approx": "up to", "counted": "arrests during violent confrontations", "source": "local activists",
   "note": "'as many as 300 arrests', claimed 'According to local activists'"},
 ],
 "events": [
  {"actor": None, "date": "2019-10-13/2019-10-25", "date_text": "from October 13 \u2013 25, 2019", "what": "period covered by this Netizen Report"},
  {"actor": "Lebanese protesters", "date": "2019-10-18", "date_text": "since October 18", "what": "mass demonstrations dominated Lebanese cities"},
 ],
 "actors": [
  {"name": "Lebanese protesters", "type": "group", "aliases": ["protesters"]},
  {"name": "Lebanese security forces", "type": "organisation", "aliases": ["military forces and police"]},
  {"name": "local activists", "type": "group", "aliases": ["local activists"]},
 ],
 "notes": [
  "second reading: removed the alias 'people came to the streets' of Lebanese protesters (a clause, not a surface form naming the actor); 'protesters' kept.",
  "Global Voices Advox Netizen Report; the only quotation (Benjamin Redd's tweet) was in the last paragraph, cut mid-quote in the stored copy and dropped.",
  "The four 'we're following' lines name people and outlets that do not act in the text; they are not actors.",
  "Excluded number tokens: '13', '25', '2019', '18' are parts of dates (annotated as events).",
  "'One significant trigger' uses 'One' as a determiner picking out one of several triggers (enumerator-like), not a count.",
  "'each day' (protests grew each day) is a frequency, not an event; 'daily tax' is not a figure.",
 ],
}
