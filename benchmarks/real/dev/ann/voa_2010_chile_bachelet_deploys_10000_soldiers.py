Q = "chile_quake_2010:"
MB = "Michelle Bachelet"
SF = "Chilean security forces"
RW = "rescue workers"
US = "U.S. Geological Survey"
LO = "looters"
ANN = {
 "article": "articles/voa_2010_chile_bachelet_deploys_10000_soldiers.txt",
 "gold_out": "gold/voa_2010_chile_bachelet_deploys_10000_soldiers.json",
 "published": "2010-03-01",
 "quotes": [
  {"text": "unparalleled in the history of Chile.", "speaker": MB, "speaker_mention": "Chilean President Michelle Bachelet", "fragment": True,
   "note": "'Chilean President Michelle Bachelet says the ... earthquake ... is an emergency \"unparalleled in the history of Chile.\"': a phrase completing her reported clause; the final '.' inside the marks is kept"},
  {"text": "great", "speaker": US, "speaker_mention": "The U.S. Geological Survey", "fragment": True,
   "note": "'The U.S. Geological Survey says an earthquake with a magnitude of 8 or more is classified as a \"great\" earthquake': the agency's own classification word, inside its reported clause (not a scare quote)"},
 ],
 "figures": [
  {"quantity": Q + "soldiers_deployed", "text": "10000", "value": 10000, "unit": None, "counted": "soldiers deployed to quake regions", "source": None, "approx": None,
   "note": "headline rebuilt from the address ('10000' without comma, as in the slug); outlet's voice"},
  {"quantity": Q + "magnitude", "text": "8.8", "value": 8.8, "unit": None, "counted": "magnitude earthquake", "source": MB, "approx": None,
   "note": "'Bachelet says the 8.8-magnitude earthquake that ... displaced some 2 million people is an emergency ...': inside her reported clause, so claimed by her (as the set reads numbers inside an X-says clause, e.g. gv_2012_guatemala_soldiers_arrested_totonicapan)"},
  {"quantity": Q + "displaced", "text": "2 million", "value": 2000000, "unit": None, "counted": "people displaced by the earthquake", "source": MB, "approx": "around",
   "note": "'displaced some 2 million people', inside Bachelet's reported clause; 'some' -> around"},
  {"quantity": Q + "curfew_looting_arrests", "text": "dozens", "value": None, "vague": True, "unit": None, "counted": "people arrested for violating curfew and looting", "source": SF, "approx": None,
   "note": "'Security forces said Monday they have arrested dozens of people': claimed by the security forces"},
  {"quantity": Q + "soldiers_deployed", "text": "10,000", "value": 10000, "unit": None, "counted": "soldiers sent to the earthquake region", "source": None, "approx": None,
   "note": "'President Bachelet sent 10,000 soldiers': what she did, told in the outlet's voice (not a claim); same key as the headline's 10000"},
  {"text": "thousands", "value": None, "vague": True, "unit": None, "counted": "people living on the streets", "source": None, "approx": None,
   "note": "'promised deliveries ... for the thousands of people living on the streets': outlet's voice (what she promised, not a number she stated)"},
  {"quantity": Q + "killed", "text": "700", "value": 700, "unit": None, "counted": "death toll", "source": None, "approx": "more than",
   "note": "'as the death toll rose to more than 700': outlet's voice ('Officials expect the number to rise' in the next sentence claims the rise, not the 700); VOA of 3 March says 'nearly 800' (same key)"},
  {"quantity": Q + "concepcion_building_trapped", "text": "50", "value": 50, "unit": None, "counted": "people trapped alive in the toppled apartment building", "source": RW, "approx": "up to",
   "note": "'Searchers believe as many as 50 people may be trapped alive in the building': claimed by the searchers; 'as many as' -> up to"},
  {"text": "three kilometers", "value": 3, "unit": "km", "counted": "kilometers the wave surged into San Juan Bautista", "source": None, "approx": "around",
   "note": "'the wave surged almost three kilometers into the town': outlet's voice; 'almost' -> around"},
  {"text": "8", "ctx": "magnitude of 8 or", "value": 8, "unit": None, "counted": "magnitude of a great earthquake", "source": US, "approx": "at least",
   "note": "'an earthquake with a magnitude of 8 or more is classified as a \"great\" earthquake': the USGS's threshold ('The U.S. Geological Survey says'); '8 or more' -> at least"},
 ],
 "events": [
  {"actor": SF, "date": "2010-03-01", "date_text": "Monday", "what": "security forces said they have arrested dozens for curfew violations and looting",
   "note": "'Security forces said Monday they have arrested ...': Monday modifies 'said'; Monday = 1 March 2010, the report's day"},
  {"actor": LO, "date": "2010-02-28", "date_text": "Sunday", "what": "looters ransacked stores in Concepcion",
   "note": "'Looters ransacked stores in Concepcion Sunday': agent of 'ransacked'; Sunday = 28 February 2010"},
  {"actor": None, "date": "2010-02-27", "date_text": "Saturday's", "what": "the early morning earthquake",
   "note": "date on a noun ('Saturday's early morning quake'): natural event, no agent; Saturday = 27 February 2010 (the set writes such dates as 'Saturday's')"},
 ],
 "actors": [
  {"name": MB, "type": "person", "aliases": ["Chilean President Michelle Bachelet", "President Bachelet", "Ms. Bachelet", "The president"]},
  {"name": SF, "type": "organisation", "aliases": ["Security forces"]},
  {"name": RW, "type": "group", "aliases": ["rescue workers", "Rescuers", "Searchers"]},
  {"name": LO, "type": "group", "aliases": ["Looters"]},
  {"name": "Chilean police", "type": "organisation", "aliases": ["Police"]},
  {"name": "Chilean officials", "type": "organisation", "aliases": ["Officials"]},
  {"name": US, "type": "organisation", "aliases": ["The U.S. Geological Survey", "U.S. Geological Survey"]},
 ],
 "notes": [
  "VOA News report of Monday 1 March 2010 (no date line; see the meta's published_evidence) on President Bachelet's response to the 8.8 earthquake of Saturday 27 February 2010; story chile_quake_2010 with voa_2010_chile_quake_crews_search_survivors (3 March, in dev) and gv_2010_chile_8_8_earthquake_strikes (27 February, this folder).",
  "Cross-report keys: chile_quake_2010:magnitude (8.8 here, in the 3 March VOA item and twice in the Global Voices post), chile_quake_2010:killed ('more than 700' here, 'nearly 800' on 3 March), chile_quake_2010:soldiers_deployed (headline 10000 and body 10,000). Bachelet's 'some 2 million' displaced is people displaced, not the 3 March item's '2 million buildings' damaged: different keys.",
  "Claims: Bachelet (8.8 and 2 million, inside her 'says' clause), the security forces (dozens arrested), the searchers (as many as 50 trapped), the USGS (magnitude 8 threshold). The 10,000 soldiers, the toll and the three kilometres are the outlet's.",
  "Not figures: 'second-largest' (ordinal), 'one supermarket' ('at one supermarket' = 'at a supermarket', a determiner, not a count), 'some Chilean coastal towns', 'other parts'. Left out as dates: 'when the quake first hit' (relative, vague), 'early morning' is part of 'Saturday's early morning quake' (the event keeps 'Saturday's').",
  "Undated acts: Bachelet sent soldiers, announced an agreement, promised deliveries, appealed for assistance; police used tear gas (the sentence after 'Sunday' has no date of its own); Officials 'expect the number to rise'. 'The president' (capitalised at the start of its sentence) is Bachelet.",
  "second reading (annotator): re-read the whole item against FORMAT.md sections 1-2: straight quote marks as stored, '.' kept inside the first quote, 'great' as the USGS's word; 'some' -> around, 'more than' 700, 'as many as' -> up to, 'almost' -> around, '8 or more' -> at least; Monday = 1 March, Sunday = 28 February, Saturday's = 27 February 2010.",
 ],
}
