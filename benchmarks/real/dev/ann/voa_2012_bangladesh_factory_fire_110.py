FO = "Bangladeshi fire officials"
AU = "Bangladeshi authorities"
FF = "Firefighters"
BCWS = "Bangladesh Center for Workers Solidarity"
PO = "Police"
ANN = {
 "article": "articles/voa_2012_bangladesh_factory_fire_110.txt",
 "gold_out": "gold/voa_2012_bangladesh_factory_fire_110.json",
 "published": "2012-11-25",
 "quotes": [],
 "figures": [
  {"quantity": "bangladesh_tazreen_fire_2012:deaths", "text": "110", "value": 110, "unit": None, "counted": "killed in the factory fire", "source": FO, "approx": "at least", "ctx": "Kills At Least 110",
   "note": "headline in VOA's voice; the claimant opens the next sentence ('Fire officials say ... at least 110 people'), as in the Burma cyclone model"},
  {"quantity": "bangladesh_tazreen_fire_2012:deaths", "text": "110", "value": 110, "unit": None, "counted": "people", "source": FO, "approx": "at least", "ctx": "at least 110 people",
   "note": "'Fire officials say a lack of emergency exits contributed to the deaths of at least 110 people'"},
  {"text": "several hours", "value": None, "vague": True, "unit": "hours", "counted": "hours firefighters fought the blaze", "source": None, "approx": None,
   "note": "vague duration in VOA's voice"},
  {"text": "4,000", "value": 4000, "unit": None, "counted": "garment factories in Bangladesh", "source": None, "approx": "around",
   "note": "'about 4,000' in VOA's voice"},
  {"text": "$20 billion", "value": 2e10, "unit": "USD", "counted": "earned annually from exporting clothing", "source": None, "approx": "around",
   "note": "'about $20 billion annually' in VOA's voice"},
  {"text": "11", "value": 11, "unit": None, "counted": "people killed in the overpass collapse in Chittagong", "source": AU, "approx": "at least", "ctx": "at least 11 people",
   "note": "'authorities say the girders ... have collapsed, killing at least 11 people': a separate accident, no key"},
  {"text": "dozens", "value": None, "vague": True, "unit": None, "counted": "people missing in the Chittagong collapse", "source": PO, "approx": None,
   "note": "'Police say dozens of people are missing' (the overpass collapse)"},
 ],
 "events": [
  {"actor": AU, "date": "2012-11-25", "date_text": "Sunday", "what": "said the blaze broke out the night before", "ctx": "Authorities said Sunday",
   "note": "'Authorities said Sunday that ...': Sunday modifies 'said', whose subject is the authorities"},
  {"actor": None, "date": "2012-11-24", "date_text": "the night before", "what": "the blaze broke out on the ground floor of the factory",
   "note": "'the blaze broke out ... the night before' (before Sunday 25 November): a fire breaking out has no agent; the night of Saturday 24 November 2012"},
  {"actor": None, "date": "2012-11-24", "date_text": "Saturday evening", "what": "overpass girders crashed in Chittagong",
   "note": "'Officials say the girders crashed Saturday evening': the date modifies 'crashed', whose subject is the girders (no agent); the officials only report it"},
 ],
 "actors": [
  {"name": FO, "type": "organisation", "aliases": ["Fire officials"]},
  {"name": AU, "type": "organisation", "aliases": ["Authorities", "authorities", "Officials"]},
  {"name": FF, "type": "group", "aliases": ["Firefighters"]},
  {"name": BCWS, "type": "organisation", "aliases": ["Bangladesh Center for Workers Solidarity", "A director for the Bangladesh Center for Workers Solidarity"]},
  {"name": PO, "type": "organisation", "aliases": ["Police"]},
 ],
 "notes": [
  "VOA report (no byline) of Sunday 25 November 2012 on the Tazreen Fashion factory fire near Dhaka on the night of Saturday 24 November 2012; story bangladesh_tazreen_fire_2012 (one item in this round). The fire death toll (headline and first sentence, claimed by fire officials) shares bangladesh_tazreen_fire_2012:deaths.",
  "Two accidents: the factory fire and, 'Meanwhile', an overpass collapse in Chittagong (11 dead, claimed by the authorities; dozens missing, claimed by police), not the same quantity as the fire deaths.",
  "'Authorities'/'authorities'/'Officials' (who speak on both accidents and arrive at the fire) are one actor, Bangladeshi authorities; 'Fire officials' are a separate claimant. The director of the Bangladesh Center for Workers Solidarity speaks in reported speech only (no quote marks): the centre is an actor; 'the French news agency' only receives the statement and is not an actor.",
  "No quotes (no quote marks in the text). 'multi-story' and 'the deadliest' are not figures; 'annually' is a rate, not a date.",
  "Re-read once fully against FORMAT.md after building: every number token, date expression and speaker checked.",
 ],
}
