T = "Taliban"
TS = "Taliban spokesman"
GO = "Ghazni officials"
MZ = "Mohammad Zaman"
AF = "Afghan forces"
U = "UNAMA"
AM = "Afghan media"
K = "ghazni_khawaja_omari_attack_2018:"
ANN = {
 "article": "articles/voa_2018_ghazni_taliban_kill_district_governor.txt",
 "gold_out": "gold/voa_2018_ghazni_taliban_kill_district_governor.json",
 "published": "2018-04-12",
 "quotes": [],
 "figures": [
  {"quantity": K+"police_killed", "text": "7", "ctx": "7 Police Guards", "value": 7, "unit": None, "counted": "police guards killed", "source": None, "approx": None,
   "note": "headline 'Taliban Kills Afghan District Governor, 7 Police Guards': outlet's voice; the same toll as the lead's 'seven police personnel' and set against the Taliban's 'more than 20' (same key)"},
  {"quantity": K+"police_killed", "text": "seven", "value": 7, "unit": None, "counted": "police personnel killed by the attack", "source": None, "approx": None,
   "note": "'A pre-dawn Taliban attack has killed a district governor and seven police personnel ...': no attribution in the sentence or the next (the next sentence is the UN's, about another matter) -> outlet's voice"},
  {"text": "scores", "value": None, "vague": True, "unit": None, "counted": "heavily armed insurgents who took part in the assault", "source": GO, "approx": None,
   "note": "'Officials in Ghzani said scores of heavily armed insurgents participated in Thursday’s coordinated assault': vague plural (as 'scores' of refugees elsewhere in the set)"},
  {"text": "27", "value": 27, "unit": None, "counted": "Taliban rebels killed by the counter offensive", "source": GO, "approx": None,
   "note": "'Local authorities said the counter offensive also killed 27 Taliban rebels' (Local authorities = the Ghazni officials, see notes)"},
  {"quantity": K+"police_killed", "text": "20", "ctx": "more than 20 government", "value": 20, "unit": None, "counted": "government police personnel and officers killed in the attack", "source": TS, "approx": "more than",
   "note": "'A Taliban spokesman claimed more than 20 government police personnel and officers were killed in the attack': the Taliban's count of the same government police toll (same key as 7 / seven)"},
  {"text": "three", "ctx": "only three insurgent", "value": 3, "unit": None, "counted": "insurgent fatalities", "source": TS, "approx": None,
   "note": "'confirming only three insurgent fatalities': same sentence, the spokesman's; 'only' is no approximator of FORMAT.md"},
  {"text": "15", "value": 15, "unit": None, "counted": "security personnel dead, including area police and intelligence chiefs", "source": AM, "approx": None,
   "note": "'But Afghan media quoted unnamed sources as saying the insurgent attack left 15 security personnel dead': the unnamed sources are relayed by Afghan media, who are the named claimant (as AFP relaying 'one source' elsewhere in the set). No quantity key: 'security personnel' (police and intelligence) is a wider scope than the police toll of 7 / more than 20 (doubtful: an analyst might still set 15 against the Taliban's 20)"},
  {"text": "two", "value": 2, "unit": None, "counted": "districts in Ghazni the Taliban assaulted this week", "source": GO, "approx": None,
   "note": "'Provincial officials said the Taliban has assaulted two districts in Ghanzi this week' (Provincial officials = the Ghazni officials)"},
  {"text": "2,260", "value": 2260, "unit": None, "counted": "civilian casualties caused by the armed conflict this year", "source": U, "approx": "around",
   "note": "'UNAMA, noted Thursday in its quarterly report the armed conflict has caused nearly 2,260 civilian casualties': nearly -> around"},
  {"text": "763", "value": 763, "unit": None, "counted": "deaths among the civilian casualties", "source": U, "approx": None,
   "note": "'including 763 deaths, this year': a part of the 2,260, same sentence, UNAMA's"},
 ],
 "events": [
  {"actor": T, "date": "2018-04-12", "date_text": "pre-dawn", "what": "Taliban attack killed a district governor and seven police personnel",
   "note": "'A pre-dawn Taliban attack has killed ...': the date sits on the noun 'attack', whose agent the text names ('Taliban attack'); before dawn of the report's day, Thursday 12 April 2018 (the assault is 'Thursday’s' in paragraph 3)"},
  {"actor": None, "date": "2018-01-01/2018-03-31", "date_text": "in the first three months of 2018", "what": "conflict-related civilian casualties remained at last year's high level",
   "note": "'the number of conflict-related civilian casualties in the first three months of 2018 remained at the same high level': 'remained' has no agent -> null; 'three' is part of the date expression, not a figure (as 'A few hours before the incident' in the set)"},
  {"actor": None, "date": "2017", "date_text": "last year", "what": "the high level of civilian casualties recorded last year",
   "note": "'the same high level recorded last year': passive participle without a by-agent -> null; 2017"},
  {"actor": T, "date": "2018-04-12", "date_text": "Thursday’s", "what": "coordinated assault on the governor's office in Khawaja Omari",
   "note": "'scores of heavily armed insurgents participated in Thursday’s coordinated assault': the date is on the noun 'assault'; its agents are the insurgents, the Taliban of the lead ('A pre-dawn Taliban attack') -> Taliban; Thursday = 12 April 2018, the published day"},
  {"actor": AF, "date": "2018-04-12", "date_text": "early in the day", "what": "Afghan forces pushed Taliban assailants out of the area",
   "note": "'enabled Afghan forces to push Taliban assailants out of the area early in the day': the date modifies 'push', agent Afghan forces; the day is the day of the assault, Thursday 12 April 2018"},
  {"actor": T, "date": "2018-04-09/2018-04-15", "date_text": "this week", "what": "the Taliban assaulted two districts in Ghazni",
   "note": "'the Taliban has assaulted two districts in Ghanzi this week': agent of 'assaulted' = the Taliban; the ISO week of Thursday 12 April 2018 (9-15 April)"},
  {"actor": U, "date": "2018-04-12", "date_text": "Thursday", "ctx": "noted Thursday", "what": "UNAMA noted in its quarterly report the civilian casualties",
   "note": "'the U.N. Assistance Mission in Afghanistan, or UNAMA, noted Thursday in its quarterly report ...': agent of 'noted'"},
  {"actor": None, "date": "2018", "date_text": "this year", "what": "the armed conflict caused nearly 2,260 civilian casualties this year",
   "note": "'the armed conflict has caused nearly 2,260 civilian casualties, including 763 deaths, this year': the subject of 'caused' is 'the armed conflict', no actor who acts -> null"},
 ],
 "actors": [
  {"name": T, "type": "group", "aliases": ["Taliban", "Taliban assailants", "heavily armed insurgents"]},
  {"name": TS, "type": "person", "aliases": ["A Taliban spokesman"]},
  {"name": GO, "type": "group", "aliases": ["Officials in Ghzani", "Local authorities", "Provincial officials"]},
  {"name": MZ, "type": "person", "aliases": ["Provincial police chief Mohammad Zaman", "Mohammad Zaman"]},
  {"name": AF, "type": "organisation", "aliases": ["Afghan forces"]},
  {"name": U, "type": "organisation", "aliases": ["the United Nations", "the U.N. Assistance Mission in Afghanistan", "UNAMA"]},
  {"name": AM, "type": "organisation", "aliases": ["Afghan media"]},
 ],
 "notes": [
  "VOA report of Thursday 12 April 2018 (date inferred, see meta) on the Taliban's pre-dawn assault on the district centre of Khawaja Omari, Ghazni province, and on UNAMA's first-quarter civilian casualty report; story ghazni_khawaja_omari_attack_2018 (the only item of the story in this folder). The stored copy misspells Ghazni twice ('Ghzani', 'Ghanzi'); kept as printed.",
  "Quotes: none; no quote marks in the text (curly apostrophes only).",
  "Figures: the government police toll has three forms with one key ghazni_khawaja_omari_attack_2018:police_killed: '7' (headline) and 'seven' (lead), both the outlet's own voice, and the Taliban spokesman's 'more than 20'. Other figures: 'scores' of insurgents (vague, Ghazni officials), 27 Taliban rebels killed (Ghazni officials), three insurgent fatalities (Taliban spokesman), 15 security personnel dead (Afghan media relaying unnamed sources; wider scope, no key), two districts assaulted this week (Ghazni officials), nearly 2,260 civilian casualties and 763 deaths (UNAMA). Not figures: 'three' of 'the first three months of 2018' (inside a date expression), '2018' (year), 'hours of intense clashes' and 'one of the safest districts' (no count), 'a district governor'.",
  "Events: 'pre-dawn' and 'Thursday’s' (the Taliban assault), 'in the first three months of 2018' and 'last year' (null: 'remained', passive 'recorded'), 'early in the day' (Afghan forces pushed the Taliban out), 'this week' (Taliban assaulted two districts), 'Thursday' (UNAMA noted), 'this year' (null: the armed conflict caused casualties). Left out: 'until now' and 'Meanwhile' (vague), 'often' (no date).",
  "Actors: 'Officials in Ghzani', 'Local authorities' and 'Provincial officials' are all unnamed Ghazni officials and are kept as one actor 'Ghazni officials' (a surface form may belong to only one actor). 'the United Nations' that 'cautioned' about the first quarter is the UN mission whose quarterly report is cited at the end, so it is an alias of UNAMA. The Taliban are 'Taliban' (headline, lead, 'the Taliban has assaulted'), 'Taliban assailants' and the 'heavily armed insurgents' of the assault; the 'Taliban spokesman' is a person of his own. Not listed: VOA (receives words), the slain Ali Dost Shams (does not act), the unnamed sources (relayed by Afghan media), the generic 'Insurgents' who 'often issue' inflated claims.",
  "First reading: annotated top to bottom against FORMAT.md. Second reading (as checker): checked each claimant against its own sentence (headline and lead unattributed; 'Officials in Ghzani said'; 'Local authorities said'; 'A Taliban spokesman claimed'; 'Afghan media quoted unnamed sources'; 'Provincial officials said'; 'UNAMA ... noted'), the agent of each dated verb or noun, and the dates against the published Thursday 12 April 2018 (datetime: 12 April 2018 is a Thursday; ISO week 9-15 April). Changed after the second reading: none; the doubtful points are the inferred date, the merged Ghazni officials and the missing key on '15'.",
 ],
}
