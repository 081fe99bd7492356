ANN = {
 "article": "articles/dod_2024_ryder_nato_summit_briefing.txt",
 "gold_out": "gold/dod_2024_ryder_nato_summit_briefing.json",
 "published": "2024-07-09",
 "quotes": [],
 "figures": [
  {"text": "decade", "value": 10, "unit": "years", "approx": None, "counted": "years of Stoltenberg's leadership of NATO", "source": "Pat Ryder",
   "note": "'Secretary Stoltenberg's decade of ... leadership': a number word for ten years (like 'a dozen'); he led NATO from October 2014"},
 ],
 "events": [
  {"actor": None, "date": "2024-07-08/2024-07-14", "date_text": "this week", "occ": 1, "what": "NATO summit hosted in Washington",
   "note": "passive 'is being hosted' without agent"},
  {"actor": "Lloyd Austin", "date": "2024-07-08", "date_text": "Yesterday", "what": "hosted Stoltenberg at the Pentagon",
   "note": "the medal presentation 'following the meeting' is the same day, but carries no date expression of its own"},
  {"actor": None, "date": "2024-07-08/2024-07-14", "date_text": "this week", "occ": 2, "what": "NATO summit events",
   "note": "'NATO summit events this week': the events have no agent in the sentence"},
 ],
 "actors": [
  {"name": "Pat Ryder", "type": "person", "aliases": ["MAJOR GENERAL PAT RYDER", "GEN. RYDER", "Maj. Gen. Pat Ryder"]},
  {"name": "Lloyd Austin", "type": "person", "aliases": ["Secretary Austin", "the Secretary"]},
  {"name": "Jens Stoltenberg", "type": "person", "aliases": ["NATO Secretary General Jens Stoltenberg", "Secretary General Stoltenberg", "Secretary Stoltenberg"]},
  {"name": "NATO", "type": "organisation", "aliases": ["NATO", "the NATO Alliance", "the alliance"]},
 ],
 "notes": [
  "Pentagon briefing transcript with two labels for the same speaker ('MAJOR GENERAL PAT RYDER:' and 'GEN. RYDER:'); no quote marks, so no quotes.",
  "One figure: 'decade' (ten years of Stoltenberg's leadership), treated as a number word like 'a dozen' and sourced to Ryder (transcript convention). Not figures: '75th anniversary' (ordinal), 'a few related updates', 'one of the most challenging periods' (not a count).",
  "The stored copy does not print the date; published is set to 2024-07-09 from the events it reports (see meta edits). 'this week' = the ISO week of that Tuesday.",
  "The dropped last paragraph held further dated events (Hicks's remarks 'earlier today', 'later this afternoon' commemoration) but was cut mid-word, so it is not in the item.",
  "second reading: every figure (value, unit, approx, counted, source), event date (recomputed from published with datetime, weekdays checked) and actor re-checked against the text line by line.",
 ],
}
