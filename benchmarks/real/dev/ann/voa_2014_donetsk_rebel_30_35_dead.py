R = "unnamed pro-Russian rebel (Reuters)"
PS = "pro-Russian separatists"
UF = "Ukrainian government forces"
P = "Petro Poroshenko"
K = "donetsk_airport_2014:separatists_killed"
ANN = {
 "article": "articles/voa_2014_donetsk_rebel_30_35_dead.txt",
 "gold_out": "gold/voa_2014_donetsk_rebel_30_35_dead.json",
 "published": "2014-05-27",
 "quotes": [
  {"text": "terrorists", "speaker": P, "speaker_mention": "Ukraine's likely president-elect Petro Poroshenko", "fragment": True,
   "note": "straight marks; not a scare quote: the text says it is 'his word for the armed pro-Russian separatists'"},
 ],
 "figures": [
  {"quantity": K, "text": "30-35", "value": 30, "value_max": 35, "unit": None, "counted": "Separatists dead in fighting in East Ukraine", "source": R, "approx": None,
   "note": "headline ('Report: ...'); the claimant (the unnamed rebel) opens the next sentence"},
  {"quantity": K, "text": "30 to 35", "value": 30, "value_max": 35, "unit": None, "counted": "separatists killed so far in fighting in Donetsk", "source": R, "approx": "around",
   "note": "'he believed about 30 to 35 separatists had been killed' -> around"},
  {"text": "24", "value": 24, "unit": "hours", "counted": "hours of fighting with Ukrainian forces", "source": R, "approx": "around",
   "note": "'nearly 24 hours' -> around; part of the rebel's reported statement"},
  {"text": "30s", "value": 30, "value_max": 39, "unit": "years", "counted": "age of the rebel", "source": None, "approx": None,
   "note": "'in his 30s' = 30 to 39 years old; outlet's description"},
  {"text": "a dozen", "value": 12, "unit": None, "counted": "fellow fighters", "source": None, "approx": "around", "note": "'about a dozen' -> around"},
 ],
 "events": [
  {"actor": R, "date": "2014-05-27", "date_text": "on Tuesday", "what": "said 30 to 35 separatists had been killed",
   "note": "'A pro-Russian rebel said on Tuesday': agent of 'said'"},
  {"actor": PS, "date": "2014-05-26", "date_text": "on Monday", "what": "seized Donetsk's international airport",
   "note": "'the separatists have been battling Ukrainian forces after seizing the city's international airport on Monday': the date modifies 'seizing', whose agent is the separatists"},
  {"actor": P, "date": "2014-05-26", "date_text": "Monday", "what": "said peace can be reached through dialogue, weapons against killers", "ctx": "Poroshenko said Monday"},
 ],
 "actors": [
  {"name": R, "type": "person", "aliases": ["A pro-Russian rebel", "The rebel"]},
  {"name": PS, "type": "group", "aliases": ["the separatists", "the armed pro-Russian separatists in the east"]},
  {"name": UF, "type": "organisation", "aliases": ["Ukrainian forces"]},
  {"name": P, "type": "person", "aliases": ["Ukraine's likely president-elect Petro Poroshenko", "billionaire candy maker Poroshenko", "Poroshenko"]},
  {"name": "Sergei Lavrov", "type": "person", "aliases": ["Russian Foreign Minister Sergei Lavrov"]},
 ],
 "notes": [
  "VOA News report of Tuesday 27 May 2014 (the stored version of an item begun on Monday 26 May); story donetsk_airport_2014 with voa_2014_donetsk_airport_dozens_killed (27 May) and voa_2014_separatists_down_helicopter (29 May).",
  "The headline's '30-35' and the lead's 'about 30 to 35' are the unnamed rebel's estimate of separatists killed in Donetsk since Monday: both keyed donetsk_airport_2014:separatists_killed with Borodai's 'more than 50', the mayor's 38 combatants, 'at least 100' and 'up to 100' (27 May item) and Ria Novosti's 'estimated 50' (29 May item).",
  "The rebel spoke to Reuters, which relays; Reuters does not act in a dated event here and is not listed as an actor.",
  "Not events: 'so far', 'Earlier' (vague), 'a day after Ukrainians voted' (relative to an undated vote: not a date expression of its own); 'Earlier, ... Poroshenko says' is in the present tense and undated.",
  "Not figures: 'a day' in 'a day after' (part of a relative time expression), 'the first indication' (ordinal), 'a new president', 'a landslide'.",
  "Kept 'thorough' (for 'through') as printed; the 'what' of the Monday event paraphrases it.",
  "second reading: checked that 'terrorists' is his word (fragment quote, not scare quotes), the range values 30-35 and 30s (30-39), the hedges ('about' -> around, 'nearly' -> around), and Monday = 26 May, Tuesday = 27 May 2014.",
 ],
}
