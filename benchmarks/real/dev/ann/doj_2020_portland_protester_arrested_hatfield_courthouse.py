BW = "Billy J. Williams"
RO = "Rowan M. Olsen"
FPS = "Federal Protective Service"
ANN = {
 "article": "articles/doj_2020_portland_protester_arrested_hatfield_courthouse.txt",
 "gold_out": "gold/doj_2020_portland_protester_arrested_hatfield_courthouse.json",
 "published": "2020-07-03",
 "quotes": [
  {"text": "The lawless and violent acts of extremists across the political spectrum cannot continue. Violence directed at federal, state, and local law enforcement and property destruction is inconsistent with the aims of social justice",
   "speaker": BW, "speaker_mention": "U.S. Attorney Williams",
   "note": "first half of a quote interrupted by its attribution ('..., said U.S. Attorney Williams.'); the comma before the closing mark is dropped. Williams is named in full in the paragraph before ('U.S. Attorney Billy J. Williams announced today ...')"},
  {"text": "These are criminal acts and individuals who engage in them will be held accountable.",
   "speaker": BW, "speaker_mention": "U.S. Attorney Williams",
   "note": "second half of the split quote, after the attribution 'said U.S. Attorney Williams.'; the final full stop inside the marks is kept"},
 ],
 "figures": [
  {"text": "19", "value": 19, "unit": "years", "counted": "age of Rowan M. Olsen", "source": None, "approx": None, "ctx": "Olsen, 19,",
   "note": "'Rowan M. Olsen, 19, aka Kiefer Alan Moore, was arrested ...': an age (unit years, as the ages in doj_2006_baltimore_drug_gang_member_15_years); a paragraph after Williams's announcement with no claimant of its own -> null (the release's voice)"},
 ],
 "events": [
  {"actor": FPS, "date": "2020-07-02/2020-07-03", "date_text": "Overnight", "ctx": "Overnight Arrest", "what": "Olsen arrested overnight on (at) the Hatfield courthouse",
   "note": "headline 'After Overnight Arrest': a date on the noun 'Arrest'; the body says who arrested him ('was arrested by Federal Protective Service officers in the early morning hours of July 3, 2020'), so the agent of the arrest is the Federal Protective Service. 'overnight' = the night before the reference day (Friday 3 July 2020): 2020-07-02/2020-07-03"},
  {"actor": BW, "date": "2020-07-03", "date_text": "today", "what": "Williams announced the arrest of a Portland man",
   "note": "'U.S. Attorney Billy J. Williams announced today that ...': active verb, Williams is its subject; the release's day, Friday 3 July 2020"},
  {"actor": None, "date": "2020-07-02/2020-07-03", "date_text": "overnight", "ctx": "an overnight attack", "what": "overnight attack on the Hatfield Federal Courthouse",
   "note": "'his role in an overnight attack on the Hatfield Federal Courthouse': a date on the noun 'attack' (as 'an overnight attack' in the dev Ivory Coast item); the text names no attacker (Olsen had 'his role' in it, he is not given as its agent), so null"},
  {"actor": FPS, "date": "2020-07-03", "date_text": "in the early morning hours of July 3, 2020", "what": "Federal Protective Service officers arrested Olsen",
   "note": "passive with a by-agent: 'was arrested by Federal Protective Service officers in the early morning hours of July 3, 2020' -> the Federal Protective Service. (The second clause, 'a criminal complaint ... is being presented', is undated present)"},
  {"actor": RO, "date": "2020-07-06", "date_text": "on July 6, 2020", "what": "Olsen's first appearance in federal court",
   "note": "'Olsen will remain in custody until his first appearance in federal court on July 6, 2020': the date is on the noun 'appearance', whose agent is Olsen (he appears; he is also the subject of 'will remain'); future, Monday 6 July 2020"},
  {"actor": None, "date": "2020-07-02", "date_text": "Last night", "what": "last night's demonstration marked a significant escalation in violence against federal property",
   "note": "'Last night’s demonstration marked a significant escalation ...': a date on the noun 'demonstration'; the text names no demonstrators (the assaults of the next sentence are passives without agent), so null. 'last night' = the day before the release, Thursday 2 July 2020 (FORMAT: last night = that day)"},
 ],
 "actors": [
  {"name": BW, "type": "person", "aliases": ["U.S. Attorney Billy J. Williams", "U.S. Attorney Williams"]},
  {"name": RO, "type": "person", "aliases": ["Rowan M. Olsen", "Olsen", "Kiefer Alan Moore", "a Portland man", "Portland Protester"]},
  {"name": FPS, "type": "organisation", "aliases": ["Federal Protective Service officers", "Federal Protective Service"]},
 ],
 "notes": [
  "U.S. Attorney's Office (District of Oregon, Justice Department) release of Friday 3 July 2020 on the arrest of Rowan M. Olsen after an overnight attack on the Mark O. Hatfield federal courthouse in Portland, during the 2020 protests; kept from oregonherald.com's word-for-word repost (meta edits; the page's 'by Oregon Herald staff' byline removed as furniture, the wording is the release's). The page prints no release date: worked out from 'today', 'July 3, 2020' and 'Last night' (meta published_evidence). Story portland_federal_courthouse_protests_2020 with doj_2020_portland_williams_statement_july_20 (Williams's statement of 20 July).",
  "Quotes: one statement of Williams split by its attribution ('..., said U.S. Attorney Williams. “...”'), so two quotes; the speaker is named in full a paragraph earlier and by title + surname in the attribution.",
  "Figures: only Olsen's age '19' (null: the release's voice). Not figures: the dates 'July 3, 2020' and 'July 6, 2020' (numbers in dates). No figure shares a quantity key with the 20 July statement (its '50 nights' and 'two protestors' count other things).",
  "Events: six date expressions, with three dated nouns: headline 'Overnight Arrest' (agent named in the body -> Federal Protective Service), 'an overnight attack' (no attacker named -> null), 'Last night’s demonstration' (no demonstrators named -> null); 'today' (Williams announced), 'in the early morning hours of July 3, 2020' (passive with by-agent -> Federal Protective Service), 'on July 6, 2020' (Olsen's first appearance). Left out: the dateline 'PORTLAND, Oregon —'.",
  "Actors: Williams, Olsen ('a Portland man', the headline's 'Portland Protester', alias 'Kiefer Alan Moore'), the Federal Protective Service (arrested him). Not actors: U.S. Customs and Border Protection and the U.S. Marshals (only assaulted, a passive object), the 'U.S. Magistrate Judge' (a complaint is presented to an unnamed judge), the 'extremists' of the quote (unnamed).",
  "second reading (annotator): re-read the whole item once against FORMAT.md sections 1-2 and the stored copy: checked the split-quote boundaries (comma dropped before the first closing mark, full stop kept in the second), that every number token is the age or part of a date, 3 July 2020 a Friday and 6 July 2020 a Monday, 'Last night' -> 2 July and both 'overnight' -> 2020-07-02/2020-07-03, and every alias an exact substring; no change.",
 ],
}
