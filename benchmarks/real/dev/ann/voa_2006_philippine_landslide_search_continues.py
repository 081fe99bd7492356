RW = "rescue workers"
OF = "Philippine officials"
Q = "leyte_landslide_2006:"
ANN = {
 "article": "articles/voa_2006_philippine_landslide_search_continues.txt",
 "gold_out": "gold/voa_2006_philippine_landslide_search_continues.json",
 "published": "2006-02-21",
 "quotes": [],
 "figures": [
  {"quantity": Q + "feared_dead", "text": "one thousand", "value": 1000, "unit": None, "counted": "people feared dead", "source": None, "approx": "more than",
   "note": "'More than one thousand people are feared dead.': outlet's voice (no one is said to fear it)"},
  {"quantity": Q + "bodies_recovered", "text": "100", "value": 100, "unit": None, "counted": "bodies recovered so far", "source": None, "approx": "less than",
   "note": "'Fewer than 100 bodies have been recovered so far.': passive without agent, outlet's voice; 'Fewer than' -> less than; same quantity as 'At least 15 bodies have been recovered' of 17 February"},
 ],
 "events": [
  {"actor": RW, "date": "2006-02-21", "date_text": "today (Tuesday)", "what": "rescue workers concentrating on reaching the buried school",
   "note": "'Rescue workers ... are concentrating today (Tuesday) on reaching a school': agent of 'are concentrating'; 'today' in the outlet's own voice (not in speech), glossed 'Tuesday' = 21 February 2006, the report's day"},
  {"actor": None, "date": "2006-02-17", "date_text": "Friday's", "what": "the landslide that buried the school", "ctx": "Friday's landslide",
   "note": "date on a noun ('Friday's landslide'): a natural event, no agent; Friday 17 February 2006"},
  {"actor": None, "date": "2006-02-20", "date_text": "on Monday", "what": "sensing equipment picked up sounds at the site",
   "note": "'Sensing equipment picked up sounds at the site on Monday': the subject is equipment, not an agent (as vehicle subjects in the set are left without agent); the officials only comment on it undated"},
  {"actor": None, "date": "2006-02-20", "date_text": "since Monday", "what": "no sounds heard",
   "note": "'Sounds have not been heard since Monday.': passive without agent"},
  {"actor": None, "date": "2006-02-17", "date_text": "since Friday", "what": "no survivors found",
   "note": "'No survivors have been found since Friday.': passive without agent; Friday 17 February 2006, the day of the landslide"},
 ],
 "actors": [
  {"name": RW, "type": "group", "aliases": ["Emergency workers in the Philippines", "Rescue workers", "rescue crews"]},
  {"name": OF, "type": "organisation", "aliases": ["officials"]},
 ],
 "notes": [
  "VOA News report of Tuesday 21 February 2006 (VOA's English item on voacambodia.com; no date line, date from the address and 'today (Tuesday)', see the meta's published_evidence) on the search at Guinsaugon, Southern Leyte, four days after the landslide of Friday 17 February; story leyte_landslide_2006 with voa_2006_philippine_landslide_buries_village (17 February).",
  "Cross-report figures: bodies recovered 'Fewer than 100' here against 'At least 15' on 17 February (leyte_landslide_2006:bodies_recovered). 'More than one thousand people are feared dead' has its own key (:feared_dead): the 17 February item gives the missing ('hundreds') and the village's population ('More than 1,000 people lived in the village'), which are other quantities.",
  "Actors: 'Emergency workers in the Philippines' (who say the equipment failed), 'Rescue workers' (who concentrate on the school) and 'rescue crews' (whose work is slowed) are one group; 'officials' (who were unsure about the noises) are listed apart. U.S. Marines and the personnel from Malaysia and Taiwan are only members of the crews and do not act on their own; Malaysia and Taiwan are places of origin.",
  "Not figures: 'No survivors' (no number), 'any any noise' (the doubled word kept as printed, see edits). No quotes (no quote marks).",
  "second reading: re-read the item in full against FORMAT.md: Monday = 20 February, Friday = 17 February 2006; 'today (Tuesday)' kept as one expression; 'Fewer than' -> less than; every event without an agent checked (equipment subject, two passives, natural event).",
 ],
}
