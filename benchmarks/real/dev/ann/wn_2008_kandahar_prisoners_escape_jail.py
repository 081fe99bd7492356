K = "kandahar_prison_break_2008:"
ANN = {
 "article": "articles/wn_2008_kandahar_prisoners_escape_jail.txt",
 "gold_out": "gold/wn_2008_kandahar_prisoners_escape_jail.json",
 "published": "2008-06-13",
 "quotes": [
  {"text": "a suicide attacker drove his way into the main gate of the prison, it was very strong and destroyed the gate and two sides of the surrounding wall.",
   "speaker": "police", "speaker_mention": "Police", "fragment": False,
   "note": "'Police have reported that \"...\"': the text credits the police (no person named); the final '.' inside the marks is kept"},
 ],
 "figures": [
  {"text": "two", "value": 2, "unit": None, "counted": "sides of the surrounding wall destroyed", "source": "police", "approx": None, "ctx": "two sides",
   "note": "inside the police quote, so the police claim it"},
  {"text": "350", "value": 350, "unit": None, "counted": "militants who participated in the attack", "source": None, "approx": "around",
   "note": "'About 350 militants participated': outlet's voice. No quantity key: a total of militants, not the same count as the '30 other militants' besides the bombers (K+'attackers_insurgents')"},
  {"quantity": K+"guards_killed", "text": "15", "value": 15, "unit": None, "counted": "guards killed", "source": None, "approx": None,
   "note": "outlet's voice; VOA 14 June 'at least 15 security guards' shares the key"},
  {"quantity": K+"escaped", "text": "1,000", "value": 1000, "unit": None, "counted": "prisoners escaped", "source": None, "approx": "around",
   "note": "'about 1,000 prisoners escaped' = around; outlet's voice. Same quantity as VOA's 'hundreds of prisoners ... whoescaped' (14 June) and 'freed hundreds of inmates' (17 June)"},
  {"quantity": K+"suicide_bombers", "text": "two", "value": 2, "unit": None, "counted": "suicide bombers used to attack the prison", "source": None, "approx": None, "ctx": "two suicide bombers",
   "note": "outlet's voice; VOA 14 June gives the same count from the Taliban spokesman"},
  {"quantity": K+"attackers_insurgents", "text": "30", "value": 30, "unit": None, "counted": "other militants on motorcycles", "source": None, "approx": "around",
   "note": "'roughly 30 other militants' = around; the militants besides the two suicide bombers, as VOA's '30insurgents and two suicide bombers' (Taliban spokesman)"},
 ],
 "events": [],
 "actors": [
  {"name": "police", "type": "organisation", "aliases": ["Police"]},
  {"name": "Taliban", "type": "organisation", "aliases": ["Taliban militants", "The Taliban"]},
 ],
 "notes": [
  "Wikinews report of Friday 13 June 2008 (date line removed) on the Taliban attack on the Kandahar prison; story kandahar_prison_break_2008 with voa_2008_kandahar_manhunt_recapture_prisoners (14 June) and voa_2008_arghandab_families_flee_taliban_villages (17 June).",
  "Quantity keys across the story: K+'guards_killed' (15), K+'escaped' (about 1,000 against VOA's 'hundreds'), K+'suicide_bombers' (two), K+'attackers_insurgents' (roughly 30 other militants against the Taliban spokesman's 30 insurgents in VOA 14 June). '350 militants participated' has no key (a different, total count).",
  "No dated event: the only date expression was the date line, removed; 'Afterwards' is vague. 'was attacked by Taliban militants', 'has been declared', 'have been deployed' are undated.",
  "The quote is credited to 'Police' as the text says (no person named). 'Almost all the prisoners', 'large numbers' are not figures.",
  "second reading: re-read the whole item against FORMAT.md sections 1-2: checked all six number tokens (two x2, 350, 15, 1,000, 30), the quote span with its final '.', and that no date expression other than the removed date line is in the text.",
 ],
}
