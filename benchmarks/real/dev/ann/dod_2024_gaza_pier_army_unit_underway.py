B = "7th Transportation Brigade"
ANN = {
 "article": "articles/dod_2024_gaza_pier_army_unit_underway.txt",
 "gold_out": "gold/dod_2024_gaza_pier_army_unit_underway.json",
 "published": "2024-03-12",
 "quotes": [],
 "figures": [
  {"text": "two", "value": 2, "unit": "days", "counted": "days between Biden's call and the first watercraft's departure", "source": None, "approx": "less than", "ctx": "less than two days",
   "note": "'less than two days after President Joe Biden called on the military ...': a duration in the outlet's voice; 'less than' -> less than"},
  {"quantity": "gaza_pier_2024:army_vessels_sailed_mar12", "text": "four", "value": 4, "unit": None, "counted": "more Army vessels that set sail from Joint Base Langley-Eustis", "source": None, "approx": None,
   "note": "'Today, four more Army vessels set sail ...': narration; the four are then named (Monterrey, Matamoros, SP4 James A. Loux, Wilson Wharf). Not the same quantity as the '5 ships' underway in dod_2024_gaza_pier_jble_units_deploy (that total includes the first vessel, which sailed earlier)"},
 ],
 "events": [
  {"actor": None, "date": "2024-03-12", "date_text": "Today", "what": "four more Army vessels set sail from Joint Base Langley-Eustis",
   "note": "'Today, four more Army vessels set sail': the vessels are things, not actors (as the helicopters that 'arrived today' in dod_2010_pakistan_marine_helicopters_join), so no actor; 'Today' = the date line's Tuesday 12 March 2024"},
 ],
 "actors": [
  {"name": B, "type": "organisation", "aliases": ["The specialized Army unit", "the 7th Transportation Brigade", "The brigade"]},
  {"name": "Joe Biden", "type": "person", "aliases": ["President Joe Biden"]},
 ],
 "notes": [
  "DOD News story by Joseph Clark of Tuesday 12 March 2024 on the Army watercraft leaving Virginia for the Gaza pier mission; story gaza_pier_2024 with dod_2024_gaza_pier_dod_to_construct (8 March) and dod_2024_gaza_pier_jble_units_deploy (12 March). The stored copy is cut inside the first quotation (Col. Miller's 'This is Army watercraft's moment, and we'), which is dropped, so the item has no quotes.",
  "Not events: 'less than two days after President Joe Biden called on the military ... during his State of the Union Address' is a span relative to an undated event, not a date expression (the first watercraft's departure is not dated in the text); 'weekslong' is a duration.",
  "Not figures: 'first' and 'several' ('The first of several watercraft': ordinal and a vague determiner not of the number words listed), '7th', 'XVIII' and 'SP4' (designations). The brigade is the agent of 'has wasted no time' and 'began the weekslong transit' (undated); Biden 'called on the military' (undated except relatively).",
  "Second reading against FORMAT.md (whole item re-read): the two figures (a 'less than' duration in days, the four vessels), the null actor of 'set sail' and the omitted relative spans checked; no change.",
 ],
}
