K = "somalia_daynunay_attack_apr2016:"
AS = "al-Shabab"
SGO = "Somali government officials"
SGF = "Somali government forces"
HAM = "Hassan Abdi Mohamed"
JK = "Joseph Kibet"
ANN = {
 "article": "articles/voa_2016_baidoa_shabab_kill_8_soldiers.txt",
 "gold_out": "gold/voa_2016_baidoa_shabab_kill_8_soldiers.json",
 "published": "2016-04-26",
 "quotes": [
  {"text": "For us, we don\u2019t believe its ISIS. It could be one of those local Al-Shabab cells", "speaker": JK, "speaker_mention": "Kibet", "fragment": False,
   "note": "'\u201c...,\u201d Kibet said.': the AMISOM military spokesman named in the paragraph before; trailing comma dropped; 'its' (for it's) kept as printed"},
 ],
 "figures": [
  {"quantity": K+"soldier_deaths", "text": "8", "ctx": "Kill 8", "value": 8, "unit": None, "counted": "Somali government soldiers killed", "source": None, "approx": None,
   "note": "headline, outlet's voice (no attribution in the headline); the lead gives the same toll as 'at least eight' with its claimants (same key). The address slug reads 'al-shabab-kills-five-at-somali-military-base', an earlier version of the story; not part of the text"},
  {"quantity": K+"soldier_deaths", "text": "eight", "value": 8, "unit": None, "counted": "government soldiers killed in an ambush near Baidoa", "source": SGO, "approx": "at least",
   "note": "'Al-Shabab militants in Somalia killed at least eight government soldiers in an ambush near the town of Baidoa, officials said.'"},
  {"text": "Thirteen", "value": 13, "unit": None, "counted": "government soldiers wounded", "source": None, "approx": None,
   "note": "a sentence of its own in VOA's voice ('Thirteen government soldiers were wounded.'); the commander's account in the paragraph before is reported as 'told VOA Somali that ...' and does not reach this sentence, so no claimant"},
  {"text": "18", "value": 18, "unit": "km", "counted": "kilometers of Daynunay base east of Baidoa", "source": None, "approx": None,
   "note": "'Daynunay military base, 18 kilometers east of Baidoa': a location apposition in VOA's voice, not what the officials claim (as with 'about 115-kiometers east of London' in the dev set); minimal span '18'"},
  {"text": "four", "value": 4, "unit": None, "counted": "militants who blew themselves up in Sunday's raid", "source": HAM, "approx": None,
   "note": "'Mohamed said the attack might have been in retaliation for a raid by government forces on Sunday, in which four militants blew themselves up ...': inside the minister's reported speech"},
 ],
 "events": [
  {"actor": AS, "date": "2016-04-26", "date_text": "early Tuesday", "what": "al-Shabab militants attacked the Daynunay base (the convoy sent to reinforce it was ambushed)",
   "note": "'a base being attacked early Tuesday by the militants': passive with a by-agent (the militants = al-Shabab); the report is of Tuesday 26 April 2016"},
  {"actor": HAM, "date": "2016-04-26", "date_text": "on Tuesday", "what": "the regional minister visited Daynunay base",
   "note": "'Regional Minister Hassan Abdi Mohamed, who visited Daynunay base on Tuesday'"},
  {"actor": SGF, "date": "2016-04-24", "date_text": "on Sunday", "what": "government forces raided a militant hideout outside Baidoa",
   "note": "'a raid by government forces on Sunday': the date modifies the event noun 'raid', whose agent is the by-phrase; Sunday before Tuesday 26 April = 24 April 2016"},
  {"actor": None, "date": "2016-04-25", "date_text": "Monday", "what": "an explosive device hit an AMISOM vehicle outside Mogadishu (the attack IS claims)",
   "note": "'attack against African Union troops in Somalia that took place Monday outside Mogadishu': 'took place' has no agent and the text does not establish the attacker (IS claims it; AMISOM's spokesman doubts it and suggests local al-Shabab cells), so null. Monday 25 April 2016"},
 ],
 "actors": [
  {"name": AS, "type": "organisation", "aliases": ["Al-Shabab militants", "Al-Shabab", "Shabab fighters", "the militants", "its fighters"]},
  {"name": SGO, "type": "group", "aliases": ["officials", "Officials", "government officials", "Government officials"]},
  {"name": "Somali military commander", "type": "person", "aliases": ["A Somali military commander"]},
  {"name": SGF, "type": "organisation", "aliases": ["government forces", "government troops", "Somali soldiers in the base"]},
  {"name": "witnesses", "type": "group", "aliases": ["Witnesses"]},
  {"name": HAM, "type": "person", "aliases": ["Regional Minister Hassan Abdi Mohamed", "Hassan Abdi Mohamed", "Mohamed"]},
  {"name": "Islamic State", "type": "organisation", "aliases": ["Islamic State militants", "IS media", "ISIS"]},
  {"name": "AMISOM", "type": "organisation", "aliases": ["AMISOM", "African Union troops"]},
  {"name": JK, "type": "person", "aliases": ["AMISOM military spokesman Joseph Kibet", "Joseph Kibet", "Kibet"]},
 ],
 "notes": [
  "VOA News report (no personal byline in the stored copy; VOA Somali's reporting) of Tuesday 26 April 2016 on an al-Shabab attack on the Daynunay base near Baidoa and the ambush of a relief convoy, plus the Islamic State's claim of an IED attack on AMISOM on Monday 25 April. Story somalia_daynunay_attack_apr2016 (single item).",
  "Date: the stored page prints none. The IS claim of its first attack in Somalia (an IED on an AMISOM convoy on the outskirts of Mogadishu on Monday) was reported on 25 April 2016 (Horseed Media, 'Published: April 25, 2016', quoting AMISOM's Joseph Kibet to the VOA Somali Service; BBC Swahili 160426); the Daynunay base attack is reported on Tuesday 26 April 2016 (BBC-based report dated 'Tuesday, 26 April 2016'). The text's 'early Tuesday', 'on Tuesday', 'Monday' and 'on Sunday' fit a report of 26 April 2016.",
  "Figures: the toll of eight (headline '8', outlet; lead 'at least eight', officials) share somalia_daynunay_attack_apr2016:soldier_deaths; al-Shabab claims 'killing number of soldiers' (no number). 13 wounded (outlet), 18 km (location), four militants (the minister). Not figures: 'one of those local Al-Shabab cells' (pronoun use), 'a military vehicle and seizing another'.",
  "Events: early Tuesday (al-Shabab attacks the base, passive by-agent), on Tuesday (the minister's visit), on Sunday (government raid), Monday (the IED attack, no established agent: null).",
  "Actors: 'officials', 'government officials' (who deny losing the base) are one group of Somali government officials. The military commander and witnesses speak without quotes or figures and are listed as speakers of reported statements. 'IS media' and 'Islamic State militants' are one actor. 'AMISOM' and 'African Union troops' are the AU force.",
  "First reading (annotator): speakers, claimants and event actors checked against the text; 'Thirteen' left without claimant (stand-alone sentence).",
  "Second reading (checker): re-read the whole item against FORMAT.md sections 1-2 and the published date: Tuesday = 26 April, Monday = 25 April, Sunday = 24 April 2016; the quote span (trailing comma dropped, curly marks, 'its' as printed); 'at least' on eight; the headline '8' sharing the key; no surface form in two actors. No change.",
 ],
}
