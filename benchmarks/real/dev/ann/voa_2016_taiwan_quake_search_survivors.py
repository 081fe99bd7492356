RW = "Taiwanese rescue workers"
AU = "Taiwanese authorities"
CC = "Cheng Chi-Feng"
K = "taiwan_tainan_quake_2016:"
ANN = {
 "article": "articles/voa_2016_taiwan_quake_search_survivors.txt",
 "gold_out": "gold/voa_2016_taiwan_quake_search_survivors.json",
 "published": "2016-02-08",
 "quotes": [
  {"text": "Today in the morning and afternoon we used a life detector to look for survivors, and in the end we did not detect any signs of life", "speaker": CC,
   "speaker_mention": "Cheng Chi-Feng, deputy leader of the Tainan City Government Rescue Team",
   "note": "attribution after the quote ('..., Cheng Chi-Feng, deputy leader of the Tainan City Government Rescue Team, said Sunday'); trailing comma dropped"},
  {"text": "If we find any signs of life, we will be digging to find them.", "speaker": CC,
   "speaker_mention": "Cheng Chi-Feng, deputy leader of the Tainan City Government Rescue Team",
   "note": "second half of the split quotation, after the attribution; no new speaker named"},
 ],
 "figures": [
  {"text": "Thousands", "value": None, "vague": True, "unit": None, "counted": "rescue workers in Taiwan", "source": None, "approx": None,
   "note": "VOA's own voice"},
  {"quantity": K+"still_trapped_building", "text": "100", "value": 100, "unit": None, "counted": "people trapped in the rubble", "source": None, "approx": "more than",
   "note": "'the more than 100 people trapped' (still trapped on Monday), VOA's voice; not the same quantity as 'At least 250 ... believed to have been trapped' (all who were trapped)"},
  {"text": "17", "value": 17, "unit": "storeys", "counted": "apartment building", "source": None, "approx": None, "ctx": "17-story",
   "note": "'17-story apartment building'"},
  {"quantity": K+"rescued_alive_building", "text": "170", "value": 170, "unit": None, "counted": "people rescued alive", "source": None, "approx": "more than"},
  {"quantity": K+"magnitude", "text": "6.4", "value": 6.4, "unit": None, "counted": "quake magnitude", "source": AU, "approx": None,
   "note": "inside the clause claimed by 'Authorities say ...'"},
  {"quantity": K+"deaths", "text": "34", "value": 34, "unit": None, "counted": "people killed", "source": AU, "approx": "at least",
   "note": "'Authorities say Saturday's predawn 6.4 magnitude quake killed at least 34 people'"},
  {"quantity": K+"injured", "text": "500", "value": 500, "unit": None, "counted": "others injured", "source": AU, "approx": "more than"},
  {"text": "2 million", "value": 2000000, "unit": None, "counted": "residents of Tainan", "source": AU, "approx": None,
   "note": "apposition 'Tainan, a city of 2 million residents' inside the authorities' reported clause; source follows the sentence's claimant"},
  {"text": "250", "value": 250, "unit": None, "counted": "people believed trapped inside their apartments", "source": None, "approx": "at least",
   "note": "'are believed to have been trapped': passive belief with no named believer, so no source"},
  {"text": "two", "value": 2, "unit": None, "counted": "other partially collapsed buildings", "source": None, "approx": None},
  {"text": "tons", "value": None, "vague": True, "unit": "tons", "counted": "of concrete and steel", "source": None, "approx": None,
   "note": "vague measure ('under tons of concrete and steel'), annotated like a vague plural"},
 ],
 "events": [
  {"actor": RW, "date": "2016-02-08", "date_text": "early Monday", "what": "rescue workers clawed through the wreckage",
   "note": "'Thousands of rescue workers in Taiwan clawed through ... early Monday': subject of 'clawed'"},
  {"actor": None, "date": "2016-02-06", "date_text": "Saturday's", "what": "predawn 6.4 magnitude quake in southern Taiwan",
   "note": "a date on the noun 'quake'; an earthquake has no agent (the authorities only report its toll)"},
  {"actor": CC, "date": "2016-02-07", "date_text": "Sunday", "what": "said no signs of life were detected with a life detector",
   "note": "'..., Cheng Chi-Feng, ..., said Sunday': Sunday modifies 'said'"},
 ],
 "actors": [
  {"name": RW, "type": "group", "aliases": ["rescue workers", "Rescue workers", "Rescuers"]},
  {"name": AU, "type": "organisation", "aliases": ["Authorities"]},
  {"name": CC, "type": "person", "aliases": ["Cheng Chi-Feng", "Cheng Chi-Feng, deputy leader of the Tainan City Government Rescue Team"]},
 ],
 "notes": [
  "VOA report (no byline) of Monday 8 February 2016 (Taiwan time) on the search after the magnitude 6.4 Tainan earthquake of Saturday 6 February 2016; story taiwan_tainan_quake_2016 (one item in this round). Figures carry quantity keys (deaths, injured, still trapped in the building, rescued alive, magnitude) for later items of the story.",
  "Cheng Chi-Feng's quotation is split by its attribution: two quotes, both his. 'Today in the morning and afternoon' is 'today' inside speech: no event.",
  "'the Lunar New Year' names the holiday during which the quake struck; the quake is already dated by 'Saturday's', so it is not taken as a second event expression. 'Rescue workers' is an in-text subheading, kept as printed.",
  "Not figures: 'signs of life', 'the most important holiday'. 'Rescuers, firefighters and volunteers' combed the rubble without a date: no event. 'medical staff and ambulances' do not act in a dated clause and are not actors.",
  "Re-read once fully against FORMAT.md after building: quotes, number tokens and date expressions checked.",
 ],
}
