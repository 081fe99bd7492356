K = "haiti_quake_2010:"
G = "Robert M. Gates"
SC = "U.S. Southern Command"
F = "Douglas Fraser"
V = "USS Carl Vinson"
ANN = {
 "article": "articles/dod_2010_haiti_carrier_leaves_mission_continues.txt",
 "gold_out": "gold/dod_2010_haiti_carrier_leaves_mission_continues.json",
 "published": "2010-02-01",
 "quotes": [
  {"text": "It does not mean the beginning of the end", "speaker": G, "speaker_mention": "Gates",
   "note": "'“It does not mean the beginning of the end,” Gates said during a news briefing ...'; the comma before the closing mark is dropped"},
  {"text": "We anticipate being in Haiti for as long as we are needed, and as long as the president wants us to be there and the Haitians want us to be there.",
   "speaker": G, "speaker_mention": "Gates",
   "note": "the second quote of the paragraph follows the sentence 'Gates said during a news briefing ...' and has no cue of its own: the speaker is named a sentence before"},
 ],
 "figures": [
  {"text": "Ten", "value": 10, "unit": None, "counted": "embarked helicopters of the Carl Vinson remaining with Joint Task Force-Haiti", "source": "officials", "approx": None,
   "note": "'Ten of its embarked helicopters will remain ..., officials said': unnamed officials claim it"},
  {"text": "three", "value": 3, "unit": None, "counted": "Army aviation units whose elements Fraser plans to release", "source": F, "approx": None,
   "note": "'Fraser said he also plans to release elements of three Army aviation units'"},
  {"quantity": K+"us_ships_supporting", "text": "19", "value": 19, "unit": None, "counted": "U.S. Navy, Coast Guard and Military Sealift Command ships supporting the relief effort", "source": SC, "approx": None,
   "note": "'As of today, 19 ... ships continue to support the relief effort, ... Southcom reported': the claimant closes the sentence. Shares us_ships_supporting with the '15 nearby vessels' of the peak given by Southcom officials on 1 June (dod_2010_southcom_completes_haiti_response): U.S. ships supporting the Haiti response, counted on two dates (and the two do not agree: 19 on 1 February against 15 at the peak)"},
  {"text": "seven", "value": 7, "unit": None, "counted": "additional U.S. military and civilian ships en route", "source": SC, "approx": None,
   "note": "same sentence, same claimant (Southcom reported); ships on the way, not those supporting now"},
 ],
 "events": [
  {"actor": G, "date": "2010-02-01", "date_text": "today", "what": "Gates told reporters the carrier's release does not signal a winding down", "ctx": "told reporters today",
   "note": "'Defense Secretary Robert M. Gates told reporters today': Monday 1 February 2010 (dateline); the dateline 'WASHINGTON, Feb. 1, 2010 –' itself is not an event"},
  {"actor": SC, "date": "2010-02-01", "date_text": "today", "what": "Southern Command announced Fraser had released USS Carl Vinson", "ctx": "announced today",
   "note": "'U.S. Southern Command announced today that ...': the date modifies 'announced', whose subject is Southern Command"},
  {"actor": V, "date": "2010-01-15", "date_text": "Jan. 15", "what": "USS Carl Vinson arrived in Haiti",
   "note": "'the ... mission it has supported since arriving in Haiti Jan. 15': 'it' is USS Carl Vinson, the subject of 'arriving'; Friday 15 January 2010 (year from the dateline)"},
  {"actor": None, "date": "2010-01-12", "date_text": "Jan. 12", "what": "earthquake in Haiti",
   "note": "a date on a noun ('the Jan. 12 earthquake'): no agent. 'in the days immediately after' the earthquake (when the ships joined the Vinson) is vague and not annotated on its own"},
  {"actor": None, "date": "2010-02-01", "date_text": "As of today", "what": "19 U.S. ships supporting the relief effort, seven more en route (Southcom tally)",
   "note": "'As of today' dates a tally ('19 ... ships continue to support ..., and seven ... are en route'); the subject is a counted set of ships, not a named actor, and Southern Command is the claimant, not the agent: null (as 'as of April 18, 28 people confirmed dead' elsewhere)"},
 ],
 "actors": [
  {"name": G, "type": "person", "aliases": ["Defense Secretary Robert M. Gates", "Gates"]},
  {"name": SC, "type": "organisation", "aliases": ["U.S. Southern Command", "Southcom"]},
  {"name": F, "type": "person", "aliases": ["Air Force Gen. Douglas Fraser", "Fraser"]},
  {"name": V, "type": "organisation", "aliases": ["the U.S. Navy aircraft carrier USS Carl Vinson", "USS Carl Vinson", "the Vinson"]},
  {"name": "officials", "type": "group", "aliases": ["officials"]},
 ],
 "notes": [
  "American Forces Press Service story by Donna Miles on defense.gov, dateline Washington Monday 1 February 2010: Southern Command releases the carrier USS Carl Vinson from the Haiti earthquake relief mission; story haiti_quake_2010 (see dod_2010_haiti_gates_mullen_aid_streaming for the list of items).",
  "Two quotes of Gates in one paragraph: the first attributed after it ('Gates said during a news briefing ...'), the second with no cue of its own (speaker named in the sentence before).",
  "Figures: 'Ten' helicopters (officials), 'three' Army aviation units (Fraser), 19 ships and seven more en route (Southcom reported). The 19 ships share haiti_quake_2010:us_ships_supporting with the 15 vessels at the peak in the June item.",
  "Not figures: 'fiscal 2011' and '2010 Quadrennial Defense Review' (years naming a budget and a review; not dated events either), 'the first Navy ships' (ordinal), 'Feb. 1, 2010' (dateline), 'Jan. 15', 'Jan. 12' (dates).",
  "Events: 'today' twice (Gates told reporters; Southern Command announced), 'Jan. 15' (the Vinson arrived: the ship is the agent of 'arriving'), 'Jan. 12' (the earthquake, null), 'As of today' (a tally, null). Fraser's releases and plans carry no date of their own ('Meanwhile' is not a date).",
  "Actors: USS Carl Vinson is listed because it arrives (the agent of 'arriving'); USS Bunker Hill and USNS Henson are only released and are not listed. 'the president' (in Gates's quote) and 'the Haitians' are not actors here. 'Joint Task Force-Haiti'/'JTF-Haiti' does not act in the text.",
  "second reading (annotator): quote spans checked against the curly marks (one trailing comma dropped, the second quote's final full stop kept); 15 January 2010 was a Friday and 1 February 2010 a Monday; the two 'today' pinned by ctx; 'relief efforts..' kept as printed; no change.",
 ],
}
