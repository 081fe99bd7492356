ANN = {
 "article": "articles/state_2023_gaza_un_letter_briefing.txt",
 "gold_out": "gold/state_2023_gaza_un_letter_briefing.json",
 "published": "2023-11-16",
 "quotes": [],
 "figures": [
  {"quantity": "gaza_war_2023:us_citizens_signing_un_heads_letter", "text": "three", "occ": 1, "value": 3, "approx": "at least",
   "counted": "American citizens among the UN agency heads who signed the letter", "source": "Matt Lee",
   "note": "claimed by the questioner ('so Matt' — the AP's Matt Lee, named only 'Matt' in the text)"},
  {"quantity": "gaza_war_2023:us_citizens_signing_un_heads_letter", "text": "three", "occ": 2, "value": 3,
   "counted": "Americans among the UN agency heads who signed the letter", "source": "Matt Lee",
   "note": "self-correction restating the same number"},
 ],
 "events": [
  {"actor": "UN agency and NGO heads", "date": "2023-11-16", "date_text": "today", "what": "signed letter opposing Gaza safe zones"},
 ],
 "actors": [
  {"name": "Matthew Miller", "type": "person", "aliases": ["MR MILLER"]},
  {"name": "Matt Lee", "type": "person", "aliases": ["Matt"]},
  {"name": "UN agency and NGO heads", "type": "group", "aliases": ["the heads of a number of UN agencies"]},
 ],
 "notes": [
  "second reading: no change (quotes, figures, events, actors and dates checked against the text).",
  "Briefing transcript with speaker labels ('MR MILLER:', 'QUESTION:'), no quote marks. The first questioner is addressed as 'Matt' (the AP's State Department correspondent Matt Lee); later 'QUESTION:' lines are not attributed in the text.",
  "'three American citizens, three Americans' states the same number twice: both share one quantity key.",
  "'a minute' and 'a number of UN agencies' carry no number token and are not figures.",
  "The headline date 'November 16, 2023' is the title line, not annotated; '16' and '2023' are date tokens.",
  "Story gaza_war_2023 is shared with govuk_2023_gaza_unsc_hostages (GOV.UK); no common quantity is stated.",
 ],
}
