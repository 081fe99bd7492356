K = "somalia_islamists_ethiopia_2006:"
ICU = "Islamic Courts Union"
TG = "Somali transitional government"
ET = "Ethiopia"
ETT = "Ethiopian troops"
YI = "Yusuf Inda'ade"
ANN = {
 "article": "articles/voa_2006_somalia_heavy_fighting_spreads.txt",
 "gold_out": "gold/voa_2006_somalia_heavy_fighting_spreads.json",
 "published": "2006-12-20",
 "quotes": [],
 "figures": [
  {"text": "two", "ctx": "The two towns", "value": 2, "unit": None, "counted": "towns (Bur Hakaba and Daynunay)", "source": None, "approx": None,
   "note": "'The two towns are just a few dozen kilometers from the seat of ...': a count of the towns named in the paragraph before; outlet's voice"},
  {"text": "a few dozen", "value": None, "vague": True, "unit": "km", "counted": "kilometers from the seat of the interim government in Baidoa", "source": None, "approx": None,
   "note": "'just a few dozen kilometers': a vague distance (value null), unit km; outlet's voice"},
  {"text": "250", "value": 250, "unit": "km", "counted": "kilometers from Baidoa to Mogadishu", "source": None, "approx": None,
   "note": "'the road that links Baidoa to the capital Mogadishu 250 kilometers away': outlet's voice"},
  {"text": "70", "value": 70, "unit": "km", "counted": "kilometers southwest of Baidoa (Idale)", "source": None, "approx": None,
   "note": "'the town of Idale, 70 kilometers southwest of Baidoa': outlet's voice"},
  {"quantity": K + "ethiopian_military_advisers", "text": "several hundred", "value": None, "vague": True, "unit": None, "counted": "military advisers sent in to Baidoa", "source": ET, "approx": None,
   "note": "'It has recently acknowledged sending in several hundred military advisers to Baidoa': It = Ethiopia (subject of the sentence before), who acknowledges the count; same quantity as the 'several hundred military instructors' of voa_2006_ethiopia_meles_dismisses_islamist_threat (same key)"},
  {"quantity": K + "ethiopian_troops_in_somalia", "text": "30,000", "value": 30000, "unit": None, "counted": "combat troops sent by Addis Ababa", "source": ICU, "approx": "up to",
   "note": "'But the Islamists insist that Addis Ababa has sent as many as 30,000 combat troops': the Islamists claim it; 'as many as' -> up to; same quantity as the Islamist security chief's 'at least 35,000 Ethiopian troops on Somali territory' in the 13 December item (same key)"},
 ],
 "events": [
  {"actor": ETT, "date": "2006-12-19", "date_text": "by Tuesday", "occ": 1, "what": "deadline for Ethiopian troops to leave Somalia",
   "note": "'an Islamist threat to launch a major attack if Ethiopian troops did not leave Somalia by Tuesday': the date modifies 'leave', whose agent is Ethiopian troops; Tuesday 19 December 2006 (the day before publication)"},
  {"actor": None, "date": "2006-12-20", "date_text": "on Wednesday", "what": "fighting flared in Bur Hakaba and Daynunay",
   "note": "'The fighting on Wednesday flared in the towns of Bur Hakaba and Daynunay': the fighting flares (no agent), and the residents 'do not know who started the fighting': actor null; Wednesday 20 December 2006 = publication day"},
  {"actor": ICU + " and " + TG, "date": "2006-12-19", "date_text": "Late Tuesday", "what": "Islamists and government troops exchanged mortar fire in Idale",
   "note": "'Late Tuesday, Islamists and government troops exchanged mortar fire in the town of Idale': a joint agent of 'exchanged'; Tuesday 19 December 2006"},
  {"actor": YI, "date": "2006-12-11/2006-12-17", "date_text": "Last week", "what": "Yusuf Inda'ade said his forces would attack Baidoa by Tuesday unless Ethiopia pulled out",
   "note": "'Last week, the national security chairman of the Islamic Courts Union, Yusuf Inda'ade, said ...': agent of 'said'; last week = the ISO week before the publication week, Monday 11 to Sunday 17 December 2006 (the 13 December item dates the ultimatum to Tuesday 12 December)"},
  {"actor": ICU, "date": "2006-12-19", "date_text": "by Tuesday", "occ": 2, "what": "the Islamic Courts' forces would launch an assault on Baidoa",
   "note": "'his forces would launch an assault on Baidoa by Tuesday': the date modifies 'launch', whose agent is 'his forces', the Islamic Courts Union's forces (one actor, see notes); Tuesday 19 December 2006"},
 ],
 "actors": [
  {"name": ICU, "type": "organisation", "aliases": ["Islamists", "Islamist fighters", "Islamist forces", "the Islamic Courts Union"]},
  {"name": TG, "type": "organisation", "aliases": ["interim government forces", "government forces", "government troops", "the interim government"]},
  {"name": ET, "type": "country", "aliases": ["neighboring Ethiopia", "Ethiopia", "Addis Ababa"]},
  {"name": ETT, "type": "group", "aliases": ["Ethiopian troops"]},
  {"name": YI, "type": "person", "aliases": ["the national security chairman of the Islamic Courts Union", "Yusuf Inda'ade"]},
  {"name": "residents of Bur Hakaba and Daynunay", "type": "group", "aliases": ["Residents of Bur Hakaba and Daynunay"]},
  {"name": "Alisha Ryu", "type": "person", "aliases": ["VOA Correspondent Alisha Ryu"]},
 ],
 "notes": [
  "VOA report by Alisha Ryu (Nairobi) of Wednesday 20 December 2006 (date from the address key and the text, see meta): fighting between the Islamic Courts and Somalia's interim government spreads near Baidoa as the Islamists' deadline for Ethiopia expires. Story somalia_islamists_ethiopia_2006 with voa_2006_ethiopia_meles_dismisses_islamist_threat (13 December) and voa_2006_somalia_troops_islamists_continue_clash (22 December).",
  "No quote marks in the text: no quotes (the apostrophe in 'Inda'ade' is part of the name).",
  "Figures: two towns, a few dozen km (vague), 250 km, 70 km (outlet's voice); several hundred military advisers (Ethiopia acknowledges; key :ethiopian_military_advisers with the 13 December item) and as many as 30,000 combat troops (the Islamists insist; key :ethiopian_troops_in_somalia with the 13 December item's at least 35,000). Not figures: 'several fighters', 'large numbers', 'both sides'.",
  "Events: 'by Tuesday' twice (Ethiopian troops to leave; the Islamists' forces to attack), 'on Wednesday' (the fighting flared, actor null), 'Late Tuesday' (joint: Islamists and government troops exchanged fire), 'Last week' (Inda'ade said). Vague, no event: 'in recent weeks', 'recently'.",
  "Actors: 'Islamists', 'Islamist fighters', 'Islamist forces' and 'the Islamic Courts Union' are one actor (VOA uses them for the movement and its fighters alike), as in the other items of the story; the interim government and its forces/troops are one actor; Ethiopia ('neighboring Ethiopia', 'Addis Ababa', 'It') is kept apart from 'Ethiopian troops' (the group whose withdrawal was demanded). Yusuf Inda'ade is the 'Yusuf Mohamed Siad' of the 13 December item.",
  "second reading by the annotator: re-read the whole item against FORMAT.md sections 1-2; checked both 'by Tuesday' occurrences, 'Late Tuesday' and 'on Wednesday' against Wednesday 20 December 2006, 'Last week' as 11-17 December, 'as many as' -> up to on 30,000, the claimant 'It' = Ethiopia for several hundred, and that no surface form belongs to two actors.",
 ],
}
