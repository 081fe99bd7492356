K = "hurricane_florence_2018:"
NGB = "National Guard Bureau"
GOV = "governors of North Carolina, South Carolina, Virginia and Maryland"
CK = "Cindi King"
ANN = {
 "article": "articles/dod_2018_florence_guard_gearing_up.txt",
 "gold_out": "gold/dod_2018_florence_guard_gearing_up.json",
 "published": "2018-09-12",
 "quotes": [],
 "figures": [
  {"quantity": K+"nc_guard_to_state_active_duty", "text": "320", "value": 320, "unit": None, "counted": "National Guard members North Carolina will place on state active duty", "source": NGB, "approx": None,
   "note": "'North Carolina will place 320 National Guard members on state active duty ..., National Guard Bureau officials said': NGB's claim; the same 320 in the 11 September version (dod_2018_florence_guard_prepares), same key. Not the same quantity as the 'about 160 personnel on duty' (those on duty on Wednesday, against those to be placed)"},
  {"quantity": K+"nc_guard_additional_ready", "text": "7,000", "value": 7000, "unit": None, "counted": "additional North Carolina Guard members ready to mobilize", "source": NGB, "approx": None,
   "note": "uncued sentence between 'National Guard Bureau officials said' and '..., officials said' (next sentence, the same officials): NGB. Same key as the 11 September version"},
  {"quantity": K+"nc_guard_on_duty", "text": "160", "value": 160, "unit": None, "counted": "personnel on duty (North Carolina National Guard)", "source": NGB, "approx": "around",
   "note": "'As of Wednesday, National Guard Bureau numbers showed about 160 personnel on duty': the NGB's numbers are the claimant (a body whose figures show the number); 'about' -> around"},
  {"quantity": K+"sc_army_guard_on_state_active_duty", "text": "1,700", "value": 1700, "unit": None, "counted": "South Carolina Army National Guard members on state active duty", "source": CK, "approx": "around",
   "note": "'As of this morning there were about 1,700 ... , according to Army Lt. Col. Cindi King, the director of public affairs for the South Carolina National Guard': King claims it; 'about' -> around. (The nationalguard.mil copy of the same story gives 'about 2,000 ... Army National Guard and Air National Guard members' together: not in this text)"},
  {"text": "50", "value": 50, "unit": None, "counted": "Airmen on state active duty (South Carolina)", "source": CK, "approx": "around",
   "note": "'as well as about 50 Airmen', same sentence and claimant (King); 'about' -> around"},
 ],
 "events": [
  {"actor": GOV, "date": "2018-09-10", "date_text": "Monday", "what": "the governors of four states declared states of emergency",
   "note": "'The governors of North Carolina, South Carolina, Virginia and Maryland declared states of emergency Monday': the governors are the joint agent (one group actor, as printed); the Monday before Wednesday 12 September 2018 = 10 September ('yesterday' in the 11 September version)"},
  {"actor": None, "date": "2018-09-14", "date_text": "early Friday", "what": "forecast landfall of Hurricane Florence",
   "note": "'The storm is forecast to make landfall ... early Friday': dates the forecast landfall (no agent; the forecaster is not named); the Friday after Wednesday 12 September = 14 September (future reference of a forecast)"},
  {"actor": None, "date": "2018-09-12", "date_text": "As of Wednesday", "what": "NGB numbers showed about 160 North Carolina Guard personnel on duty",
   "note": "'As of Wednesday' dates the state the numbers show (personnel being on duty), not an act: no agent. The NGB is the claimant of the figure, not the agent of the dated state. Wednesday = the day of writing, 12 September 2018"},
  {"actor": None, "date": "2018-09-12", "date_text": "As of this morning", "what": "about 1,700 South Carolina Army Guard members and about 50 Airmen on state active duty",
   "note": "'As of this morning there were about 1,700 ...': a state (being on duty), no agent; 'this morning' = the reference day, 12 September 2018"},
 ],
 "actors": [
  {"name": NGB, "type": "organisation", "aliases": ["National Guard Bureau officials", "National Guard Bureau", "officials"]},
  {"name": GOV, "type": "group", "aliases": ["The governors of North Carolina, South Carolina, Virginia and Maryland"]},
  {"name": "mayor of Washington, D.C.", "type": "person", "aliases": ["the mayor of Washington, D.C."]},
  {"name": CK, "type": "person", "aliases": ["Army Lt. Col. Cindi King"]},
  {"name": "North Carolina", "type": "state", "aliases": ["North Carolina"]},
  {"name": "North Carolina National Guard", "type": "organisation", "aliases": ["The North Carolina National Guard"]},
 ],
 "notes": [
  "DoD News story by Marine Corps Sgt. David Staten of Wednesday 12 September 2018, as reposted on the 192nd Wing site (date from the nationalguard.mil copy; see meta); the updated version of dod_2018_florence_guard_prepares (11 September). Story hurricane_florence_2018 with that item, dod_2018_florence_soldiers_swing_into_action (14 September) and dod_2018_florence_army_support_sept18 (19 September).",
  "No quotes (no quote marks in the stored text). Figures: all five have a claimant: 320 and 7,000 (NGB officials; the 7,000 through the 'officials said' of the next sentence), about 160 ('National Guard Bureau numbers showed'), about 1,700 and about 50 (Army Lt. Col. Cindi King, 'according to' at the end of the sentence). Cross-item keys with the 11 September version: nc_guard_to_state_active_duty (320 / 320), nc_guard_additional_ready (7,000 / 7,000).",
  "Events: 'Monday' (10 September, the governors' declarations; 'yesterday' in the first version), 'early Friday' (forecast landfall, 14 September, no agent), 'As of Wednesday' and 'As of this morning' (both 12 September, states of duty, no agent). The mayor of Washington's declaration carries no date expression: no event, but the mayor acts and is an actor.",
  "Actors: the mayor of Washington, D.C. is not named (Muriel Bowser) and is kept as printed; 'the South Carolina National Guard' appears only in King's title; 'the governor' (hypothetical call-up) is left out.",
  "Not figures: none left ('1,700' with 'about', '50' with 'about' annotated; no dates in digits).",
  "second reading (annotator): re-read the item in full against FORMAT.md sections 1-2: checked 12 September 2018 was a Wednesday (Monday = 10, Friday = 14 September), the straight apostrophes as stored in this repost, the 'about' hedges (around) on 160, 1,700 and 50, the claimants, and every alias as an exact substring; no change.",
 ],
}
