K = "grand_bassam_attack_2016:"
AQ = "al-Qaida in the Islamic Maghreb"
AT = "Grand-Bassam attackers"
O = "Alassane Ouattara"
B = "Hamed Bakayoko"
IV = "Ivorian officials"
US = "United States"
ANN = {
 "article": "articles/voa_2016_grand_bassam_death_toll_21.txt",
 "gold_out": "gold/voa_2016_grand_bassam_death_toll_21.json",
 "published": "2016-03-14",
 "quotes": [
  {"text": "Allahu Akbar!", "speaker": AT, "speaker_mention": "four men", "fragment": True,
   "note": "'A witness told VOA that four men shouted, “Allahu Akbar!” (God is great) before opening fire.': the attackers' shout inside a witness's reported account (curly marks, '!' inside kept); a short phrase in reported speech -> fragment"},
  {"text": "heinous attack", "speaker": US, "speaker_mention": "The United States", "fragment": True,
   "note": "'The United States condemned the \"heinous attack,\" ...': phrase of the US statement; trailing comma inside the marks dropped"},
  {"text": "Ivorian and French", "speaker": US, "speaker_mention": "The United States", "fragment": True,
   "note": "'... and praised \"Ivorian and French\" forces': second phrase of the same US statement, same subject"},
 ],
 "figures": [
  {"quantity": K+"deaths_all", "text": "21", "ctx": "Attack at 21", "value": 21, "unit": None, "counted": "dead in the attack (death toll)", "source": None, "approx": None,
   "note": "headline, outlet's voice; the toll the officials give in the lead (15 civilians, three soldiers and three gunmen); not keyed with VOA 16 March's '19' (victims only, gunmen not counted)"},
  {"quantity": K+"deaths_all", "text": "21", "ctx": "total of 21", "value": 21, "unit": None, "counted": "people killed in Sunday's attack", "source": IV, "approx": None,
   "note": "'Officials in Ivory Coast say a total of 21 people were killed'"},
  {"quantity": K+"civilians_killed", "text": "15", "value": 15, "unit": None, "counted": "civilians among the dead", "source": B, "approx": None,
   "note": "'Hamed Bakayoko, said Monday that the dead include 15 civilians, ...'; up from 14 on Sunday (VOA 13 March, same key)"},
  {"quantity": K+"security_forces_killed", "text": "three", "ctx": "three soldiers", "value": 3, "unit": None, "counted": "soldiers among the dead", "source": B, "approx": None,
   "note": "same statement of Bakayoko; up from 'two soldiers' (VOA 13 March)"},
  {"quantity": K+"attackers_killed", "text": "three", "ctx": "three gunmen", "value": 3, "unit": None, "counted": "gunmen among the dead", "source": B, "approx": None,
   "note": "same statement; down from Ouattara's 'six terrorists were killed' (VOA 13 March); 'all three attackers were killed' (VOA 16 March)"},
  {"quantity": K+"wounded", "text": "Thirty-three", "value": 33, "unit": None, "counted": "people wounded", "source": None, "approx": None,
   "note": "'Thirty-three people were wounded.': the sentence after Bakayoko's carries no attribution of its own; left null rather than guess (as in earlier dev items); up from 22 (VOA 13 March)"},
  {"quantity": K+"attackers", "text": "six", "ctx": "gunmen at six", "value": 6, "unit": None, "counted": "gunmen in earlier reports", "source": None, "approx": None,
   "note": "'Earlier reports put the number of gunmen at six.': unnamed reports, no actor -> null; same quantity as 'six heavily-armed assailants' (VOA 13 March)"},
  {"text": "four months", "value": 4, "unit": "months", "counted": "months in which Islamist militants targeted hotels in West Africa three times", "source": None, "approx": None,
   "note": "'This was the third time in four months ...': outlet's voice; 'third' is an ordinal, not a figure"},
  {"text": "three days", "value": 3, "unit": "days", "counted": "days of mourning", "source": None, "approx": None,
   "note": "'Ouattara declared three days of mourning': the declared period, outlet's voice (as in earlier dev items on declared mourning)"},
  {"text": "four", "ctx": "four men", "value": 4, "unit": None, "counted": "men who shouted before opening fire", "source": "witnesses", "approx": None,
   "note": "'A witness told VOA that four men shouted ...': the witness's count"},
 ],
 "events": [
  {"actor": AT, "date": "2016-03-13", "date_text": "Sunday's", "what": "attack on the beach resort", "ctx": "in Sunday's attack",
   "note": "date on the noun 'attack' ('Sunday's attack by jihadist militants'): the by-phrase names the agent, the militants (the attackers); Sunday before Monday 14 March 2016"},
  {"actor": B, "date": "2016-03-14", "date_text": "Monday", "what": "Bakayoko gave the toll of 15 civilians, three soldiers and three gunmen", "ctx": "said Monday",
   "note": "'Hamed Bakayoko, said Monday that ...': speaker of the dated 'said'; Monday = the report's day"},
  {"actor": O, "date": "2016-03-14", "date_text": "later Monday", "what": "Ouattara was expected to address the nation",
   "note": "'was expected to address the nation later Monday': the dated verb is 'address', agent Ouattara (an expected act later on the report's day)"},
  {"actor": AT, "date": "2016-03-13", "date_text": "Sunday's", "what": "attack witnessed at the beach", "ctx": "Witnesses to Sunday's",
   "note": "'Witnesses to Sunday's attack': date on the noun 'attack'; the text says who carried it out (the assailants who 'arrived on foot on the beach', the militants of the lead), so the attackers"},
 ],
 "actors": [
  {"name": IV, "type": "organisation", "aliases": ["Officials in Ivory Coast", "officials"]},
  {"name": AT, "type": "group", "aliases": ["jihadist militants", "the assailants", "other assailants", "four men"]},
  {"name": B, "type": "person", "aliases": ["The country's Interior minister, Hamed Bakayoko", "Hamed Bakayoko"]},
  {"name": "Francois Dominique Delafosse", "type": "person", "aliases": ["A spokesman for the Interior Ministry", "Francois Dominique Delafosse", "The spokesman"]},
  {"name": AQ, "type": "organisation", "aliases": ["Al-Qaida's North African affiliate", "al-Qaida in the Islamic Magreb", "AQIM"]},
  {"name": O, "type": "person", "aliases": ["Ivory Coast President Alassane Ouattara"]},
  {"name": "witnesses", "type": "group", "aliases": ["Witnesses", "A witness"]},
  {"name": US, "type": "country", "aliases": ["The United States"]},
 ],
 "notes": [
  "VOA News report of Monday 14 March 2016 (VOA's publishing host; page prints no date, worked out in meta edits) on the revised toll of the Grand-Bassam attack of Sunday 13 March 2016; story grand_bassam_attack_2016 with voa_2016_grand_bassam_aqim_claims_attack (13 March) and voa_2016_grand_bassam_death_toll_rises_19 (16 March).",
  "Revised tolls, shared keys: civilians 15 (Sunday 14), soldiers 3 (2), attackers killed 3 (Ouattara's six on Sunday), wounded 33 (22); 'Earlier reports ... at six' shares the attackers key with Sunday's 'six heavily-armed assailants'. The total 21 (headline and lead) includes the three gunmen and has its own key (deaths_all); VOA's 19 of 16 March counts victims only (victims_killed).",
  "'officials' in Delafosse's reported speech ('officials have no information that other assailants are in hiding') are taken as the Ivorian officials of the lead (one actor).",
  "Quotes: the attackers' shout in a witness's account and two phrases of the US condemnation; the officials', Bakayoko's, Delafosse's and AQIM's statements are reported without marks.",
  "Not figures: 'third' (ordinal); 'one of the hotels' (pronoun use of 'one'). Not events: 'Earlier reports' (vague, no date); 'in four months' is a duration (a figure).",
  "second careful reading against FORMAT.md done: checked the three quote spans (curly marks with '!', the trailing comma dropped from 'heinous attack'), every number token (21 x2, 15, three x2, Thirty-three, six, four months, three days, four) and all four date expressions (the two 'Sunday's' told apart by ctx).",
 ],
}
