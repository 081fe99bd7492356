K = "hurricane_sally_2020:"
F = "FEMA"
T = "Donald Trump"
ANN = {
 "article": "articles/fema_2020_sally_response_update_sept17.txt",
 "gold_out": "gold/fema_2020_sally_response_update_sept17.json",
 "published": "2020-09-17",
 "quotes": [],
 "figures": [
  {"quantity": K+"fema_water_liters_staged", "text": "4 million", "value": 4e6, "unit": None, "counted": "liters of bottled water staged near the areas of impact", "source": None, "approx": "more than",
   "note": "'Over 4 million liters of bottled water' (list of commodities FEMA 'has ... staged near the areas of impact'): 'Over' -> more than; liters outside the unit table, unit null (as in the Delta items); the release's own voice, null"},
  {"quantity": K+"fema_meals_staged", "text": "3.2 million", "value": 3.2e6, "unit": None, "counted": "meals staged near the areas of impact", "source": None, "approx": None},
  {"quantity": K+"fema_blankets_staged", "text": "289,000", "value": 289000, "unit": None, "counted": "blankets staged near the areas of impact", "source": None, "approx": None},
  {"quantity": K+"fema_tarps_staged", "text": "117,000", "value": 117000, "unit": None, "counted": "tarps staged near the areas of impact", "source": None, "approx": None},
  {"quantity": K+"fema_blue_roof_staged", "text": "52,500", "value": 52500, "unit": None, "counted": "blue roof sheeting staged near the areas of impact", "source": None, "approx": None},
  {"quantity": K+"fema_cots_staged", "text": "6,500", "value": 6500, "unit": None, "counted": "cots staged near the areas of impact", "source": None, "approx": None},
  {"quantity": K+"fema_generators_staged", "text": "23", "value": 23, "unit": None, "counted": "generators staged near the areas of impact", "source": None, "approx": None},
  {"quantity": K+"fema_imats_deployed", "text": "eight", "value": 8, "unit": None, "counted": "Incident Management Assistance Teams deployed in response to Hurricane Sally", "source": None, "approx": None,
   "note": "'FEMA deployed eight Incident Management Assistance Teams (IMATs) in response to Hurricane Sally': the release's voice about FEMA's own act, null"},
  {"text": "Five", "value": 5, "unit": None, "counted": "IMATs deployed to Louisiana", "source": None, "approx": None,
   "note": "the eight split by state: 'Five IMATs are deployed to Louisiana, one is onsite in Mississippi, an additional team is deployed to Alabama and one team is staged ...'; counts of teams in a list are figures (as 'One ... Rapid Response Team, one Incident Management Team' in the Delta 9 October item)"},
  {"text": "one", "value": 1, "unit": None, "counted": "IMAT onsite in Mississippi", "source": None, "approx": None, "ctx": "one is onsite",
   "note": "'one is onsite in Mississippi': a count in the list of the eight teams ('an additional team' for Alabama has no number word)"},
  {"text": "one", "value": 1, "unit": None, "counted": "IMAT team staged to deploy when needed", "source": None, "approx": None, "ctx": "one team is staged"},
 ],
 "events": [
  {"actor": None, "date": "2020-09-15", "date_text": "on Tuesday", "what": "Hurricane Sally made landfall near Gulf Shores, Alabama",
   "note": "'Hurricane Sally made landfall on Tuesday near Gulf Shores, Alabama, as a Category 2 hurricane': weather, no agent: null. Normalised literally: the Tuesday before Thursday 17 September 2020 is 15 September. The release misstates the day (Sally came ashore early on Wednesday 16 September, 'this morning' in FEMA's 16 September release), but the gold dates what the text says"},
  {"actor": None, "date": "2020-09-16/2020-09-17", "date_text": "overnight", "what": "heaviest rain gradually diminished",
   "note": "'as heaviest rain gradually diminished overnight': weather, null; overnight = the night before the release day, 16-17 September 2020 (FORMAT.md: D-1/D)"},
 ],
 "actors": [
  {"name": F, "type": "organisation", "aliases": ["FEMA"]},
  {"name": T, "type": "person", "aliases": ["President Trump"]},
 ],
 "notes": [
  "FEMA press release 'FEMA Response Update: Sally and Western Wildfires' of Thursday 17 September 2020, the day after Sally's landfall (kept from FEMA's Vietnamese-locale address of the English release; page furniture removed, the last sentence cut mid-sentence dropped: see meta). Story hurricane_sally_2020 with FEMA's blog post and release of 14 September (fema_2020_sally_gaynor_true_team_effort, fema_2020_sally_wildfires_photo_release_sept14).",
  "No quotes. All figures in the release's own voice (FEMA is the author and the subject of 'has commodities staged', 'deployed'): every source null. Hedge: 'Over' 4 million only.",
  "Keys: the seven staged commodities and the eight IMATs carry hurricane_sally_2020 keys (fema_water_liters_staged, fema_meals_staged, fema_blankets_staged, fema_tarps_staged, fema_blue_roof_staged, fema_cots_staged, fema_generators_staged, fema_imats_deployed) for FEMA's later Sally updates, which repeat the same commodity list word for word (copies of them are stored on reposting sites); no partner in this set yet. The 'Five' / 'one' / 'one' split of the eight teams has no key.",
  "Not figures: 'Category 2' (a designation). The cut sentence dropped at the end held '30 parishes in Louisiana, 24 counties in Mississippi, 51' (not in the text).",
  "Events: 'on Tuesday' (landfall, null; literally 15 September, though the storm came ashore on 16 September: see its note) and 'overnight' (rain, null). 'President Trump approved Emergency Declarations ...' carries no date expression.",
  "Actors: FEMA and President Trump. The states (Louisiana, Mississippi, Alabama, Florida) only receive teams and declarations; not listed.",
  "second reading (annotator): the whole item re-read once fully against FORMAT.md sections 1-2 and against the stored copy: every number token ('4 million', '3.2 million', '289,000', '117,000', '52,500', '6,500', '23', 'eight', 'Five', 'one' twice, '2' in 'Category 2' left out), the one hedge, 17 September 2020 = Thursday (so 'on Tuesday' = 15 September), 'overnight' as D-1/D, every alias an exact substring; no change.",
 ],
}
