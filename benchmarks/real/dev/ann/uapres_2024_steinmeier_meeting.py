Z = "Volodymyr Zelenskyy"
S = "Frank-Walter Steinmeier"
ANN = {
 "article": "articles/uapres_2024_steinmeier_meeting.txt",
 "gold_out": "gold/uapres_2024_steinmeier_meeting.json",
 "published": "2024-06-11",
 "quotes": [
  {"text": "We highly appreciate Germany's pan-European leadership and all the assistance provided to Ukraine. Following the Ukraine Recovery Conference, we look forward to concrete agreements and results for economic development, foreign investment inflows and elimination of the consequences of large-scale destruction caused by Russian aggression",
   "speaker": Z, "speaker_mention": "Volodymyr Zelenskyy",
   "note": "opened with a straight double quote and closed with a curly one, as on the page"},
 ],
 "figures": [
  {"text": "a million", "value": 1000000, "unit": None, "counted": "Ukrainians given temporary protection in Germany", "source": Z, "approx": "more than",
   "note": "'Volodymyr Zelenskyy emphasized that Germany had provided temporary protection to more than a million Ukrainians'"},
  {"text": "two", "value": 2, "unit": None, "counted": "leaders who discussed Ukraine's expectations", "source": None, "approx": None, "ctx": "The two leaders"},
  {"text": "three", "value": 3, "unit": None, "counted": "points of the Ukrainian Peace Formula to be implemented", "source": None, "approx": None},
 ],
 "events": [
  {"actor": "Germany", "date": "2024", "date_text": "this year's", "what": "hosted and organized the Ukraine Recovery Conference"},
  {"actor": "Volodymyr Zelenskyy and Frank-Walter Steinmeier", "date": "2022-10", "date_text": "in October 2022", "what": "took city partnerships under joint patronage",
   "note": "'The Presidents' = the two presidents named in the readout"},
 ],
 "actors": [
  {"name": Z, "type": "person", "aliases": ["President of Ukraine Volodymyr Zelenskyy", "Volodymyr Zelenskyy", "The Head of State", "The President of Ukraine"]},
  {"name": S, "type": "person", "aliases": ["President of Germany Frank-Walter Steinmeier", "Federal President Frank-Walter Steinmeier", "Frank-Walter Steinmeier"]},
  {"name": "Germany", "type": "country", "aliases": ["Germany"]},
 ],
 "notes": [
  "Presidential readout of a meeting in Germany: one quote by Zelenskyy; the readout's own prose carries the 'more than a million' figure as what he 'emphasized'.",
  "'The Presidents' and 'The two leaders' are the joint actor Zelenskyy and Steinmeier, not aliases of either; 'two' in 'The two leaders' counts them and is annotated as a figure.",
  "Names, not quotes: none in quote marks here. 'Peace Summit', 'Ukraine Recovery Conference', 'Peace Formula' are names without marks.",
  "Not figures: 'the largest number' (no number), 'inaugural' (ordinal sense). 'this year's' dates the Ukraine Recovery Conference (2024).",
  "second reading: 'more than a million' claimed by Zelenskyy ('emphasized that'); 'this year's' = 2024 (published 2024-06-11); 'in October 2022' = 2022-10, joint actor; added 'two' in 'The two leaders' as a figure after the first build.",
 ],
}
