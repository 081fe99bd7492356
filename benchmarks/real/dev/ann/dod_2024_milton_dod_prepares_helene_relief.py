K = "helene_2024:"
S = "Sabrina Singh"
ANN = {
 "article": "articles/dod_2024_milton_dod_prepares_helene_relief.txt",
 "gold_out": "gold/dod_2024_milton_dod_prepares_helene_relief.json",
 "published": "2024-10-08",
 "quotes": [
  {"text": "In Florida, more than 5,000 members of the Florida National Guard have been mobilized to prepare for recovery efforts from the imminent arrival of Hurricane Milton", "speaker": S, "speaker_mention": "Singh",
   "note": "'\"...,\" Singh said.'; straight quote marks as printed; comma before the closing mark dropped"},
 ],
 "figures": [
  {"text": "3,300", "value": 3300, "unit": None, "counted": "active duty and National Guard troops on duty in North Carolina", "source": S, "approx": "more than",
   "note": "'the National Guard has more than 3,300 active duty and National Guard troops on duty ...': the claimant is named in the next sentence ('..., said Deputy Pentagon Press Secretary Sabrina Singh during a briefing today'), which continues the same account ('More than 1,500 of those')"},
  {"text": "1,500", "value": 1500, "unit": None, "counted": "active duty soldiers helping in North Carolina", "source": S, "approx": "more than",
   "note": "'More than 1,500 of those are active duty soldiers ..., said ... Singh': all active-duty soldiers in North Carolina, not the first force of 'up to 1,000' (key helene_2024:active_duty_troops_initial_nc), so no shared key"},
  {"quantity": K+"guard_troops_helene", "text": "5,000", "value": 5000, "unit": None, "counted": "Guard members serving impacted communities across the southeastern United States", "source": S, "approx": "around", "ctx": "about 5,000 Guard",
   "note": "'the National Guard, Singh said, has about 5,000 Guard members from 19 different states ...': Guard troops for Helene across the region; 'more than 6,100' on 7 October (dod_2024_helene_support_increases) and 'about 2,000' on 22 October (dod_2024_hurricane_response_engaged) share the key"},
  {"quantity": K+"guard_states_helene", "text": "19", "value": 19, "unit": None, "counted": "states sending Guard members for Helene", "source": S, "approx": None,
   "note": "'from 19 different states': 18 on 7 October and nine on 22 October share the key"},
  {"text": "5,000", "value": 5000, "unit": None, "counted": "members of the Florida National Guard mobilized for Hurricane Milton", "source": S, "approx": "more than", "ctx": "more than 5,000 members",
   "note": "inside Singh's quotation; Florida Guard before Milton's landfall. The 22 October item's 'more than 1,100 troops ... from three states mobilized for ... Milton' is a later count of a different scope (after landfall, several states), so no key is shared"},
 ],
 "events": [
  {"actor": None, "date": "2024-09", "date_text": "late last month", "what": "Hurricane Helene made landfall",
   "note": "'Hurricane Helene, which made landfall late last month': a storm, no agent; 'late last month' = September 2024 (month precision)"},
  {"actor": S, "date": "2024-10-08", "date_text": "today", "what": "Singh briefed reporters on Helene relief and preparations for Milton",
   "note": "'said Deputy Pentagon Press Secretary Sabrina Singh during a briefing today': 'today' modifies her briefing/saying; agent Singh; taken as Tuesday 8 October 2024 (see meta published_evidence)"},
 ],
 "actors": [
  {"name": S, "type": "person", "aliases": ["Deputy Pentagon Press Secretary Sabrina Singh", "Singh"]},
  {"name": "National Guard", "type": "organisation", "aliases": ["The National Guard", "the National Guard"]},
  {"name": "Defense Department", "type": "organisation", "aliases": ["the Defense Department", "DOD"]},
  {"name": "U.S. Army North", "type": "organisation", "aliases": ["U.S. Army North", "Army North"]},
  {"name": "National Oceanic and Atmospheric Administration", "type": "organisation", "aliases": ["National Oceanic and Atmospheric Administration"]},
 ],
 "notes": [
  "DOD News story of Tuesday 8 October 2024 (no headline or date in the stored copy; see meta) on Singh's briefing: Helene relief in North Carolina and the Southeast, and preparations for Hurricane Milton. Fourth item of story helene_2024 with dod_2024_helene_fort_liberty_troops (3 October), dod_2024_helene_support_increases (7 October) and dod_2024_hurricane_response_engaged (22 October).",
  "Cross-report figures: Guard troops for Helene ('about 5,000' here; 'more than 6,100' on 7 October; 'about 2,000' on 22 October) share helene_2024:guard_troops_helene; the number of states (19 here; 18; nine) shares helene_2024:guard_states_helene.",
  "Claimants: every figure is Singh's (the first named in the next sentence, the rest with 'said' in or around the sentence, the Florida 5,000 inside her quotation).",
  "Not events: 'now' ('are under storm surge warnings now', vague) and 'the imminent arrival' (no date). NOAA issues the warnings ('by National Oceanic and Atmospheric Administration', undated) and is listed as an actor; Army North 'is preparing' and 'has also moved personnel' (undated). FEMA and the Florida National Guard (passive 'have been mobilized', no agent) do not act in the text and are not listed.",
  "Not figures: 'one of the areas hardest hit' (pronoun 'one').",
  "Second reading against FORMAT.md (whole item re-read): the split-free single quote (comma dropped, straight marks), the two '5,000' figures kept apart by ctx (Helene region vs Florida for Milton), approximators (more than, more than, around, none, more than), the month-precision 'late last month' and the 'today' event checked; no change.",
 ],
}
