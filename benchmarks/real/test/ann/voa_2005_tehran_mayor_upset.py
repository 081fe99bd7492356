ANN = {
 "article": "articles/voa_2005_tehran_mayor_upset.txt",
 "gold_out": "gold/voa_2005_tehran_mayor_upset.json",
 "published": "2005-06-25",
 "quotes": [
  {"text": "I voted for Ahmadinejad because of the unemployment situation", "speaker": "South Tehran voter (unnamed)", "speaker_mention": "a South Tehran voter",
   "note": "names Ahmadinejad, who is not the speaker"},
 ],
 "figures": [
  {"quantity": "iran_runoff_2005:ahmadinejad_share", "text": "61", "value": 61, "unit": "%", "counted": "Ahmadinejad's share of the runoff vote", "approx": "around", "ctx": "around 61 percent"},
  {"quantity": "iran_runoff_2005:runoff_turnout", "text": "49", "value": 49, "unit": "%", "counted": "turnout of eligible voters in the runoff", "approx": "around", "ctx": "Around 49 percent"},
  {"text": "47 million", "value": 47000000, "counted": "Iran's eligible voters"},
  {"text": "63", "value": 63, "unit": "%", "counted": "first-round turnout", "ctx": "the 63 percent of the first round"},
  {"text": "seven", "value": 7, "counted": "candidates in the first-round field", "ctx": "seven-candidate field"},
 ],
 "events": [
  {"actor": "Mahmoud Ahmadinejad", "date": "2005-06-24", "date_text": "Friday's", "what": "beat Rafsanjani in runoff election",
   "note": "published Saturday 25 June 2005: 'Friday's runoff' = 24 June"},
  {"actor": "Iranian Interior Ministry", "date": "2005-06-25", "date_text": "Dawn", "what": "announced Ahmadinejad had won the presidency",
   "note": "'Dawn was just about to break ... when Interior Ministry officials broke the news': time of day = the reference day"},
  {"actor": None, "date": "2005-06-17", "date_text": "June 17", "what": "first round of voting"},
 ],
 "actors": [
  {"name": "Mahmoud Ahmadinejad", "type": "person", "aliases": ["Mahmoud Ahmadinejad", "Mahmood Ahmadinejad", "Mr. Ahmadinejad", "Ahmadinejad"]},
  {"name": "Akbar Hashemi Rafsanjani", "type": "person", "aliases": ["former president Ali Akbar Hashemi Rafsanjani", "Mr. Rafsanjani"]},
  {"name": "Iranian Interior Ministry", "type": "organisation", "aliases": ["Interior Ministry officials"]},
  {"name": "Iranian reformists", "type": "group", "aliases": ["reformists"]},
  {"name": "South Tehran voter (unnamed)", "type": "person", "aliases": ["a South Tehran voter"]},
 ],
 "notes": [
  "VOA staff report of 25 June 2005 (URL id 2005-06-25-voa2). The stored copy is on VOA's own voatibetanenglish.com domain, not voanews.com; the text is VOA English news copy with no wire credit.",
  "Cross-outlet pair with wn_2005_iran_runoff_result (story iran_runoff_2005): 'around 61 percent' vs Wikinews' 61.8% (key iran_runoff_2005:ahmadinejad_share) and 'Around 49 percent' vs 'nearly 49 per cent' (key iran_runoff_2005:runoff_turnout). VOA gives no source for its numbers.",
  "The only quote is by an unnamed voter; the actor is 'South Tehran voter (unnamed)'. The spelling 'Mahmood Ahmadinejad' (second paragraph) is kept as an alias.",
  "'June 17' is a date (annotated as an event), not a figure. Left out: 'first round', 'second place', 'first-place' (ordinals); the last paragraph of the stored copy (cut mid-sentence, with 'Wednesday') was dropped.",
  "second reading: every quote, figure, event date (weekdays recomputed from published) and actor checked against the text; no change.",
 ],
}
