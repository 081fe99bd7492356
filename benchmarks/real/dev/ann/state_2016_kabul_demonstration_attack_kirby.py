US = "United States"
AG = "Ashraf Ghani"
DEM = "demonstrators in Kabul"
ANN = {
 "article": "articles/state_2016_kabul_demonstration_attack_kirby.txt",
 "gold_out": "gold/state_2016_kabul_demonstration_attack_kirby.json",
 "published": "2016-07-23",
 "quotes": [],
 "figures": [
  {"text": "dozens", "value": None, "vague": True, "unit": None, "counted": "Afghans killed in the attack in Kabul", "source": None, "approx": None,
   "note": "'the vicious attack today in Kabul that killed dozens of Afghans': vague plural; the statement's own voice (its author, Kirby, is named only in the removed label lines), so null as in the Lahore statement of dev. 'many more' (wounded) has no number"},
 ],
 "events": [
  {"actor": None, "date": "2016-07-23", "date_text": "today", "ctx": "attack today in Kabul", "what": "vicious attack in Kabul that killed dozens of Afghans",
   "note": "'condemns ... the vicious attack today in Kabul': the date sits on the noun 'attack'; the statement names no attacker ('the murderers', 'The killers responsible' are unnamed), so null. Today = the statement's day, Saturday 23 July 2016"},
  {"actor": DEM, "date": "2016-07-23", "date_text": "today", "ctx": "victims today were", "what": "the victims were exercising their right of peaceful demonstration",
   "note": "'The innocent victims today were, as President Ghani said, exercising ... their constitutional right of peaceful demonstration': 'today' stands before the verb phrase 'were ... exercising', whose subject is the victims (the demonstrators), so they are its agent. (Read as 'the victims of today's attack' it would be null; the adverb position before the verb is taken here.)"},
  {"actor": US, "date": "2016-07-23", "date_text": "today", "ctx": "stand today", "what": "the United States will stand shoulder to shoulder with its Afghan partners",
   "note": "'We will stand today, as we have stood for so many years, shoulder to shoulder with our Afghan partners': subject 'We', the statement's first-person voice, which opens 'The United States condemns ...'; the statement is not quoted speech, so its 'today' is annotated (as 'today’s' in the Lahore statement). 'for so many years' is vague and a duration (left out)"},
 ],
 "actors": [
  {"name": US, "type": "country", "aliases": ["The United States"]},
  {"name": AG, "type": "person", "aliases": ["President Ghani"]},
  {"name": DEM, "type": "group", "aliases": ["The innocent victims"]},
 ],
 "notes": [
  "State Department press statement by Department Spokesperson John Kirby of Saturday 23 July 2016 condemning the bombing of a peaceful demonstration in Kabul that day, as reposted by the U.S. Mission in Geneva on 25 July (see meta). Story kabul_demonstration_bombing_2016 (single item in this batch), so no quantity keys.",
  "No quote marks, so no quotes: Ghani's words are reported without marks ('as President Ghani said, exercising nothing more than ...'); Ghani is listed as an actor (a speaker of reported speech; 'his government investigates' is undated).",
  "One figure, vague ('dozens', statement's voice -> null). Three events, all 'today' (23 July 2016): the attack (null), the victims' demonstration (the victims), the United States standing with its partners (the United States).",
  "Not figures: 'many more', 'so many years' (no number). Not actors: the murderers / killers (unnamed), the security forces (fell victim, no dated act), 'our Afghan partners and friends', the Government of Afghanistan ('his government', undated).",
  "Second reading (annotator): re-read the whole item against FORMAT.md sections 1-2: the three 'today' pinned by ctx, the vague figure, that no quote marks occur, and every alias as an exact substring.",
 ],
}
