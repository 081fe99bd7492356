UO = "Ukrainian officials"
AF = "Ukrainian air force"
S = "Oleh Synehubov"
T = "Ihor Terekhov"
KL = "Vitali Klitschko"
K = "kyiv_kharkiv_strikes_2024_01_23:"
ANN = {
 "article": "articles/voa_2024_kyiv_kharkiv_missile_barrage.txt",
 "gold_out": "gold/voa_2024_kyiv_kharkiv_missile_barrage.json",
 "published": "2024-01-23",
 "quotes": [],
 "figures": [
  {"quantity": K+"killed_total", "text": "seven", "value": 7, "unit": None, "counted": "people killed by the barrage of missiles", "source": UO, "approx": "at least",
   "note": "'Ukrainian officials said Russia launched a barrage of missiles at Tuesday that killed at least seven people and wounded more than 60 others': the officials are the claimant of the whole clause; the day's national toll (Kyiv, Kharkiv and Pavlohrad). Key for later items of the story"},
  {"quantity": K+"wounded_total", "text": "60", "value": 60, "unit": None, "counted": "others wounded by the barrage of missiles", "source": UO, "approx": "more than",
   "note": "same sentence: 'more than 60 others' -> more than; head noun 'others'"},
  {"text": "21", "value": 21, "unit": None, "counted": "Russian missiles shot down by Ukrainian air defenses", "source": AF, "approx": None,
   "note": "'Ukraine’s air force said Ukrainian air defenses shot down 21 of 41 Russian missiles': both numbers are counts claimed by the air force (a part and its whole, not enumerators); the noun printed after the pair is 'missiles'"},
  {"text": "41", "value": 41, "unit": None, "counted": "Russian missiles launched", "source": AF, "approx": None,
   "note": "same sentence, the air force's count of missiles fired"},
  {"quantity": K+"killed_kharkiv", "text": "three", "value": 3, "unit": None, "counted": "people killed in Kharkiv", "source": S, "approx": None,
   "note": "'Oleh Synehubov, Kharkiv’s regional governor, said three people were killed and 42 wounded': the governor's Kharkiv count, a part of the national toll (own key, for later items of the story)"},
  {"quantity": K+"wounded_kharkiv", "text": "42", "value": 42, "unit": None, "counted": "people wounded in Kharkiv", "source": S, "approx": None,
   "note": "same sentence; 'wounded' follows with the noun 'people' elided, so the counted phrase repeats it"},
  {"text": "30", "value": 30, "unit": None, "counted": "apartment buildings damaged by the Russian strikes in Kharkiv", "source": T, "approx": None,
   "note": "'Kharkiv Mayor Ihor Terekhov said the Russian strikes damaged 30 apartment buildings'"},
  {"quantity": K+"wounded_kyiv", "text": "20", "value": 20, "unit": None, "counted": "people wounded in the capital", "source": KL, "approx": "at least",
   "note": "'Kyiv Mayor Vitali Klitschko said the attacks hit several of the capital’s districts, wounding at least 20 people'"},
  {"text": "One", "value": 1, "unit": None, "counted": "person killed in Pavlohrad", "source": None, "approx": None,
   "note": "'One person was also killed in the eastern city of Pavlohrad': the outlet's own voice (no claimant in this sentence or the next, which is the 'Military aid' sub-headline)"},
 ],
 "events": [
  {"actor": "Russia", "date": "2024-01-23", "date_text": "Tuesday", "what": "Russia launched a barrage of missiles at Kyiv and Kharkiv",
   "note": "'Ukrainian officials said Russia launched a barrage of missiles at Tuesday': the date goes with 'launched' (the garbled 'at Tuesday' as printed; the officials' saying is not dated), so Russia is the agent; date_text is the weekday only, since 'at' is the stray preposition of the missing object ('at [Kyiv and Kharkiv]'). Tuesday = the published day, 23 January 2024"},
 ],
 "actors": [
  {"name": UO, "type": "group", "aliases": ["Ukrainian officials"]},
  {"name": "Russia", "type": "country", "aliases": ["Russia"]},
  {"name": AF, "type": "organisation", "aliases": ["Ukraine’s air force"]},
  {"name": "Ukrainian air defenses", "type": "organisation", "aliases": ["Ukrainian air defenses"]},
  {"name": S, "type": "person", "aliases": ["Oleh Synehubov", "Kharkiv’s regional governor"]},
  {"name": T, "type": "person", "aliases": ["Kharkiv Mayor Ihor Terekhov"]},
  {"name": KL, "type": "person", "aliases": ["Kyiv Mayor Vitali Klitschko"]},
  {"name": "United States", "type": "country", "aliases": ["The United States", "the United States"]},
  {"name": "Sabrina Singh", "type": "person", "aliases": ["Pentagon spokesperson Sabrina Singh"]},
  {"name": "Ukrainian government", "type": "organisation", "aliases": ["Kyiv"]},
 ],
 "notes": [
  "VOA News report of Tuesday 23 January 2024 (date inferred, see meta) on Russia's missile barrage on Kyiv and Kharkiv, with a sub-headed section on the Ukraine Defense Contact Group meeting of the same day; story kyiv_kharkiv_strikes_2024_01_23 (the only item of the story in this folder; keys killed_total, wounded_total, killed_kharkiv, wounded_kharkiv and wounded_kyiv are set for later items).",
  "No quotes: the stored opening has no quote marks.",
  "Claimants: Ukrainian officials (at least 7 killed, more than 60 wounded), Ukraine's air force (21 of 41 missiles shot down), governor Synehubov (3 killed, 42 wounded in Kharkiv), mayor Terekhov (30 apartment buildings), mayor Klitschko (at least 20 wounded in Kyiv); the Pavlohrad death ('One person') is the outlet's own. The regional counts are parts of the national toll and get their own keys. Other outlets give different Kharkiv counts the same day (e.g. 5 killed, 51 wounded later on 23 January), which is why the Kharkiv keys are kept apart from the totals.",
  "Actors: 'Kyiv' is a place in 'in Kyiv and Kharkiv', 'the capital, Kyiv' and 'Kyiv Mayor', but the Ukrainian government in 'more funding for Kyiv as it battles Russian forces' (listed as the Ukrainian government with the alias 'Kyiv', as in voa_2014_volnovakha_rebels_kill_14_troops, where 'outside Kyiv' is the place). Joe Biden ('faces opposition') and 'some Republicans' do not act in the kept text and are not listed; 'lawmakers' (need to pass funding, in Singh's reported view) are not listed either.",
  "Events: one, 'Tuesday' (Russia launched the barrage). 'the latest meeting' of the Contact Group ('is convening') carries no date expression. Not figures: 'several of the capital’s districts' ('several' is not a number word, as in other dev items), 'numerous residential buildings'.",
  "second reading: re-read the whole item against FORMAT.md sections 1-2 (number tokens seven, 60, 21, 41, three, 42, 30, 20, One; approximators 'at least' x2 and 'more than'; each claimant checked against its own sentence; weekday checked with datetime: 23 January 2024 is a Tuesday; aliases checked as exact substrings with the curly apostrophes as printed).",
 ],
}
