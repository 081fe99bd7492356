ZEL = "Volodymyr Zelenskyy"
ANN = {
 "article": "articles/uapres_2021_frontline_donetsk.txt",
 "gold_out": "gold/uapres_2021_frontline_donetsk.json",
 "published": "2021-06-09",
 "quotes": [
  {"text": "Indeed, we see, and the servicemen notice a decrease in the number of shots - it has decreased significantly over the past 7-10 days. Although there are provocations, and, unfortunately, there are combat losses. However, thank God, it is thunder now, not shots",
   "speaker": ZEL, "speaker_mention": "the Head of State",
   "note": "opens with a straight double quote and closes with a curly one, as printed"},
  {"text": "We always want to bring - and we bring - technical and military things that are really necessary for the safety of our boys and girls",
   "speaker": ZEL, "speaker_mention": "Volodymyr Zelenskyy"},
  {"text": "Impressions from a visit to the frontline are always very positive - from the way our fighters look, from their looks, eyes - men and women, officers and ordinary soldiers",
   "speaker": ZEL, "speaker_mention": "the President"},
  {"text": "It is always an honor for me to visit our defenders. I am inspired by their heroism. That's why I come with joy, with pride",
   "speaker": ZEL, "speaker_mention": "Volodymyr Zelenskyy"},
 ],
 "figures": [
  {"text": "700", "value": 700, "unit": "m", "counted": "distance of the visited Ukrainian positions from the enemy", "source": None,
   "note": "'700 meters'; stated by the presidential office in its own voice, so no claimant"},
  {"text": "7-10", "value": 7, "value_max": 10, "unit": "days", "counted": "period over which shooting decreased", "source": ZEL,
   "note": "range inside Zelenskyy's quote"},
 ],
 "events": [],
 "actors": [
  {"name": ZEL, "type": "person", "aliases": ["President of Ukraine Volodymyr Zelenskyy", "Volodymyr Zelenskyy", "the Head of State", "The Head of State", "the President"]},
  {"name": "Ukrainian servicemen", "type": "group", "aliases": ["the servicemen", "Ukrainian servicemen"]},
 ],
 "notes": [
  "second reading: no change (four quotes, all Zelenskyy; 700 meters and 7-10 days; no dated event in the text; actors checked).",
  "President of Ukraine news item; one speaker (Zelenskyy) named four ways: 'the Head of State', 'Volodymyr Zelenskyy' (twice), 'the President'; 'According to him' introduces reported speech, not a quote.",
  "The headline 'Volodymyr Zelenskyy on the frontline: I am inspired by the heroism of our military' renders his words but has no quote marks, so it is not a quote span.",
  "No events: 'recently' is vague; 'over the past 7-10 days' is a duration (annotated as the figure 7-10 days), not a dated expression; the date line above the body was removed as furniture.",
  "'Donetsk region' and 'the frontline' are places; 'boys and girls', 'men and women' are not numbers.",
 ],
}
