K = "helene_2024:"
DC = "Deanne Criswell"
F = "FEMA"
ANN = {
 "article": "articles/fema_2024_helene_criswell_surveys_florida.txt",
 "gold_out": "gold/fema_2024_helene_criswell_surveys_florida.json",
 "published": "2024-09-28",
 "quotes": [],
 "figures": [
  {"quantity": K+"federal_personnel_deployed", "text": "2,300", "value": 2300, "unit": None, "counted": "federal personnel and voluntary agencies supporting the whole-of-government effort", "source": None, "approx": "more than",
   "note": "'the support of more than 2,300 federal personnel and voluntary agencies across six states': release prose, no claimant named (FEMA's own release, no 'said'): source null. The next day's release (fema_2024_helene_biden_approves_major_disaster_yesterday) restates the federal deployment as 'a federal force of more than 3,200 personnel' (same key: the federal workforce deployed for Helene, a day later; the wording here also folds in voluntary agencies)"},
  {"text": "six", "value": 6, "unit": None, "counted": "states across which the effort is supported", "source": None, "approx": None},
  {"quantity": K+"fema_personnel_deployed", "text": "800", "value": 800, "unit": None, "counted": "FEMA personnel deployed to assist with response efforts", "source": None, "approx": "more than",
   "note": "'More than 800 FEMA personnel are deployed': restated the next day in other words as 'FEMA has more than 800 deployed staff' (same key)"},
  {"text": "1,270", "value": 1270, "unit": None, "counted": "personnel of the Urban Search and Rescue teams FEMA deployed", "source": None, "approx": "more than",
   "note": "'FEMA deployed Urban Search and Rescue teams with more than 1,270 personnel': FEMA is the agent of deploying, not a claimant; source null"},
  {"text": "seven", "value": 7, "unit": None, "counted": "mobile feeding units and crews deployed by the Salvation Army", "source": None, "approx": None},
 ],
 "events": [
  {"actor": DC, "date": "2024-09-28", "date_text": "Today", "what": "Criswell is in Florida surveying damage and assessing the need for federal resources",
   "note": "'Today, FEMA Administrator Deanne Criswell is in Florida surveying damage': the release's day, Saturday 28 September 2024; Criswell is the agent of surveying"},
 ],
 "actors": [
  {"name": DC, "type": "person", "aliases": ["FEMA Administrator Deanne Criswell"]},
  {"name": F, "type": "organisation", "aliases": ["FEMA"]},
  {"name": "Biden-Harris Administration", "type": "organisation", "aliases": ["The Biden-Harris Administration"]},
  {"name": "Salvation Army", "type": "organisation", "aliases": ["the Salvation Army"]},
  {"name": "Team Rubicon", "type": "organisation", "aliases": ["Team Rubicon teams"]},
 ],
 "notes": [
  "FEMA headquarters release of Saturday 28 September 2024 on the Hurricane Helene response (Criswell in Florida), from EIN Presswire's republication (title supplied from the URL slug, see meta); story helene_2024 with the FEMA release of 29 September in this set and the dev items (FEMA of 1 October, 10 October, 8 November; DOD items).",
  "No quote marks: no quotes.",
  "Cross-item keys: FEMA staff deployed ('More than 800 FEMA personnel are deployed' here, 'FEMA has more than 800 deployed staff' on 29 September) and the federal deployment ('more than 2,300 federal personnel and voluntary agencies' here, 'a federal force of more than 3,200 personnel' on 29 September). The six states, the 1,270 search and rescue personnel and the Salvation Army's seven feeding units have no partner.",
  "Claimants: none; FEMA's release states its own numbers without an attribution verb, and FEMA and the Salvation Army are agents of 'deployed', not claimants (as in the dev FEMA items).",
  "Events: only 'Today' (Criswell surveying). The emergency declarations ('The Biden-Harris Administration approved emergency declarations ...') carry no date expression; 'immediately' is not a date.",
  "Actors: the non-profit partners of the list (American Red Cross, Convoy of Hope, Heart to Heart International) act only as members of 'Our non-profit partners' and are not given actors of their own; 'the Salvation Army' occurs twice (in the list and as the agent of 'deployed'), one alias. 'Our' is FEMA's voice.",
  "first reading (annotator): annotated against FORMAT.md sections 1-2.",
  "second reading (checker): re-read the whole item. No speakers (no quote marks). Claimants: none, every number is FEMA's own release prose with FEMA or the Salvation Army as agent ('deployed'), no attribution verb. Event actor: 'Today' modifies 'is in Florida surveying damage', whose agent is Criswell; date = the release's day, Saturday 28 September 2024 (two days after Helene's landfall of 26 September; the next release's 'Yesterday' for the major disaster declarations points to the same day). Hedges: 'more than' before 2,300, 800 and 1,270; none before six and seven. Keys checked against the 29 September item (800 = 800 in other words; 2,300 -> 3,200 the growing federal deployment). No change.",
 ],
}
