K = "mogadishu_sahafi_hotel_attack_2018:"
AS = "al-Shabab"
H = "five Mogadishu hospitals"
SSO = "Somali security officials"
MY = "Mohamed Yusuf"
UN = "United Nations Security Council"
ANN = {
 "article": "articles/voa_2018_mogadishu_blasts_toll_rises_52.txt",
 "gold_out": "gold/voa_2018_mogadishu_blasts_toll_rises_52.json",
 "published": "2018-11-11",
 "quotes": [
  {"text": "terrorism in all its forms and manifestations constitutes one of the most serious threats to international peace and security.", "speaker": UN, "speaker_mention": "Members of the United Nations Security Council", "fragment": True,
   "note": "clause of the Council's statement quoted after 'said in a statement that' (such clauses are fragments in the dev set); final '.' inside the marks kept"},
  {"text": "acts of terrorism are criminal and unjustifiable, regardless of their motivation, wherever, whenever and by whomsoever committed.", "speaker": UN, "speaker_mention": "It", "fragment": True,
   "note": "'It added that \"...\"': 'It' = the statement of the Council members (sentence before); final '.' kept"},
  {"text": "We received 63 victims. Thirty-two were brought wounded, but three of them died in the hospital and the 31 others were already dead and we transferred them to the morgue", "speaker": MY, "speaker_mention": "he", "fragment": False,
   "note": "paragraph-long quote with 'he said' after it; the speaker is named in the paragraph before ('Doctor Mohamed Yusuf, the director of Medina hospital, ... told VOA ...'); trailing comma before the closing mark dropped"},
 ],
 "figures": [
  {"quantity": K+"deaths", "text": "52", "ctx": "has climbed to 52", "value": 52, "unit": None, "counted": "dead in Friday's car bomb blasts", "source": H, "approx": None,
   "note": "'has climbed to 52, according to admission records from five hospitals': the hospitals' toll (their doctors and administrators 'put the death toll at 52' four paragraphs on); Wikinews of 12 November gives 'at least 53' (officials quoted by AFP), same key"},
  {"text": "five", "ctx": "from five hospitals", "value": 5, "unit": None, "counted": "hospitals whose admission records give the toll", "source": None, "approx": None},
  {"quantity": K+"hotel_attackers", "text": "four", "value": 4, "unit": None, "counted": "militants who entered the Sahafi Hotel", "source": SSO, "approx": None,
   "note": "'Somali security officials ... say four militants entered the Sahafi Hotel'; Wikinews: 'About four to five armed attackers' who attempted to enter the hotel (same key)"},
  {"text": "dozens", "value": None, "vague": True, "unit": None, "counted": "of people rescued from hotel rooms", "source": SSO, "approx": None,
   "note": "'They said the security forces ... rescued dozens of people': 'They' = the security officials"},
  {"text": "10", "ctx": "more than 10 years", "value": 10, "unit": "years", "counted": "years of insurgency waged by al-Shabab", "source": None, "approx": "more than",
   "note": "'which has waged an insurgency for more than 10 years': a duration, outlet's voice"},
  {"text": "five", "ctx": "of the five hospitals", "value": 5, "unit": None, "counted": "hospitals in the city that mainly treat the victims of gunshots and explosions", "source": None, "approx": None,
   "note": "part of the claimants' description, outlet's voice"},
  {"quantity": K+"deaths", "text": "52", "ctx": "death toll at 52", "value": 52, "unit": None, "counted": "death toll", "source": H, "approx": None,
   "note": "'Doctors and administrators of the five hospitals ... put the death toll at 52'"},
  {"quantity": K+"injured", "text": "106", "value": 106, "unit": None, "counted": "wounded", "source": H, "approx": None,
   "note": "'... and say 106 are wounded' (same claimants); Wikinews: 'at least 100' injured (same key)"},
  {"quantity": K+"medina_admitted", "text": "63", "ctx": "that 63 blast victims", "value": 63, "unit": None, "counted": "blast victims admitted to Medina hospital", "source": MY, "approx": None},
  {"quantity": K+"medina_admitted", "text": "63", "ctx": "We received 63", "value": 63, "unit": None, "counted": "victims received at Medina hospital", "source": MY, "approx": None,
   "note": "inside Yusuf's quote; the same number as the paragraph before"},
  {"text": "Thirty-two", "value": 32, "unit": None, "counted": "victims brought wounded to Medina hospital", "source": MY, "approx": None},
  {"text": "three", "ctx": "but three of them", "value": 3, "unit": None, "counted": "of the wounded who died in the hospital", "source": MY, "approx": None},
  {"text": "31", "value": 31, "unit": None, "counted": "others already dead on arrival", "source": MY, "approx": None},
  {"text": "100 percent", "value": 100, "unit": "%", "counted": "of Medina's beds occupied by patients wounded by gunfire and explosions", "source": MY, "approx": "around",
   "note": "'Yusuf said patients ... had been occupying almost 100 percent of Medina's beds': 'almost' -> around; claimant Yusuf"},
 ],
 "events": [
  {"actor": AS, "date": "2018-11-09", "date_text": "Friday's", "what": "Friday's car bomb blasts in Mogadishu",
   "note": "date on the noun 'blasts'; the text names who is behind them: 'The militant group al-Shabab ... claimed responsibility' (as 'Saturday's attack' -> Hamas in the dev set; the dev set gives null only where there is 'no claimant or group'). Friday before a report of Sunday 11 November 2018 = 9 November 2018"},
 ],
 "actors": [
  {"name": H, "type": "organisation", "aliases": ["admission records from five hospitals", "Doctors and administrators of the five hospitals"]},
  {"name": SSO, "type": "group", "aliases": ["Somali security officials"]},
  {"name": "militants", "type": "group", "aliases": ["militants", "the assailants"]},
  {"name": "security forces", "type": "organisation", "aliases": ["the security forces"]},
  {"name": AS, "type": "organisation", "aliases": ["The militant group al-Shabab", "al-Shabab"]},
  {"name": UN, "type": "organisation", "aliases": ["Members of the United Nations Security Council"]},
  {"name": MY, "type": "person", "aliases": ["Doctor Mohamed Yusuf", "Yusuf", "the director of Medina hospital"]},
 ],
 "notes": [
  "VOA report (by Mohamed Olad Hassan per ReliefWeb; no byline in the stored copy) of Sunday 11 November 2018 (date inferred, see meta) on the toll of the car bombings near the Sahafi Hotel in Mogadishu on Friday 9 November 2018; story mogadishu_sahafi_hotel_attack_2018 with wn_2018_mogadishu_sahafi_hotel_car_bombings (Wikinews, 12 November).",
  "Cross-report figures: dead 52 here (twice, the five hospitals) vs 'Dozens' and 'at least 53' (officials quoted by AFP) in Wikinews -> mogadishu_sahafi_hotel_attack_2018:deaths; wounded 106 here vs 'at least 100' -> :injured; four militants who entered the hotel (security officials) vs 'About four to five armed attackers' -> :hotel_attackers. Medina's 63 (twice, Yusuf) share :medina_admitted; 32, 3 and 31 are parts of it and keep no key.",
  "Claimants: the hospital toll is claimed by the five hospitals ('according to admission records from five hospitals'; 'Doctors and administrators of the five hospitals ... put the death toll at 52'), one actor; the militants and rescues by 'Somali security officials' ('They said'); Medina's figures and 'almost 100 percent' by Mohamed Yusuf.",
  "Quotes: two clauses of the Security Council members' statement (fragments after 'that', the second attributed by 'It'), and Yusuf's quote with 'he said' (speaker named in the paragraph before).",
  "Events: only 'Friday's' (dated noun, al-Shabab, which claimed responsibility). Not events: 'within minutes of each other', 'recently' (vague). Not figures: 'one of the most serious threats' (not a count).",
  "Actors: 'militants'/'the assailants' (the four who entered the hotel) are kept apart from al-Shabab, which only claims the attack; VOA (told VOA) and the named hospitals (Medina, Darul Shifa, ...) are not separate actors.",
  "second reading by the annotator: re-read the whole item against FORMAT.md sections 1-2; checked the three quote spans (final '.' kept on the fragments, trailing comma dropped on Yusuf's), the two 52s, two fives and two 63s (ctx), 'more than 10 years' and 'almost 100 percent' hedges, Friday = 2018-11-09 against Sunday 11 November, and that no surface form belongs to two actors.",
 ],
}
