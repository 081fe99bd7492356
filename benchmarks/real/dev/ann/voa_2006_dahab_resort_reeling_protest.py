PR = "Dahab protesters"
OBL = "Osama bin Laden"
INV = "Dahab investigators"
TP = "Egypt's top prosecutor"
SD = "scuba divers recovering bodies"
Q = "dahab_bombings_2006:"
ANN = {
 "article": "articles/voa_2006_dahab_resort_reeling_protest.txt",
 "gold_out": "gold/voa_2006_dahab_resort_reeling_protest.json",
 "published": "2006-04-25",
 "quotes": [
  {"text": "No more blood, no more terror", "speaker": PR, "speaker_mention": "They", "fragment": False,
   "note": "'They carried signs hand-painted on bedsheets to match their chants - \"No more blood, no more terror,\" and ...': a chant of the protesters; 'They' (and 'their chants') points back through 'The protest started spontaneously, with a group of young men, and then grew to include townspeople of all ages' to 'The people of Dahab took to the streets Tuesday to protest' in the paragraph before. Trailing comma before the closing mark dropped"},
  {"text": "There is no God but God", "speaker": PR, "speaker_mention": "They",
   "fragment": False,
   "note": "second chant of the same sentence ('and \"There is no God but God\".'): same speakers; the full stop stands outside the closing mark"},
 ],
 "figures": [
  {"quantity": Q + "deaths", "text": "23", "value": 23, "unit": None, "counted": "people killed by the triple bombings", "source": None, "approx": "at least",
   "note": "'the triple bombings that killed at least 23 people late Monday': outlet's voice -> null; 'at least' -> at least. The same toll as VOA's other items of 24 and 25 April (at least 23) and Wikinews's 'at least 24' (key dahab_bombings_2006:deaths)"},
  {"quantity": Q + "bombs", "text": "three", "value": 3, "unit": None, "counted": "bomb explosions that rocked the town", "source": None, "approx": None, "ctx": "three bomb explosions",
   "note": "'when three bomb explosions rocked the tiny resort town': outlet's voice. Three explosions of three bombs: the same count as 'three bombs' in this item and the other items of the story (key dahab_bombings_2006:bombs)"},
  {"quantity": Q + "bombs", "text": "three", "value": 3, "unit": None, "counted": "bombs", "source": None, "approx": None, "ctx": "one of the three bombs",
   "note": "'when one of the three bombs exploded late Monday': outlet's voice; 'one of' is a partitive pronoun, not a figure; same key"},
 ],
 "events": [
  {"actor": None, "date": "2006-04-24", "date_text": "late Monday", "ctx": "23 people late Monday", "what": "the triple bombings killed at least 23 people",
   "note": "'the triple bombings that killed at least 23 people late Monday': the bombings are the subject and no bomber is named in the item ('who planted the bombs' is still being investigated), so null; Monday before the Tuesday report = 24 April 2006"},
  {"actor": PR, "date": "2006-04-25", "date_text": "Tuesday", "what": "the people of Dahab took to the streets to protest the attacks",
   "note": "'The people of Dahab took to the streets Tuesday to protest the terrorist attacks': active verb, subject 'The people of Dahab' (the protesters); Tuesday 25 April 2006, the day of the report"},
  {"actor": None, "date": "2006-04-24", "date_text": "the night before", "what": "the attacks left pools of blood in the streets when three bomb explosions rocked the town",
   "note": "'the terrorist attacks that literally left pools of blood in those same streets the night before, when three bomb explosions rocked the tiny resort town': the subject of 'left' is 'that' = the attacks (no attacker named), so null; the night before Tuesday 25 April = Monday 24 April 2006 (as 'last night')"},
  {"actor": None, "date": "2006-04-24", "date_text": "late Monday", "ctx": "exploded late Monday", "what": "one of the three bombs exploded, blowing body parts into the water",
   "note": "'some of which were blown into the water when one of the three bombs exploded late Monday': the bomb is the subject of 'exploded' (no agent); 24 April 2006"},
  {"actor": None, "date": "2006-04-24", "date_text": "a day after", "what": "the attacks occurred, a day after bin Laden's taped warning",
   "note": "'The attacks occurred a day after al-Qaida chief Osama bin Laden warned in a taped message ...': as 'These violent protests come a day after ...' in the dev set, the expression dates the subject of 'occurred', the attacks (Monday 24 April 2006), whose doers the item does not name -> null. Bin Laden's warning (Sunday 23 April) is dated only through this phrase and gets no event of its own"},
 ],
 "actors": [
  {"name": PR, "type": "group", "aliases": ["The people of Dahab"]},
  {"name": SD, "type": "group", "aliases": ["a different group of scuba divers"]},
  {"name": INV, "type": "organisation", "aliases": ["A team of investigators"]},
  {"name": TP, "type": "person", "aliases": ["Egypt's top prosecutor"]},
  {"name": OBL, "type": "person", "aliases": ["al-Qaida chief Osama bin Laden", "Osama bin Laden"]},
 ],
 "notes": [
  "VOA News report of Tuesday 25 April 2006 (date from the address and the text, see meta) on the day after the Dahab triple bombing: the town's protest march, divers recovering remains, the prosecutor's inquiry. Story dahab_bombings_2006 with wn_2006_dahab_explosions_rock_resort and voa_2006_dahab_triple_bombing_rocks_resort (24 April) and voa_2006_dahab_egypt_investigating_bombings (25 April, another VOA report of the same day that shares the lead sentence).",
  "Quotes: two chants, attributed by the pronoun 'They' (and 'their chants'), whose antecedent is the protest of 'The people of Dahab' two sentences and a paragraph back; the nearer noun phrases are 'a group of young men' and 'townspeople of all ages', who make up the growing protest, so the speaker is the protesters as a group (canonical 'Dahab protesters'). Not a quote: none other; the headline has no quote marks.",
  "Figures: 'at least 23' killed (key dahab_bombings_2006:deaths), 'three bomb explosions' and 'the three bombs' (key dahab_bombings_2006:bombs, shared with the other items of the story); all in the outlet's voice (the dead 'are reported to be' foreign tourists names no claimant and carries no number). Not figures: 'triple' (multiplier adjective), 'a German child and a Russian' (no number word), 'one of the three bombs' ('one' partitive), 'all ages', 'a long weekend', 'the vast majority', 'a day after' (part of a date expression).",
  "Events: two 'late Monday' (pinned by ctx; bombings, no named bomber -> null), 'Tuesday' (the people of Dahab took to the streets -> the protesters), 'the night before' (the attacks left pools of blood; = Monday 24 April, null), 'a day after' (dates the attacks, 24 April, null). Not events: 'on a holiday weekend' ('They fell on a holiday weekend in Egypt': an indefinite holiday weekend, not normalisable to a day or span by FORMAT's rules), 'In the aftermath of the bombing' (vague), 'usually' (habitual).",
  "Actors: the protesters ('The people of Dahab'; the chanting 'They'), the divers who recovered body parts ('a different group of scuba divers', 'They have had the grim task ...'), the investigators ('A team of investigators', sifting through evidence) and Egypt's top prosecutor who leads them, Osama bin Laden (warned in a taped message). Not actors: 'a group of young men' and 'townspeople of all ages' (parts of the protest, kept out so that no form is shared), 'recreational scuba divers' (visitors in general), journalists and police officers (described crowding the streets, no act of their own dated or reported), al-Qaida (only in bin Laden's title), the Egyptians enjoying a long weekend.",
  "second reading (annotator): the whole item re-read once fully against FORMAT.md sections 1-2 and the stored copy: the two chant spans (comma dropped in the first, full stop outside the second), the pronoun 'They' resolved to the protesters, the three figures and their shared keys, the five date expressions ('the night before' = 24 April, 'a day after' dating the attacks), the left-out 'holiday weekend', and every alias as an exact substring; no change.",
 ],
}
