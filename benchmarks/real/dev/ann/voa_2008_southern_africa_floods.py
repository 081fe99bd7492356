R = "relief officials in southern Africa"
B = "Odile Bulten"
E = "James Elder"
ANN = {
 "article": "articles/voa_2008_southern_africa_floods.txt",
 "gold_out": "gold/voa_2008_southern_africa_floods.json",
 "published": "2008-01-11",
 "quotes": [
  {"text": "As a result of heavy rains in Zambia and Zimbabwe these five rivers are overflowing, their levels is [are] quite high", "speaker": B, "speaker_mention": "Odile",
   "note": "VOA's attribution uses her first name ('Odile said'); the bracketed '[are]' is VOA's own correction inside the quote and is kept"},
  {"text": "The rainy season is still very much commencing", "speaker": E, "speaker_mention": "he"},
  {"text": "We've had an enormous amount of rain in December, more than 130 years of keeping records. And so what problems it is bringing is also happening at a time when Zimbabweans are facing multiple crises.",
   "speaker": E, "speaker_mention": "he"},
 ],
 "figures": [
  {"text": "100,000", "value": 100000, "unit": None, "counted": "people whose homes and crops were destroyed", "source": None, "approx": "around",
   "note": "standfirst in VOA's own voice ('nearly' = around); the 'relief officials say' of the next sentence claims something else (better preparation)"},
  {"text": "several dozen", "value": None, "vague": True, "unit": None, "counted": "people killed", "source": R, "approx": None},
  {"text": "tens of thousands", "value": None, "vague": True, "unit": None, "counted": "people displaced", "source": R, "approx": None, "ctx": "displaced tens of thousands"},
  {"text": "one", "value": 1, "unit": "months", "counted": "time before the peak of the rainy season", "source": R, "approx": None, "ctx": "one month before"},
  {"text": "Tens of thousands", "value": None, "vague": True, "unit": None, "counted": "more who have lost their crops", "source": R, "approx": None,
   "note": "continues the relief officials' account of the previous sentence ('Tens of thousands more ...')"},
  {"quantity": "southern_africa_floods_2008:rivers_on_highest_alert", "text": "five", "value": 5, "unit": None, "counted": "rivers in the region", "source": B, "approx": None, "ctx": "levels of five rivers"},
  {"quantity": "southern_africa_floods_2008:rivers_on_highest_alert", "text": "five", "value": 5, "unit": None, "counted": "rivers overflowing", "source": B, "approx": None, "ctx": "these five rivers"},
  {"text": "30,000", "value": 30000, "unit": None, "counted": "people who lost their homes in central Mozambique", "source": R, "approx": None},
  {"text": "50,000", "value": 50000, "unit": None, "counted": "people who lost their crops in central Mozambique", "source": R, "approx": None},
  {"text": "tens of thousands", "value": None, "vague": True, "unit": None, "counted": "people affected by floods in Zimbabwe", "source": None, "approx": None, "ctx": "affected tens of thousands"},
  {"text": "several thousand", "value": None, "vague": True, "unit": None, "counted": "people left homeless in Zimbabwe", "source": None, "approx": None},
  {"text": "two", "value": 2, "unit": "years", "counted": "length of the drought ended by the rains", "source": E, "approx": None, "ctx": "two-year drought"},
  {"text": "130", "value": 130, "unit": "years", "counted": "years of keeping records", "source": E, "approx": "more than"},
 ],
 "events": [
  {"actor": None, "date": "2001", "date_text": "seven years ago", "what": "disastrous flooding in southern Africa",
   "note": "relative date ('N years ago') = the year 2008 - 7; weather, no agent; not a figure"},
  {"actor": None, "date": "2007-12", "date_text": "in December", "what": "enormous amount of rain in Zimbabwe",
   "note": "inside Elder's quote; past tense in a January 2008 report: December 2007; weather, no agent ('We've had' is the country suffering it, not an agent)"},
 ],
 "actors": [
  {"name": R, "type": "group", "aliases": ["Relief officials in southern Africa", "relief officials", "Relief officials"]},
  {"name": B, "type": "person", "aliases": ["Odile Bulten", "Bulten", "Odile"]},
  {"name": "UN Office for the Coordination of Humanitarian Affairs", "type": "organisation", "aliases": ["the United Nations Humanitarian Affairs Coordination Office"]},
  {"name": E, "type": "person", "aliases": ["James Elder"]},
  {"name": "UNICEF", "type": "organisation", "aliases": ["the United Nations Children's Fund"]},
 ],
 "notes": [
  "VOA staff report (Scott Bobb, Johannesburg) of Friday 11 January 2008. Claimants: relief officials (several dozen killed, tens of thousands displaced, 30,000 homeless and 50,000 without crops in Mozambique), Odile Bulten of UN OCHA (five rivers, stated twice: one key) and James Elder of UNICEF (two-year drought, more than 130 years of records); VOA's own voice gives nearly 100,000 and the Zimbabwe figures.",
  "Not the same quantity: 30,000 who lost homes in central Mozambique is a part of the region's 'tens of thousands' displaced; 50,000 without crops in Mozambique vs 'tens of thousands more' without crops in the region; so no keys between them.",
  "'for the past month' is a duration without a number (not a figure, not an event); 'one month before the peak of the rainy season' is a duration figure (1 month). 'seven years ago' is a relative date (event), not a figure. 'so far', 'still' are vague.",
  "'relief officials' in 'soldiers are helping relief officials distribute food' is the same group noun as the claimant; the soldiers do not speak or claim and are not listed.",
 ],
}
