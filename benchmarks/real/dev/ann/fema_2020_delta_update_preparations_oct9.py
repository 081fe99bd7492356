K = "hurricane_delta_2020:"
F = "FEMA"
T = "Donald Trump"
ANN = {
 "article": "articles/fema_2020_delta_update_preparations_oct9.txt",
 "gold_out": "gold/fema_2020_delta_update_preparations_oct9.json",
 "published": "2020-10-09",
 "quotes": [],
 "figures": [
  {"quantity": K+"fema_meals_prestaged", "text": "5 million", "value": 5e6, "unit": None, "counted": "meals pre-staged by FEMA near the expected areas of impact", "source": None, "approx": "more than", "ctx": "over 5 million meals",
   "note": "'FEMA has pre-staged over 5 million meals, ...': 'over' -> more than; the release's own voice (FEMA writes it and is the subject of 'has pre-staged', not a claimant): null, as in the FEMA Laura advisories. Keyed for FEMA's other Delta releases (8 October: 'over 5 million meals'; 10 October: 'over 8 million meals')"},
  {"quantity": K+"fema_water_liters_prestaged", "text": "4.5 million", "value": 4.5e6, "unit": None, "counted": "liters of bottled water pre-staged by FEMA", "source": None, "approx": "more than",
   "note": "'more than 4.5 million liters of bottled water': liters are outside score.py's unit table, so unit null and the measure is in 'counted' (as '10-liter' in dod_2010_pakistan_marine_helicopters_join)"},
  {"quantity": K+"fema_generators_prestaged", "text": "270", "value": 270, "unit": None, "counted": "generators pre-staged by FEMA near the expected areas of impact", "source": None, "approx": "more than",
   "note": "'and over 270 generators': its own hedge 'over' -> more than"},
  {"text": "52", "value": 52, "unit": None, "counted": "generators FEMA provided to the U.S. Army Corps of Engineers", "source": None, "approx": None,
   "note": "'FEMA has provided the U.S. Army Corps of Engineers 52 generators': narration, null"},
  {"quantity": K+"fema_responders_deployed", "text": "451", "value": 451, "unit": None, "counted": "FEMA responders deployed in support of Hurricane Delta", "source": None, "approx": None,
   "note": "'As of today, 451 FEMA responders have been deployed ...': a tally in the release's voice, null"},
  {"quantity": K+"usar_teams_deployed", "text": "Six", "value": 6, "unit": None, "counted": "Urban Search and Rescue Teams deployed to the area", "source": None, "approx": None},
  {"text": "three", "value": 3, "unit": None, "counted": "additional teams on alert", "source": None, "approx": None},
  {"text": "One", "value": 1, "unit": None, "counted": "U.S. Department of Health and Human Services Rapid Response Team on standby in Dallas", "source": None, "approx": None, "ctx": "One U.S. Department",
   "note": "a count in a list of teams on standby ('One ... Rapid Response Team, one Incident Management Team and two Disaster Medical Assistance Teams')"},
  {"text": "one", "value": 1, "unit": None, "counted": "Incident Management Team on standby in Dallas", "source": None, "approx": None, "ctx": "one Incident Management Team"},
  {"text": "two", "value": 2, "unit": None, "counted": "Disaster Medical Assistance Teams on standby in Dallas", "source": None, "approx": None},
 ],
 "events": [
  {"actor": None, "date": "2020-10-09", "date_text": "As of today", "what": "451 FEMA responders deployed in support of Hurricane Delta (tally)",
   "note": "'As of today, 451 FEMA responders have been deployed ...': dates a tally in a passive without a by-agent: null (as 'As of today' in dod_2010_haiti_carrier_leaves_mission_continues); Friday 9 October 2020, the release date"},
 ],
 "actors": [
  {"name": F, "type": "organisation", "aliases": ["FEMA"]},
  {"name": T, "type": "person", "aliases": ["President Trump"]},
 ],
 "notes": [
  "FEMA press release 'FEMA Update on Hurricane Delta Preparations' of Friday 9 October 2020 (the day Delta made landfall in southwest Louisiana; the release still speaks of 'the expected areas of Hurricane Delta impacts'); the last paragraph (cut mid-word) is dropped. Story hurricane_delta_2020, the only item of it in this folder. FEMA's releases of 8 October ('fema-prepares-hurricane-delta': over 5 million meals, more than 4 million liters, 45 generators, 261 responders, six USAR teams) and of 10-11 October (520 and 470 responders) were seen in the crawl but not made into items; the keys on meals, water, generators, responders and USAR teams are there for them.",
  "No quotes. All figures are in the release's own voice (FEMA is the author and the subject of 'has pre-staged' / 'has provided'; no claimant named): every source null. Hedges: 'over' 5 million, 'more than' 4.5 million, 'over' 270 each carry their own; none on 52, 451, Six, three, One, one, two.",
  "Events: only 'As of today' (a tally, passive without agent: null). 'President Trump approved Emergency Declarations' and 'FEMA has pre-staged' carry no date expression; 'ahead of the storm' is not a date.",
  "Actors: FEMA and President Trump (approved the declarations). Alabama (its request), the U.S. Army Corps of Engineers (receives generators), the Louisiana and Mississippi National Guards (passive 'are activated') and the teams on standby do not act or speak with a date or claim and are not listed.",
  "second reading (annotator): the whole item re-read once fully against FORMAT.md sections 1-2 and the stored copy: every number token ('5 million', '4.5 million', '270', '52', '451', 'Six', 'three', 'One', 'one', 'two'), the capital 'One' and lower-case 'one' pinned by ctx, 'liters' kept out of the unit, 9 October 2020 = Friday, every alias an exact substring; no change.",
 ],
}
