S = "gaza_strikes_april_2008"
MR = "Mark Regev"
AZ = "Sami Abu Zuhri"
ANN = {
 "article": "articles/voa_2008_israel_air_strikes_gaza_hamas_crossing.txt",
 "gold_out": "gold/voa_2008_israel_air_strikes_gaza_hamas_crossing.json",
 "published": "2008-04-20",
 "quotes": [
  {"text": "The Hamas terrorist regime in Gaza continues to try to kill Israelis and they continue with their military buildup. The Israeli defense forces are acting to protect our people",
   "speaker": MR, "speaker_mention": "Regev",
   "note": "'\"...,\" Regev said.': attribution after the quote by surname; he is named in full with his title in the paragraph before ('Israeli government spokesman Mark Regev says Hamas will bear the consequences'); trailing comma dropped"},
 ],
 "figures": [
  {"text": "seven", "value": 7, "unit": None, "counted": "Palestinian militants killed in Israeli air strikes", "source": None, "approx": "at least",
   "note": "lead in the outlet's voice ('At least seven Palestinian militants have been killed'); the next sentence is the reporter's ('As Robert Berger reports'), not a claimant"},
  {"text": "two", "value": 2, "unit": None, "counted": "car bombs", "source": None, "approx": None},
  {"text": "Four", "value": 4, "unit": None, "counted": "of the Palestinian assailants killed", "source": None, "approx": None,
   "note": "the assailants of Saturday's attack on the crossing, not the militants killed in the air strikes: another quantity than 'seven'"},
  {"text": "13", "value": 13, "unit": None, "counted": "Israeli soldiers wounded", "source": None, "approx": None},
 ],
 "events": [
  {"actor": "Hamas", "date": "2008-04-19", "date_text": "Saturday", "ctx": "attack Saturday on", "what": "Hamas attack on an Israeli cargo crossing on the Gaza border",
   "note": "date on a noun ('a daring Hamas attack Saturday on an Israeli cargo crossing'): the text says whose attack it is (Hamas; 'Hamas militants rammed two car bombs into the crossing') -> Hamas; the Saturday before the Sunday 20 April 2008 report"},
  {"actor": "Hamas", "date": "2008-04-19", "date_text": "Saturday's", "what": "Saturday's attack (on the crossing)",
   "note": "'Abu Zuhri said Saturday's attack is the beginning of an explosion': date on the noun 'attack', the same Hamas attack as the paragraph above -> Hamas (not the speaker Abu Zuhri, whose 'said' is undated)"},
 ],
 "actors": [
  {"name": "Israel", "type": "country", "aliases": ["Israel"]},
  {"name": "Hamas", "type": "organisation", "aliases": ["Hamas", "the Islamic militant group that rules Gaza", "Hamas militants", "the group"]},
  {"name": "Israeli troops", "type": "organisation", "aliases": ["Israeli troops"]},
  {"name": MR, "type": "person", "aliases": ["Israeli government spokesman Mark Regev", "Regev"]},
  {"name": AZ, "type": "person", "aliases": ["Hamas spokesman Sami Abu Zuhri", "Abu Zuhri"]},
  {"name": "Israeli officials", "type": "organisation", "aliases": ["Israeli officials"]},
 ],
 "notes": [
  "VOA report by Robert Berger (Jerusalem bureau) of Sunday 20 April 2008 (date from the address key and 'Saturday'): Israeli air strikes on Gaza kill at least seven militants after Hamas's Saturday attack on an Israeli cargo crossing (Kerem Shalom). Story gaza_strikes_april_2008 (one item).",
  "One quote, Mark Regev's, attributed by surname after it ('Regev said') and introduced by his full name and title in the paragraph before. Abu Zuhri's words ('said Saturday's attack is the beginning of an explosion') and Regev's 'says Hamas will bear the consequences' carry no quote marks: not quotes.",
  "Figures are all in the outlet's voice: the seven militants killed in the strikes, and the four assailants killed and 13 soldiers wounded in Saturday's attack (different quantities, no keys).",
  "'Hamas militants' (who rammed the car bombs) are listed with Hamas, as the text makes the attack Hamas's ('a daring Hamas attack'). 'The Hamas terrorist regime in Gaza' and 'The Israeli defense forces' are inside Regev's quote and not given as aliases. Arab and western states are only urged (not actors); Robert Berger is the reporter.",
  "Not events: 'daily Palestinian rocket attacks' (frequency, no date). Not figures: 'a series of air strikes'.",
  "Second careful read done by the annotator against FORMAT.md sections 1-2: both 'Saturday' spans (the bare one and 'Saturday's') = 2008-04-19 with Hamas as agent of the attack, 'At least' on seven, the quote's trailing comma dropped.",
 ],
}
