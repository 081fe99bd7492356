ANN = {
 "article": "articles/uapres_2022_missiles_morale_address.txt",
 "gold_out": "gold/uapres_2022_missiles_morale_address.json",
 "published": "2022-06-25",
 "quotes": [],
 "figures": [
  {"text": "45", "value": 45, "unit": None, "counted": "Russian missiles launched over the night and morning", "source": "Volodymyr Zelenskyy", "approx": None},
 ],
 "events": [
  {"actor": "Russia", "date": "2022-06-24/2022-06-25", "date_text": "over the night and morning of today", "what": "launched 45 missiles at Ukrainian regions",
   "note": "night before the address day plus that morning: normalised like 'overnight' (D-1/D)"},
  {"actor": "Russia", "date": "2022-06-25", "date_text": "In the evening", "what": "launched more missiles"},
  {"actor": "Russian Armed Forces", "date": "2022-02-28", "date_text": "on the fifth day", "what": "planned to capture most of Ukraine",
   "note": "fifth day of the full-scale invasion that began on 24 February 2022 (24 Feb = day one)"},
 ],
 "actors": [
  {"name": "Volodymyr Zelenskyy", "type": "person", "aliases": ["the President of Ukraine"]},
  {"name": "Russia", "type": "country", "aliases": ["Russia"]},
  {"name": "Russian Armed Forces", "type": "organisation", "aliases": ["the Russian army", "The occupiers"]},
 ],
 "notes": [
  "Evening video address by President Zelenskyy (first person, no quote marks): no quotes; the figure is his.",
  "'Today marks the fifth month ...' and 'on the fifth month' refer to the address day itself ('today' inside speech is left out); 'on the fifth day' is annotated as the planned date of the capture (2022-02-28).",
  "Not figures: 'fifth month', 'fifth day' (ordinals), 'one goal' ('one' as determiner of a single aim, not a count of interest), 'All of them'.",
  "The stored copy's last paragraph ('I will take part in the G7 Summit on Monday. The NATO Summit will take place next week. 45 missiles in half a day ...') was cut mid-sentence and dropped, with its events and the repeated 45.",
 "second reading: text re-read line by line against the gold; figure values/units/sources, event dates (weekdays checked with datetime) and actor aliases confirmed; no change needed beyond the build fixes.",
 ],
}
