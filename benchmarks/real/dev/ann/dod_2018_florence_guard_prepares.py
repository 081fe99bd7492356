K = "hurricane_florence_2018:"
NGB = "National Guard Bureau"
GOV = "governors of North Carolina, South Carolina, Virginia and Maryland"
ANN = {
 "article": "articles/dod_2018_florence_guard_prepares.txt",
 "gold_out": "gold/dod_2018_florence_guard_prepares.json",
 "published": "2018-09-11",
 "quotes": [],
 "figures": [
  {"quantity": K+"nc_guard_to_state_active_duty", "text": "320", "value": 320, "unit": None, "counted": "National Guardsmen North Carolina will place on state active duty", "source": NGB, "approx": None,
   "note": "'North Carolina will place 320 National Guardsmen on state active duty ..., National Guard Bureau officials said': claimed by NGB officials. A plan, not the number on duty; the same 320 in the next day's version (dod_2018_florence_guard_gearing_up), same key"},
  {"quantity": K+"nc_guard_additional_ready", "text": "7,000", "value": 7000, "unit": None, "counted": "additional North Carolina guardsmen ready to mobilize", "source": NGB, "approx": None,
   "note": "the sentence has no cue of its own; it sits between 'National Guard Bureau officials said' and '..., officials said' (the same officials, next sentence), so the claimant named in the next sentence counts: NGB. 'An additional 7,000' in the next day's version, same key"},
 ],
 "events": [
  {"actor": GOV, "date": "2018-09-10", "date_text": "yesterday", "what": "the governors of four states declared a state of emergency",
   "note": "'The governors of North Carolina, South Carolina, Virginia and Maryland declared a state of emergency yesterday': the governors are the joint agent (one group actor, as printed); yesterday of Tuesday 11 September 2018 = Monday 10 September (the later version says 'Monday')"},
  {"actor": None, "date": "2018-09-13", "date_text": "Sept. 13", "what": "forecast landfall of Hurricane Florence",
   "note": "'The storm is forecast to make landfall ... Sept. 13': the date dates the forecast landfall (a storm has no agent); the forecaster is not named"},
 ],
 "actors": [
  {"name": NGB, "type": "organisation", "aliases": ["National Guard Bureau officials", "officials"]},
  {"name": GOV, "type": "group", "aliases": ["The governors of North Carolina, South Carolina, Virginia and Maryland"]},
  {"name": "North Carolina", "type": "state", "aliases": ["North Carolina"]},
  {"name": "North Carolina National Guard", "type": "organisation", "aliases": ["The North Carolina National Guard"]},
 ],
 "notes": [
  "DoD News story of Tuesday 11 September 2018 on dod.defense.gov (no printed date; see meta published_evidence); story hurricane_florence_2018 with its updated version of 12 September (dod_2018_florence_guard_gearing_up, same story by Marine Corps Sgt. David Staten), the army.mil story of landfall day (dod_2018_florence_soldiers_swing_into_action, 14 September) and the Army update of 19 September (dod_2018_florence_army_support_sept18).",
  "No quotes. Two figures, both claimed by National Guard Bureau officials (the 7,000 through the 'officials said' of the next sentence); both recur word for word in the 12 September version (shared quantity keys nc_guard_to_state_active_duty, nc_guard_additional_ready).",
  "Events: 'yesterday' (Monday 10 September: the governors' declarations; the 12 September version prints 'Monday') and 'Sept. 13' (forecast landfall, no agent). The stored section heading 'North Carolina' is a line of its own, not a sentence.",
  "Actors: 'North Carolina' (the state that 'will place' the guardsmen) also appears inside the governors' group name and 'North Carolina guardsmen'; 'the governor' (unnamed, hypothetical call-up) is left out. 'officials' in the last sentence is the NGB officials of the first.",
  "Not figures: 'Sept. 13' (a date). Nothing else numeric left in the text.",
  "second reading (annotator): re-read the item in full against FORMAT.md sections 1-2: checked that 11 September 2018 was a Tuesday (yesterday = Monday 10 September), the curly apostrophes (’) as stored, both figures' claimant, that no quote marks occur, and every alias as an exact substring; no change.",
 ],
}
