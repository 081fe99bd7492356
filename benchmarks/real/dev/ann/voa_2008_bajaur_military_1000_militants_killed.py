K = "bajaur_offensive_2008:"
PM = "Pakistani military"
PMO = "Pakistani military officials"
TK = "Tariq Khan"
MM = "Mike Mullen"
USO = "U.S. military officials"
POL = "Karachi police"
PAU = "Pakistani authorities"
ANN = {
 "article": "articles/voa_2008_bajaur_military_1000_militants_killed.txt",
 "gold_out": "gold/voa_2008_bajaur_military_1000_militants_killed.json",
 "published": "2008-09-26",
 "quotes": [],
 "figures": [
  {"quantity": K+"militants_killed", "text": "1,000", "value": 1000, "unit": None, "counted": "militants killed near Afghan border", "source": PM, "approx": None, "ctx": "Military: 1,000",
   "note": "headline 'Pakistani Military: 1,000 Militants Killed Near Afghan Border': the colon attributes the toll to the military (the lead's 'at least' is not printed in the headline, so approx null)"},
  {"quantity": K+"militants_killed", "text": "1,000", "value": 1000, "unit": None, "counted": "militants killed in a month-long operation", "source": PMO, "approx": "at least", "ctx": "at least 1,000",
   "note": "'Pakistani military officials say at least 1,000 militants have been killed in a month-long operation along the Afghan border': the Bajaur offensive's cumulative toll; 460 in the VOA item of 15 August (same key)"},
  {"text": "five", "value": 5, "unit": None, "counted": "militant commanders killed", "source": TK, "approx": "at least",
   "note": "'Major General Tariq Khan told reporters Friday that at least five militant commanders ... were among those who have been killed'"},
  {"quantity": K+"troops_killed", "text": "60", "value": 60, "unit": None, "counted": "Pakistani troops killed in Bajaur", "source": TK, "approx": "more than",
   "note": "'Khan said more than 60 Pakistani troops also have been killed in Bajaur since the military launched its offensive ... in August': cumulative troop toll of the offensive; 22 in the VOA item of 15 August (same key)"},
  {"text": "three", "value": 3, "unit": None, "counted": "suicide bombers who blew themselves up", "source": POL, "approx": None,
   "note": "'Also Friday, police say three suicide bombers blew themselves up after police raided their hideout' (Karachi)"},
  {"text": "six", "value": 6, "unit": None, "counted": "people killed by the train bomb blast", "source": PAU, "approx": "at least",
   "note": "'And Pakistani authorities say a bomb blast derailed a train in central Punjab province Friday, killing at least six people'"},
 ],
 "events": [
  {"actor": TK, "date": "2008-09-26", "date_text": "Friday", "ctx": "told reporters Friday", "what": "Tariq Khan told reporters at least five militant commanders were among those killed in Bajaur",
   "note": "'Major General Tariq Khan told reporters Friday': agent of 'told'; Friday = publication day, 26 September 2008"},
  {"actor": PM, "date": "2008-08", "date_text": "in August", "what": "the military launched its offensive in Bajaur",
   "note": "'since the military launched its offensive against Taliban and al-Qaida militants in August': agent of 'launched', the military; a month only, of the publication year"},
  {"actor": MM, "date": "2008-09-26", "date_text": "Friday", "ctx": "Friday, U.S. military chief", "what": "Mullen called the problem enormously complex and praised Pakistan's military",
   "note": "'Friday, U.S. military chief Admiral Mike Mullen called the problem enormously complex': fronted date, agent of 'called'"},
  {"actor": USO, "date": "2008-09-25", "date_text": "On Thursday", "what": "U.S. military officials said Pakistani and U.S. troops exchanged fire across the border",
   "note": "'On Thursday, U.S. military officials said Pakistani and U.S. troops exchanged fire': the fronted date governs the main clause ('said'), as 'Also Wednesday, medical sources ... said' in the dev models; Thursday before Friday 26 September = 25 September 2008 (the exchange of fire was on the same day, so the date holds either way; the agent is the officials by the main-clause rule)"},
  {"actor": MM, "date": "2008-09-26", "date_text": "Friday", "ctx": "Pentagon Friday", "what": "Mullen told reporters at the Pentagon he has received reassurances from Pakistani leaders",
   "note": "'Admiral Mullen told reporters at the Pentagon Friday': agent of 'told'"},
  {"actor": POL, "date": "2008-09-26", "date_text": "Also Friday", "what": "police say three suicide bombers blew themselves up after a police raid in Karachi",
   "note": "'Also Friday, police say three suicide bombers blew themselves up after police raided their hideout': the fronted date governs the main clause, whose subject is the police (as 'Also Monday, the United Nations Security Council said' in the dev models); the raid too is the police's. The expression is taken whole with 'Also'"},
  {"actor": None, "date": "2008-09-26", "date_text": "Friday", "ctx": "province Friday", "what": "a bomb blast derailed a train in central Punjab, killing at least six people",
   "note": "'a bomb blast derailed a train in central Punjab province Friday': the date modifies 'derailed', whose subject is the blast, not an agent; 'No one has claimed responsibility for the attack' -> null"},
 ],
 "actors": [
  {"name": PM, "type": "organisation", "aliases": ["Pakistani Military", "the military", "Pakistan's military"]},
  {"name": PMO, "type": "group", "aliases": ["Pakistani military officials"]},
  {"name": TK, "type": "person", "aliases": ["Major General Tariq Khan", "Khan", "The general"]},
  {"name": MM, "type": "person", "aliases": ["U.S. military chief Admiral Mike Mullen", "Admiral Mike Mullen", "Admiral Mullen"]},
  {"name": USO, "type": "group", "aliases": ["U.S. military officials"]},
  {"name": POL, "type": "organisation", "aliases": ["police", "Police"]},
  {"name": "Karachi suicide bombers", "type": "group", "aliases": ["three suicide bombers", "the men"]},
  {"name": PAU, "type": "organisation", "aliases": ["Authorities", "Pakistani authorities"]},
 ],
 "notes": [
  "VOA News report of Friday 26 September 2008 (date from the address and text, see meta) on the Pakistani military's toll of its Bajaur offensive, Admiral Mullen's remarks, a cross-border exchange of fire, a Karachi police raid and a train bombing in Punjab; story bajaur_offensive_2008 with voa_2008_bajaur_460_militants_22_troops_killed (15 August 2008, same folder).",
  "Cross-item keys: " + K + "militants_killed joins the headline's and the lead's 1,000 with the 15 August item's 460 (the offensive's cumulative toll as it rises); " + K + "troops_killed joins 'more than 60' with the 15 August item's 22. The existing dev item voa_2008_swat_troops_kill_50_militants (23 August) prints 'More than 500 militants and 22 soldiers' killed in the same offensive; on integration those could take these keys.",
  "Sources: the headline's 1,000 is the 'Pakistani Military''s (colon attribution), the lead's the 'Pakistani military officials''; five commanders and 60 troops are Tariq Khan's; three bombers the Karachi police's; six dead Pakistani authorities'. 'Authorities' (Karachi paragraph) and 'Pakistani authorities' (Punjab) are taken as one actor. No quote marks in the item.",
  "Events: 'Friday' four times (Khan, Mullen twice, the train blast, each pinned with ctx) and 'Also Friday' (police), 'in August' (the military launched its offensive), 'On Thursday' (U.S. officials said). Left out: 'in the past' (vague), 'month-long' (a duration).",
  "Not figures: 'No one' (pronoun; build_gold lists its 'one' as unannotated), 'those who have been killed'. Pakistani leaders, Pakistani and U.S. troops, Laskhar-e-Jhangvi and the Bajaur militants are mentioned but get no dated act of their own.",
  "Second careful read done by the annotator against FORMAT.md sections 1-2: all number tokens checked (headline and lead 1,000 pinned with ctx; the headline has no hedge); every 'Friday' pinned; the two Thursday/Friday fronted dates given to the main clause's subject.",
 ],
}
