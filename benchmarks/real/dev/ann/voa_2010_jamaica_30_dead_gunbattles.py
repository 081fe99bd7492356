K = "jamaica_tivoli_2010:"
BG = "Bruce Golding"
AU = "Jamaican authorities"
SF = "Jamaican security forces"
ANN = {
 "article": "articles/voa_2010_jamaica_30_dead_gunbattles.txt",
 "gold_out": "gold/voa_2010_jamaica_30_dead_gunbattles.json",
 "published": "2010-05-25",
 "quotes": [
  {"text": "strong and decisive", "speaker": BG, "speaker_mention": "Jamaican Prime Minister Bruce Golding", "fragment": True,
   "note": "'has promised \"strong and decisive\" action': a short phrase of Golding's"},
 ],
 "figures": [
  {"quantity": K+"deaths", "text": "30", "value": 30, "unit": None, "counted": "dead in gunbattles in the Jamaican capital", "source": AU, "approx": None, "ctx": "30 Dead in",
   "note": "headline without a hedge; the claimant (authorities in Jamaica) opens the next sentence, which gives the same toll as 'at least 30' (same key)"},
  {"quantity": K+"deaths", "text": "30", "value": 30, "unit": None, "counted": "people dead in gunbattles in Kingston", "source": AU, "approx": "at least", "ctx": "at least 30 people",
   "note": "'Authorities in Jamaica say gunbattles ... have left at least 30 people dead'"},
  {"text": "hundreds", "value": None, "vague": True, "unit": None, "counted": "troops and police searching for Coke", "source": None, "approx": None,
   "note": "in the 'as'-clause that sets the scene of the authorities' statement ('as hundreds of troops and police search for ...'): read as VOA's framing, not part of what the authorities say"},
  {"text": "25", "value": 25, "unit": None, "counted": "people injured", "source": AU, "approx": "at least",
   "note": "'At least 25 people have been injured and 200 others taken into custody.': the sentence right after 'Authorities in Jamaica say ...' continues their figures (no other claimant); all injured, not only the police officer of Sunday: no key"},
  {"text": "200", "value": 200, "unit": None, "counted": "others held in custody", "source": AU, "approx": None,
   "note": "same sentence as the 25 injured; the 'At least' hedges the injured only"},
 ],
 "events": [
  {"actor": None, "date": "1980-01-01/1989-12-31", "date_text": "the 1980s", "what": "the cocaine wars in which the Shower Posse got its name",
   "note": "'during the cocaine wars of the 1980s': the decade dates the wars (a noun with no agent in the text); a decade written as a day interval"},
  {"actor": SF, "date": "2010-05-24", "date_text": "Monday", "what": "security forces stormed the Tivoli Gardens slum to locate Coke",
   "note": "active 'stormed', subject 'Heavily armed security forces'; Monday before the report of Tuesday 25 May"},
  {"actor": "Coke's supporters", "date": "2010-05-17/2010-05-23", "date_text": "Last week", "what": "Coke's supporters barricaded the area to thwart his arrest",
   "note": "active 'barricaded', subject 'Coke's supporters'; 'Last week' from Tuesday 25 May 2010 = ISO week Monday 17 to Sunday 23 May"},
 ],
 "actors": [
  {"name": AU, "type": "organisation", "aliases": ["Authorities in Jamaica"]},
  {"name": SF, "type": "organisation", "aliases": ["Heavily armed security forces", "troops and police"]},
  {"name": "Christopher Coke", "type": "person", "aliases": ["Christopher \"Dudus\" Coke", "Coke"]},
  {"name": "Coke's supporters", "type": "group", "aliases": ["Coke's supporters"]},
  {"name": "Jamaican government", "type": "organisation", "aliases": ["the government", "the Jamaican government"]},
  {"name": "United States", "type": "country", "aliases": ["The United States", "the United States"]},
  {"name": BG, "type": "person", "aliases": ["Jamaican Prime Minister Bruce Golding", "Prime Minister Golding", "Bruce Golding"]},
  {"name": "Jose Miguel Insulza", "type": "person", "aliases": ["the secretary-general of the Organization of American States, Jose Miguel Insulza", "Jose Miguel Insulza"]},
 ],
 "notes": [
  "VOA News report of Tuesday 25 May 2010 (stored from VOA's publishing host; the date is worked out in the meta), the day after security forces stormed Tivoli Gardens; story jamaica_tivoli_2010 with wn_2010_kingston_state_of_emergency and voa_2010_jamaica_state_of_emergency_gangs (both 24 May).",
  "Key within the item: " + K + "deaths (headline '30 Dead', body 'at least 30'). The 24 May items give no death toll in numbers ('killing another man' in Wikinews), so the key has no partner in the other items; the 25 injured and 200 in custody have none either.",
  "Claimant: 'Authorities in Jamaica say' covers the 30 dead (and the headline, claimant in the next sentence) and the next sentence's 25 injured and 200 in custody; the 'hundreds of troops and police' in the 'as'-clause is read as VOA's framing (source null).",
  "Quotes: Golding's 'strong and decisive' only. Not quotes: '\"Dudus\"' (nickname) and '\"Shower Posse,\"' (a gang's name).",
  "Events: 'the 1980s' (the cocaine wars, no agent), 'Monday' (security forces stormed Tivoli Gardens, 24 May), 'Last week' (Coke's supporters barricaded the area, ISO week 17-23 May). 'Earlier' (Insulza said) is relative and vague; Golding's statement to parliament, the US travel alert and the government's appeal have no date expression.",
  "Not figures: '1980s' (a decade, a date); 'a travel alert', 'a state of emergency'. 'the loss of lives' has no number.",
  "Actors: the Organization of American States acts only through its secretary-general (Insulza is the actor); 'its security forces' (the Jamaican government's) is not listed as an alias (pronoun); AP, AFP and Reuters in the closing credit are sources of the report, not actors; the Shower Posse and the Jamaica Labor Party do not act in the text.",
  "Second careful read by the annotator: text re-compared with a fresh copy of the stored page (identical after the listed edits); the published date re-checked (see meta: Tuesday 25 May 2010); 'Monday' = 24 May, 'Last week' = 17-23 May from either 25 or 26 May; the 'At least' of the second paragraph hedges the 25 injured only. Changed on this reading: the counted phrase of the 200 ('others held in custody').",
 ],
}
