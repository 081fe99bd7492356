Q = "baghdad_bombings_apr_2010"
IO = "Iraqi officials"
SO = "Iraqi security officials"
IP = "Iraqi police"
IA = "Iraqi authorities"
ANN = {
 "article": "articles/voa_2010_iraq_bombings_kill_nearly_60.txt",
 "gold_out": "gold/voa_2010_iraq_bombings_kill_nearly_60.json",
 "published": "2010-04-23",
 "quotes": [],
 "figures": [
  {"quantity": Q + ":deaths", "text": "60", "value": 60, "unit": None, "counted": "killed by bombings in Iraq", "source": IO, "approx": "around", "ctx": "Nearly 60",
   "note": "headline 'Bombings in Iraq Kill Nearly 60': 'Nearly' = around; the claimant opens the next sentence ('Iraqi officials say at least 58 people have been killed'), as the headline '9' of voa_2008_iraq_mosul_bus_bombing_9_killed. Same quantity as the lead's 58 and as the Wikinews item's 'dozens' / 'at least 58' / 'as high as 69' (wn_2010_baghdad_bombings_kill_dozens, same day)"},
  {"quantity": Q + ":deaths", "text": "58", "value": 58, "unit": None, "counted": "people killed in a series of bombings", "source": IO, "approx": "at least",
   "note": "'Iraqi officials say at least 58 people have been killed in a series of bombings -- most of them targeting Shi'ites in the capital Baghdad': the day's toll; Wikinews printed the same 'at least 58' in its own voice"},
  {"text": "one", "value": 1, "unit": None, "counted": "car bomb", "source": SO, "approx": "at least", "ctx": "at least one car bomb",
   "note": "'Security officials say at least one car bomb exploded'"},
  {"text": "25", "value": 25, "unit": None, "counted": "people killed by the car bomb in Sadr City", "source": SO, "approx": None,
   "note": "'killing 25 people' in the security officials' sentence; a part of the day's toll (Sadr City only), so no key"},
  {"text": "100", "value": 100, "unit": None, "counted": "injured by the Sadr City car bomb", "source": SO, "approx": "at least",
   "note": "'injuring at least 100' (Sadr City only): not the same scope as Wikinews' 'a further hundred' wounded by the car bombs in Baghdad, so no key"},
  {"text": "two", "value": 2, "unit": None, "counted": "top leaders killed", "source": IO, "approx": None,
   "note": "'Iraqi officials announced the killings of two top leaders of al-Qaida in Iraq': the number is the content of the officials' announcement"},
  {"text": "six", "value": 6, "unit": None, "counted": "people killed by roadside bombs in Anbar", "source": IP, "approx": "at least",
   "note": "'Iraqi police said a series of roadside bombs killed at least six people': Anbar only, another quantity than the Baghdad toll"},
  {"text": "10", "value": 10, "unit": None, "counted": "others wounded in Anbar", "source": IP, "approx": None, "ctx": "wounded 10 others"},
  {"text": "four", "value": 4, "unit": None, "counted": "explosions in Khalidiya", "source": IA, "approx": "at least",
   "note": "'Authorities say at least four explosions took place ... in the town of Khalidiya'"},
 ],
 "events": [
  {"actor": None, "date": "2010-03", "date_text": "in March", "what": "parliamentary elections that yielded no clear winner",
   "note": "date on a noun ('parliamentary elections in March'): the text names no one who held or won them -> null; March of the publication year (the Iraqi election of 7 March 2010)"},
  {"actor": IP, "date": "2010-04-23", "date_text": "Earlier Friday", "what": "said roadside bombs killed at least six people in Anbar",
   "note": "'Earlier Friday, in western Anbar province, Iraqi police said a series of roadside bombs killed ...': the fronted adverbial modifies the main verb 'said' (as 'Also Wednesday, medical sources in Lebanon said' in voa_2012_damascus_shelling_12_killed) -> Iraqi police; Friday = the publication day"},
  {"actor": None, "date": "2006", "date_text": "since 2006", "what": "violence relatively low in Anbar (Sunni militant leaders turned against al-Qaida)",
   "note": "'Violence has been relatively low in Anbar since 2006, when Sunni militant leaders turned against al-Qaida': 'since 2006' modifies the state 'has been relatively low' -> null (as 'since 2009' / 'since 2010' elsewhere in the set); the 'when' clause names the leaders, but the date expression does not modify their verb"},
 ],
 "actors": [
  {"name": IO, "type": "organisation", "aliases": ["Iraqi officials", "Officials"]},
  {"name": SO, "type": "organisation", "aliases": ["Security officials"]},
  {"name": "al-Qaida in Iraq", "type": "group", "aliases": ["al-Qaida in Iraq", "The group", "al-Qaida"]},
  {"name": IA, "type": "organisation", "aliases": ["Authorities"]},
  {"name": IP, "type": "organisation", "aliases": ["Iraqi police"]},
  {"name": "Sunni militant leaders", "type": "group", "aliases": ["Sunni militant leaders"]},
 ],
 "notes": [
  "VOA News report of Friday 23 April 2010 (kept on VOA's Bangla service site; date from the address key and 'Earlier Friday'): bombings in Baghdad, mostly at Shi'ite mosques and in Sadr City, and roadside bombs in Anbar. Story baghdad_bombings_apr_2010 with wn_2010_baghdad_bombings_kill_dozens (Wikinews, same day).",
  "Cross-item key: the day's toll, headline 'Nearly 60' and lead 'at least 58' (both claimed by Iraqi officials), shares " + Q + ":deaths with the Wikinews item's 'dozens', 'at least 58' (outlet's voice) and 'as high as 69' (media reports). The Sadr City car bomb's 25 killed / 100 injured and the Anbar six killed / 10 wounded are parts or other places: no key.",
  "'Officials say other bombings in the area targeted Shi'ite mosques' is listed with Iraqi officials (a bare 'Officials'); 'Authorities' (twice: 'Authorities fear', 'Authorities say at least four explosions') is one actor, Iraqi authorities. Moqtada al-Sadr only names the place of the blast (not an actor). Al-Qaida in Iraq is blamed but acts in no dated sentence; kept as the group named ('al-Qaida in Iraq', 'The group', 'al-Qaida').",
  "No quotes (no quote marks). Not figures: 'a series of bombings', 'several burned-out vehicles', '2006' (a year). Not events: 'days after Iraqi officials announced' and 'Soon after the explosions' (vague), 'Earlier Friday' is the only weekday.",
  "Second careful read done by the annotator against FORMAT.md sections 1-2: headline 'Nearly' = around with the next sentence's claimant, 'at least' on 58, one, 100, six and four, the 10 wounded without hedge, 'Earlier Friday' = 2010-04-23 with the police as agent of 'said', 'since 2006' left null.",
 ],
}
