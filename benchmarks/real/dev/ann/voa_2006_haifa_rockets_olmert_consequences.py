S = "israel_hezbollah_2006"
O = "Ehud Olmert"
H = "Hezbollah"
Y = "Yona Yahav"
ANN = {
 "article": "articles/voa_2006_haifa_rockets_olmert_consequences.txt",
 "gold_out": "gold/voa_2006_haifa_rockets_olmert_consequences.json",
 "published": "2006-07-16",
 "quotes": [
  {"text": "far-reaching consequences", "speaker": O, "speaker_mention": "Israel's prime minister", "fragment": True, "ctx": "threatened \"far-reaching consequences\"",
   "note": "phrase inside reported speech ('Israel's prime minister on Sunday threatened \"...\"'); the prime minister is named (Ehud Olmert) only in the third paragraph"},
  {"text": "far-reaching consequences", "speaker": O, "speaker_mention": "The Israeli Prime Minister", "fragment": True, "ctx": "will have \"far-reaching consequences,\"",
   "note": "'The Israeli Prime Minister says the Hezbollah attacks will have \"far-reaching consequences,\" and that ...': phrase inside reported speech; the trailing comma inside the marks is dropped; speaker named by description, Olmert named in the sentence before"},
  {"text": "The specialty of these rockets is that they contain thousands of metal bullets which are going to be spread around when the rocket hits the ground", "speaker": Y, "speaker_mention": "he",
   "note": "'..., he said.': 'he' is Haifa Mayor Yona Yahav, named in the paragraph before ('told VOA that ...'); trailing comma dropped"},
  {"text": "In this respect, it has the same effect as the belt of a suicide bomber.", "speaker": Y, "speaker_mention": "he",
   "note": "second half of the same quotation after the attribution 'he said': a separate quote; the final full stop inside the marks is kept"},
 ],
 "figures": [
  {"quantity": S + ":haifa_dead_jul16", "text": "eight", "value": 8, "unit": None, "counted": "people dead in the Hezbollah rocket attack on Haifa", "source": None, "approx": "at least", "ctx": "at least eight people dead",
   "note": "outlet's voice (Olmert's threat is the subject of the sentence, not the toll). The same eight dead at Haifa's railway depot on 16 July are 'eight civilians' in wn_2006_hezbollah_israel_fifth_day (not keyed there)"},
  {"text": "20", "value": 20, "unit": None, "counted": "others wounded in the Haifa attack", "source": None, "approx": "more than", "ctx": "more than 20 others wounded",
   "note": "wounded in the Haifa attack; outlet's voice"},
  {"quantity": S + ":israel_dead", "text": "20", "value": 20, "unit": None, "counted": "dead in Israel since the fighting began (death toll in Israel)", "source": None, "approx": "more than", "ctx": "death toll in Israel to more than 20",
   "note": "'The attack raised the death toll in Israel to more than 20': all Israelis killed since 12 July (soldiers and civilians), outlet's voice; 'More than 30 Israelis have been killed' (voa_2006_lebanon_shelling_bombing_persist, 22 July) shares the key"},
  {"quantity": S + ":lebanon_dead", "text": "100", "value": 100, "unit": None, "counted": "people died in Lebanon in Israeli strikes", "source": None, "approx": "more than",
   "note": "outlet's voice; the Lebanese toll of the war, later 'more than 360' (Lebanese authorities, 22 July) and 'more than 900' (Lebanon's prime minister, 3 August, in the 4 August item), same key"},
  {"text": "eight", "value": 8, "unit": None, "counted": "Israeli soldiers killed by Hezbollah guerillas", "source": None, "approx": None, "ctx": "killed eight Israeli soldiers",
   "note": "soldiers killed at the start of the crisis (the cross-border raid and its aftermath); outlet's voice"},
  {"quantity": S + ":israeli_soldiers_captured", "text": "two", "value": 2, "unit": None, "counted": "others (Israeli soldiers) captured by Hezbollah guerillas", "source": None, "approx": None, "ctx": "captured two others",
   "note": "the two captured soldiers, the key already used by wn_2006_hezbollah_israel_conflict_continues and wn_2006_hezbollah_israel_fifth_day"},
  {"text": "thousands", "value": None, "vague": True, "unit": None, "counted": "metal bullets contained in the rockets", "source": Y, "approx": None,
   "note": "vague plural inside Yahav's quotation, so his claim"},
 ],
 "events": [
  {"actor": O, "date": "2006-07-16", "date_text": "on Sunday", "ctx": "prime minister on Sunday threatened", "what": "threatened far-reaching consequences for the Hezbollah rocket attack on Haifa",
   "note": "'Israel's prime minister on Sunday threatened ...': agent of 'threatened' (Olmert, named in the third paragraph); Sunday = the publication day, 16 July 2006"},
  {"actor": H, "date": "2006-07-16", "date_text": "Sunday's", "what": "rocket attack on Haifa",
   "note": "date on the noun 'rocket attack'; the text names its author in the first sentence ('a Hezbollah rocket attack on the Israeli city of Haifa'), so Hezbollah"},
  {"actor": H, "date": "2006-07-03/2006-07-09", "date_text": "last week", "what": "Hezbollah guerillas killed eight Israeli soldiers and captured two others",
   "note": "agent of 'killed ... and captured' (Hezbollah guerillas, an alias of Hezbollah). Normalised by FORMAT's rule: the previous ISO week of Sunday 16 July 2006 is 3-9 July. The raid actually took place on Wednesday 12 July 2006, in the current ISO week: VOA's 'last week' on a Sunday is loose (as in voa_2012_houla_security_council)"},
  {"actor": H, "date": "2006-07-16", "date_text": "on Sunday", "ctx": "northern Israel on Sunday", "what": "continued to fire rockets into communities across northern Israel",
   "note": "'Hezbollah continued to fire rockets ... on Sunday': agent of 'continued to fire'"},
 ],
 "actors": [
  {"name": O, "type": "person", "aliases": ["Israel's prime minister", "Israeli Prime Minister Ehud Olmert", "The Israeli Prime Minister"]},
  {"name": H, "type": "organisation", "aliases": ["Hezbollah", "Hezbollah guerillas"]},
  {"name": Y, "type": "person", "aliases": ["Haifa Mayor Yona Yahav"]},
  {"name": "Israel", "type": "country", "aliases": ["Israel"]},
 ],
 "notes": [
  "VOA News report of Sunday 16 July 2006 (date from the address, see meta published_evidence), fifth day of the Israel-Hezbollah war: Hezbollah rockets kill eight at Haifa's railway station, Olmert threatens 'far-reaching consequences'. Story israel_hezbollah_2006 with the Wikinews items of 15 and 16 July (wn_2006_hezbollah_israel_conflict_continues, wn_2006_hezbollah_israel_fifth_day), the DOD evacuation item and the VOA items of 22 July, 3 and 4 August in this folder.",
  "Quotes: Olmert's phrase 'far-reaching consequences' twice (fragments in reported speech; first attributed to 'Israel's prime minister', who is named only two paragraphs later), and Yahav's quotation split by 'he said' (speaker named in the paragraph before).",
  "Keys: :lebanon_dead (more than 100 here; 360 on 22 July; 900 on 3-4 August), :israel_dead (more than 20 here; more than 30 on 22 July), :israeli_soldiers_captured (two, shared with the Wikinews items), :haifa_dead_jul16 (the eight dead at Haifa; the same eight are in wn_2006_hezbollah_israel_fifth_day, not keyed there). All tolls here are in the outlet's voice.",
  "Not figures: 'third largest city' (ordinal), 'One of the rockets' (partitive pronoun), 'several', 'weekly'. Not events: 'over the past few days' (vague duration), 'weekly cabinet meeting' (no date).",
  "'last week' is normalised by FORMAT's rule to 3-9 July 2006 although the raid was on Wednesday 12 July (noted on the event).",
  "second reading: re-read the whole item against the stored copy and FORMAT.md sections 1-2: checked the text word for word (kept 'guerillas' and the missing comma after 'Haifa'), the two quote fragments and their trailing-comma rule, the hedges ('at least', 'more than' x3), that every toll is in the outlet's voice, the keys, and the four events (the two 'on Sunday' pinned by ctx).",
 ],
}
