K = "bangkok_red_shirts_2010:"
T = "Thai troops"
SF = "Thai security forces"
RS = "Red Shirt protesters"
KH = "Khattiya Sawasdiphol"
ANN = {
 "article": "articles/voa_2010_bangkok_clashes_8_killed.txt",
 "gold_out": "gold/voa_2010_bangkok_clashes_8_killed.json",
 "published": "2010-05-14",
 "quotes": [],
 "figures": [
  {"quantity": K+"killed_since_thursday", "text": "8", "value": 8, "unit": None, "counted": "killed in clashes between Thai troops and protesters", "source": None, "approx": None,
   "note": "headline, outlet's voice; the same toll as 'eight people' in the lead (killed in the clashes since Thursday 13 May); VOA of 15 May gives 22 (same key)"},
  {"quantity": K+"killed_since_thursday", "text": "eight", "value": 8, "unit": None, "counted": "people killed by fighting in recent days", "source": None, "approx": None,
   "note": "'fighting in recent days has killed eight people': outlet's voice, no claimant"},
  {"quantity": K+"wounded_since_thursday", "text": "100", "value": 100, "unit": None, "counted": "others wounded by fighting in recent days", "source": None, "approx": "more than",
   "note": "'wounded more than 100 others'; VOA of 15 May: 'at least 170 wounded' since Thursday (same key)"},
  {"text": "two", "value": 2, "unit": None, "counted": "Thai journalists injured since Thursday", "source": None, "approx": None,
   "note": "'a Canadian journalist and two Thai journalists': 'a Canadian journalist' is an indefinite article, not a figure; the two injured journalists are a part of the wounded, no key"},
  {"text": "30", "value": 30, "unit": None, "counted": "people killed since the protest began", "source": None, "approx": "more than",
   "note": "toll of the whole protest since mid-March, another scope than the eight killed since Thursday: no key"},
  {"text": "thousands", "value": None, "vague": True, "unit": None, "counted": "demonstrators whose security Khattiya's militant wing controlled", "source": None, "approx": None},
 ],
 "events": [
  {"actor": T, "date": "2010-05-14", "date_text": "Friday", "what": "Thai troops engaged in violent clashes with anti-government protesters in Bangkok",
   "note": "active verb 'engaged', subject 'Thai troops'; Friday = publication day"},
  {"actor": None, "date": "2010-05-14", "date_text": "throughout the day", "what": "loud explosions and gunfire heard from the business district",
   "note": "'could be heard ... throughout the day': passive of perception without agent; 'the day' is the report's day (Friday)"},
  {"actor": None, "date": "2010-05-13", "date_text": "Thursday", "what": "the fighting broke out", "ctx": "broke out Thursday",
   "note": "'since the fighting broke out Thursday': fighting is no one's act (no agent)"},
  {"actor": None, "date": "2010-05-13", "date_text": "Thursday", "what": "renegade general (Khattiya) shot and seriously wounded", "ctx": "seriously wounded Thursday",
   "note": "passive 'was shot and seriously wounded Thursday' without a by-agent: the text does not say who shot him; the 'as security forces began a crackdown' clause is a second, undated clause"},
  {"actor": RS, "date": "2010-03", "date_text": "since mid-March", "what": "protesters have occupied Bangkok's central commercial district",
   "note": "'They have occupied ... since mid-March': 'They' = the protesters of the previous sentence; the start of the occupation, March of the report's year"},
  {"actor": None, "date": "2006", "date_text": "2006", "what": "Thaksin Shinawatra ousted in a coup",
   "note": "'who was ousted in a 2006 coup': passive, and the noun 'coup' has no agent in the text"},
 ],
 "actors": [
  {"name": T, "type": "organisation", "aliases": ["Thai troops", "Thai Troops", "troops"]},
  {"name": SF, "type": "organisation", "aliases": ["Security forces", "security forces"]},
  {"name": RS, "type": "group", "aliases": ["anti-government protesters", "Protesters", "the so-called Red Shirt protesters", "the Red Shirts", "The protesters", "the protesters", "anti-government forces"]},
  {"name": "Thai government spokesman", "type": "person", "aliases": ["A government spokesman"]},
  {"name": KH, "type": "person", "aliases": ["Khattiya Sawasdiphol", "Khattiya", "Seh Daeng", "Commander Red", "The wounded general", "a renegade general aligned with the Red Shirts"]},
  {"name": "Red Shirt dissenters", "type": "group", "aliases": ["many within the protest movement"]},
 ],
 "notes": [
  "VOA News report of Friday 14 May 2010 (stored on VOA Bangla's site, see meta), the second day of the Bangkok clashes after the renegade general Khattiya Sawasdiphol was shot on Thursday 13 May; story bangkok_red_shirts_2010 with voa_2010_bangkok_22_dead_third_day (15 May).",
  "Cross-report keys: " + K + "killed_since_thursday (8 in the headline, 'eight' in the lead; 22 on 15 May) and " + K + "wounded_since_thursday ('more than 100' here, 'at least 170' on 15 May). 'More than 30 people have been killed since the protest began' (since mid-March) is a different scope and has no key; the two Thai journalists are a part of the wounded.",
  "No quote marks: no quotes. 'A government spokesman says ...' is indirect speech of an unnamed spokesman (an actor, no quote). All figures are in VOA's own voice: no claimant is named for the tolls.",
  "Events: 'Friday' (troops, active), 'throughout the day' (explosions heard, no agent), two 'Thursday' (fighting broke out; the general shot, passive without agent), 'since mid-March' (the protesters' occupation; 'They' refers back to 'The protesters'), '2006' on the noun 'coup' (no agent). 'in recent days' and 'since the protest began' are vague or undated, not events; 'soon' in the spokesman's words is vague.",
  "Not figures: '2006' (a year), 'mid-March' (a date), 'a Canadian journalist', 'a bus' (indefinite articles). 'Seh Daeng' and 'Commander Red' are Khattiya's nicknames, listed as his aliases.",
  "Actors: Thai troops and the security forces are kept as two actors, as the text names them in separate sentences ('Thai troops engaged ...', 'Security forces ... fired tear gas'); 'anti-government forces' (the target of the security forces' fire) is the protesters. 'Thai officials', 'the government' and Thaksin Shinawatra do not act in the text.",
  "Second careful read by the annotator: text re-compared with a fresh copy of the stored page (identical after the listed edits); each number token checked ('2006' is a year, the only one left); weekdays recomputed (14 May 2010 a Friday, 13 May a Thursday); counted heads checked against the words after each number ('8 Killed in' -> killed). Judgment calls: 'throughout the day' kept as an event on the report's day (agentless), 'anti-government forces' read as the protesters.",
 ],
}
