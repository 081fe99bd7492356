K = "yemen_abyan_base_attack_2012:"
YO = "Yemeni officials"
YSO = "Yemeni security officials"
SM = "suspected militants"
AQ = "al-Qaida"
ANN = {
 "article": "articles/voa_2012_yemen_abyan_base_attack_13_soldiers.txt",
 "gold_out": "gold/voa_2012_yemen_abyan_base_attack_13_soldiers.json",
 "published": "2012-10-19",
 "quotes": [],
 "figures": [
  {"quantity": K+"soldiers_killed", "text": "13", "ctx": "At Least 13 Yemeni", "value": 13, "unit": None, "counted": "Yemeni soldiers killed in the militant attack", "source": None, "approx": "at least",
   "note": "headline, outlet's voice; the same toll as the lead's, which Yemeni officials claim (same key)"},
  {"quantity": K+"soldiers_killed", "text": "13", "ctx": "at least 13 soldiers", "value": 13, "unit": None, "counted": "soldiers killed in a suicide attack on an army base", "source": YO, "approx": "at least",
   "note": "'Yemeni officials say suspected militants killed at least 13 soldiers ...'"},
  {"text": "seven", "value": 7, "unit": None, "counted": "al-Qaida-linked militants killed by suspected U.S. drone strikes", "source": YSO, "approx": "at least",
   "note": "'Yemeni security officials said suspected U.S. drone strikes killed at least seven al-Qaida-linked militants in southern Yemen': a different attack, no key"},
 ],
 "events": [
  {"actor": SM, "date": "2012-10-19", "date_text": "Friday", "ctx": "southern Yemen Friday", "what": "suspected militants killed at least 13 soldiers in a suicide attack on an army base",
   "note": "'suspected militants killed at least 13 soldiers in a suicide attack on an army base in southern Yemen Friday' (the officials' reported claim in the outlet's narration): agent of 'killed'; Friday = the publication day (19 October 2012, see meta)"},
  {"actor": SM, "date": "2012-10-19", "date_text": "Friday's", "what": "the militants' suicide attack in Abyan province",
   "note": "a date on the noun 'attack' ('Friday's attack in Abyan province'): the text names its doers (the suspected militants who 'drove a bomb-laden vehicle up to the gate of the base ... and detonated it'), so they are the actor"},
  {"actor": SM, "date": "2012-10-19", "date_text": "a day after", "what": "Friday's attack came a day after the officials' report of U.S. drone strikes",
   "note": "'Friday's attack ... came a day after Yemeni security officials said ...': as 'These violent protests come a day after ...' and 'The arrests come a day before ...' in the dev set, the expression dates the subject of 'came', the attack (Friday 19 October 2012; the officials spoke on Thursday 18 October), whose doers are the suspected militants"},
  {"actor": "Yemen's army", "date": "2012", "date_text": "earlier this year", "what": "Yemen's army launched an offensive to take back areas of the south",
   "note": "'until Yemen's army launched an offensive earlier this year': agent of 'launched'; 'earlier this year' = the year of publication, 2012"},
  {"actor": AQ, "date": "2011", "date_text": "last year", "what": "al-Qaida took control of parts of southern Yemen",
   "note": "'Al-Qaida took control of parts of southern Yemen last year during an uprising ...': agent of 'took control'; last year = 2011"},
 ],
 "actors": [
  {"name": YO, "type": "group", "aliases": ["Yemeni officials", "Officials"]},
  {"name": YSO, "type": "group", "aliases": ["Yemeni security officials"]},
  {"name": SM, "type": "group", "aliases": ["suspected militants", "the militants"]},
  {"name": "Yemen's army", "type": "organisation", "aliases": ["Yemen's army"]},
  {"name": AQ, "type": "organisation", "aliases": ["Al-Qaida"]},
 ],
 "notes": [
  "VOA News report (no byline) of Friday 19 October 2012 (date inferred, see meta) on a suicide car-bomb attack on an army base near Shakra in Abyan province, southern Yemen, the day after suspected U.S. drone strikes; story yemen_abyan_base_attack_2012 (a single item).",
  "No quotes: the officials' claims are reported speech without quote marks.",
  "Figures: 'at least 13' soldiers killed twice (headline in the outlet's voice, lead claimed by 'Yemeni officials'; key yemen_abyan_base_attack_2012:soldiers_killed); 'at least seven' militants killed by drone strikes, claimed by 'Yemeni security officials' (kept as their own actor: the text does not say they are the same officials). Not figures: 'a day after' (a relative date, annotated as an event), 'parts of', 'other attacks' (no number).",
  "Events: 'Friday' (the militants killed the soldiers), 'Friday's' (a dated noun 'attack' whose doers are named), 'a day after' (dates the attack, the subject of 'came'), 'earlier this year' (Yemen's army launched an offensive), 'last year' (al-Qaida took control of parts of the south). The drone strikes themselves are dated by nothing but the officials' statement: no event for them.",
  "Actors: 'suspected militants' (lead) and 'the militants' (who drove the vehicle and detonated it) are the attackers. 'Suspected militants' of the last sentence (who 'have carried out suicide bombings and other attacks') and 'militants' in 'areas of the south seized by militants' are militants in general and are not listed as aliases (the scorer folds case, so 'Suspected militants' would still resolve to the attackers). 'Al-Qaida' is listed by its sentence-initial form; 'al-Qaida' inside 'an al-Qaida stronghold' and 'al-Qaida-linked militants' is a modifier. The U.S. (drone strikes) and Ali Abdullah Saleh do not act with a date or claim: not actors.",
  "second reading by the annotator: re-read the whole item against FORMAT.md sections 1-2; checked both '13's (ctx) and their 'at least', the claimants of 13 and seven, the three events dated Friday 19 October 2012 and the year events, and that no surface form is shared by two actors.",
 ],
}
