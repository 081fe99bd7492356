OC = "Russian opposition coalition"
POL = "Moscow police"
PR = "Opposition demonstrators"
ANN = {
 "article": "articles/voa_2006_moscow_police_outnumber_rally.txt",
 "gold_out": "gold/voa_2006_moscow_police_outnumber_rally.json",
 "published": "2006-12-16",
 "quotes": [
  {"text": "because they are afraid of their own people.", "speaker": "Alexander Hatov", "speaker_mention": "He", "fragment": True,
   "note": "partial quote inside reported speech ('He says, the authorities placed restrictions on the rally “...”'); the speaker is named only in the paragraph before ('Alexander Hatov is the editor of ...') and referred to by the pronoun 'He'; the final '.' inside the marks is kept"},
 ],
 "figures": [
  {"text": "2,000", "value": 2000, "unit": None, "counted": "opposition supporters gathered in Triumph Square", "source": None, "approx": "around",
   "note": "'Bill Gasperini reports from VOA's Moscow bureau, about 2,000 opposition supporters gathered': the standfirst's reporter credit, i.e. VOA's own voice -> null (as in the other VOA items, the reporter is not an actor). 'about' -> around"},
  {"text": "Thousands", "value": None, "vague": True, "unit": None, "counted": "police and special troops", "source": None, "approx": None,
   "note": "vague plural, outlet's voice"},
  {"text": "scores", "value": None, "vague": True, "unit": None, "counted": "trucks, buses and other vehicles", "source": None, "approx": None,
   "note": "'scores of trucks': vague plural (like 'hundreds')"},
 ],
 "events": [
  {"actor": None, "date": "2006-12-16", "date_text": "Saturday", "what": "police and troops outnumbered demonstrators at the opposition rally",
   "note": "'Police and anti-riot troops far outnumbered demonstrators at an opposition rally in Moscow Saturday': 'outnumbered' is a state (a relation of numbers), not an act, so no agent -> null; the weekday is the day of publication (Saturday 16 December 2006). Read as dating the rally noun, the agent would be the organising coalition, named only two paragraphs later; either way the police are not an agent of an act here"},
  {"actor": "Russia", "date": "2007-12", "date_text": "A year from now", "what": "Russia due to hold parliamentary elections",
   "note": "'A year from now, Russia is due to hold parliamentary elections': the agent of 'hold' is Russia; a year after 16 December 2006 -> December 2007 (the Duma election was held on 2 December 2007)"},
  {"actor": None, "date": "2008-03", "date_text": "in March 2008", "what": "presidential vote to follow",
   "note": "date on a noun ('to be followed by a presidential vote in March 2008'): no agent -> null"},
 ],
 "actors": [
  {"name": POL, "type": "organisation", "aliases": ["Police and anti-riot troops", "Thousands of police and special troops", "police"]},
  {"name": "Russian authorities", "type": "organisation", "aliases": ["authorities", "the authorities"]},
  {"name": OC, "type": "group", "aliases": ["A coalition of opposition groups", "Organizers", "Opposition leaders"]},
  {"name": "United Civil Front", "type": "organisation", "aliases": ["the United Civil Front", "Kasparov's group"]},
  {"name": "Gary Kasparov", "type": "person", "aliases": ["Gary Kasparov", "former chess champion Gary Kasparov"]},
  {"name": "Alexander Hatov", "type": "person", "aliases": ["Alexander Hatov"]},
  {"name": PR, "type": "group", "aliases": ["demonstrators", "The protesters", "opposition supporters"]},
  {"name": "Russia", "type": "country", "aliases": ["Russia"]},
 ],
 "notes": [
  "VOA report (Bill Gasperini, Moscow) of Saturday 16 December 2006 on an opposition rally in Triumph Square, Moscow, the same day; story moscow_opposition_rally_dec_2006 (one item).",
  "Quotes: one fragment, Hatov's, attributed by the pronoun 'He' a paragraph after his name. His second claim ('He says, in democratic countries ...') has no quote marks. 'Opposition leaders said ...', 'Organizers say police detained several demonstrators ...' and 'They also say police prevented ...' ('They' = the organizers) are unquoted claims without numbers ('several', 'many' are not figures).",
  "Figures: all in VOA's voice (2,000, Thousands, scores). 'One of the groups' is an enumerator; '2008' a year; 'for weeks' has no number.",
  "Events: 'Saturday' (null, see note), 'A year from now' (Russia), 'in March 2008' (null). 'for weeks' is a duration, left out.",
  "Actors: 'Opposition leaders' and 'Organizers' are listed as aliases of the organising coalition ('A coalition of opposition groups organized the protest'). Putin does not act ('is not permitted to run'); 'government opponents of President Vladimir Putin say ...' is a generic group, not listed. 'Police and anti-riot troops' is listed as one security-force actor (the police with OMON troops). Bill Gasperini is the reporter (credit), not an actor. The Kremlin is a place here.",
  "second reading (annotator): re-read the whole item against FORMAT.md sections 1-2; checked the quote span and its final period, the 'about' hedge and the three date expressions against Saturday 16 December 2006.",
 ],
}
