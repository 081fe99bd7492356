RC = "Philippine Red Cross"
GA = "Gloria Arroyo"
RS = "rescuers"
US = "United States"
GMA = "GMA television"
SV = "landslide survivor"
Q = "leyte_landslide_2006:"
ANN = {
 "article": "articles/voa_2006_philippine_landslide_buries_village.txt",
 "gold_out": "gold/voa_2006_philippine_landslide_buries_village.json",
 "published": "2006-02-17",
 "quotes": [
  {"text": "The full resources of the government are being harnessed to bring the biggest possible rescue and relief resources to you the fastest way possible", "speaker": GA, "speaker_mention": "Gloria Arroyo", "fragment": False,
   "note": "'\"...,\" said Gloria Arroyo' (trailing comma dropped); introduced in the paragraph before as 'President Gloria Arroyo promised swift aid'"},
 ],
 "figures": [
  {"quantity": Q + "missing", "text": "Hundreds", "value": None, "vague": True, "unit": None, "counted": "people missing", "source": None, "approx": None, "ctx": "Hundreds Missing",
   "note": "headline 'Philippine Landslide Buries Village - Hundreds Missing': outlet's voice (the Red Cross is named only in the body)"},
  {"quantity": Q + "bodies_recovered", "text": "15", "value": 15, "unit": None, "counted": "bodies recovered", "source": None, "approx": "at least",
   "note": "'At least 15 bodies have been recovered.': outlet's voice, passive without agent; the next sentence ('The Red Cross says hundreds are missing ...') claims the missing, not the bodies"},
  {"quantity": Q + "missing", "text": "hundreds", "value": None, "vague": True, "unit": None, "counted": "people missing", "source": RC, "approx": None, "ctx": "says hundreds",
   "note": "'The Red Cross says hundreds are missing'"},
  {"text": "Dozens", "value": None, "vague": True, "unit": None, "counted": "U.S. troops in the Philippines for a joint military exercise", "source": None, "approx": None,
   "note": "vague plural, outlet's voice"},
  {"quantity": Q + "village_population", "text": "1,000", "value": 1000, "unit": None, "counted": "people lived in the village", "source": None, "approx": "more than",
   "note": "'More than 1,000 people lived in the village.': outlet's voice; the village's population, not a toll"},
  {"text": "10", "value": 10, "unit": "days", "counted": "days of heavy rains on Leyte", "source": None, "approx": "around",
   "note": "'for about 10 days' -> around"},
  {"quantity": Q + "earlier_landslides_killed", "text": "20", "value": 20, "unit": None, "counted": "people killed in landslides earlier this week", "source": None, "approx": "more than",
   "note": "'More than 20 people were killed in landslides earlier this week on the island': earlier landslides, not the Guinsaugon toll"},
 ],
 "events": [
  {"actor": RS, "date": "2006-02-17", "date_text": "all day Friday", "what": "rescuers dug by hand for survivors in Guinsaugon",
   "note": "'Desperate rescuers dug by hand for survivors all day Friday': agent of 'dug'; Friday = the day of the report, 17 February 2006"},
  {"actor": None, "date": "2006-02-17", "date_text": "early Friday morning", "what": "the wall of mud collapsed on the village",
   "note": "'The wall of mud collapsed on the village early Friday morning': natural event, no agent"},
  {"actor": None, "date": "2006-02-13/2006-02-19", "date_text": "earlier this week", "what": "more than 20 people killed in landslides on Leyte",
   "note": "passive without agent ('were killed in landslides'); 'earlier this week' written as the report's ISO week (Monday 13 to Sunday 19 February 2006), as FORMAT.md writes 'earlier this month' as the month"},
  {"actor": GA, "date": "2006-02-13/2006-02-19", "date_text": "this week", "what": "Arroyo ordered government agencies to prepare for an early and prolonged rainy season", "ctx": "Arroyo this week",
   "note": "'President Arroyo this week ordered government agencies ...': agent of 'ordered'; the ISO week of the report"},
 ],
 "actors": [
  {"name": RC, "type": "organisation", "aliases": ["The Red Cross", "The Philippine Red Cross"]},
  {"name": GA, "type": "person", "aliases": ["President Gloria Arroyo", "Gloria Arroyo", "President Arroyo"]},
  {"name": RS, "type": "group", "aliases": ["Desperate rescuers"]},
  {"name": US, "type": "country", "aliases": ["the United States"]},
  {"name": GMA, "type": "organisation", "aliases": ["Manila's GMA television"]},
  {"name": SV, "type": "person", "aliases": ["One survivor", "The man"]},
 ],
 "notes": [
  "VOA News report of Friday 17 February 2006 (VOA's English item on voatibetan.com; no date line, date from the address, see the meta's published_evidence) on the landslide that buried Guinsaugon, Southern Leyte, that morning; story leyte_landslide_2006 with voa_2006_philippine_landslide_search_continues (21 February).",
  "Cross-report figures: bodies recovered 'At least 15' here, 'Fewer than 100' on 21 February (leyte_landslide_2006:bodies_recovered). The missing ('hundreds', headline and the Red Cross) and the village's population ('More than 1,000 people lived in the village') are not the same quantity as the 21 February 'More than one thousand people are feared dead' (feared dead, not missing or residents), so they get their own keys.",
  "Not quotes: '\"La Nina\"' is the name of a weather phenomenon in quote marks. The survivor's words are reported speech without marks ('One survivor told Manila's GMA television that ...', 'The man says ...').",
  "Not figures: 'One survivor' (a determiner: 'a survivor', not a count), 'one of its Navy ships' ('one of', a pronoun, as 'one of the most sought-after' in the Karadžić item); 'the size of houses'. The United States 'says it is sending' a ship (no number, no date): actor without event.",
  "Undated acts: the Red Cross 'is sending relief supplies', Arroyo 'promised swift aid', Navy and Coast Guard ships 'are rushing' (vehicles, not listed), 'Rescue efforts are being hampered' (passive). 'Leyte has experienced heavy rains for about 10 days' is a duration, not a date.",
  "second reading: re-read the item in full against FORMAT.md: weekdays (Friday 17 February 2006 is the report's day), the two 'this week' expressions pinned apart ('earlier this week' and 'Arroyo this week'), 'Hundreds'/'hundreds' pinned by ctx, hedges 'At least', 'More than', 'about' kept.",
 ],
}
