U = "UNHCR"
R = "Ron Redmond"
D = "displaced people in Gori"
B = "displaced people from Beloti"
M = "South Ossetian militia"
ANN = {
 "article": "articles/voa_2008_georgia_unhcr_gori_shelters_full.txt",
 "gold_out": "gold/voa_2008_georgia_unhcr_gori_shelters_full.json",
 "published": "2008-09-03",
 "quotes": [
  {"text": "Our initial assessment indicates some 450 people arrived from their villages within the last week due to massive intimidation by marauding militias. The remaining three-thousand, 750 IDPs were actually on their way back home from Tbilisi and other parts of Georgia where they had sought refuge during the conflict, but got stuck in Gori when they could not proceed into the so-called buffer zone",
   "speaker": R, "speaker_mention": "he", "fragment": False,
   "note": "attribution after the quote, by pronoun ('..., he said'); 'he' = UNHCR Spokesman Ron Redmond named in the paragraph before; trailing comma before the closing mark dropped"},
 ],
 "figures": [
  {"quantity": "georgia_war_2008:idps_registered_gori", "text": "4,200", "value": 4200, "unit": None,
   "counted": "internally displaced people registered in Gori", "source": U, "approx": "around",
   "note": "'It says it has registered about 4,200': 'It' = the UN refugee agency. Same quantity as 'some 2,300' registered in Gori in VOA of 29 August (voa_2008_georgia_unhcr_2300_register_gori): the count grew"},
  {"text": "12-hundred", "value": 1200, "unit": None, "counted": "people staying in the tented camp in Gori", "source": R, "approx": "around",
   "note": "'Ron Redmond, says some 12-hundred people': 'some' -> around; the number written as '12-hundred'"},
  {"text": "three thousand", "value": 3000, "unit": None, "counted": "people staying with host families or dispersed in collective centers", "source": R, "approx": None,
   "note": "'He says another three thousand ...': He = Redmond"},
  {"text": "22", "value": 22, "unit": None, "counted": "collective centers in and around Gori", "source": R, "approx": None,
   "note": "same sentence, Redmond's claim"},
  {"text": "450", "value": 450, "unit": None, "counted": "people who arrived from their villages within the last week", "source": R, "approx": "around",
   "note": "inside Redmond's quote ('he said'); 'some 450' -> around"},
  {"text": "three-thousand, 750", "value": 3750, "unit": None, "counted": "IDPs on their way back home who got stuck in Gori", "source": R, "approx": None,
   "note": "inside Redmond's quote; the number is written 'three-thousand, 750' (3,750, as UNHCR's own release prints it)"},
  {"text": "two weeks", "value": 2, "unit": "weeks", "counted": "weeks traveling on foot and in hiding before reaching Gori", "source": B, "approx": "more than",
   "note": "'He says they told UNHCR they had been traveling on foot and were in hiding for more than two weeks': Redmond relays what the Beloti arrivals told UNHCR, so the claimant is that group (as a relayed agency report elsewhere in dev)"},
 ],
 "events": [
  {"actor": None, "date": "2008-08-28", "date_text": "six days ago", "what": "the tented camp was put up in Gori",
   "note": "'the tented camp that was put up in Gori just six days ago': passive without an agent -> null; Wednesday 3 September 2008 minus six days = Thursday 28 August (UNHCR's release of 2 September says 'five days ago', the same day)"},
  {"actor": D, "date": "2008-08-27/2008-09-03", "date_text": "within the last week", "what": "some 450 people arrived from their villages in Gori",
   "note": "inside Redmond's quote: 'some 450 people arrived from their villages within the last week'; the agent of 'arrived' is the displaced people; 'the last week' read as the seven days up to the publication day, as dev reads 'over the past week'"},
 ],
 "actors": [
  {"name": U, "type": "organisation", "aliases": ["The United Nations refugee agency", "The UNHCR", "UNHCR", "The UN refugee agency"]},
  {"name": R, "type": "person", "aliases": ["UNHCR Spokesman, Ron Redmond", "Ron Redmond", "Redmond"]},
  {"name": D, "type": "group", "aliases": ["displaced people", "IDPs"]},
  {"name": B, "type": "group", "aliases": ["the latest group of people who arrived from Beloti"]},
  {"name": M, "type": "group", "aliases": ["marauding militias"]},
 ],
 "notes": [
  "VOA report by Lisa Schlein from Geneva, Wednesday 3 September 2008 (date from the URL; no headline on the stored page, line 1 rebuilt from the VOA archive address of the same text), on displaced people filling the shelters of Gori after the August 2008 Russia-Georgia war; story georgia_war_2008 with voa_2008_georgia_unhcr_2300_register_gori (29 August) and voa_2008_georgia_explosions_rock_gori (14 August) in this folder.",
  "Claimants: the 4,200 registered is the UN refugee agency's ('It says'); the camp, host-family and collective-centre numbers are Redmond's ('Ron Redmond, says', 'He says'); 450 and 3,750 are inside his quote; the 'more than two weeks' on foot is what the Beloti arrivals told UNHCR, relayed by Redmond. The 4,200 shares georgia_war_2008:idps_registered_gori with the 2,300 of 29 August. The 1,200 in the tented camp are not keyed with the 800 elderly of 29 August (elderly only).",
  "Numbers written oddly are kept as printed: '12-hundred' (1,200), 'three-thousand, 750' (3,750). 'six days ago' is a date (the camp's opening day), not a duration figure, following the dev convention for 'two days ago'.",
  "Events: 'six days ago' (camp put up, passive -> null) and 'within the last week' (inside the quote, the arrivals -> the displaced). 'during the conflict' is not a date expression.",
  "Lisa Schlein is the reporter: not an actor. The militias do not carry a dated act but drive people out: kept as an actor. 'displaced people' (who 'say they fled') and 'IDPs' are the displaced group; the Beloti arrivals are kept apart as the text sets them apart (they speak of their own flight).",
  "Second careful read of the whole item against FORMAT.md sections 1-2 (annotator): the single quote's span and dropped comma, every number token (4,200; 12; three thousand; 22; 450; three-thousand, 750; two; six as a date), the dates against Wednesday 3 September 2008, aliases as exact substrings; no change.",
 ],
}
