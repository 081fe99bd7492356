K = "kinshasa_protests_sept_2016:"
FT = "Felix Tshisekedi"
ATT = "attackers of the opposition headquarters"
POL = "Congolese police"
YM = "groups of young men"
OP = "Opposition parties"
HRG = "human rights group"
ANN = {
 "article": "articles/voa_2016_kinshasa_opposition_offices_torched.txt",
 "gold_out": "gold/voa_2016_kinshasa_opposition_offices_torched.json",
 "published": "2016-09-20",
 "quotes": [],
 "figures": [
  {"text": "40", "value": 40, "unit": None, "counted": "people killed, most of them civilians", "source": HRG, "approx": "more than",
   "note": "'A human rights group reports more than 40 people have been killed': the unnamed group's count (reporting verb); killed over the day and night of violence, all victims (not the same quantity as the police deaths of 19 September in voa_2016_kinshasa_anti_kabila_protest_violence)"},
  {"text": "five", "ctx": "at least five headquarters", "value": 5, "unit": None, "counted": "headquarters of opposition parties set on fire", "source": None, "approx": "at least",
   "note": "outlet's own voice"},
  {"text": "Several", "value": None, "vague": True, "unit": None, "counted": "pro-government parties whose offices were burned down", "source": None, "approx": None,
   "note": "vague count, outlet's voice"},
  {"quantity": K + "udps_hq_attack_dead", "text": "five", "ctx": "There are five dead", "value": 5, "unit": None, "counted": "dead in the overnight attack on the UDPS headquarters", "source": FT, "approx": None,
   "note": "'They attacked and killed our guards, he says. There are five dead.': Tshisekedi's words rendered without quote marks inside his reported account; he claims the count"},
  {"quantity": K + "udps_hq_attack_dead", "text": "seven", "value": 7, "unit": None, "counted": "death toll from the overnight attack", "source": FT, "approx": None,
   "note": "'He later told VOA by phone that the death toll from the overnight attack has risen to seven': He = Tshisekedi (subject of the paragraph before); the same toll as his 'five dead', risen (same key)"},
 ],
 "events": [
  {"actor": POL + " and " + YM, "date": "2016-09-20", "date_text": "early Tuesday", "what": "sporadic clashes between police and groups of young men",
   "note": "'There were sporadic clashes between police and groups of young men early Tuesday': the date is on the noun 'clashes', whose two sides the text names -> joint actor (as 'protesters clashed with the police' in the dev set)"},
  {"actor": ATT, "date": "2016-09-19/2016-09-20", "date_text": "overnight", "occ": 1, "what": "armed men set fire to at least five opposition party headquarters",
   "note": "'Heavier violence took place overnight, as armed men set fire to ...': the violence the expression dates is the arson the as-clause describes, whose agent is the armed men; the night of Monday 19 to Tuesday 20 September 2016"},
  {"actor": OP, "date": "2016-09-19", "date_text": "Monday", "ctx": "protests Monday", "what": "opposition parties helped to organize the protests of Monday",
   "note": "'opposition parties that helped to organize protests Monday': read as dating the organized protests or the organizing, the text names the opposition parties as their organizers -> Opposition parties; Monday 19 September 2016"},
  {"actor": FT, "date": "2016-09-20", "date_text": "Tuesday", "ctx": "reporters Tuesday", "what": "Tshisekedi spoke to reporters at the burnt UDPS headquarters",
   "note": "'Felix Tshisekedi ... spoke to reporters Tuesday': agent of 'spoke'"},
  {"actor": ATT, "date": "2016-09-20", "date_text": "at 2 a.m.", "what": "commandos from the ruling party camp arrived at the UDPS headquarters",
   "note": "in Tshisekedi's reported account ('Tshisekedi says commandos ... arrived at 2 a.m.'): agent of 'arrived' is the commandos, the attackers of the night; a time on Tuesday 20 September 2016 (after midnight of the night of 19-20)"},
  {"actor": ATT, "date": "2016-09-20", "date_text": "until 4.30 a.m.", "what": "the commandos went to work until 4.30 a.m.",
   "note": "same sentence: '... and went to work until 4.30 a.m.': the commandos; Tuesday 20 September 2016"},
  {"actor": ATT, "date": "2016-09-19/2016-09-20", "date_text": "overnight", "occ": 2, "what": "the overnight attack on the UDPS headquarters",
   "note": "'the death toll from the overnight attack': date on the noun 'attack', whose agent the text names (the armed men/commandos) -> the attackers"},
 ],
 "actors": [
  {"name": "Congolese security forces", "type": "organisation", "aliases": ["security forces"]},
  {"name": "anti-government protesters", "type": "group", "aliases": ["anti-government protesters"]},
  {"name": HRG, "type": "organisation", "aliases": ["A human rights group"]},
  {"name": POL, "type": "organisation", "aliases": ["police"]},
  {"name": YM, "type": "group", "aliases": ["groups of young men"]},
  {"name": ATT, "type": "group", "aliases": ["armed men", "commandos from the ruling party camp"]},
  {"name": OP, "type": "group", "aliases": ["opposition parties"]},
  {"name": FT, "type": "person", "aliases": ["Felix Tshisekedi", "Tshisekedi", "a leading figure in the largest opposition party"]},
 ],
 "notes": [
  "VOA report of Tuesday 20 September 2016 (no headline in the stored opening: line 1 rebuilt from the address, meta edits) on the night of arson against opposition party headquarters in Kinshasa after the protests of Monday 19 September; story kinshasa_protests_sept_2016 with voa_2016_kinshasa_anti_kabila_protest_violence (William Clowes's report of 19 September).",
  "Quotes: none. Tshisekedi's words ('They attacked and killed our guards, he says. There are five dead.') are printed without quote marks, so they are not quotes in the gold sense; his claims are kept as the source of the figures 'five' and 'seven'.",
  "Figures: the unnamed human rights group claims 'more than 40' killed; Tshisekedi claims 'five dead' and, later, 'seven' (the toll of the overnight attack on the UDPS headquarters, key udps_hq_attack_dead). 'at least five headquarters' and 'Several pro-government parties' are the outlet's voice. Cross-item: the 19 September item counts 'at least two policemen killed' (wire agencies), not the same quantity as the 40 killed of all kinds; no shared key.",
  "Events: 'early Tuesday' (clashes, joint actor police and groups of young men), 'overnight' twice (the arson and 'the overnight attack', both the attackers), 'Monday' (protests organized by opposition parties), 'Tuesday' (Tshisekedi spoke to reporters), 'at 2 a.m.' and 'until 4.30 a.m.' (the commandos, in Tshisekedi's account). Left out: 'later' (vague), 'a day and night of deadly violence' (a span, no date), the dateline 'KINSHASA - '.",
  "Actors: the armed men of the outlet's sentence and Tshisekedi's 'commandos from the ruling party camp' are one actor (the attackers of the same night). Not listed: the Republican Guard (its soldiers 'were out on the streets', a state), the pro-government parties (their offices were burned), the UDPS (named only), 'this government' inside Tshisekedi's reported words, VOA (only addressed).",
  "Not figures: '2 a.m.', '4.30 a.m.' (times of day); 'a day and night' (no number).",
  "second reading (annotator): re-read the whole item once against FORMAT.md sections 1-2 and the stored copy: no quote marks in the kept text, every number token, 19 September 2016 a Monday and 20 September a Tuesday, 'overnight' = 19/20, each date's agent; no change.",
 ],
}
