REB = "Syrian rebels"
ACT = "Syrian activists"
SOHR = "Syrian Observatory for Human Rights"
PF = "Popular Front for the Liberation of Palestine"
ANN = {
 "article": "articles/voa_2012_syria_rebels_claim_marj_al_sultan_base.txt",
 "gold_out": "gold/voa_2012_syria_rebels_claim_marj_al_sultan_base.json",
 "published": "2012-11-25",
 "quotes": [],
 "figures": [
  {"text": "15", "ctx": "about 15 kilometers", "value": 15, "unit": "km", "counted": "kilometers east of Damascus", "source": None, "approx": "around",
   "note": "'the Marj al-Sultan air base, about 15 kilometers east of Damascus': outlet's description of the video's place; unit printed as a word, span = number only"},
  {"text": "eight", "value": 8, "unit": None, "counted": "soldiers killed at the base", "source": SOHR, "approx": "at least",
   "note": "'The Britain-based Syrian Observatory for Human Rights said the rebels killed at least eight soldiers and destroyed two helicopters at the base'"},
  {"text": "two", "value": 2, "unit": None, "counted": "helicopters destroyed at the base", "source": SOHR, "approx": None,
   "note": "same sentence; 'at least' governs 'eight' only"},
  {"text": "15", "ctx": "at least 15 rebel", "value": 15, "unit": None, "counted": "rebel fighters killed", "source": SOHR, "approx": "at least",
   "note": "'while at least 15 rebel fighters also were killed': same observatory sentence"},
  {"text": "thousands", "value": None, "vague": True, "unit": None, "counted": "Palestinians trained at the base", "source": PF, "approx": None,
   "note": "'its base, which it said has been used to train thousands of Palestinians to fight Israel in the past 30 years': 'it' = the Popular Front"},
  {"text": "30", "value": 30, "unit": "years", "counted": "years the base has been used for training", "source": PF, "approx": None,
   "note": "'in the past 30 years': a duration, inside the Popular Front's 'it said' clause"},
  {"text": "five", "value": 5, "unit": None, "counted": "people killed in a bomb attack on a bus in southern Syria", "source": SOHR, "approx": "at least",
   "note": "'Elsewhere, the Observatory said a bomb attack on a bus killed at least five people in southern Syria'"},
 ],
 "events": [
  {"actor": ACT, "date": "2012-11-25", "date_text": "on Sunday", "what": "Syrian activists released a video appearing to show rebels at the Marj al-Sultan air base",
   "note": "'A video released by Syrian activists on Sunday appears to show ...': the date modifies 'released', whose agent is the by-phrase 'by Syrian activists'. Sunday = the published day, 25 November 2012"},
  {"actor": REB, "date": "2012-11-24", "date_text": "the previous day", "what": "the rebels launched an assault on the Marj al-Sultan air base",
   "note": "'after they launched an assault the previous day': 'they' = the anti-Assad rebels; the day before Sunday 25 November = Saturday 24 November 2012"},
  {"actor": SOHR, "date": "2012-11-25", "date_text": "Sunday", "ctx": "In other developments Sunday", "what": "the Observatory said rebels seized a training base of a pro-Assad Palestinian faction",
   "note": "'In other developments Sunday, the Observatory said rebels seized a training base ...': the fronted adverbial modifies the main clause, whose verb is 'said' (agent the Observatory). Doubtful: it may also date the seizure itself (agent the rebels); the main-verb reading is kept"},
 ],
 "actors": [
  {"name": REB, "type": "group", "aliases": ["Syrian rebels", "anti-Assad rebels", "the rebels", "rebels", "Syrian opposition forces"]},
  {"name": ACT, "type": "group", "aliases": ["Syrian activists", "Activists"]},
  {"name": SOHR, "type": "organisation", "aliases": ["The Britain-based Syrian Observatory for Human Rights", "the Observatory"]},
  {"name": "Bashar al-Assad", "type": "person", "aliases": ["President Bashar al-Assad", "President Assad"]},
  {"name": "Syrian government forces", "type": "organisation", "aliases": ["government forces"]},
  {"name": PF, "type": "group", "aliases": ["The Popular Front for the Liberation of Palestine", "a pro-Assad Palestinian militant faction"]},
 ],
 "notes": [
  "VOA News report of Sunday 25 November 2012 (date inferred, see meta) on the rebel capture of the Marj al-Sultan helicopter base east of Damascus; story marj_al_sultan_2012 (only item of the story here; not among the Syria 2012 items of real/dev).",
  "No quotes: no quote marks in the kept text (the last paragraph, cut mid-word in the stored copy, is dropped).",
  "Claimants: the observatory (8 soldiers, 2 helicopters, 15 rebels, 5 bus dead), the Popular Front ('thousands' of Palestinians, '30' years, in 'which it said'); the 15 km is the outlet's.",
  "Events: 'on Sunday' (video released by activists), 'the previous day' (rebels launched the assault, 24 November), 'Sunday' in 'In other developments Sunday' (the Observatory's statement; doubtful, see the event note). 'in the past 30 years' is a duration (figure only, no event).",
  "Actors: 'Syrian opposition forces' is listed with the rebels (the same fighters in the text). 'the government' does not occur as an actor ('no government confirmation' is an adjective use).",
  "first reading: annotated against FORMAT.md; number tokens 15 x2, eight, two, thousands, 30, five.",
  "second reading (checker): re-read all sentences; 25 November 2012 is a Sunday (datetime); 'they launched an assault' refers to the anti-Assad rebels; 'at least' scopes over 'eight' not 'two'; 'about 15 kilometers' -> around; claimants confirmed sentence by sentence.",
 ],
}
