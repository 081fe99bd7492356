F = "U.S. 6th Fleet officials"
MC = "USS McFaul"
D = "USCGC Dallas"
MW = "USS Mount Whitney"
ANN = {
 "article": "articles/dod_2008_georgia_ships_deploy_aid.txt",
 "gold_out": "gold/dod_2008_georgia_ships_deploy_aid.json",
 "published": "2008-08-21",
 "quotes": [],
 "figures": [
  {"text": "Two", "value": 2, "unit": None, "counted": "Navy ships transporting relief supplies to Georgia", "source": F, "approx": None,
   "note": "'Two Navy ships and a Coast Guard cutter are transporting ...'; the next sentence ('These deployments are part of ..., U.S. 6th Fleet officials said') names the claimant of the paragraph (FORMAT: a claimant named in the next sentence counts). Not the same quantity as 'Two U.S. ships are on the way' (McFaul and Dallas) in dod_2008_georgia_aid_million_pounds: here the two Navy ships are McFaul and Mount Whitney, the cutter counted apart"},
  {"text": "a week", "value": 1, "unit": "weeks", "counted": "time for McFaul and Dallas to reach Georgia", "source": None, "approx": "up to", "ctx": "within a week",
   "note": "'arrive in Georgia within a week': a duration (upper bound), annotated as a figure, not an event; narration with no attribution in its sentence or the next (the next sentence's 'officials said' covers the Mount Whitney), so null"},
  {"text": "thousands", "value": None, "vague": True, "unit": None, "counted": "blankets, hygiene kits, baby food and infant-care supplies the ships will deliver", "source": F, "approx": None,
   "note": "'The ships will deliver thousands of blankets ..., officials said': the same 6th Fleet officials"},
 ],
 "events": [
  {"actor": MC, "date": "2008-08-20", "date_text": "yesterday", "what": "USS McFaul departed from Souda Bay, Crete",
   "note": "subject of 'departed'; the day before the dateline (Thursday 21 August 2008). dod_2008_georgia_aid_million_pounds (24 August) dates the same departure 'Aug. 21'"},
  {"actor": D, "date": "2008-08-18/2008-08-24", "date_text": "later this week", "what": "the Coast Guard Cutter Dallas will leave (Souda Bay)",
   "note": "subject of 'will leave'; 'this week' = the ISO week of Thursday 21 August 2008 (Monday 18 - Sunday 24); 'later' only says it is after the report day, so the week interval is kept. Dallas left on 21 or 22 August by the other items"},
  {"actor": MW, "date": "2008-08", "date_text": "later this month", "what": "the Mount Whitney's crew will proceed to Georgia",
   "note": "subject 'The crew of the USS Mount Whitney' of 'is loading ... and will proceed' (the ship's crew, canonical the ship, as a unit's soldiers -> the unit); 'this month' = August 2008. The ship actually reached Poti on 5 September"},
 ],
 "actors": [
  {"name": F, "type": "group", "aliases": ["U.S. 6th Fleet officials", "officials"]},
  {"name": MC, "type": "organisation", "aliases": ["USS McFaul", "McFaul"]},
  {"name": D, "type": "organisation", "aliases": ["the U.S. Coast Guard Cutter Dallas", "Dallas"]},
  {"name": MW, "type": "organisation", "aliases": ["The crew of the USS Mount Whitney", "the USS Mount Whitney"]},
  {"name": "Government of Georgia", "type": "organisation", "aliases": ["the government of Georgia"]},
 ],
 "notes": [
  "American Forces Press Service story of Thursday 21 August 2008 (from a U.S. Naval Forces Europe/U.S. 6th Fleet news release), kept from a blog that reposts AFPS stories. Story georgia_us_aid_2008 (US military relief deliveries to Georgia after the August 2008 war) with dod_2008_georgia_aid_million_pounds (24 August), dod_2008_georgia_mcfaul_aid_batumi (Navy/EUCOM release, 24 August) and dod_2008_georgia_mount_whitney_concludes (8 September).",
  "No quotes. Two figures are claimed by the 6th Fleet officials (one through the attribution of the next sentence); 'within a week' is a duration figure. No figure here shares a quantity with the other items: the ship counts are of different sets of ships.",
  "Three dated acts by three ships: McFaul 'departed ... yesterday' (20 August; the 24 August item says 'Aug. 21', a disagreement between the reports), Dallas 'will leave later this week', the Mount Whitney's crew 'will proceed to Georgia later this month'. The dateline 'Aug. 21, 2008 -' is not an event.",
  "Not figures: '6th' (fleet name), 'first' (ordinal), 'Both', 'a Coast Guard cutter' (article, not a count).",
  "The government of Georgia is listed because it made the request for assistance (undated). The 'U.S. 6th Fleet' appears only in the officials' title and in '6th Fleet area of responsibility'.",
  "Second reading against FORMAT.md sections 1-2 (whole item re-read): spans, the next-sentence claimant of 'Two', the null source of 'a week', the three event dates recomputed from 21 August 2008 and the ship actors checked; no change.",
 ],
}
