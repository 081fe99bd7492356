K = "somalia_amisom_offensive_2014:"
AS = "al-Shabab"
AM = "AMISOM"
JF = "joint forces"
SGO = "Somali government official"
ANN = {
 "article": "articles/voa_2014_somalia_au_seize_el_bur.txt",
 "gold_out": "gold/voa_2014_somalia_au_seize_el_bur.json",
 "published": "2014-03-26",
 "quotes": [
  {"text": "ambushed", "speaker": AM, "speaker_mention": "AMISOM", "fragment": True,
   "note": "'In a statement, AMISOM said the joint forces were \"ambushed\" by al-Shabab militants': a word of AMISOM's statement inside reported speech"},
  {"text": "repulsed", "speaker": AM, "speaker_mention": "It", "fragment": True,
   "note": "'It says troops \"repulsed\" the militants': It = AMISOM (the sentence before)"},
 ],
 "figures": [
  {"text": "350", "value": 350, "unit": "km", "counted": "kilometers northeast of Mogadishu", "source": AM, "approx": None,
   "note": "'AMISOM said Wednesday that forces regained control of the town 350 kilometers northeast of Mogadishu during a three-day operation': the distance stands inside AMISOM's reported statement, so AMISOM is taken as the claimant"},
  {"text": "three", "ctx": "three-day", "value": 3, "unit": "days", "counted": "day operation to regain el-Bur", "source": AM, "approx": None,
   "note": "'three-day operation': a duration inside AMISOM's reported statement; text is the number word of the compound (as '47' in '47-year-old')"},
  {"text": "10", "ctx": "10 major towns", "value": 10, "unit": None, "counted": "major towns liberated since the start of the offensive", "source": AM, "approx": None,
   "note": "'AMISOM says the joint forces have liberated 10 major towns'"},
  {"text": "100", "value": 100, "unit": "km", "counted": "kilometers south of Mogadishu (Qoryoley)", "source": SGO, "approx": "around",
   "note": "'a Somali government official said troops ... regained control of Qoryoley, a town about 100 kilometers south of Mogadishu': inside the official's reported statement, so the official is taken as the claimant"},
  {"quantity": K+"amisom_strength", "text": "22,000", "value": 22000, "unit": None, "counted": "troops and police in Somalia", "source": None, "approx": "more than",
   "note": "'The African Union has more than 22,000 troops and police in Somalia': outlet's voice; same strength as in voa_2014_somalia_au_troops_reclaim_towns (same key)"},
 ],
 "events": [
  {"actor": AM, "date": "2014-03-26", "date_text": "Wednesday", "what": "AMISOM said forces regained control of el-Bur",
   "note": "'The AU mission in Somalia, known as AMISOM, said Wednesday that ...': agent of 'said'; Wednesday 26 March 2014 = publication day (see meta)"},
  {"actor": JF, "date": "2014-02", "date_text": "last month", "occ": 1, "what": "start of the offensive against al-Shabab",
   "note": "'since the start of an offensive against the al-Qaida-linked group last month': the date is on the noun 'offensive'; the sentence names who carries it out ('the joint forces have liberated 10 major towns since ...'), so the joint forces. Last month of a March report = February 2014 as printed (other reports put the start of the offensive in early March)"},
  {"actor": SGO, "date": "2014-03-22", "date_text": "On Saturday", "what": "a Somali government official said troops regained control of Qoryoley",
   "note": "'On Saturday, a Somali government official said troops overpowered al-Shabab militants and regained control of Qoryoley': the fronted expression modifies the main verb 'said' (agent the official); Saturday 22 March 2014"},
  {"actor": None, "date": "2010", "date_text": "Four years ago", "what": "al-Shabab controlled large parts of central and southern Somalia",
   "note": "a state ('controlled'), not an act: actor null by the guide's rule for states; 2014 - 4 = 2010. A date, not a duration figure"},
  {"actor": AS, "date": "2014-02", "date_text": "last month", "occ": 2, "what": "al-Shabab's assault on the presidential palace in Mogadishu",
   "note": "'al-Shabab continues to launch periodic attacks, including an assault on the presidential palace in Mogadishu last month': the date is on the noun 'assault', whose agent is al-Shabab (subject of 'launch'); the Villa Somalia attack of 21 February 2014"},
 ],
 "actors": [
  {"name": JF, "type": "group", "aliases": ["Somali government and African Union forces", "the joint forces"]},
  {"name": AS, "type": "organisation", "aliases": ["al-Shabab militants", "al-Shabab", "the militants", "the al-Qaida-linked group", "the militant group"]},
  {"name": AM, "type": "organisation", "aliases": ["The AU mission in Somalia", "AMISOM"]},
  {"name": "Abdihakim Abdullahi Warsame", "type": "person", "aliases": ["regional deputy governor Abdihakim Abdullahi Warsame"]},
  {"name": SGO, "type": "person", "aliases": ["a Somali government official"]},
  {"name": "Security forces", "type": "group", "aliases": ["Security forces"]},
  {"name": "African Union", "type": "organisation", "aliases": ["The African Union"]},
 ],
 "notes": [
  "VOA News report of Wednesday 26 March 2014 (date inferred, see meta) on the capture of el-Bur by Somali and AU forces; story somalia_amisom_offensive_2014 with voa_2014_somalia_au_troops_reclaim_towns and voa_2014_buloburde_raid_kills_11. The last line 'Some information for this report from AFP.' is VOA's credit line and is kept as text.",
  "Quotes: two one-word fragments of AMISOM's statement ('ambushed' with 'AMISOM', 'repulsed' with 'It').",
  "Figures: 350 km and the three-day operation (inside AMISOM's reported statement), 10 major towns (AMISOM says), about 100 km (inside the official's statement), more than 22,000 troops and police (outlet's voice; key somalia_amisom_offensive_2014:amisom_strength, shared with the 10 March item). 'several locations' is not a figure; 'Four years ago' is a date.",
  "Events: 'Wednesday' (AMISOM said), 'last month' twice (the offensive: joint forces; the palace assault: al-Shabab), 'On Saturday' (the official said), 'Four years ago' (a state, actor null). 'since' ('have since pushed') is vague.",
  "Actors: 'Somali government and African Union forces' (lead) and 'the joint forces' are one group actor 'joint forces'; AMISOM ('The AU mission in Somalia') and 'The African Union' (which 'has' the troops) are kept apart; 'troops' (who repulsed / overpowered the militants) is not listed.",
  "second reading by the annotator: re-read the whole item against FORMAT.md sections 1-2; checked both 'last month' occurrences, the weekday dates against Wednesday 26 March 2014, 'about' on the 100 km only, and that no surface form is shared by two actors.",
 ],
}
