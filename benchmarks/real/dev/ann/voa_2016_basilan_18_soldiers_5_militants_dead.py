K = "philippines_basilan_clash_apr2016:"
PM = "Philippine military"
MS = "military spokesman"
AS = "Abu Sayyaf"
PDI = "Philippine Daily Inquirer"
PA = "Philippine authorities"
IH = "Isnilon Totoni Hapilon"
ANN = {
 "article": "articles/voa_2016_basilan_18_soldiers_5_militants_dead.txt",
 "gold_out": "gold/voa_2016_basilan_18_soldiers_5_militants_dead.json",
 "published": "2016-04-10",
 "quotes": [
  {"text": "was wiped out", "speaker": PDI, "speaker_mention": "The Philippine Daily Inquirer", "fragment": True,
   "note": "'The Philippine Daily Inquirer reported that an entire military platoon \"was wiped out\"': a phrase of the newspaper's report inside reported speech"},
 ],
 "figures": [
  {"quantity": K+"soldier_deaths", "text": "18", "ctx": "Leaves 18 Soldiers", "value": 18, "unit": None, "counted": "soldiers dead in Philippine fighting", "source": None, "approx": None,
   "note": "headline, outlet's voice; the lead gives the military's count (same key)"},
  {"quantity": K+"militant_deaths", "text": "5", "ctx": "5 Militants", "value": 5, "unit": None, "counted": "militants dead", "source": None, "approx": None,
   "note": "headline, outlet's voice; the military spokesman's 'at least five' (same key)"},
  {"quantity": K+"soldier_deaths", "text": "18", "ctx": "18 of its soldiers", "value": 18, "unit": None, "counted": "of its soldiers killed", "source": PM, "approx": None,
   "note": "'The Philippine military said Sunday that 18 of its soldiers were killed ...'"},
  {"text": "50", "value": 50, "unit": None, "counted": "others (soldiers) wounded", "source": PM, "approx": "more than",
   "note": "'more than 50 others were wounded': same statement of the military"},
  {"text": "10", "ctx": "10-hour", "value": 10, "unit": "hours", "counted": "hours of the firefight", "source": PM, "approx": None,
   "note": "'a 10-hour firefight' inside the military's statement; minimal span '10' as '47' in '47-year-old'"},
  {"quantity": K+"militant_deaths", "text": "five", "value": 5, "unit": None, "counted": "militants who died", "source": MS, "approx": "at least",
   "note": "'A military spokesman said at least five militants died ...'"},
  {"text": "20", "ctx": "20 others", "value": 20, "unit": None, "counted": "others (militants) wounded", "source": MS, "approx": None,
   "note": "same statement of the spokesman"},
  {"text": "four", "value": 4, "unit": None, "counted": "of the soldiers beheaded", "source": PDI, "approx": None,
   "note": "'The Philippine Daily Inquirer reported ... that four of the soldiers were beheaded'"},
  {"text": "two", "ctx": "past two weeks", "value": 2, "unit": "weeks", "counted": "weeks the military force had been hunting the militants", "source": PA, "approx": None,
   "note": "'Authorities said the military force had been hunting the militants ... for the past two weeks'"},
  {"text": "18", "ctx": "as many as 18", "value": 18, "unit": None, "counted": "captive foreigners", "source": PA, "approx": "up to",
   "note": "'in a push to free as many as 18 captive foreigners': same statement of the authorities; 'as many as' = up to. Not the soldiers' toll"},
 ],
 "events": [
  {"actor": PM, "date": "2016-04-10", "date_text": "Sunday", "what": "the military said 18 soldiers were killed",
   "note": "'The Philippine military said Sunday ...': the day of the report (10 April 2016)"},
  {"actor": PM + " and " + AS, "date": "2016-04-09", "date_text": "Saturday", "ctx": "Saturday's fighting", "what": "the fighting between troops and Abu Sayyaf on Basilan",
   "note": "'in Saturday's fighting': the date modifies the event noun 'fighting', fought by both sides (the military's soldiers and Abu Sayyaf extremists of the lead): joint actor. Saturday before the Sunday report = 9 April 2016"},
  {"actor": None, "date": "2016", "date_text": "this year", "what": "the worst single day of government combat casualties in the region",
   "note": "'The fighting was described as the worst single day of government combat casualties in the region this year': the date qualifies the casualties (no agent); passive 'was described' without agent"},
  {"actor": None, "date": "2015", "date_text": "last year", "what": "a European kidnapped from a local beach resort",
   "note": "'a European kidnapped from a local beach resort last year': passive participle without a by-agent, so null"},
  {"actor": None, "date": "2016-04-08", "date_text": "by Friday", "what": "deadline for the ransom demands to be met",
   "note": "'if their ransom demands were not met by Friday': passive without agent; the Friday before the Sunday report = 8 April 2016 (a past deadline)"},
  {"actor": None, "date": "2016-04-09", "date_text": "Saturday", "ctx": "engaged Saturday", "what": "militants engaged (in the fighting) on Saturday",
   "note": "'many of the militants engaged Saturday were armed with grenade launchers': a reduced passive ('the militants [who were] engaged Saturday' by the troops) without a by-agent, so null"},
  {"actor": None, "date": "1991", "date_text": "in 1991", "what": "Abu Sayyaf was founded",
   "note": "'was founded in 1991 with funding from al-Qaida': passive, founders not named (al-Qaida funded, it is not the agent)"},
  {"actor": IH, "date": "2014", "date_text": "in 2014", "what": "Hapilon swore allegiance to the Islamic State leader",
   "note": "'Its current leader, Isnilon Totoni Hapilon, swore allegiance ... in 2014'"},
 ],
 "actors": [
  {"name": PM, "type": "organisation", "aliases": ["The Philippine military", "the military force", "Military authorities quoted by The Associated Press"]},
  {"name": MS, "type": "person", "aliases": ["A military spokesman", "He"]},
  {"name": AS, "type": "organisation", "aliases": ["Abu Sayyaf extremists", "Abu Sayyaf", "Militants"]},
  {"name": PDI, "type": "organisation", "aliases": ["The Philippine Daily Inquirer"]},
  {"name": PA, "type": "group", "aliases": ["Authorities"]},
  {"name": IH, "type": "person", "aliases": ["Isnilon Totoni Hapilon", "Its current leader"]},
 ],
 "notes": [
  "VOA News report (no personal byline; 'Military authorities quoted by The Associated Press' credits the wire for one statement) of Sunday 10 April 2016 on the clash of Saturday 9 April 2016 between Philippine troops and Abu Sayyaf on Basilan. Story philippines_basilan_clash_apr2016 (single item).",
  "Date: the stored page prints none. The Tipo-Tipo clash was on Saturday 9 April 2016 (CNN Philippines of 14 April 2016: 'on April 9'; BBC world-asia-36008645; Manila Times; Straits Times), and the military gave the toll on Sunday 10 April. The text's 'said Sunday', 'Saturday's fighting' and 'by Friday' (the ransom deadline of Friday 8 April, the day the Italian priest was freed) fit a report of Sunday 10 April 2016. VOA article number 3278257 is about 24,600 below 3302855 (26 April 2016).",
  "Figures: soldier deaths 18 (headline, outlet; military) keyed :soldier_deaths; militant deaths 5 (headline) and 'at least five' (spokesman) keyed :militant_deaths. Other counts: more than 50 wounded soldiers and the 10-hour firefight (military), 20 wounded militants (spokesman), four beheaded (the Inquirer), two weeks and up to 18 captive foreigners (authorities). Not figures: 'an entire military platoon', 'a Moroccan national', 'a European', 'several Canadians' (no number), '1991' and '2014' (years), 'worst single day' ('single' is not a number word).",
  "Events: Sunday (military statement), Saturday's fighting (joint: military and Abu Sayyaf), this year (casualties, null), last year (kidnapping, passive, null), by Friday (ransom deadline, passive, null), engaged Saturday (reduced passive, null), in 1991 (founding, passive, null), in 2014 (Hapilon). Left out: 'for the past two weeks' (duration), 'later' (vague).",
  "Actors: 'He' in paragraph 2 is the military spokesman of the sentence before; 'Military authorities quoted by The Associated Press' speak for the Philippine military and are one actor with it; 'Authorities' (who describe the two-week hunt and the captives) are kept apart as unnamed authorities. The Associated Press, al-Qaida, the Islamic State leader and the countries that designated Abu Sayyaf do not act in a dated sentence and are not listed.",
  "First reading (annotator): each number checked against its sentence's attribution; 'as many as 18' kept apart from the soldiers' 18.",
  "Second reading (checker): re-read the whole item against FORMAT.md and the published date: Sunday 10, Saturday 9, Friday 8 April 2016; headline figures without claimant; 'more than', 'at least', 'up to' hedges; the joint actor written with canonical names; 'Joso island' kept as printed. No change.",
 ],
}
