K = "china_milk_2008:"
ANN = {
 "article": "articles/wn_2008_china_milk_illness.txt",
 "gold_out": "gold/wn_2008_china_milk_illness.json",
 "published": "2008-09-22",
 "quotes": [],
 "figures": [
  {"text": "13,000", "value": 13000, "counted": "children fallen sick", "source": None, "approx": "around",
   "note": "'Almost 13,000' is approx 'around'; no claimant in the text (the Health Ministry is named only in the next paragraph, about the brands)"},
  {"text": "two", "value": 2, "unit": "years", "counted": "age of most sickened infants", "source": None, "approx": "up to", "ctx": "two years or younger",
   "note": "'two years or younger' = at most two years"},
  {"text": "four", "value": 4, "counted": "children died", "source": None},
  {"text": "Ten percent", "value": 10, "unit": "%", "counted": "share of yogurt, milk and ice cream contaminated", "source": None},
  {"text": "two", "value": 2, "unit": None, "counted": "litres a day of contaminated products", "source": None, "approx": "less than", "ctx": "two litres",
   "note": "litres are not in score.py's unit table, so unit is null and the unit noun is the counted head"},
  {"text": "thousands", "value": None, "vague": True, "counted": "pets poisoned", "source": None},
 ],
 "events": [
  {"actor": None, "date": "2008-09-20", "date_text": "Saturday", "what": "number of illnesses doubled",
   "note": "the Saturday before the Monday publication"},
  {"actor": None, "date": "2007", "date_text": "in 2007", "what": "melamine poisoned thousands of pets in US"},
 ],
 "actors": [
  {"name": "Chinese Health Ministry", "type": "organisation", "aliases": ["The Chinese Health Ministry", "The Ministry"]},
  {"name": "Sanlu Group", "type": "organisation", "aliases": ["Shijiazhuang Sanlu Group Co.", "Sanlu"]},
  {"name": "Mengniu", "type": "organisation", "aliases": ["Mengniu"]},
  {"name": "Yili", "type": "organisation", "aliases": ["Yili"]},
  {"name": "Yang Wenjun", "type": "person", "aliases": ["Yang Wenjun", "president of Mengniu"]},
  {"name": "investigators", "type": "group", "aliases": ["Investigators"]},
 ],
 "notes": [
  "Wikinews, 2008 Chinese milk scandal (health). A figure item without quotes: the text reports the brands' and the ministry's actions without quote marks.",
  "No figure has a named claimant: the Health Ministry 'has stated' only which company produced the tainted milk. 'so far' is vague and not an event.",
  "East Asian names: Yang Wenjun (family name first), Shijiazhuang Sanlu Group Co.",
  "'doubled' is not a number token and is left out.",
 ],
}
