K = "mogadishu_sahafi_hotel_attack_2018:"
AS = "al-Shabab"
AT = "armed attackers"
ANN = {
 "article": "articles/wn_2018_mogadishu_sahafi_hotel_car_bombings.txt",
 "gold_out": "gold/wn_2018_mogadishu_sahafi_hotel_car_bombings.json",
 "published": "2018-11-12",
 "quotes": [
  {"text": "government base", "speaker": AS, "speaker_mention": "they", "fragment": True,
   "note": "'al-Shabab ... claimed the attack. According to Reuters, they said the hotel was a \"government base\" ...': the group's words as reported by Reuters; 'they' = al-Shabab (named in the sentence before); Reuters is the relay, not the speaker"},
  {"text": "government officials", "speaker": AS, "speaker_mention": "they", "fragment": True,
   "note": "second fragment of the same reported statement"},
 ],
 "figures": [
  {"quantity": K+"deaths", "text": "Dozens", "value": None, "vague": True, "unit": None, "counted": "of people killed in Mogadishu car bombings", "source": None, "approx": None,
   "note": "headline, outlet's voice; the body gives 'at least 53' (same key)"},
  {"text": "four", "ctx": "four car bombs", "value": 4, "unit": None, "counted": "car bombs detonated near Sahafi Hotel", "source": None, "approx": None,
   "note": "outlet's voice"},
  {"text": "four to five", "value": 4, "value_max": 5, "unit": None, "counted": "armed attackers who attempted to enter the hotel", "source": None, "approx": "around",
   "note": "'About four to five armed attackers reportedly attempted ...': a range, 'About' -> around; 'reportedly' names no claimant -> null"},
  {"quantity": K+"deaths", "text": "53", "value": 53, "unit": None, "counted": "people killed", "source": "officials", "approx": "at least",
   "note": "'This has resulted in the death of at least 53 people ..., Agence France-Presse news agency quoted officials on Sunday morning': the officials quoted by AFP claim the number (AFP only relays it), so the source is 'officials'"},
  {"quantity": K+"injured", "text": "100", "value": 100, "unit": None, "counted": "people injured", "source": "officials", "approx": "at least",
   "note": "same sentence and claimant as the 53 dead"},
 ],
 "events": [
  {"actor": None, "date": "2018-11-09", "date_text": "On Friday at about 4 p.m. local time", "what": "four car bombs detonated near Sahafi Hotel in Mogadishu",
   "note": "one expression (weekday plus time of day, as 'just before 5 p.m., Jan 12' in the dev set); 'four car bombs detonated' has no agent (as 'bombs exploded' in the dev set): null, although al-Shabab claims the attack two paragraphs later (the VOA item of this story dates the noun 'Friday's car bomb blasts', whose act the text ties to al-Shabab's claim -> al-Shabab there; here the date modifies the intransitive verb 'detonated', whose subject is the bombs). Friday before a report of Monday 12 November 2018 = 9 November 2018"},
  {"actor": "Agence France-Presse", "date": "2018-11-11", "date_text": "on Sunday morning", "what": "AFP quoted officials on the toll of at least 53 dead and 100 injured",
   "note": "'Agence France-Presse news agency quoted officials on Sunday morning': AFP is the subject of 'quoted'; Sunday before Monday 12 November 2018 = 11 November"},
  {"actor": None, "date": "2018-11-10", "date_text": "on Saturday", "what": "the victim count continued to rise",
   "note": "'The victim count continued to rise on Saturday': no agent -> null"},
 ],
 "actors": [
  {"name": AT, "type": "group", "aliases": ["armed attackers", "The attackers", "the attackers"]},
  {"name": "police", "type": "organisation", "aliases": ["police"]},
  {"name": "hotel security guards", "type": "group", "aliases": ["the hotel security guards"]},
  {"name": "Agence France-Presse", "type": "organisation", "aliases": ["Agence France-Presse news agency", "Agence France-Presse"]},
  {"name": "officials", "type": "group", "aliases": ["officials"]},
  {"name": "Abdiaziz Ibrahim", "type": "person", "aliases": ["Abdiaziz Ibrahim", "A witness"]},
  {"name": "CNN", "type": "organisation", "aliases": ["CNN"]},
  {"name": "police official", "type": "person", "aliases": ["a police official"]},
  {"name": AS, "type": "organisation", "aliases": ["al-Shabab", "a militant Islamist group in Somalia"]},
  {"name": "Reuters", "type": "organisation", "aliases": ["Reuters"]},
 ],
 "notes": [
  "Wikinews report of Monday 12 November 2018 on the car bombings near the Sahafi Hotel in Mogadishu on Friday 9 November 2018, claimed by al-Shabab; story mogadishu_sahafi_hotel_attack_2018 with voa_2018_mogadishu_blasts_toll_rises_52 (VOA, 11 November). Cross-report keys: deaths ('Dozens', 'at least 53' here; 52 twice in VOA), injured ('at least 100' here; 106 in VOA), hotel_attackers ('About four to five' here; four militants in VOA).",
  "Quotes: two fragments of al-Shabab's statement as reported by Reuters ('government base', 'government officials'), speaker mention 'they' (the group, named in the sentence before). Abdiaziz Ibrahim's and the police official's statements are reported speech without quote marks.",
  "Figures: 'Dozens' (headline, outlet) and 'at least 53' (officials quoted by AFP) share mogadishu_sahafi_hotel_attack_2018:deaths; 'at least 100' injured (officials) is its own key; 'four car bombs' and 'About four to five' attackers are the outlet's. Not figures: '4 p.m.' (time of day, inside the event expression).",
  "Events: the bombing 'On Friday at about 4 p.m. local time' (no agent), AFP's quoting 'on Sunday morning', the rising count 'on Saturday' (no agent). The shooting of the attackers 'by police and the hotel security guards' and al-Shabab's claim carry no date expression: no event.",
  "Actors: the armed attackers are kept apart from al-Shabab (the text says the group claimed the attack, not that the attackers were its members). 'police' (who shot the attackers) and 'a police official' (who speaks) are separate actors. Not actors: the hotel owner (dies), the Internal Security Ministry and the Criminal Investigations Department (only mentioned).",
  "second reading by the annotator: re-read the whole item against FORMAT.md sections 1-2; checked both quote spans, the two 'four' (ctx), the 4-5 range with 'About', 'at least' on 53 and 100 with the officials as claimant, the three dates against Monday 12 November 2018 and that no surface form belongs to two actors.",
 ],
}
