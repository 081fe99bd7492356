K = "hurricane_sandy_2012:"
C = "Patrick Center"
NY = "New York National Guard"
ANN = {
 "article": "articles/dod_2012_sandy_ny_guard_by_the_numbers.txt",
 "gold_out": "gold/dod_2012_sandy_ny_guard_by_the_numbers.json",
 "published": "2012-11-13",
 "quotes": [],
 "figures": [
  {"text": "4,000", "value": 4000, "unit": None, "counted": "troops in the New York National Guard's Sandy response", "source": None, "approx": "around",
   "note": "'Almost 4,000 troops, operating more than 1,300 trucks and Humvees, have delivered ...': 'Almost' -> around; the lead in the report's own voice. Center is named in the next sentence, but that sentence attributes a different statement (the response 'has been a massive logistics operation'), so no claimant (as the lead figures in dod_2010_pakistan_marine_helicopters_join). Not the same scope as the 6,600 Guard members from 12 states of 9 November: no key"},
  {"text": "1,300", "value": 1300, "unit": None, "counted": "trucks and Humvees operated by the troops", "source": None, "approx": "more than"},
  {"quantity": K+"guard_meals_distributed_new_york", "text": "2.5 million", "value": 2.5e6, "unit": None, "counted": "emergency meals delivered to storm victims", "source": None, "approx": None,
   "note": "'have delivered 2.5 million emergency meals and 150,000 blankets to storm victims ... since Hurricane Sandy hit': narration, no hedge of its own ('more than' governs 1,300 and 13,000 only). Running total of meals the Guard delivered in New York since the storm; 'more than 1.6 million meals' handed out 'in New York alone through this morning' on 9 November (dod_2012_sandy_guard_big_and_fast_athena) is the same total earlier"},
  {"quantity": K+"guard_blankets_distributed_new_york", "text": "150,000", "value": 150000, "unit": None, "counted": "blankets delivered to storm victims", "source": None, "approx": None,
   "note": "same sentence; running total of blankets, 100,000 on 9 November, same key"},
  {"text": "13,000", "value": 13000, "unit": None, "counted": "city vehicles fueled", "source": None, "approx": "more than"},
  {"text": "12,000", "value": 12000, "unit": None, "counted": "homes and apartments visited to check on residents", "source": None, "approx": "more than"},
  {"text": "400", "value": 400, "unit": None, "counted": "National Guard Soldiers and Airmen in the logistics team", "source": C, "approx": None,
   "note": "'A team of 400 National Guard Soldiers and Airmen used every item in the logistics tool kit to feed, fuel and house the 3,700 troops ..., Center said': claimant closes the sentence"},
  {"text": "3,700", "value": 3700, "unit": None, "counted": "troops involved directly in the response mission", "source": C, "approx": None,
   "note": "same sentence, 'Center said'. Troops directly in the New York response; the lead's 'Almost 4,000 troops' is a rounded count of the same force but given in the report's voice: the two are not keyed together (the lead may count the 400 logisticians too; the text does not say)"},
  {"text": "27", "value": 27, "unit": None, "counted": "long-haul tractor-trailers the sustainers moved supplies on", "source": None, "approx": None,
   "note": "'The sustainers moved supplies on 27 long-haul tractor-trailers, ...': a new paragraph with no attribution of its own or in the next sentence ('Center said' closes the paragraph before): null"},
  {"text": "two", "value": 2, "unit": None, "counted": "Ch-47 Chinook heavy lift helicopters", "source": None, "approx": None, "ctx": "two Ch-47",
   "note": "same sentence, null"},
  {"text": "two", "value": 2, "unit": None, "counted": "C-17s employed to haul fuel tankers", "source": None, "approx": None, "ctx": "two C-17s",
   "note": "same sentence, null; '17' in 'C-17s' is a designation"},
 ],
 "events": [
  {"actor": None, "date": "2012-10-29", "date_text": "the night of Oct. 29", "what": "Hurricane Sandy hit",
   "note": "'since Hurricane Sandy hit the night of Oct. 29': the date modifies 'hit', whose subject is the storm (weather): no actor. Monday 29 October 2012, in the year of the report"},
 ],
 "actors": [
  {"name": C, "type": "person", "aliases": ["Col. Patrick Center", "Center", "the director of logistics for the New York National Guard"]},
  {"name": NY, "type": "organisation", "aliases": ["New York National Guard", "The New York National Guard", "A team of 400 National Guard Soldiers and Airmen", "The sustainers"]},
 ],
 "notes": [
  "New York National Guard report by Eric Durr dated Tuesday 13 November 2012 on nationalguard.mil; the last paragraph (cut mid-word) is dropped. Story hurricane_sandy_2012 with dod_2012_sandy_guard_big_and_fast_athena (9 November, same folder) and the dev items of the story.",
  "No quotes: Center's statements are reported speech without quote marks ('..., said Col. Patrick Center', '..., Center said').",
  "Figures: the lead's counts (about 4,000 troops, more than 1,300 vehicles, 2.5 million meals, 150,000 blankets, more than 13,000 vehicles fueled, more than 12,000 homes) are in the report's own voice: the next sentence names Center for a different statement. The 400 logisticians and 3,700 troops are Center's ('Center said' closes their sentence). The next paragraph (27 tractor-trailers, two Chinooks, two C-17s) has no attribution: null.",
  "Cross-item keys with the 9 November item: guard_meals_distributed_new_york (2.5 million here, more than 1.6 million there) and guard_blankets_distributed_new_york (150,000 / 100,000): running totals of what the Guard delivered in New York since the storm, four days apart.",
  "Not figures: '47' in 'Ch-47' and '17' in 'C-17s' (designations); 'one loaned from Georgia' ('one' picks out one of the two Chinooks, a pronoun use); 'Oct. 29' (a date).",
  "Events: only 'the night of Oct. 29' (Sandy hit; weather, null). 'Aircraft were used ...' (passive, no date) and the undated acts of the troops and the sustainers carry no date expression.",
  "Actors: Center and the New York National Guard (the logistics team and 'The sustainers' are its members, listed as its forms; 'troops' is left out as a bare noun). Georgia (lent a helicopter, no date), the Long Island Power Authority and New York City (recipients of fuel) are not listed.",
  "second reading (annotator): the whole item re-read once fully against FORMAT.md sections 1-2: every number token ('4,000', '1,300', '2.5 million', '150,000', '13,000', '12,000', '400', '3,700', '27', two 'two' pinned by ctx; '47', '17', '29', 'one' excluded), the hedges ('Almost' 4,000 -> around; 'more than' on 1,300, 13,000, 12,000 only), the claimant of 400 and 3,700 (Center), 29 October 2012 = Monday, every alias an exact substring used by one actor only; no change.",
 ],
}
