NO = "Nigerian officials"
GJ = "Goodluck Jonathan"
CAA = "Nigeria Civil Aviation Authority"
DA = "Dana Airlines"
Q = "dana_air_crash_2012:"
ANN = {
 "article": "articles/voa_2012_dana_air_153_dead_lagos.txt",
 "gold_out": "gold/voa_2012_dana_air_153_dead_lagos.json",
 "published": "2012-06-03",
 "quotes": [],
 "figures": [
  {"quantity": Q + "dead_on_board", "text": "153", "ctx": "153 Dead", "value": 153, "unit": None, "counted": "Dead", "source": NO, "approx": None,
   "note": "headline; the claimant opens the next sentence ('Nigerian officials say all 153 people on board ... were killed'), so the officials are the source"},
  {"quantity": Q + "dead_on_board", "text": "153", "ctx": "all 153 people", "value": 153, "unit": None, "counted": "people on board killed", "source": NO, "approx": None,
   "note": "'Nigerian officials say all 153 people on board ... were killed'"},
  {"text": "three days", "value": 3, "unit": "days", "counted": "days of official mourning", "source": None, "approx": None,
   "note": "'President Goodluck Jonathan has declared three days of official mourning': his act reported in the outlet's voice, not a claim of a number, so no source (left null rather than guess)"},
  {"text": "two", "ctx": "two-story", "value": 2, "unit": "storeys", "counted": "storeys of the building hit", "source": CAA,
   "approx": None, "note": "'two-story building' inside the claim of 'Officials from Nigeria's Civil Aviation Authority say ...'; minimal span 'two' as in 'two-storey' elsewhere in the set"},
  {"quantity": Q + "dead_on_board", "text": "One-hundred 53", "value": 153, "unit": None, "counted": "people on board the plane killed", "source": None, "approx": None,
   "note": "VOA's spelled-out sentence start 'One-hundred 53'; its own sentence with no attribution, so the outlet's voice; the same quantity as the two 153s"},
 ],
 "events": [
  {"actor": None, "date": "2012-06-03", "date_text": "Sunday", "what": "the Dana Airlines flight was travelling from Abuja to Lagos when it crashed",
   "note": "the flight is the subject of 'was travelling'; a flight is not an actor, so no agent; Sunday = the day of the post (3 June 2012)"},
 ],
 "actors": [
  {"name": NO, "type": "organisation", "aliases": ["Nigerian officials"]},
  {"name": GJ, "type": "person", "aliases": ["President Goodluck Jonathan"]},
  {"name": CAA, "type": "organisation", "aliases": ["Officials from Nigeria's Civil Aviation Authority"]},
  {"name": DA, "type": "organisation", "aliases": ["Dana Airlines"]},
 ],
 "notes": [
  "VOA breaking-news blog post of Sunday 3 June 2012 on the crash of Dana Air flight 992 into a building in Lagos that day; story dana_air_crash_2012 (a single item of the story in this round). The key dead_on_board is shared by the headline, the lead and 'One-hundred 53' (a repeat within the item).",
  "No quotes. Two claimants: Nigerian officials (the 153 dead, also for the headline, whose claimant opens the next sentence) and officials of Nigeria's Civil Aviation Authority (the route, the day and the two-story building).",
  "Jonathan declared mourning and ordered an investigation, but with no date expression: no event. Dana Airlines acts only as 'operates a fleet' (undated).",
  "Not figures: 'Boeing MD-83' (designation), 'hour-long' (no number printed), 'a fleet', 'anyone on the ground'.",
  "second reading: re-read the item in full against FORMAT.md: three 153s (headline, lead, 'One-hundred 53') share one key; the headline's claimant taken from the next sentence; 'three days' left without a source; 'two' of 'two-story' with unit storeys; one undated-agent event (Sunday).",
 ],
}
