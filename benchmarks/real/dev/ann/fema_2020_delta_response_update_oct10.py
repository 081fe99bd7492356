K = "hurricane_delta_2020:"
F = "FEMA"
T = "Donald Trump"
ANN = {
 "article": "articles/fema_2020_delta_response_update_oct10.txt",
 "gold_out": "gold/fema_2020_delta_response_update_oct10.json",
 "published": "2020-10-10",
 "quotes": [],
 "figures": [
  {"quantity": K+"fema_generators_prestaged", "text": "278", "value": 278, "unit": None, "counted": "generators FEMA has in total for areas in need", "source": None, "approx": None,
   "note": "'FEMA has a total of 278 generators available for areas in need and has provided 52 generators to the Army Corps of Engineers': 'a total of' is not a hedge; the release's voice, null. The same stock as the 9 October 'over 270 generators' pre-staged 'near the expected areas' (which also sets the 52 for the Corps apart) and the 8 October '45 generators': same key"},
  {"quantity": K+"fema_generators_to_usace", "text": "52", "value": 52, "unit": None, "counted": "generators FEMA provided to the Army Corps of Engineers", "source": None, "approx": None, "ctx": "52 generators",
   "note": "'has provided 52 generators to the Army Corps of Engineers for their use and/or distribution': the 9 October item states the same 52 ('FEMA has provided the U.S. Army Corps of Engineers 52 generators', unkeyed there); new key for it"},
  {"quantity": K+"fema_meals_prestaged", "text": "8 million", "value": 8e6, "unit": None, "counted": "meals pre-staged by FEMA near the expected areas of impact", "source": None, "approx": "more than",
   "note": "'FEMA has pre-staged over 8 million meals': 'over' -> more than; same key as 'over 5 million meals' (8 and 9 October)"},
  {"quantity": K+"fema_water_liters_prestaged", "text": "7 million", "value": 7e6, "unit": None, "counted": "liters of bottled water pre-staged by FEMA", "source": None, "approx": "more than",
   "note": "'more than 7 million liters of bottled water': liters outside the unit table, unit null (as on 8-9 October); same key as 4 million (8 October) and 4.5 million (9 October)"},
  {"quantity": K+"fema_responders_deployed", "text": "520", "value": 520, "unit": None, "counted": "FEMA responders deployed in support of Hurricane Delta", "source": None, "approx": None,
   "note": "'As of today, 520 FEMA responders have been deployed ...': the running tally, null; same key as 261 (8 October), 451 (9 October), 470 (11 October)"},
  {"quantity": K+"usar_teams_deployed", "text": "Six", "value": 6, "unit": None, "counted": "Urban Search and Rescue Teams deployed to the area", "source": None, "approx": None,
   "note": "'Six Urban Search and Rescue Teams and an Incident Support Team have also deployed to the area': same key as 'Six' on 8 and 9 October"},
  {"quantity": K+"teams_on_alert", "text": "three", "value": 3, "unit": None, "counted": "additional teams on alert", "source": None, "approx": None,
   "note": "'with three additional teams on alert': the 9 October item has the same words ('with three additional teams on alert', unkeyed there); new key for it"},
  {"quantity": K+"dmat_standby_dallas", "text": "two", "value": 2, "unit": None, "counted": "Disaster Medical Assistance Teams on stand-by in Dallas", "source": None, "approx": None,
   "note": "'two Disaster Medical Assistance Teams are on stand-by in Dallas': same key as the 8 October item's 'two'"},
 ],
 "events": [
  {"actor": T, "date": "2020-10-05/2020-10-11", "date_text": "earlier this week", "what": "President Trump approved Emergency Declarations for Louisiana and Mississippi",
   "note": "'President Trump approved Emergency Declarations for Louisiana and Mississippi, earlier this week': active, Trump is the agent; 'this week' of Saturday 10 October 2020 is the ISO week Monday 5 - Sunday 11 October (as 'earlier this week' in the dev set)"},
  {"actor": None, "date": "2020-10-10", "date_text": "As of today", "what": "520 FEMA responders deployed in support of Hurricane Delta (tally)",
   "note": "'As of today, 520 FEMA responders have been deployed ...': a tally in a passive without a by-agent: null (as in the 8 and 9 October items); Saturday 10 October 2020, the release date"},
 ],
 "actors": [
  {"name": F, "type": "organisation", "aliases": ["FEMA"]},
  {"name": T, "type": "person", "aliases": ["President Trump"]},
 ],
 "notes": [
  "FEMA press release 'FEMA Hurricane Delta Response Update' of Saturday 10 October 2020, the day after Delta's landfall (kept from FEMA's French-locale address of the English text; headline rebuilt from the address, last paragraph cut mid-sentence dropped: see meta). Story hurricane_delta_2020 with FEMA's releases of 8 October (fema_2020_delta_prepares_oct8), 9 October (fema_2020_delta_update_preparations_oct9, in /work/staging/h251) and 11 October (fema_2020_delta_response_update_oct11, same title).",
  "No quotes. All figures in the release's own voice (FEMA is the author and the subject of 'has', 'has provided', 'has pre-staged'): every source null. Hedges: 'over' 8 million and 'more than' 7 million; none on 278 ('a total of'), 52, 520, Six, three, two.",
  "Cross-item keys (reusing the 9 October item's): fema_generators_prestaged (278, see its note), fema_meals_prestaged (over 8 million), fema_water_liters_prestaged (more than 7 million), fema_responders_deployed (520), usar_teams_deployed (Six); dmat_standby_dallas (two) shared with the 8 October item. New keys fema_generators_to_usace (52) and teams_on_alert (three) have no partner yet: the 9 October item (h251) states both ('52 generators', 'three additional teams on alert') unkeyed, and could take them at integration.",
  "Events: 'earlier this week' (Trump approved the declarations; ISO week 5-11 October) and 'As of today' (tally, null). 'near the expected areas of Hurricane Delta impacts' and 'if needed' are not dates.",
  "Actors: FEMA and President Trump. Alabama ('Alabama's request ... is under review'), the Army Corps of Engineers (receives generators) and the Louisiana and Mississippi National Guards (passive 'are activated') do not act with a date or claim and are not listed, as in the 9 October item.",
  "second reading (annotator): the whole item re-read once fully against FORMAT.md sections 1-2 and against the stored copy: every number token ('278', '52', '8 million', '7 million', '520', 'Six', 'three', 'two'), the hedges, the curly apostrophe in 'Alabama’s', 'stand-by' as printed, 10 October 2020 = Saturday in ISO week 41 (5-11 October), every alias an exact substring and every key against the 9 October item's gold; '52' pinned by ctx ('520' also contains it); no change.",
 ],
}
