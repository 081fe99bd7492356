R = "Pat Ryder"
ANN = {
 "article": "articles/dod_2024_ryder_briefing_tower22_condolences.txt",
 "gold_out": "gold/dod_2024_ryder_briefing_tower22_condolences.json",
 "published": "2024-01-30",
 "quotes": [],
 "figures": [
  {"quantity": "tower22_jordan_drone_attack_2024:us_soldiers_killed", "text": "three", "value": 3, "unit": None, "counted": "U.S. soldiers killed in Jordan in the drone attack at Tower 22", "source": R, "approx": None,
   "note": "transcript: every word after the speaker label is Ryder's, so the figure is his"},
 ],
 "events": [
  {"actor": None, "date": "2024-01-27/2024-01-28", "date_text": "this weekend", "what": "three U.S. soldiers killed in Jordan in the Iran proxy drone attack at Tower 22",
   "note": "'who were killed in Jordan this weekend in the Iran proxy drone attack': passive without a by-agent ('in the ... drone attack' names the event, not an agent): null. Said on Tuesday 30 January 2024, 'this weekend' is the weekend just past, Saturday 27 - Sunday 28 January 2024 (the attack was on Sunday 28 January)"},
  {"actor": "Lloyd Austin", "date": "2024-02-02", "date_text": "on Friday", "what": "Austin plans to attend the dignified transfer of remains at Dover Air Force Base",
   "note": "'Secretary Austin ... is planning to attend the dignified transfer ... on Friday': future; the Friday after Tuesday 30 January 2024; Austin is the agent"},
  {"actor": "U.S. Army Reserve", "date": "2024-01-30", "date_text": "earlier today", "what": "Army Reserve announced the posthumous promotion of Sanders and Moffett to sergeant",
   "note": "'the U.S. Army Reserve announced earlier today that ...': the date modifies 'announced'; the Army Reserve is the agent"},
 ],
 "actors": [
  {"name": R, "type": "person", "aliases": ["MAJOR GENERAL PAT RYDER", "Pentagon Press Secretary Maj. Gen. Pat Ryder"]},
  {"name": "Lloyd Austin", "type": "person", "aliases": ["Secretary Austin"]},
  {"name": "U.S. Army Reserve", "type": "organisation", "aliases": ["the U.S. Army Reserve"]},
 ],
 "notes": [
  "Pentagon press briefing transcript of Tuesday 30 January 2024 (date inferred, see meta), opening remarks by Maj. Gen. Pat Ryder after the drone attack on Tower 22 in Jordan (Sunday 28 January 2024); story tower22_jordan_drone_attack_2024 with the DOD News story of the same day (dod_2024_austin_to_call_families_tower22), which quotes these words.",
  "Transcript convention: no quote marks, so no quotes; the figure is sourced to the speaker (Ryder). The one figure, the three soldiers killed, shares tower22_jordan_drone_attack_2024:us_soldiers_killed with the four 'three' of the DOD News story. The stored copy's last paragraph (more than 40 injured, eight evacuated, three at Landstuhl) was cut mid-word and dropped, so those figures are not in the item.",
  "Not figures: 'Tower 22' (a designation), 'a few things', 'each of the families', 'all'. Kennedy Sanders and Breonna Moffett are named but do not act (they 'have been posthumously promoted', a passive), so they are not actors.",
  "Events: 'this weekend' (the killing, no agent), 'on Friday' (Austin's planned attendance, future), 'earlier today' (the Army Reserve's announcement). 'at this time' is not in the kept text; 'Up front' is not a date.",
  "second reading: re-read the item in full against FORMAT.md sections 1-2 (number tokens: 'three' annotated, '22' a designation; dates recomputed with datetime: 30 Jan 2024 is a Tuesday, the weekend before is 27-28 Jan, the Friday after is 2 Feb; agents re-checked).",
 ],
}
