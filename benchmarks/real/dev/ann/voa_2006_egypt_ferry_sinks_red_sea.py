R = "Abu Bakr El-Rashidi"
O = "Andrea Odone"
ET = "Egyptian television"
RT = "Reuters"
EA = "Egyptian authorities"
Q = "red_sea_ferry_2006:"
ANN = {
 "article": "articles/voa_2006_egypt_ferry_sinks_red_sea.txt",
 "gold_out": "gold/voa_2006_egypt_ferry_sinks_red_sea.json",
 "published": "2006-02-03",
 "quotes": [
  {"text": "We lost contact with the ship at 3 o'clock in the morning", "speaker": R, "speaker_mention": "he", "fragment": False,
   "note": "'Red Sea provincial Governor Abu Bakr El-Rashidi told VOA ...' in the paragraph before; then '\"...,\" he said' (trailing comma dropped)"},
  {"text": "Search-and-rescue procedures are under way. Four ships and planes are looking for the sunken ship and survivors.", "speaker": R, "speaker_mention": "he", "fragment": False,
   "note": "second half of the quote interrupted by 'he said': a separate quote, same speaker"},
  {"text": "No, there were no distress calls", "speaker": O, "speaker_mention": "she", "fragment": False,
   "note": "VOA prints 'she said' although Odone is 'He' in the sentences around it; the only person introduced in the paragraph before is Andrea Odone of El-Salam Maritime Transport, so the speaker is Odone (the pronoun's gender is a slip in the copy)"},
  {"text": "No distress was recorded from the satellites or whatever.", "speaker": O, "speaker_mention": "she", "fragment": False,
   "note": "continuation after 'she said.': same speaker (Odone)"},
 ],
 "figures": [
  {"quantity": Q + "people_on_board", "text": "1,300", "value": 1300, "unit": None, "counted": "people carried by the ferry", "source": None, "approx": "more than", "ctx": "More Than 1,300",
   "note": "headline 'Egyptian Ferry Carrying More Than 1,300 Sinks': outlet's voice"},
  {"quantity": Q + "people_on_board", "text": "1,300", "value": 1300, "unit": None, "counted": "people carried by the ferry", "source": None, "approx": "more than", "ctx": "more than 1,300 people",
   "note": "'carrying more than 1,300 people': outlet's voice"},
  {"quantity": Q + "survivors_rescued", "text": "100", "value": 100, "unit": None, "counted": "survivors pulled from the water", "source": ET, "approx": "at least",
   "note": "'Egyptian television is reporting that at least 100 survivors have been pulled from the water'"},
  {"text": "Four", "value": 4, "unit": None, "counted": "ships and planes looking for the sunken ship", "source": R, "approx": None,
   "note": "inside El-Rashidi's quote"},
  {"quantity": Q + "passengers_on_board", "text": "1,318", "value": 1318, "unit": None, "counted": "passengers on board", "source": O, "approx": None,
   "note": "'He said there were 1,318 passengers on board' (He = Odone). Passengers only, so not the same quantity as 'more than 1,300 people' (all on board)"},
  {"quantity": Q + "crew_on_board", "text": "96", "value": 96, "unit": None, "counted": "crew members", "source": O, "approx": None,
   "note": "same 'He said' sentence ('... and 96 crew members')"},
 ],
 "events": [
  {"actor": EA, "date": "2006-02-03", "date_text": "at 3 o'clock in the morning", "what": "authorities lost contact with the ferry",
   "note": "inside El-Rashidi's quote: 'We lost contact with the ship at 3 o'clock in the morning'; 'We' is the Egyptian authorities the governor speaks for (the paragraph before: 'as soon as authorities realized that the ship had not arrived'); a clock time without a day is the reference day, Friday 3 February 2006 (the ferry sank in the early hours of that day)"},
 ],
 "actors": [
  {"name": R, "type": "person", "aliases": ["Red Sea provincial Governor Abu Bakr El-Rashidi"]},
  {"name": O, "type": "person", "aliases": ["Andrea Odone", "Odone"]},
  {"name": ET, "type": "organisation", "aliases": ["Egyptian television"]},
  {"name": RT, "type": "organisation", "aliases": ["the Reuters news agency in Safaga"]},
  {"name": EA, "type": "organisation", "aliases": ["Officials", "authorities"]},
 ],
 "notes": [
  "VOA News report of Friday 3 February 2006 (no date line; date from the address, see the meta's published_evidence) on the sinking of the Egyptian ferry Al-Salam Boccaccio 98 in the Red Sea; story red_sea_ferry_2006 (a single item of the story in this round).",
  "Figures claimed by named sources: survivors by Egyptian television; passengers and crew by Andrea Odone of the owning company; the search ships and planes by the governor (inside his quote). 'more than 1,300 people' (headline and lead) are the outlet's own.",
  "Unusual: the copy prints 'she said' after Odone's quote although Odone is 'He' before and after; the speaker is Odone (the only person introduced), speaker_mention 'she' as printed.",
  "Not figures: '3 o'clock' (time of day, part of the date expression), '98' in 'Boccaccio 98' and 'Salam 98' (ship names, designations), 'a few' (not a number), 'many bodies'. 'Reports from the Red Sea say' and 'reports of lifeboats' name no actor. The last paragraph of the stored copy (Odone's quote with '2,000 passengers') was cut mid-word and dropped (see edits).",
  "Actors: 'Officials' (who say weather could have been a factor) and 'authorities' (who realized the ship had not arrived) are one actor, Egyptian authorities, also the 'We' of the governor's quote. Reuters reports ('many bodies') but gives no number. El-Salam Maritime Transport is only described ('the company that owns the ship') and does not act, so it is not listed.",
  "One dated expression only: 'at 3 o'clock in the morning' (quote). 'on schedule', 'en route' are not dates.",
  "second reading: re-read the item in full against FORMAT.md: both split quotes, the trailing commas dropped, 'Four' inside the quote kept as the governor's, passengers (1,318) and people on board (1,300) kept as different quantities, no hedge on 1,318 and 96.",
 ],
}
