S = "israel_hezbollah_2006"
H = "Hezbollah"
IM = "Israeli military"
O = "Ehud Olmert"
DH = "Dan Halutz"
ANN = {
 "article": "articles/voa_2006_hezbollah_rockets_kill_8_israelis.txt",
 "gold_out": "gold/voa_2006_hezbollah_rockets_kill_8_israelis.json",
 "published": "2006-08-03",
 "quotes": [
  {"text": "We are going to provide our government the flexibility to select its decision, either to stay or withdraw", "speaker": DH, "speaker_mention": "he",
   "note": "'..., he said.': 'he' is Dan Halutz, named in the sentence before ('Israeli Defense Forces Chief of Staff, Dan Halutz says ...'); trailing comma dropped"},
 ],
 "figures": [
  {"quantity": S + ":israelis_killed_aug3", "text": "8", "value": 8, "unit": None, "counted": "Israelis killed by Hezbollah rockets", "source": None, "approx": None, "ctx": "Kill 8 Israelis",
   "note": "headline, outlet's voice (the next sentence repeats the toll without a claimant). The same eight dead of Thursday 3 August are 'eight civilians' in voa_2006_israeli_warplanes_pound_lebanon (4 August), same key"},
  {"quantity": S + ":rockets_acre_maalot_aug3", "text": "100", "value": 100, "unit": None, "counted": "rockets fired by Hezbollah militants in the barrage", "source": None, "approx": "more than", "ctx": "barrage of more than 100 rockets",
   "note": "the barrage that killed the eight; the second paragraph says Acre and Maalot 'were struck by more than 100 rockets' (same key). Not the same quantity as the 4 August item's 'more than 150 rockets' fired into Israel on Thursday (all Israel, the whole day)"},
  {"quantity": S + ":israelis_killed_aug3", "text": "eight", "value": 8, "unit": None, "counted": "Israelis killed by the barrage", "source": None, "approx": "at least",
   "note": "outlet's voice; the next sentence ('Military authorities say ...') is about the security zone, not the toll"},
  {"quantity": S + ":security_zone_depth", "text": "15", "value": 15, "unit": "km", "counted": "kilometers of the planned security zone in Lebanon", "source": IM, "approx": "at least", "ctx": "at least 15 kilometers",
   "note": "'Military authorities say they plan to expand ... a security zone in Lebanon to at least 15 kilometers': the Israeli military's claim; repeated as 'about 15 kilometers' in the fourth paragraph (same key)"},
  {"quantity": S + ":rockets_acre_maalot_aug3", "text": "100", "value": 100, "unit": None, "counted": "rockets that struck Acre and Maalot", "source": None, "approx": "more than", "ctx": "struck by more than 100 rockets",
   "note": "the same barrage as the lead's 'more than 100 rockets'"},
  {"quantity": S + ":israelis_killed_by_rockets", "text": "27", "value": 27, "unit": None, "counted": "Israelis killed by Hezbollah rockets since fighting began", "source": None, "approx": "at least",
   "note": "outlet's voice; Israelis killed by rockets only (soldiers killed in fighting are not counted), so not :israel_dead. The 4 August item repeats 'At least 27 Israelis have been killed by Hezbollah rockets' (same key)"},
  {"text": "three", "value": 3, "unit": "weeks", "counted": "weeks since fighting began", "source": None, "approx": "more than", "ctx": "more than three weeks ago",
   "note": "'since fighting began more than three weeks ago': the number measures the time since the war began (also dated as an event below)"},
  {"text": "10,000", "value": 10000, "unit": None, "counted": "Israeli ground troops inside Lebanon", "source": None, "approx": "around",
   "note": "'about' -> around; outlet's voice. Not keyed with the 4 August item's vague 'Thousands of Israeli ground troops ... in southern Lebanon' (different wording of scope, and a vague figure)"},
  {"quantity": S + ":security_zone_depth", "text": "15", "value": 15, "unit": "km", "counted": "kilometers of the security zone inside Lebanon", "source": IM, "approx": "around", "ctx": "about 15 kilometers",
   "note": "'Israeli military authorities say they plan to expand the security zone to about 15 kilometers inside Lebanon'"},
  {"text": "20", "value": 20, "unit": None, "counted": "Lebanese villages already controlled", "source": IM, "approx": "around",
   "note": "'saying they already control about 20 Lebanese villages': the participle clause continues the Israeli military authorities' statement"},
  {"text": "six-to-seven", "value": 6, "value_max": 7, "unit": "km", "counted": "kilometers inside Lebanon (location of the villages)", "source": IM, "approx": None,
   "note": "range 'six-to-seven kilometers', same statement of the military authorities"},
  {"text": "2,000", "value": 2000, "unit": None, "counted": "more troops needed to expand Israel's presence in Lebanon", "source": IM, "approx": "around",
   "note": "'A military spokesman says ... will require about 2,000 more troops': an unnamed Israeli military spokesman, listed under the Israeli military"},
 ],
 "events": [
  {"actor": None, "date": "2006-07", "date_text": "more than three weeks ago", "what": "the fighting began",
   "note": "'since fighting began more than three weeks ago': no agent (the fighting is the subject). 'three weeks ago' from Thursday 3 August would be 13 July and 'more than' pushes it earlier, so no exact day follows from the text: normalised to the month (as 'six months ago' elsewhere in the set); the war began on 12 July 2006"},
  {"actor": "United Nations", "date": "2006-08-07/2006-08-13", "date_text": "next week", "what": "the United Nations to approve a cease-fire (Olmert's expectation)",
   "note": "'Prime Minister Olmert said he believed the United Nations will approve a cease-fire next week': the date modifies 'approve', whose agent is the United Nations; 'next week' = the following ISO week of Thursday 3 August (7-13 August), by analogy with FORMAT's 'last week' (as 'starting next week' in dod_2022_blinken_austin_kyiv)"},
 ],
 "actors": [
  {"name": H, "type": "organisation", "aliases": ["Hezbollah", "Hezbollah militants"]},
  {"name": "Israel", "type": "country", "aliases": ["Israel"]},
  {"name": IM, "type": "organisation", "aliases": ["Military authorities", "Israeli military authorities", "A military spokesman", "Israeli Defense Forces"]},
  {"name": "Human Rights Watch", "type": "organisation", "aliases": ["the U.S. based Human Rights Watch", "Human Rights Watch"]},
  {"name": O, "type": "person", "aliases": ["Prime Minister Ehud Olmert", "Prime Minister Olmert", "Mr. Olmert"]},
  {"name": DH, "type": "person", "aliases": ["Israeli Defense Forces Chief of Staff, Dan Halutz", "Dan Halutz"]},
  {"name": "United Nations", "type": "organisation", "aliases": ["United Nations"]},
  {"name": "Tony Blair", "type": "person", "aliases": ["British Prime Minister Tony Blair"]},
 ],
 "notes": [
  "VOA News report of Thursday 3 August 2006 (date from the address, see meta published_evidence), fourth week of the Israel-Hezbollah war: a barrage of more than 100 rockets kills eight Israelis around Acre and Maalot; the Israeli military plans a deeper security zone. Story israel_hezbollah_2006 with the VOA items of 16 and 22 July and 4 August in this folder and the Wikinews and DOD items in dev.",
  "Claimants: the outlet gives the tolls (8 dead, 27 killed by rockets, 10,000 troops); the Israeli military ('Military authorities', 'Israeli military authorities', 'A military spokesman') gives the zone depth (at least 15 / about 15 km), the 20 villages at six to seven km and the 2,000 more troops. Keys: :israelis_killed_aug3 (headline 8, 'at least eight'; 'eight civilians' on 4 August), :rockets_acre_maalot_aug3 (the two 'more than 100'), :security_zone_depth (15 km twice), :israelis_killed_by_rockets (27, also on 4 August).",
  "One quote: Halutz's, attributed by 'he said' after his name in the sentence before. Tony Blair's quotation is in the dropped last paragraph (cut mid-word); Blair stays an actor ('optimism was echoed by').",
  "Not figures: none of the remaining tokens ('U.S.', 'Acre', ordinals) count anything. Not events: 'as long as necessary' (vague).",
  "second reading: re-read the whole item against the stored copy and FORMAT.md sections 1-2: checked the text word for word ('U.S. based', no comma after 'Dan Halutz'), the hedges ('more than' x3, 'at least' x3, 'about' x4), that the units of 15 and six-to-seven are km (text without the separate word 'kilometers'), the keys, and the two events ('more than three weeks ago' kept at the month, 'next week' as the following ISO week).",
 ],
}
