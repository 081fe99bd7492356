S = "nigeria_fuel_subsidy_strike_2012:"
JO = "Julia Obgede"
HR = "House of Representatives"
ANN = {
 "article": "articles/voa_2012_nigeria_strike_three_killed.txt",
 "gold_out": "gold/voa_2012_nigeria_strike_three_killed.json",
 "published": "2012-01-09",
 "quotes": [
  {"text": "So we are seeing the government as very, very mean. Not just insensitive, but mean and wicked to people, after we have supported him so much. I am ready anywhere, any time, so to hell with Jonathan",
   "speaker": JO, "speaker_mention": "Obgede", "fragment": False,
   "note": "single quote marks; the comma before the closing mark is dropped; attribution 'said Obgede' follows; the speaker is introduced in full in the paragraph before ('Delta State University lecturer Julia Obgede')"},
 ],
 "figures": [
  {"quantity": S + "killed_clashes_jan9", "text": "3", "ctx": "3 Killed", "value": 3, "counted": "killed as Nigerians strike", "source": None,
   "note": "headline '3 Killed as Nigerians Strike ...': the same toll as the lead's 'at least three people' (same key); no claimant"},
  {"quantity": S + "killed_clashes_jan9", "text": "three", "value": 3, "approx": "at least", "counted": "people killed in clashes with police", "source": None,
   "note": "'The protests sparked clashes with police that have killed at least three people': VOA's own voice; 'at least' -> at least. Not the same quantity as the 8 January item's 'at least one person dead' (protests before the strike began)"},
  {"text": "Thousands", "value": None, "vague": True, "counted": "people across Nigeria observing the start of the strike", "source": None,
   "note": "'Thousands across Nigeria observed the beginning of an indefinite strike': vague plural, no claimant"},
  {"text": "18", "value": 18, "counted": "people reported injured in Kano", "source": None,
   "note": "'18 people were reported injured in Kano when police opened fire': passive 'were reported' without agent, so no claimant"},
 ],
 "events": [
  {"actor": None, "date": "2012-01-09", "date_text": "Monday", "what": "mass strikes and protests against the end of the fuel subsidy took place",
   "note": "'Mass strikes and protests ... took place as planned Monday in Nigeria': the subject is the strikes and protests themselves with an intransitive verb; no agent is named in the clause (as the 8 January item's 'strike ... scheduled to begin today (Monday)': null). Monday = the day of the report, 9 January 2012"},
  {"actor": None, "date": "2012-01-08", "date_text": "on Sunday", "what": "emergency session held in the House of Representatives to avert the shutdown",
   "note": "'an emergency session held in the House of Representatives on Sunday': the date modifies the passive participle 'held', which has no by-agent ('in the House of Representatives' names the place); the last paragraph says 'the House of Representatives held a special session', but, as for 'was sentenced today' with the judge named elsewhere (dev convention), a passive without agent stays null. Sunday = 8 January 2012"},
 ],
 "actors": [
  {"name": JO, "type": "person", "aliases": ["Delta State University lecturer Julia Obgede", "Julia Obgede", "Obgede"]},
  {"name": "Nigerian unions", "type": "group", "aliases": ["Nigerian unions"]},
  {"name": HR, "type": "organisation", "aliases": ["House of Representatives"]},
  {"name": "police", "type": "organisation", "aliases": ["police"]},
 ],
 "notes": [
  "VOA report by Nick Loomis (Dakar) dated Monday 9 January 2012, the first day of Nigeria's general strike against the end of the fuel subsidy (kept from a web mirror of a gopher archive of VOA's feed); story nigeria_fuel_subsidy_strike_2012 with voa_2012_nigeria_strike_to_proceed_despite_court (8 January, the eve) and voa_2012_nigeria_unions_end_fuel_strike (16 January, the end).",
  "Cross-item figures: the two items already in the story share no quantity with this one: their tolls are 'at least one person dead' in the protests before the strike (8 January, claimed by protesters), and their prices and the $8 billion subsidy do not appear here. The headline '3' and the lead's 'at least three' share nigeria_fuel_subsidy_strike_2012:killed_clashes_jan9.",
  "Quotes: one, Obgede's words, attributed by 'said Obgede' after the quote and introduced by full name and role in the previous paragraph. Not quotes: none other in the text.",
  "Not figures: 'very, very', 'any time', 'most protest', 'many Nigerians' (no number), 'the only benefit' (not a count). Not events: 'in the past' (vague), 'as planned' (no date); 'held a special session' in the last paragraph has no date expression of its own.",
  "Actors: Obgede (speaks), the unions (called the strike, undated), the House of Representatives (held the session and produced a motion, undated in that clause), police (opened fire, undated). President Goodluck Jonathan and the government are mentioned but do not act or speak in the text (Jonathan 'has enjoyed popularity' is a state) and are not actors.",
  "Second careful read of the whole item against FORMAT.md sections 1-2 done by the annotator (single-quote marks and the dropped trailing comma, headline '3' and 'at least three' sharing one key, 'Monday'/'on Sunday' against Monday 9 January 2012, the passive 'held' without agent).",
 ],
}
