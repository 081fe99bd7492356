Q = "sago_mine_2006:"
ANN = {
 "article": "articles/wn_2006_sago_13_miners_trapped.txt",
 "gold_out": "gold/wn_2006_sago_13_miners_trapped.json",
 "published": "2006-01-03",
 "quotes": [],
 "figures": [
  {"quantity": Q+"trapped", "text": "13", "value": 13, "unit": None, "counted": "coal miners trapped", "source": None, "approx": None, "ctx": "13 coal miners trapped",
   "note": "headline, outlet's voice"},
  {"quantity": Q+"trapped", "text": "13", "value": 13, "unit": None, "counted": "American coal miners trapped", "source": None, "approx": None, "ctx": "13 American coal miners",
   "note": "outlet's voice"},
  {"quantity": Q+"depth_inside_mine", "text": "2", "ctx": "2 miles", "value": 2, "unit": "miles", "counted": "miles inside the Sago coal mine", "source": None, "approx": None,
   "note": "conversion '2 miles (3 kilometers)': two figures, one key; text is the number only ('12' in '12 miles')"},
  {"quantity": Q+"depth_inside_mine", "text": "3", "ctx": "3 kilometers", "value": 3, "unit": "km", "counted": "kilometers inside the Sago coal mine", "source": None, "approx": None},
  {"text": "1,400", "value": 1400, "unit": None, "counted": "feet from the location of the miners", "source": None, "approx": None,
   "note": "'at last report they were 1,400 feet from the location of the miners': the report is not named (null); feet are not a unit of the kit, so unit null as for other items' feet"},
 ],
 "events": [
  {"actor": None, "date": "2006-01-02", "date_text": "since 6:40 am Eastern, Monday, January 2", "what": "miners trapped since the methane explosion",
   "note": "'They were trapped since ...': passive without agent (the explosion is not an agent) -> null; Monday, January 2 is 2 January 2006"},
  {"actor": None, "date": "1968", "date_text": "1968", "what": "mining disaster in which Manchin lost an uncle",
   "note": "a year on the noun 'disaster' ('a 1968 mining disaster'): no agent -> null"},
 ],
 "actors": [
  {"name": "Joe Manchin", "type": "person", "aliases": ["Governor Joe Manchin"]},
  {"name": "miners' families", "type": "group", "aliases": ["families who held a vigil in the Sago Baptist Church"]},
 ],
 "notes": [
  "Wikinews report of Tuesday 3 January 2006 (verbatim copy on the mirror site tutor1.net) on the Sago coal mine explosion of Monday 2 January 2006 in West Virginia: 13 miners trapped; story sago_mine_2006 with wn_2006_sago_12_miners_found_dead (4 January).",
  "No quotes. All figures are in the outlet's voice ('at last report' names no reporter). Keys: sago_mine_2006:trapped (headline and body 13); sago_mine_2006:depth_inside_mine (2 miles, 3 kilometers: a conversion). The 4 January item gives the dead (12) and the survivors (1), other quantities.",
  "Not figures: '6:40' (time of day, part of the date expression), '1968' (a year), 'an uncle' (article), '2' in 'January 2' (part of the date).",
  "Events: 'since 6:40 am Eastern, Monday, January 2' (one expression: time, weekday and date; passive 'were trapped', null) and '1968' (the disaster, null). 'at last report' is vague; 'Rescue operations have commenced' and 'is there' carry no date.",
  "Actors: Governor Joe Manchin (present at the church) and the families who held a vigil act; neither is dated.",
  "second reading: re-read the whole item against FORMAT.md sections 1-2: no quote marks in the text; every number token (13 x2, 2, 3, 1,400; '6:40', '2', '1968' are parts of dates) and the two date expressions.",
 ],
}
