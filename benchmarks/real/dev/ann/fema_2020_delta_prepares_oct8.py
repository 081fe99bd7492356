K = "hurricane_delta_2020:"
F = "FEMA"
T = "Donald Trump"
ANN = {
 "article": "articles/fema_2020_delta_prepares_oct8.txt",
 "gold_out": "gold/fema_2020_delta_prepares_oct8.json",
 "published": "2020-10-08",
 "quotes": [],
 "figures": [
  {"text": "64", "value": 64, "unit": None, "counted": "parishes in Louisiana covered by the emergency declaration", "source": None, "approx": None,
   "note": "'approved the emergency declaration for all 64 parishes in Louisiana': 'all' is not a hedge; the release's own voice (FEMA writes it, no claimant named): null. The later releases speak only of 'designated parishes and counties', so no key"},
  {"text": "41", "value": 41, "unit": None, "counted": "parishes getting emergency protective measures including direct federal assistance", "source": None, "approx": None,
   "note": "'including direct federal assistance for 41 parishes under the Public Assistance Program': a part of the 64 (41 + 23), not the same quantity; no key"},
  {"text": "23", "value": 23, "unit": None, "counted": "parishes limited to direct federal assistance", "source": None, "approx": None,
   "note": "'limited to direct federal assistance to 23 parishes': the other part of the 64; no key"},
  {"quantity": K+"fema_meals_prestaged", "text": "5 million", "value": 5e6, "unit": None, "counted": "meals pre-staged by FEMA near the expected areas of impact", "source": None, "approx": "more than",
   "note": "'FEMA has pre-staged over 5 million meals ... near the expected areas of Hurricane Delta impacts': 'over' -> more than; FEMA is the author and the subject of 'has pre-staged', not a claimant: null (as in fema_2020_delta_update_preparations_oct9). Same key as 'over 5 million meals' (9 October) and 'over 8 million meals' (10 October)"},
  {"quantity": K+"fema_water_liters_prestaged", "text": "4 million", "value": 4e6, "unit": None, "counted": "liters of bottled water pre-staged by FEMA", "source": None, "approx": "more than",
   "note": "'more than 4 million liters of bottled water': liters are outside score.py's unit table, so unit null and the measure goes in 'counted' (as in the 9 October item). Same key as 'more than 4.5 million liters' (9 October) and 'more than 7 million liters' (10 October)"},
  {"quantity": K+"fema_generators_prestaged", "text": "45", "value": 45, "unit": None, "counted": "generators pre-staged by FEMA near the expected areas of impact", "source": None, "approx": None,
   "note": "'over 5 million meals, more than 4 million liters ... and 45 generators': each of the first two numbers carries its own hedge, 45 carries none: null. Same key as 'over 270 generators' pre-staged (9 October) and 'a total of 278 generators available' (10 October)"},
  {"quantity": K+"fema_responders_deployed", "text": "261", "value": 261, "unit": None, "counted": "FEMA responders deployed in support of Hurricane Delta", "source": None, "approx": None,
   "note": "'As of today, 261 FEMA responders ... have been deployed': the running tally in the release's voice, null; same key as 451 (9 October), 520 (10 October), 470 (11 October)"},
  {"quantity": K+"usar_teams_deployed", "text": "Six", "value": 6, "unit": None, "counted": "Urban Search and Rescue Teams deployed to the area", "source": None, "approx": None,
   "note": "'Six Urban Search and Rescue Teams and an Incident Support Management Team have also deployed to the area ahead of the storm': same wording and key as 'Six' on 9 and 10 October ('an' Incident Support Management Team is not a figure)"},
  {"quantity": K+"dmat_standby_dallas", "text": "two", "value": 2, "unit": None, "counted": "Disaster Medical Assistance Teams on standby in Dallas", "source": None, "approx": None,
   "note": "'two Disaster Medical Assistance Teams are on standby in Dallas': same key as 'two Disaster Medical Assistance Teams are on stand-by in Dallas' (10 October; the 9 October item states it too, unkeyed there)"},
 ],
 "events": [
  {"actor": None, "date": "2020-10-08", "date_text": "As of today", "what": "261 FEMA responders deployed in support of Hurricane Delta (tally)",
   "note": "'As of today, 261 FEMA responders, including Incident Management Assistance Teams, have been deployed ...': dates a tally in a passive without a by-agent: null (as 'As of today' in fema_2020_delta_update_preparations_oct9); Thursday 8 October 2020, the release date"},
 ],
 "actors": [
  {"name": F, "type": "organisation", "aliases": ["FEMA"]},
  {"name": T, "type": "person", "aliases": ["President Donald J. Trump"]},
 ],
 "notes": [
  "FEMA press release 'FEMA Prepares for Hurricane Delta' of Thursday 8 October 2020, the day before Delta's landfall in southwest Louisiana; headline rebuilt from the address, last paragraph (cut mid-sentence) dropped (see meta edits). Story hurricane_delta_2020 with FEMA's releases of 9 October (fema_2020_delta_update_preparations_oct9, in /work/staging/h251), 10 October (fema_2020_delta_response_update_oct10) and 11 October (fema_2020_delta_response_update_oct11).",
  "No quotes. All figures are in the release's own voice (FEMA is the author and the subject of 'has pre-staged'; no claimant named): every source null. Hedges: 'over' 5 million and 'more than' 4 million carry their own; none on 64 ('all 64'), 41, 23, 45, 261, Six, two.",
  "Cross-item keys (reusing the 9 October item's): fema_meals_prestaged (over 5 million), fema_water_liters_prestaged (more than 4 million), fema_generators_prestaged (45), fema_responders_deployed (261), usar_teams_deployed (Six); new key dmat_standby_dallas (two), shared with the 10 October item. The parish counts 64, 41 and 23 have no partner.",
  "Events: only 'As of today' (a tally, passive without agent: null). 'President Donald J. Trump approved the emergency declaration', 'The declaration authorizes' and 'FEMA is authorized' carry no date expression; 'ahead of the storm' is not a date.",
  "Actors: FEMA and President Donald J. Trump (approved the declaration). 'the governors of Alabama and Mississippi' (their requests, under review, no date) and the Louisiana and Mississippi National Guard (passive 'are activated') are not listed, as the Alabama request and the Guards in the 9 October item.",
  "second reading (annotator): the whole item re-read once fully against FORMAT.md sections 1-2 and against the stored copy: every number token ('64', '41', '23', '5 million', '4 million', '45', '261', 'Six', 'two'), each hedge ('over', 'more than' only on the first two commodities; 'all' not a hedge), 8 October 2020 = Thursday, every alias an exact substring and every key against the 9 October item's gold; no change.",
 ],
}
