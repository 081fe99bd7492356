K = "helene_2024:"
DC = "Deanne Criswell"
F = "FEMA"
JB = "Joseph R. Biden"
ANN = {
 "article": "articles/fema_2024_helene_biden_approves_major_disaster_yesterday.txt",
 "gold_out": "gold/fema_2024_helene_biden_approves_major_disaster_yesterday.json",
 "published": "2024-09-29",
 "quotes": [],
 "figures": [
  {"quantity": K+"fema_personnel_deployed", "text": "800", "value": 800, "unit": None, "counted": "FEMA deployed staff supporting states affected by the hurricane", "source": None, "approx": "more than",
   "note": "'FEMA has more than 800 deployed staff': FEMA is the subject (has), not a claimant; the same number as the day before's 'More than 800 FEMA personnel are deployed' in other words (same key)"},
  {"quantity": K+"federal_personnel_deployed", "text": "3,200", "value": 3200, "unit": None, "counted": "personnel of the federal force FEMA is coordinating", "source": None, "approx": "more than",
   "note": "'FEMA is coordinating a federal force of more than 3,200 personnel': the whole federal deployment; the release of 28 September gave 'more than 2,300 federal personnel and voluntary agencies' (same key, a day earlier)"},
 ],
 "events": [
  {"actor": JB, "date": "2024-09-28", "date_text": "Yesterday", "what": "Biden approved Major Disaster declarations for Florida and North Carolina",
   "note": "'Yesterday, President Joseph R. Biden approved ...': Biden is the agent; the day before the release of Sunday 29 September 2024"},
  {"actor": DC, "date": "2024-09-29", "date_text": "today", "what": "Criswell is on the ground in Georgia",
   "note": "'FEMA Administrator Deanne Criswell is on the ground in Georgia today': the release's day; Criswell is the subject (her visit, to survey damage)"},
  {"actor": DC, "date": "2024-09-30", "date_text": "tomorrow", "what": "Criswell will be in North Carolina to survey damage",
   "note": "future: Monday 30 September 2024; same subject. 'At the direction of President Biden' names who directed the visits, not who makes them"},
 ],
 "actors": [
  {"name": "Biden-Harris Administration", "type": "organisation", "aliases": ["Biden-Harris Administration", "the Biden-Harris Administration"]},
  {"name": F, "type": "organisation", "aliases": ["FEMA"]},
  {"name": JB, "type": "person", "aliases": ["President Joseph R. Biden", "President Biden"]},
  {"name": DC, "type": "person", "aliases": ["FEMA Administrator Deanne Criswell"]},
  {"name": "Alejandro Mayorkas", "type": "person", "aliases": ["Department of Homeland Security Secretary Alejandro Mayorkas"]},
 ],
 "notes": [
  "FEMA headquarters release of Sunday 29 September 2024 on the Hurricane Helene response, from EIN Presswire's republication (the longer of two stored copies, with the headline; see meta); story helene_2024 with the FEMA release of 28 September in this set and the dev items.",
  "No quote marks: no quotes.",
  "Cross-item keys: 'FEMA has more than 800 deployed staff' restates the 28 September 'More than 800 FEMA personnel are deployed' (fema_personnel_deployed); 'a federal force of more than 3,200 personnel' is the federal deployment given as 'more than 2,300 federal personnel and voluntary agencies' the day before (federal_personnel_deployed).",
  "Claimants: none; FEMA's release states its own numbers (subject of 'has', 'is coordinating'), no attribution verb: source null.",
  "Events: 'Yesterday' (Biden approved the major disaster declarations, 28 September), 'today' and 'tomorrow' (Criswell in Georgia on 29 September, in North Carolina on 30 September). Mayorkas 'activated the Surge Capacity Force' with no date expression.",
  "Actors: the Biden-Harris Administration (headline and lead, joint subject with FEMA of 'are actively supporting'), FEMA, Biden, Criswell, Mayorkas. 'state, tribal and federal partners', 'state partners' and 'local officials' are not given actors (unnamed and undated). 'Our' is FEMA's voice. The Surge Capacity Force (SCF) is a pool of employees that Mayorkas activated, not an actor.",
  "first reading (annotator): annotated against FORMAT.md sections 1-2.",
  "second reading (checker): re-read the whole item. No speakers. Claimants: none ('FEMA has', 'FEMA is coordinating': FEMA as subject, no attribution verb). Event actors: 'Yesterday' modifies 'approved', agent Biden (not FEMA, not the Administration); 'today' and 'tomorrow' modify Criswell's being on the ground / being in North Carolina 'to survey damage' (a visit, her act; 'At the direction of President Biden' is the one who directed it, not its agent). Dates against Sunday 29 September 2024: Yesterday = 28 September, today = 29 September, tomorrow = 30 September; they agree with the White House account of Criswell's weekend (Florida, Georgia, North Carolina on Monday). Hedges: 'more than' before 800 and 3,200. No change.",
 ],
}
