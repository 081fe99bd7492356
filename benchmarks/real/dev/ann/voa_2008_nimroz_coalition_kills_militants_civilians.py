K = "afghanistan_nimroz_raid_2008:"
AO = "Afghan officials"
CO = "U.S.-led coalition"
AZ = "Ghulam Dastagir Azad"
AGT = "Afghan ground troops"
TS = "Taliban spokesman"
JH = "John Holmes"
ZA = "Zahir Azimi"
ANN = {
 "article": "articles/voa_2008_nimroz_coalition_kills_militants_civilians.txt",
 "gold_out": "gold/voa_2008_nimroz_coalition_kills_militants_civilians.json",
 "published": "2008-06-30",
 "quotes": [],
 "figures": [
  {"quantity": K+"taliban_killed", "text": "28", "value": 28, "unit": None, "counted": "Taliban rebels killed by U.S.-led coalition troops", "source": AO, "approx": None,
   "note": "'Afghan officials say U.S.-led coalition troops have killed 28 Taliban rebels ...': claimed by the (unnamed) Afghan officials; the next sentence names the governor of Nimroz as the one who spoke, but the lead's claimant is the officials"},
  {"quantity": K+"civilians_killed", "text": "four", "value": 4, "unit": None, "counted": "civilians killed by U.S.-led coalition troops", "source": AO, "approx": "at least",
   "note": "'and at least four civilians': same claim as the 28; civilians killed are a different quantity from rebels killed"},
  {"text": "three", "ctx": "He said three", "value": 3, "unit": None, "counted": "Taliban commanders among the victims", "source": AZ, "approx": None,
   "note": "'He said three of the victims were Taliban commanders': He = the governor of Nimroz, Ghulam Dastagir Azad (previous sentence)"},
  {"text": "one", "ctx": "one rebel", "value": 1, "unit": None, "counted": "rebel captured", "source": CO, "approx": None,
   "note": "'The coalition confirmed killing several insurgents and said one rebel was captured'"},
  {"text": "three", "ctx": "three soldiers", "value": 3, "unit": None, "counted": "soldiers killed when their vehicle plunged into a river", "source": CO, "approx": None,
   "note": "'The coalition said separately that three soldiers were killed Sunday ... in ... Kandahar'"},
  {"text": "60 percent", "value": 60, "unit": "%", "counted": "increase in the number of civilian deaths in Afghanistan this year", "source": JH, "approx": "more than",
   "note": "'John Holmes, said Sunday that the number of civilian deaths in Afghanistan has increased by more than 60 percent this year'"},
  {"text": "700", "value": 700, "unit": None, "counted": "civilian casualties this year", "source": JH, "approx": "around",
   "note": "'He said most of this year's nearly 700 civilian casualties were caused by insurgents': He = Holmes (previous sentence); nearly = around. No key shared with the UN's 'nearly 700 Afghan civilians have been killed this year' in voa_2008_khost_nato_counterattack_kills_dozens: casualties against killed, and a different story"},
 ],
 "events": [
  {"actor": AZ, "date": "2008-06-30", "date_text": "Monday", "ctx": "said Monday", "what": "the Nimroz governor said Afghan troops backed by coalition air strikes killed the militants",
   "note": "'The governor of Nimroz province, Ghulam Dastagir Azad, said Monday': active 'said', subject the governor; Monday = the publication day, 30 June 2008"},
  {"actor": AGT, "date": "2008-06-29", "date_text": "Sunday", "ctx": "militants Sunday", "what": "Afghan ground troops backed by coalition air strikes killed the militants in Khash Rod district",
   "note": "'Afghan ground troops backed by coalition air strikes killed the militants Sunday': the subject of 'killed' is the Afghan ground troops ('backed by coalition air strikes' modifies them); Sunday before Monday 30 June = 29 June 2008"},
  {"actor": None, "date": "2008-06-29", "date_text": "Sunday", "ctx": "killed Sunday when", "what": "three coalition soldiers killed when their vehicle plunged into a river in Kandahar",
   "note": "'three soldiers were killed Sunday when their vehicle plunged into a river': passive without agent (an accident), so null"},
  {"actor": JH, "date": "2008-06-29", "date_text": "Sunday", "ctx": "Holmes, said Sunday", "what": "Holmes said civilian deaths in Afghanistan have increased by more than 60 percent this year",
   "note": "'The United Nations humanitarian chief, John Holmes, said Sunday': active 'said', subject Holmes; 29 June 2008"},
  {"actor": None, "date": "2008", "date_text": "this year", "ctx": "60 percent this year", "what": "the number of civilian deaths in Afghanistan increased by more than 60 percent",
   "note": "'the number of civilian deaths ... has increased by more than 60 percent this year': a change of a number, no agent, so null; this year = 2008"},
  {"actor": None, "date": "2008", "date_text": "this year's", "what": "this year's civilian casualties, most caused by insurgents",
   "note": "a date on a noun ('this year's nearly 700 civilian casualties'): the text gives insurgents as the cause of most, not all, of them (the rest by government or foreign troops), so no single agent: null"},
  {"actor": ZA, "date": "2008-06-30", "date_text": "today", "what": "Azimi disputed the U.N. figures",
   "note": "'General Zahir Azimi disputed the U.N. figures today': 'today' in VOA's own voice (not inside speech) = the publication day, 30 June 2008; subject Azimi"},
  {"actor": None, "date": "2008", "date_text": "this year", "ctx": "casualties this year than", "what": "fewer civilian casualties this year than last (Azimi's claim)",
   "note": "inside Azimi's reported speech ('there actually have been fewer civilian casualties this year than last'): a state, no agent, so null; the elliptic 'last' (last year) is not written as a date expression and is left out"},
  {"actor": CO, "date": "2001", "date_text": "in late 2001", "what": "a U.S.-led invasion removed the Taliban from power",
   "note": "'since a U.S.-led invasion removed the Taliban from power in late 2001': the subject is the invasion, whose doers are the U.S.-led coalition (as 'the U.S.-led coalition pushed the Taliban government from power in late 2001' in the dev models); late 2001 normalised to the year"},
 ],
 "actors": [
  {"name": AO, "type": "group", "aliases": ["Afghan officials"]},
  {"name": CO, "type": "organisation", "aliases": ["U.S.-led coalition troops", "The coalition"]},
  {"name": AZ, "type": "person", "aliases": ["The governor of Nimroz province, Ghulam Dastagir Azad", "Ghulam Dastagir Azad"]},
  {"name": AGT, "type": "organisation", "aliases": ["Afghan ground troops"]},
  {"name": TS, "type": "person", "aliases": ["A Taliban spokesman"]},
  {"name": JH, "type": "person", "aliases": ["The United Nations humanitarian chief, John Holmes", "John Holmes"]},
  {"name": ZA, "type": "person", "aliases": ["Afghan Defense Ministry spokesman General Zahir Azimi", "General Zahir Azimi"]},
 ],
 "notes": [
  "VOA News report of Monday 30 June 2008 on a raid of Sunday 29 June 2008 in Khash Rod district of Nimroz province; story afghanistan_nimroz_raid_2008 (one item). Published date from the address (see meta).",
  "Competing accounts: the Afghan officials/governor (28 Taliban and at least 4 civilians killed), the Taliban spokesman (no militant deaths; the dead were civilians at a party: no number), the coalition (several insurgents killed, one captured). The UN's Holmes and the Defense Ministry's Azimi disagree on this year's civilian toll trend (Azimi gives no number).",
  "Keys: " + K + "taliban_killed (28) and " + K + "civilians_killed (four) are kept for later items of the story; no second item was found in the crawl.",
  "Quotes: none (no quote marks in the text; all speech is reported).",
  "Not figures: 'several insurgents' ('several' is not one of the number words; as in the dev models), 'a party', 'a patrol', 'a U.S.-led invasion' (articles), '2001' (year). The Taliban spokesman gives no number.",
  "Events: nine date expressions: three 'Sunday's and 'Monday' pinned with ctx, 'today' (VOA's voice, 30 June), three 'this year'/'this year's' (2008) and 'in late 2001'. Left out: 'in the past' (vague) and the elliptic 'last' (last year) in Azimi's speech. 'It did not comment' and 'He attributed this' are undated.",
  "Actors: 'The coalition' (twice) is the U.S.-led coalition of the lead; 'Afghan ground troops' is kept apart as the agent of the Sunday killing. The Taliban, the insurgents and 'Afghan, NATO and U.S. troops' of the closing background are not listed (they act only undated). AFP and AP in the credit are suppliers of the copy, not actors.",
  "Second careful read done by the annotator against FORMAT.md sections 1-2: every number token (28, four, three, one, three, 60, 700, 2001) and every date expression checked; the hedges 'at least' (four only), 'more than' (60 percent) and 'nearly' (700 -> around) checked; the three 'Sunday's pinned with ctx.",
 ],
}
