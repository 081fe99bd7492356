CC = "Constitutional Court of Thailand"
SS = "Samak Sundaravej"
ANN = {
 "article": "articles/voa_2008_thai_pm_samak_ordered_to_resign.txt",
 "gold_out": "gold/voa_2008_thai_pm_samak_ordered_to_resign.json",
 "published": "2008-09-09",
 "quotes": [],
 "figures": [
  {"text": "nine", "value": 9, "unit": None, "counted": "members of the court", "source": None, "approx": None,
   "note": "'The nine-member court': the number glued to its noun by a hyphen (as '47' in '47-year-old'); describes the court, outlet's own voice -> null"},
  {"text": "30 days", "value": 30, "unit": "days", "counted": "days the cabinet could stay on as a caretaker government", "source": CC, "approx": None,
   "note": "'The nine-member court said the cabinet must also step down but could stay on as a caretaker government for 30 days': inside what the court said -> the court"},
  {"text": "Thousands", "value": None, "vague": True, "unit": None, "counted": "protesters", "source": None, "approx": None,
   "note": "'Thousands of protesters have surrounded a government compound': vague plural, outlet voice -> null"},
  {"text": "two weeks", "value": 2, "unit": "weeks", "counted": "weeks the protesters have surrounded the compound", "source": None, "approx": None,
   "note": "'for the past two weeks': a duration (a figure, not an event); outlet voice -> null"},
 ],
 "events": [
  {"actor": CC, "date": "2008-09-09", "date_text": "Tuesday", "what": "the Constitutional Court ruled that Samak violated the constitution and must resign",
   "note": "active verb: 'Thailand's Constitutional Court ruled unanimously Tuesday that ...'; Tuesday 9 September 2008, the day of the report"},
  {"actor": "Thai military", "date": "2006", "date_text": "in 2006", "what": "Thaksin Shinawatra deposed by the military",
   "note": "passive with a by-agent: 'Thaksin Shinawatra, who was deposed by the military amid corruption allegations in 2006' -> the military"},
  {"actor": CC, "date": "2008-09-09", "date_text": "today's", "what": "the court's ruling, news of which protesters greeted with cheers",
   "note": "a date on a noun ('today's ruling') in the outlet's voice (not speech): the agent of the ruling is the court, named in the first paragraph; today = 9 September 2008"},
 ],
 "actors": [
  {"name": CC, "type": "organisation", "aliases": ["Thailand's Constitutional Court", "The nine-member court"]},
  {"name": SS, "type": "person", "aliases": ["Prime Minister Samak Sundaravej", "Samak Sundaravej", "Mr. Samak"]},
  {"name": "People Power Party", "type": "organisation", "aliases": ["Mr. Samak's People Power Party", "People Power Party", "his party"]},
  {"name": "Samak's critics", "type": "group", "aliases": ["His critics"]},
  {"name": "Thai military", "type": "organisation", "aliases": ["the military"]},
  {"name": "protesters", "type": "group", "aliases": ["Thousands of protesters", "protesters"]},
 ],
 "notes": [
  "VOA report (no byline) of Tuesday 9 September 2008, kept from the AMP page on VOA's Tibetan service site, on the Constitutional Court's ruling that removed Prime Minister Samak Sundaravej over his TV cooking show; story thailand_samak_ouster_2008 (the only item of the story so far).",
  "Quotes: none. '\"Tasting and Complaining.\"' is the name of the show in quote marks (FORMAT.md: names in quote marks are not quotes); the court's, the party's and the critics' words are all reported without marks.",
  "Figures: 'nine' ('nine-member court', outlet), '30 days' (claimed by the court: 'The nine-member court said ... for 30 days'), 'Thousands' (vague, protesters), 'two weeks' (duration). Not figures: 'One of the cabinet members' (pronoun 'one of', as 'one of the most wanted' in the dev set), '2006' (a year).",
  "Events: 'Tuesday' (the court ruled), 'in 2006' (Thaksin deposed by the military: passive with a by-agent), 'today's' (the ruling: a dated noun whose agent, the court, the text names). Not events: 'immediately said' (vague), 'yet' (vague), 'for the past two weeks' (a duration), 'until he steps down' (no date).",
  "Actors: the court, Samak, the People Power Party ('his party immediately said it would re-elect him'), his critics (accuse him), the military (deposed Thaksin), the protesters (surrounded the compound, greeted the ruling). Not actors: Thaksin Shinawatra (only deposed, an object), the cabinet (only what it must or could do, per the court), the producers.",
  "second reading (annotator): the whole item re-read against FORMAT.md sections 1-2 and the stored copy; checked that the show title is excluded as a name in quote marks, the court as source of '30 days', 'today's' kept as a dated noun with the court as agent, 'One of the cabinet members' excluded; no change.",
 ],
}
