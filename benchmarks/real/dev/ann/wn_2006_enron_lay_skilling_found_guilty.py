S = "enron_verdict_2006"
LAY = "Kenneth L. Lay"
SK = "Jeffrey K. Skilling"
J = "jury in Houston"
ANN = {
 "article": "articles/wn_2006_enron_lay_skilling_found_guilty.txt",
 "gold_out": "gold/wn_2006_enron_lay_skilling_found_guilty.json",
 "published": "2006-05-25",
 "quotes": [
  {"text": "Obviously, I'm disappointed, but that's the way the system works", "speaker": SK, "speaker_mention": "Skilling",
   "note": "'\"...,\" Skilling said after the verdict.'; trailing comma before the closing mark dropped"},
 ],
 "figures": [
  {"text": "6", "ctx": "of 6 kinds", "value": 6, "unit": None, "counted": "kinds of white-collar crime", "source": None, "approx": None,
   "note": "outlet's own voice (the jury's finding reported by Wikinews)"},
  {"text": "ten", "ctx": "all ten counts", "value": 10, "unit": None, "counted": "counts against Lay, all convicted", "source": None, "approx": None,
   "note": "all ten counts: the six of the jury trial plus the four of the separate bench trial (DOJ release of the same day gives 6 + 1 + 3); not the same scope as the DOJ 'six', so no shared key"},
  {"quantity": S+":skilling_counts_convicted", "text": "nineteen", "value": 19, "unit": None, "counted": "counts Skilling was convicted of", "source": None, "approx": None},
  {"quantity": S+":skilling_counts_charged", "text": "twenty-eight", "value": 28, "unit": None, "counted": "counts charged against Skilling", "source": None, "approx": None},
  {"text": "four", "value": 4, "unit": "months", "counted": "length of the trial", "source": None, "approx": None,
   "note": "'a four-month-long trial' (number glued to the unit as in '47-year-old'); the DOJ release's '56 days of trial proceedings' counts sitting days, another measure, so no shared key"},
  {"text": "sixteen", "value": 16, "unit": None, "counted": "guilty pleas from former Enron executives", "source": None, "approx": None},
  {"text": "$5 million", "value": 5e6, "unit": "USD", "counted": "bond Lay was ordered to post", "source": None, "approx": None,
   "note": "the judge orders the bond; an order is not a claim of the number, so the outlet's voice (null)"},
 ],
 "events": [
  {"actor": J, "date": "2006-05-25", "date_text": "on May 25", "what": "found Lay and Skilling guilty",
   "note": "'A jury in Houston found ... guilty ... on May 25': the jury is the subject of 'found'"},
  {"actor": None, "date": "2006-09-11", "date_text": "September 11, 2006", "what": "sentencing set",
   "note": "'Sentencing has been set for September 11, 2006': passive without agent (who set it is not said), so null"},
 ],
 "actors": [
  {"name": LAY, "type": "person", "aliases": ["Kenneth L. Lay", "Kenneth Lay", "Lay"]},
  {"name": SK, "type": "person", "aliases": ["Jeffrey K. Skilling", "Jeffrey Skilling", "Skilling"]},
  {"name": J, "type": "organisation", "aliases": ["A jury in Houston"]},
  {"name": "Sim Lake", "type": "person", "aliases": ["U.S. District Judge Sim Lake"]},
  {"name": "United States government", "type": "organisation", "aliases": ["the government"]},
 ],
 "notes": [
  "Wikinews report of Thursday 25 May 2006 on the Enron verdict of the same day; story enron_verdict_2006 with the Justice Department release of the same day (doj_2006_enron_lay_skilling_convicted).",
  "Cross-item figures: Skilling convicted on 'nineteen' of 'twenty-eight' counts here and '19' of '28' in the DOJ release (keys skilling_counts_convicted, skilling_counts_charged). Lay's 'all ten counts' here covers both trials, while the DOJ 'six' is the jury trial only: different scope, no shared key.",
  "Not figures: 'sixth day of deliberations', 'the first of the wave' (ordinals); 'a number of high-profile executives' (no number); 'many years' (not a number).",
  "Not events: 'after the verdict', 'on the sixth day of deliberations' (relative to no printed date), 'earlier in the decade' (vague, the wave of accounting scandals; left out like 'recently').",
  "Enron Corp. does not act in the text and is not an actor; Lay 'did not immediately speak' (no quote).",
  "second reading: re-read the whole item against FORMAT.md sections 1-2 (quote span and dropped comma, every number token, the two date expressions, aliases as exact surface forms); no change.",
 ],
}
