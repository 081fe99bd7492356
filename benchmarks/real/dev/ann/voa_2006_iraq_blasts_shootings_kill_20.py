K = "iraq_violence_march_2006:"
IO = "Iraqi officials"
AU = "Iraqi authorities"
USM = "U.S. military"
ZK = "Zalmay Khalilzad"
ANN = {
 "article": "articles/voa_2006_iraq_blasts_shootings_kill_20.txt",
 "gold_out": "gold/voa_2006_iraq_blasts_shootings_kill_20.json",
 "published": "2006-03-24",
 "quotes": [
  {"text": "enemy action.", "speaker": USM, "speaker_mention": "it", "fragment": True,
   "note": "'The U.S. military also announced that two American soldiers were killed ... due to what it called \"enemy action.\"': 'it' is the U.S. military, the subject of the sentence; a short phrase inside reported speech; the final '.' inside the marks is kept"},
 ],
 "figures": [
  {"quantity": K+"killed_march_24", "text": "20", "ctx": "Kill More Than 20", "value": 20, "unit": None, "counted": "people killed in Iraq", "source": None, "approx": "more than",
   "note": "headline, outlet's voice ('Kill More Than 20 People'); the same toll as the lead's, which Iraqi officials claim (same key)"},
  {"quantity": K+"killed_march_24", "text": "20", "ctx": "killed more than 20 people", "value": 20, "unit": None, "counted": "people killed in Iraq by bomb blasts and shootings", "source": IO, "approx": "more than",
   "note": "'Iraqi officials say bomb blasts and shootings have killed more than 20 people in Iraq'"},
  {"text": "five", "value": 5, "unit": None, "counted": "people killed by the bombing outside a Sunni mosque in Khalis", "source": AU, "approx": None,
   "note": "'Authorities say a bombing outside a Sunni Muslim mosque Friday killed five people and injured at least 15 others'"},
  {"text": "15", "value": 15, "unit": None, "counted": "others injured by the Khalis bombing", "source": AU, "approx": "at least"},
  {"text": "two", "value": 2, "unit": None, "counted": "American soldiers killed in al Anbar province", "source": USM, "approx": None,
   "note": "'The U.S. military also announced that two American soldiers were killed'"},
  {"text": "four", "value": 4, "unit": None, "counted": "employees killed in a bakery in southern Baghdad", "source": None, "approx": None,
   "note": "outlet's voice: 'Assailants in southern Baghdad today opened fire in a bakery, killing four employees' (no claimant in this sentence)"},
  {"text": "Three", "value": 3, "unit": None, "counted": "police officers gunned down elsewhere in Baghdad", "source": None, "approx": None,
   "note": "outlet's voice (the 'Officials' of the next sentence announce the bodies, not this)"},
  {"text": "12", "value": 12, "unit": None, "counted": "bodies dumped in the capital", "source": IO, "approx": "at least",
   "note": "'Officials announced the discovery of at least 12 bodies': 'Officials' taken as the Iraqi officials of the lead"},
 ],
 "events": [
  {"actor": None, "date": "2006-03-24", "date_text": "Friday", "what": "a bombing outside a Sunni mosque in Khalis killed five people",
   "note": "'a bombing outside a Sunni Muslim mosque Friday killed five people': the date sits on the noun 'bombing' (subject of 'killed'); the text names no bomber -> null. Friday = the publication day (24 March 2006)"},
  {"actor": None, "date": "2006-03-23", "date_text": "Thursday", "what": "two American soldiers were killed in al Anbar province",
   "note": "'two American soldiers were killed in al Anbar province Thursday due to what it called \"enemy action.\"': passive without a by-agent ('enemy action' is a cause, not a named doer) -> null; the Thursday before Friday 24 March 2006. The date modifies 'were killed', not 'announced'"},
  {"actor": "assailants", "date": "2006-03-24", "date_text": "today", "what": "assailants opened fire in a bakery in southern Baghdad, killing four employees",
   "note": "'Assailants in southern Baghdad today opened fire in a bakery': the outlet's own 'today' (not inside speech) = the report day; agent of 'opened fire'"},
  {"actor": None, "date": "2005-12", "date_text": "three months ago", "what": "Iraq's parliamentary elections",
   "note": "'since parliamentary elections three months ago': a date on the noun 'elections', which has no agent in the text -> null; three months before 24 March 2006 = December 2005 (the elections of 15 December 2005), normalised to the month as 'three months ago' in the dev set. 'three' is part of a relative date, not a figure"},
 ],
 "actors": [
  {"name": IO, "type": "group", "aliases": ["Iraqi officials", "Officials"]},
  {"name": AU, "type": "group", "aliases": ["Authorities"]},
  {"name": USM, "type": "organisation", "aliases": ["The U.S. military"]},
  {"name": "assailants", "type": "group", "aliases": ["Assailants"]},
  {"name": ZK, "type": "person", "aliases": ["the U.S. ambassador to Iraq", "Zalmay Khalilzad", "Khalilzad"]},
  {"name": "Iran", "type": "country", "aliases": ["Iran"]},
  {"name": "Mahdi Army", "type": "organisation", "aliases": ["the Mahdi Army", "the group"]},
  {"name": "Iraq's political factions", "type": "group", "aliases": ["Iraq's political factions"]},
 ],
 "notes": [
  "VOA News report (no personal byline) of Friday 24 March 2006 (date in the URL) on a day of bombings and shootings in Iraq: a bombing outside a Sunni mosque in Khalis, two American soldiers killed in Anbar the day before, an attack on a Baghdad bakery, three police officers shot and 12 bodies found, and Ambassador Khalilzad's remarks on Iran to the Washington Post; story iraq_violence_march_2006 (a single item).",
  "One quote: the fragment 'enemy action.' from the U.S. military ('what it called'). Khalilzad's remarks are reported speech without quote marks: no quotes.",
  "Figures: 'more than 20' twice (headline in the outlet's voice, lead claimed by 'Iraqi officials'; key iraq_violence_march_2006:killed_march_24); five killed and at least 15 injured in Khalis claimed by 'Authorities'; two American soldiers by the U.S. military; four employees and three police officers in the outlet's voice; at least 12 bodies announced by 'Officials' (taken as the Iraqi officials of the lead: same description, same day's toll). The parts are not keyed with the total: each counts a different attack. Not figures: 'three months ago' (relative date), 'a police officer' (no number word), 'many recent killings' (no number).",
  "Claimant actors: 'Iraqi officials' / 'Officials' are one actor; 'Authorities' (the Khalis toll) is kept as its own actor, since the text does not say the two descriptions are the same people.",
  "Events: 'Friday' (the Khalis bombing, a dated noun without a named bomber -> null), 'Thursday' (two soldiers were killed, passive without agent -> null), 'today' (assailants opened fire in the bakery), 'three months ago' (the parliamentary elections, no agent). 'since parliamentary elections three months ago' is the start of a period but the date expression is 'three months ago'.",
  "Actors: Khalilzad ('the U.S. ambassador to Iraq', 'Zalmay Khalilzad', 'Khalilzad'; 'he'/'He' are pronouns); 'the group' in 'He said the group was responsible for many recent killings' is the Mahdi Army. The Washington Post only receives Khalilzad's remarks and AFP, AP and Reuters appear only in the credit line: not actors. 'its military and intelligence services' (Iran's) is a pronoun phrase, not listed.",
  "second reading by the annotator: re-read the whole item against FORMAT.md sections 1-2; checked both '20's (ctx), the 'at least' on 15 and 12 only, the quote span (final '.' kept, speaker 'it' = the U.S. military), the four dates against Friday 24 March 2006 and that no surface form is shared by two actors.",
 ],
}
