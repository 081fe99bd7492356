S = "guinea_election_violence_2010"
K = S + ":"
NT = "Nouhou Thiam"
CD = "Cellou Dalein Diallo"
AC = "Alpha Conde"
YOUTH = "Malinke and Sousou youth"
ANN = {
 "article": "articles/voa_2010_guinea_emergency_three_killed_reprint.txt",
 "gold_out": "gold/voa_2010_guinea_emergency_three_killed_reprint.json",
 "published": "2010-11-17",
 "quotes": [],
 "figures": [
  {"quantity": K + "dead_since_results", "text": "three", "value": 3, "unit": None, "counted": "people killed in violence since Monday", "source": None, "approx": "at least", "ctx": "At least three people",
   "note": "'At least three people have been killed in violence since Monday': VOA's own voice, no claimant -> null. Same quantity (dead in the violence since the results were announced on Monday 15 November) as the Global Voices post's 'at least seven dead' of 28 November"},
  {"text": "60", "value": 60, "unit": None, "counted": "others injured", "source": None, "approx": "around",
   "note": "'About 60 others have been injured': 'About' = around; VOA's voice. 'several with gunshot wounds' has no number (not a figure)"},
  {"text": "50", "value": 50, "unit": "years", "counted": "years of dictatorship and military control", "source": None, "approx": "more than",
   "note": "'after more than 50 years of dictatorship and military control': a duration in years, VOA's voice"},
 ],
 "events": [
  {"actor": NT, "date": "2010-11-17", "date_text": "Wednesday", "ctx": "said Wednesday", "what": "army chief said the state of emergency will remain until the Supreme Court verifies the results",
   "note": "'Army Chief Nouhou Chaim said Wednesday ...': the army chief (misspelled 'Chaim' for Thiam) is the subject of 'said'; Wednesday 17 November 2010, the report's day"},
  {"actor": "Guinean election officials", "date": "2010-11-15", "date_text": "On Monday", "what": "officials declared Alpha Conde winner of the run-off",
   "note": "'On Monday, officials declared longtime opposition leader Alpha Conde the winner': 'officials' is the subject of 'declared'; Monday 15 November 2010"},
  {"actor": None, "date": "2010-11-07", "date_text": "November 7", "what": "presidential run-off held",
   "note": "a date on a noun ('the November 7 runoff'): an election has no single agent -> null"},
  {"actor": YOUTH, "date": "2010-11-17", "date_text": "On Wednesday", "what": "groups of Malinke and Sousou youth marched through the capital",
   "note": "'On Wednesday, groups of Malinke and Sousou youth ... marched through the streets of the capital': the youth groups are the subject of 'marched'"},
  {"actor": None, "date": "2010-11-15", "date_text": "since Monday", "what": "at least three people killed in violence (period start)",
   "note": "'At least three people have been killed in violence since Monday': passive without a by-agent -> null; 'since Monday' dates the start of the period, Monday 15 November 2010"},
  {"actor": CD, "date": "2010-11-17", "date_text": "Wednesday", "ctx": "Diallo Wednesday", "what": "Diallo renewed an appeal for calm",
   "note": "'Diallo Wednesday renewed an appeal for calm': Diallo is the subject of 'renewed'; Wednesday 17 November 2010"},
 ],
 "actors": [
  {"name": NT, "type": "person", "aliases": ["The head of Guinea's army", "Army Chief Nouhou Chaim", "Nouhou Chaim"]},
  {"name": "Supreme Court of Guinea", "type": "organisation", "aliases": ["Guinea's Supreme Court"]},
  {"name": "Guinean election officials", "type": "group", "aliases": ["officials"]},
  {"name": AC, "type": "person", "aliases": ["longtime opposition leader Alpha Conde", "Alpha Conde"]},
  {"name": CD, "type": "person", "aliases": ["His opponent, Cellou Dalein Diallo", "Cellou Dalein Diallo", "Diallo"]},
  {"name": "Guinean security forces", "type": "organisation", "aliases": ["the country's mostly Malinke security forces"]},
  {"name": YOUTH, "type": "group", "aliases": ["groups of Malinke and Sousou youth"]},
  {"name": "Guinean military rulers", "type": "group", "aliases": ["Guinea's military rulers"]},
 ],
 "notes": [
  "VOA News desk story of Wednesday 17 November 2010, kept from a reprint on sofmag.com ('Article by VOA News'), on the state of emergency after the announcement (Monday 15 November) of Alpha Conde's win in the 7 November run-off; story guinea_election_violence_2010 with VOA's correspondent report of the same day (voa_2010_guinea_army_declares_state_of_emergency, same headline, different text) and the Global Voices post of 28 November.",
  "No quote marks at all: the army chief's, Diallo's and the youths' words are reported speech ('said Wednesday that', 'Diallo says', 'saying they are prepared ...'), so there are no quotes.",
  "Key shared across the story: guinea_election_violence_2010:dead_since_results ('At least three' here, VOA's voice, against the Global Voices post's 'at least seven dead' eleven days later). The injured (about 60) have no counterpart in the other items.",
  "Not figures: 'several with gunshot wounds' (no number), 'Guinea's first democratic vote' (ordinal), 'November 7' (a date). The three occurrences of 'Wednesday' are pinned with ctx ('said Wednesday', 'On Wednesday', 'Diallo Wednesday').",
  "'Nouhou Chaim' is the reprint's misspelling of Nouhou Thiam (army chief); the canonical name is Thiam's as in the other VOA item. 'Diallo' alone is his alias (the text never uses it for anyone else); 'his supporters' and 'they' are not aliases. 'the Peul', 'rival ethnic groups' do not act with a date and are not listed.",
  "second reading (annotator): re-read the whole item against FORMAT.md sections 1-2; resolved 'On Monday', 'since Monday' (15 November), 'Wednesday' (17 November, three times) and 'November 7' against Wednesday 17 November 2010; checked approximators ('At least' = at least, 'About' = around, 'more than'), each alias as an exact substring and that no surface form belongs to two actors.",
 ],
}
