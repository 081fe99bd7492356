ZEL = "Volodymyr Zelenskyy"
ANN = {
 "article": "articles/uapres_2022_prisoners_grain_address.txt",
 "gold_out": "gold/uapres_2022_prisoners_grain_address.json",
 "published": "2022-12-02",
 "quotes": [],
 "figures": [
  {"text": "1,331", "value": 1331, "unit": None, "counted": "Ukrainians released from Russian captivity during the full-scale war", "source": ZEL, "approx": None},
  {"text": "25,000", "value": 25000, "unit": "tonnes", "counted": "humanitarian wheat to be sent to Somalia", "source": ZEL, "approx": None},
  {"text": "30,000", "value": 30000, "unit": "tonnes", "counted": "wheat on board the second vessel heading to Ethiopia", "source": ZEL, "approx": None},
 ],
 "events": [
  {"actor": ZEL, "date": "2022-12-02", "date_text": "today", "what": "honored released prisoners with state awards", "ctx": "today I had a privilege"},
  {"actor": "Ukraine", "date": "2022-11-28/2022-12-04", "date_text": "All this week", "what": "worked in European capitals for tribunal support",
   "note": "'we' = Ukraine's diplomacy ('our position', 'our partners'); the ISO week of Friday 2 December 2022"},
  {"actor": None, "date": "2022-12-02", "date_text": "Today", "what": "third Grain from Ukraine vessel entered Odesa port", "ctx": "Today, the third vessel",
   "note": "the vessel is not an agent; no actor"},
 ],
 "actors": [
  {"name": ZEL, "type": "person", "aliases": ["President of Ukraine"]},
  {"name": "Ukraine", "type": "country", "aliases": ["Ukraine"]},
 ],
 "notes": [
  "Evening video address of Zelenskyy (2 December 2022, a Friday). Every word after the headline is his, without quote marks: no quotes, and every figure is sourced to him (guide section 10).",
  "\"isolation.\" is in quote marks as a name (the Izoliatsia detention site / a scare term), not someone's words: not a quote.",
  "Not figures: 'the third vessel', 'The second vessel', 'the first vessel' (ordinals), 'a single Ukrainian', 'every day'. 'during the full-scale war' and 'The day will come' are not datable expressions.",
  "Events in the speech prose are annotated as first-person speech events (guide section 10): 'today' = 2022-12-02.",
  "The last stored paragraph ('And in general, by the end o...') was cut mid-word and dropped.",
  "second reading: no change (2 December 2022 is a Friday; 'All this week' = ISO week 2022-11-28/2022-12-04; tonnes figures checked).",
 ],
}
