EF = "Ethiopian armed forces"
PG = "Ethiopian and Somali government troops"
ICU = "Islamic Courts Union"
MZ = "Meles Zenawi"
SO = "Somali government official (unnamed)"
WM = "witness and media reports"
RC = "International Committee of the Red Cross"
K100 = "somalia_ethiopia_war_2006:ethiopian_troops_distance_from_mogadishu_dec26"
KW = "somalia_ethiopia_war_2006:wounded_in_fighting"
ANN = {
 "article": "articles/voa_2006_somalia_troops_score_major_advances.txt",
 "gold_out": "gold/voa_2006_somalia_troops_score_major_advances.json",
 "published": "2006-12-27",
 "quotes": [],
 "figures": [
  {"text": "four", "value": 4, "unit": None, "counted": "towns in central Somalia taken by the pro-government forces", "source": WM, "approx": "at least",
   "note": "'Witness and media reports say the pro-government forces took control of at least four towns'"},
  {"quantity": K100, "text": "100 kilometers", "value": 100, "unit": "km", "counted": "distance of Ethiopian troops from Mogadishu", "source": SO, "approx": "less than",
   "note": "'A Somali government official says Ethiopian troops are less than 100 kilometers from ... Mogadishu': same quantity as Abdikarin Farah's 'less than 100 kilometers' (Tuesday 26 December) in voa_2006_somalia_ethiopian_troops_advance_capital"},
  {"quantity": KW, "text": "800", "value": 800, "unit": None, "counted": "people wounded by the fighting", "source": RC, "approx": "at least",
   "note": "'The International Committee of the Red Cross said Tuesday the fighting has wounded at least 800 people'; the same quantity (people wounded in the week's fighting in Somalia) as Meles's 'more than three-thousand wounded' in the next sentence: the two claims disagree"},
  {"text": "one-thousand", "value": 1000, "unit": None, "counted": "killed in the fighting", "source": MZ, "approx": None,
   "note": "'Ethiopia's prime minister spoke of one-thousand killed': the only death toll of the story's items, no key"},
  {"quantity": KW, "text": "three-thousand", "value": 3000, "unit": None, "counted": "wounded in the fighting", "source": MZ, "approx": "more than",
   "note": "'more than three-thousand wounded', Meles's claim; keyed with the Red Cross's 'at least 800' wounded"},
 ],
 "events": [
  {"actor": PG, "date": "2006-12-26", "date_text": "Tuesday", "what": "pro-government forces took control of at least four towns", "ctx": "Adodo, Tuesday",
   "note": "'the pro-government forces took control of at least four towns ..., Tuesday after Islamist fighters withdrew': subject 'the pro-government forces', the Ethiopian and Somali government troops of the first paragraph (one group actor named by that phrase); Tuesday = 26 December 2006 in a Wednesday report"},
  {"actor": "George W. Bush", "date": "2006-12-26", "date_text": "on Tuesday", "what": "Bush phoned Ugandan President Museveni about Horn of Africa tensions",
   "note": "'The White House says President Bush phoned Uganda's President Yoweri Museveni on Tuesday': the date modifies 'phoned', subject Bush (the White House only reports it)"},
  {"actor": None, "date": "2006-12-19", "date_text": "December 19th", "what": "fighting in Somalia broke out",
   "note": "'The fighting in Somalia broke out December 19th': a fight breaking out has no agent (as 'the war began in 2008')"},
  {"actor": RC, "date": "2006-12-26", "date_text": "Tuesday", "what": "Red Cross said the fighting has wounded at least 800 people", "ctx": "Red Cross said Tuesday",
   "note": "active 'The International Committee of the Red Cross said Tuesday'"},
  {"actor": None, "date": "1991", "date_text": "since 1991", "what": "Somalia without an effective central government (warlords overthrew Siad Barre in 1991)",
   "note": "'Somalia has not had an effective central government since 1991, when warlords overthrew dictator Mohamed Siad Barre': 'since 1991' modifies the state 'has not had' (no agent); the relative clause dates the warlords' act to 1991 but the expression belongs to the state, so null"},
 ],
 "actors": [
  {"name": PG, "type": "group", "aliases": ["Ethiopian and Somali government troops", "the pro-government forces"]},
  {"name": EF, "type": "organisation", "aliases": ["Ethiopian troops", "his forces"]},
  {"name": ICU, "type": "group", "aliases": ["Islamist forces", "Islamist fighters", "the Islamists", "The Islamists", "the Islamic Courts movement"]},
  {"name": WM, "type": "organisation", "aliases": ["Witness and media reports"]},
  {"name": SO, "type": "person", "aliases": ["A Somali government official"]},
  {"name": MZ, "type": "person", "aliases": ["Ethiopian Prime Minister Meles Zenawi", "Ethiopia's prime minister"]},
  {"name": "UN envoy to Somalia", "type": "person", "aliases": ["the top United Nations envoy to Somalia"]},
  {"name": "US State Department", "type": "organisation", "aliases": ["The U.S. State Department", "the State Department"]},
  {"name": "White House", "type": "organisation", "aliases": ["The White House"]},
  {"name": "George W. Bush", "type": "person", "aliases": ["President Bush"]},
  {"name": "Uganda", "type": "country", "aliases": ["Uganda"]},
  {"name": "Ethiopia", "type": "country", "aliases": ["Ethiopia"]},
  {"name": RC, "type": "organisation", "aliases": ["The International Committee of the Red Cross"]},
  {"name": "warlords", "type": "group", "aliases": ["warlords"]},
 ],
 "notes": [
  "VOA News report of Wednesday 27 December 2006 on the Ethiopian and Somali government advance against the Islamic Courts; story somalia_ethiopia_war_2006 with voa_2006_somalia_ethiopian_jets_bomb_airports (25 December) and voa_2006_somalia_ethiopian_troops_advance_capital (26 December).",
  "No quote marks in the kept text: no quotes ('what they called a holy war' has none).",
  "Figures with named claimants: witness and media reports (at least four towns), an unnamed Somali government official (less than 100 km, keyed with Farah's figure in the 26 December item), the Red Cross (at least 800 wounded) and Meles Zenawi (one thousand killed, more than three thousand wounded). Wounded: 800 (Red Cross) and 3,000 (Meles) share somalia_ethiopia_war_2006:wounded_in_fighting; the 1,000 killed has no partner ('Several people' killed in one air raid in the 26 December item is another scope).",
  "Events: 'Tuesday' (towns taken, the pro-government forces), 'on Tuesday' (Bush's call), 'December 19th' (fighting broke out, null), 'Tuesday' (the Red Cross statement), 'since 1991' (a state, null). Not events: 'after months of rising tension' (vague). Meles's claim, the UN envoy's call and the State Department's statement carry no date.",
  "Actors: the group 'Ethiopian and Somali government troops' / 'the pro-government forces' is one actor (the text treats them as one force); 'Ethiopian troops' and 'his forces' (Meles's) are the Ethiopian armed forces. The Islamic Courts ('the Islamic Courts movement', 'Islamist fighters', 'the Islamists') act (withdrew, took over, declared). 'Ethiopia' acts (sent troops, intervened). Museveni (object of 'phoned'), the Security Council (urged) and Siad Barre (overthrown) do not act and are not listed; 'warlords' act (overthrew, undated).",
  "Second careful read done by the annotator against FORMAT.md sections 1-2 (whole item re-read): text re-compared with the stored copy; hyphenated word numbers ('one-thousand', 'three-thousand') as figure texts; hedges (at least, less than, more than); the three 'Tuesday's = 26 December 2006 by ctx; every source and actor is an actor.",
 ],
}
