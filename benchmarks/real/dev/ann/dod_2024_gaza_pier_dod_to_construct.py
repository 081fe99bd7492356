K = "gaza_pier_2024:"
D = "Department of Defense"
R = "Pat Ryder"
ANN = {
 "article": "articles/dod_2024_gaza_pier_dod_to_construct.txt",
 "gold_out": "gold/dod_2024_gaza_pier_dod_to_construct.json",
 "published": "2024-03-08",
 "quotes": [],
 "figures": [
  {"quantity": K+"pier_meals_per_day_capacity", "text": "2,000,000", "value": 2e6, "unit": None, "counted": "humanitarian aid meals per day the pier is to deliver", "source": D, "approx": "up to",
   "note": "'to deliver up to 2,000,000 humanitarian aid meals per day, the Pentagon announced today': claimant the Pentagon (= the Department of Defense)"},
  {"quantity": K+"days_to_operational", "text": "60", "value": 60, "unit": "days", "counted": "days until delivery operations begin", "source": None, "approx": "around",
   "note": "'with a goal of beginning delivery operations in approximately 60 days': narration, no claimant in or next to the sentence (the next paragraph's 'according to ... Ryder' attributes the JLOTS components), so null; 'approximately' -> around"},
  {"quantity": K+"causeway_length_ft", "text": "1,800", "value": 1800, "unit": None, "counted": "foot length of the causeway to be attached to the shore", "source": R, "approx": "around",
   "note": "'an approximately 1,800-foot-long causeway': feet are outside score.py's unit table, so unit null and the measure is named in 'counted'. Claimant named in the next sentence ('according to Pentagon Press Secretary Maj. Gen. Pat Ryder, who explained the planned JLOTS mission'), which covers the description of the JLOTS components"},
  {"text": "two", "value": 2, "unit": None, "counted": "lanes of the causeway", "source": R, "approx": None, "ctx": "two-lane",
   "note": "'the two-lane causeway' (a count of lanes, as '10-liter' is a measure in dod_2010_pakistan_marine_helicopters_join); same sentence as 'according to ... Ryder'"},
 ],
 "events": [
  {"actor": D, "date": "2024-03-08", "date_text": "today", "ctx": "announced today", "what": "the Pentagon announced the emergency mission to build a temporary pier off Gaza",
   "note": "'the Pentagon announced today': active verb, agent the Pentagon (metonym for the Department of Defense); 'today' = the publication day, Friday 8 March 2024"},
  {"actor": R, "date": "2024-03-08", "date_text": "today's", "what": "Ryder's news briefing explaining the planned JLOTS mission",
   "note": "dated noun 'today's briefing': the text names its agent ('Ryder, who explained the planned JLOTS mission to the media during today's briefing')"},
 ],
 "actors": [
  {"name": D, "type": "organisation", "aliases": ["The Department of Defense", "the Pentagon", "DOD"]},
  {"name": R, "type": "person", "aliases": ["Pentagon Press Secretary Maj. Gen. Pat Ryder"]},
  {"name": "Joe Biden", "type": "person", "aliases": ["President Joe Biden"]},
  {"name": "7th Transportation Brigade", "type": "organisation", "aliases": ["the 7th Transportation Brigade"]},
 ],
 "notes": [
  "DOD News story of Friday 8 March 2024 (no date line in the stored copy; see meta published_evidence) announcing the temporary pier off Gaza (JLOTS); story gaza_pier_2024 with dod_2024_gaza_pier_army_unit_underway (DOD News, 12 March) and dod_2024_gaza_pier_jble_units_deploy (Joint Base Langley-Eustis, 12 March).",
  "No quotes in the stored opening. Figures: the 2,000,000-meals capacity is claimed by the Pentagon; the causeway length and lanes by Ryder (named in the 'according to' clause of the same paragraph); the 60-day goal has no claimant.",
  "Quantity keys gaza_pier_2024:pier_meals_per_day_capacity, :days_to_operational and :causeway_length_ft are given for later items of the story (the other two items of this set do not restate them in their stored openings).",
  "Not events: 'less than a day after the State of the Union address' and 'in approximately 60 days' are spans relative to an event or durations, not date expressions of the kinds listed in FORMAT.md (the State of the Union address of 7 March is not dated in the text). Biden 'called on the military' is dated only by that relative phrase, so no event; he is listed as an actor because he acts.",
  "Not figures: '7th' (ordinal in a unit name). Central Command ('under the command of') and Joint Base Langley-Eustis do not act with a date and are not listed; the 7th Transportation Brigade is the agent of the future 'conducted by' and is listed.",
  "Second reading against FORMAT.md (whole item re-read): figure spans ('2,000,000', '60', '1,800', 'two'), approximators (up to, around, around), the two 'today' events and their agents checked; no change.",
 ],
}
