S = "bangkok_red_shirts_2010"
PR = "Thai protesters"
SF = "Thai security forces"
ANN = {
 "article": "articles/wn_2010_thai_police_protesters_clash_one_dead.txt",
 "gold_out": "gold/wn_2010_thai_police_protesters_clash_one_dead.json",
 "published": "2010-04-29",
 "quotes": [
  {"text": "very tense and intense standoff.", "speaker": "media", "speaker_mention": "media", "fragment": True,
   "note": "'in what media reported as being a “...”': words of unnamed media reports; final full stop inside the marks kept"},
 ],
 "figures": [
  {"quantity": S + ":dead_apr29_highway_clash", "text": "one", "value": 1, "unit": None, "counted": "dead in the clashes", "source": None, "approx": "at least", "ctx": "at least one dead",
   "note": "headline, 'at least one dead'; the outlet's voice"},
  {"quantity": S + ":dead_apr29_highway_clash", "text": "one", "value": 1, "unit": None, "counted": "soldier killed", "source": None, "approx": "at least", "ctx": "at least one soldier",
   "note": "'killing at least one soldier'; the outlet's voice ('what media reported' governs only the quoted description of the standoff)"},
  {"quantity": S + ":injured_apr29_highway_clash", "text": "eighteen", "value": 18, "unit": None, "counted": "more wounded", "source": None, "approx": None, "ctx": "wounding eighteen more",
   "note": "'wounding eighteen more' (no hedge in this sentence); same count as 'at least eighteen injured' below"},
  {"quantity": S + ":dead_apr29_highway_clash", "text": "one", "value": 1, "unit": None, "counted": "dead among the casualties of the fighting", "source": None, "approx": None, "ctx": "included one dead",
   "note": "'Casualties of the fighting included one dead — a soldier ...'"},
  {"quantity": S + ":injured_apr29_highway_clash", "text": "eighteen", "value": 18, "unit": None, "counted": "injured", "source": None, "approx": "at least", "ctx": "at least eighteen injured"},
  {"text": "eight", "value": 8, "unit": None, "counted": "demonstrators among the injured", "source": None, "approx": None, "ctx": "including eight demonstrators",
   "note": "a part of the eighteen injured, not the same quantity"},
  {"text": "seven", "value": 7, "unit": "weeks", "counted": "weeks the demonstrators have paralyzed Bangkok", "source": None, "approx": None, "ctx": "past seven weeks",
   "note": "'for the past seven weeks': a duration figure (not an event)"},
  {"text": "26", "value": 26, "unit": None, "counted": "people killed in the protests", "source": None, "approx": "at least",
   "note": "cumulative toll of seven weeks of protests (including the 10 April clash), not the same quantity as the dead of this day's clash nor as the VOA item's 24 dead of the 10 April clash"},
 ],
 "events": [
  {"actor": PR + " and " + SF, "date": "2010-04-29", "date_text": "today", "what": "protesters clashed with government police outside central Bangkok, one soldier killed, eighteen wounded",
   "note": "'Protesters in Thailand clashed today with government police': 'clashed with' gives a joint actor (as in the dev items on the 2012 Bangkok rally and Bishkek 2010). 'today' = the date line, Thursday 29 April 2010 (other outlets place this highway clash on 28 April, Bangkok time; the gold follows the text)"},
  {"actor": None, "date": "2006", "date_text": "in 2006", "what": "Thaksin Shinawatra ousted in a coup",
   "note": "passive without a by-agent ('he was ousted in a coup in 2006'): actor null"},
 ],
 "actors": [
  {"name": PR, "type": "group", "aliases": ["Protesters in Thailand", "protesters", "a convoy of protesters", "the demonstrators", "The demonstrators", "the protestors"]},
  {"name": SF, "type": "organisation", "aliases": ["government police", "Thai security forces", "police", "government forces", "Government forces"]},
  {"name": "media", "type": "group", "aliases": ["media"]},
  {"name": "Abhisit Vejjajiva", "type": "person", "aliases": ["Abhisit Vejjajiva", "the Thai prime minister, Abhisit Vejjajiva"]},
  {"name": "Thaksin Shinawatra", "type": "person", "aliases": ["former PM Thaksin Shinawatra", "Thaksin Shinawatra"]},
 ],
 "notes": [
  "Wikinews report dated Thursday 29 April 2010 (date line), kept from a verbatim repost on teamjohto.com; headline rebuilt from the Wikinews title in the repost's 'Retrieved from' line. Story bangkok_red_shirts_2010 with the VOA items of 13 March, 14 and 15 May 2010 (dev) and voa_2010_thai_protest_leaders_escape_capture (16 April, this folder).",
  "Keys: the dead of this day's highway clash (headline 'at least one', 'at least one soldier', 'one dead') share bangkok_red_shirts_2010:dead_apr29_highway_clash; the injured ('eighteen more', 'at least eighteen') share :injured_apr29_highway_clash. The 26 killed in seven weeks of protests is a cumulative toll and has no key here (no other item of the story counts the same scope).",
  "Only one quote: the description 'very tense and intense standoff.' attributed to 'media' (unnamed), speaker the group actor 'media'. 'according to reports' (paragraph 4) attributes the firing, not a number.",
  "Events: 'today' (the clash, joint actor protesters and security forces) and 'in 2006' (passive, null). 'for the past seven weeks' is a duration: a figure, not an event. Not figures: '2006' (year); 'both' (not a number).",
  "Aliases: 'police' ('which police had been authorized to use') and 'government police' are counted with the security forces as one actor, since the text uses them for the same force it says clashed with the protesters.",
  "Second reading: re-read the whole item against FORMAT.md sections 1-2 (quote text and final stop, hedges 'at least' on the headline and lead but not on 'eighteen more', duration figure, event dates against the date line, actor aliases exact and unshared); no changes needed after build.",
 ],
}
