K = "beirut_explosion_2020:"
H = "Jonathan Rath Hoffman"
CC = "U.S. Central Command"
ANN = {
 "article": "articles/dod_2020_beirut_pentagon_flies_aid.txt",
 "gold_out": "gold/dod_2020_beirut_pentagon_flies_aid.json",
 "published": "2020-08-06",
 "quotes": [
  {"text": "We ... want to express the department's sympathies in mourning the lives of so many lost in Lebanon on Tuesday. This is a horrific tragedy",
   "speaker": H, "speaker_mention": "Jonathan Rath Hoffman", "fragment": False,
   "note": "trailing comma before the closing mark dropped; the ellipsis '...' is kept inside the quote; the lead's 'the assistant to the secretary of defense for public affairs said' is the same man"},
 ],
 "figures": [
  {"quantity": K+"us_c17_relief_flights", "text": "three", "value": 3, "unit": None, "counted": "C-17 aircraft bringing relief supplies to Lebanon", "source": H, "approx": None,
   "note": "'Hoffman said ... McKenzie ... has talked with the commander of the Lebanese armed forces to inform him that three C-17 aircraft will bring relief supplies': claimed by Hoffman. The three flights are the first C-17 that has arrived plus 'two additional C-17s' of the sixth paragraph"},
  {"quantity": K+"first_c17_pallets", "text": "11", "value": 11, "unit": None, "counted": "pallets of food, water and medical supplies on the first C-17", "source": CC, "approx": None,
   "note": "'a Centcom statement said today. Included in those supplies are 11 pallets ...': the sentence goes on reporting the Centcom statement named in the sentence before ('those supplies' = the supplies of the statement's first flight), so the claimant is U.S. Central Command"},
  {"text": "24", "value": 24, "unit": "hours", "counted": "hours over which two more C-17s will depart", "source": CC, "approx": None,
   "note": "'Over the next 24 hours, the Centcom statement  said, two additional C-17s will depart': a duration inside the reported statement (figure, not an event)"},
  {"text": "two", "value": 2, "unit": None, "counted": "additional C-17s departing Al Udeid Air Base for Beirut", "source": CC, "approx": None,
   "note": "'the Centcom statement  said': claimed by U.S. Central Command. A subset of the three flights, so no shared key with 'three'"},
 ],
 "events": [
  {"actor": None, "date": "2020-08-04", "date_text": "on Tuesday", "what": "many lives lost in Lebanon (the Beirut explosion)",
   "note": "inside Hoffman's quote ('the lives of so many lost in Lebanon on Tuesday'): it dates the deaths in the explosion, which have no agent. Tuesday before Thursday 6 August 2020 = 4 August 2020, the day of the Beirut port explosion"},
  {"actor": H, "date": "2020-08-06", "date_text": "today", "what": "Hoffman spoke at a Pentagon news conference", "ctx": "news conference today",
   "note": "'Jonathan Rath Hoffman said during a Pentagon news conference today': narration, not inside the quote; the agent of 'said' is Hoffman; the date line's day, Thursday 6 August 2020"},
  {"actor": CC, "date": "2020-08-06", "date_text": "today", "what": "a Centcom statement said the first C-17 had arrived in Beirut", "ctx": "statement said today",
   "note": "'a Centcom statement said today': the statement is U.S. Central Command's (the body that issued it is the agent of 'said')"},
 ],
 "actors": [
  {"name": H, "type": "person", "aliases": ["Jonathan Rath Hoffman", "Hoffman", "the assistant to the secretary of defense for public affairs"]},
  {"name": "US Department of Defense", "type": "organisation", "aliases": ["Pentagon", "The Pentagon", "the Defense Department"]},
  {"name": "Kenneth F. McKenzie Jr.", "type": "person", "aliases": ["Marine Corps Gen. Kenneth F. McKenzie Jr."]},
  {"name": CC, "type": "organisation", "aliases": ["U.S. Central Command", "Centcom", "a Centcom statement", "the Centcom statement"]},
  {"name": "Lebanese armed forces commander", "type": "person", "aliases": ["the commander of the Lebanese armed forces"]},
  {"name": "US Department of State", "type": "organisation", "aliases": ["the State Department of State"]},
  {"name": "US Agency for International Development", "type": "organisation", "aliases": ["the U.S. Agency for International Development"]},
 ],
 "notes": [
  "DOD News story by C. Todd Lopez of Thursday 6 August 2020 (date line printed) on the first U.S. military relief flights to Beirut after the port explosion of Tuesday 4 August 2020; story beirut_explosion_2020 with ShareAmerica's report on the $17 million U.S. pledge (state_2020_beirut_us_aids_lebanese_17_million). The two share no figure: the flights and pallets here, the money, toll and displaced there.",
  "One quote (Hoffman), split from its attribution by a comma; the lead's speaker ('the assistant to the secretary of defense for public affairs') is Hoffman, listed as his alias.",
  "Claimants: 'three C-17 aircraft' is Hoffman's ('Hoffman said ... to inform him that'); the 11 pallets, the 24 hours and the two additional C-17s come from the Centcom statement (U.S. Central Command). Keys: us_c17_relief_flights (three), first_c17_pallets (11), for any later report of the same flights.",
  "Events: 'on Tuesday' (in the quote, the deaths of 4 August, no agent), 'today' twice (Hoffman at the news conference; the Centcom statement), both 6 August. 'Over the next 24 hours' is a duration and a figure, not an event; 'already' is vague. The removed caption and the dropped last paragraph held 'Aug. 4' and 'Aug. 6, 2020'.",
  "Not figures: 'C-17' and 'C-17s' (aircraft designation), 'Globemaster III' (model name), 'first' (ordinal), 'so many' (no number).",
  "Actors: Hoffman, the Pentagon / Defense Department (one organisation: 'The Pentagon is in the process of shipping supplies', 'the Defense Department will continue to work'), McKenzie (talked with the Lebanese commander), U.S. Central Command (its statement), the unnamed commander of the Lebanese armed forces (Gen. Joseph Aoun, not named in the text; he is the one McKenzie talked with), and the State Department and USAID (the Defense Department will work with them). 'Al Udeid Air Base', 'Qatar', 'Lebanon' and 'Beirut' are places.",
  "second reading (annotator): re-read against the stored copy; checked the quote boundaries (comma dropped, ellipsis kept), 'on Tuesday' = 4 August for a Thursday 6 August story, the two 'today' pinned by ctx, the double space in 'the Centcom statement  said' kept in the text and in no annotation span, and every alias as an exact substring; no change.",
 ],
}
