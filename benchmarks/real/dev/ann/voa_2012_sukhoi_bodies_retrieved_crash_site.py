K = "sukhoi_superjet_crash_2012:"
TM = "Indonesian transport ministry"
ANN = {
 "article": "articles/voa_2012_sukhoi_bodies_retrieved_crash_site.txt",
 "gold_out": "gold/voa_2012_sukhoi_bodies_retrieved_crash_site.json",
 "published": "2012-05-12",
 "quotes": [],
 "figures": [
  {"quantity": K + "passengers_aboard", "text": "45", "value": 45, "unit": None, "counted": "passengers the Russian-made jet was carrying", "source": "Indonesian investigators", "approx": "at least",
   "note": "'Investigators believe there were no survivors after the Russian-made jet carrying at least 45 passengers crashed': the number sits inside the clause of what the investigators believe, so they are the claimant (as numbers inside 'officials warn' in the Soma items). Same quantity as the officials' 'up to 50 passengers on board' in voa_2012_sukhoi_search_crews_progress"},
  {"quantity": K + "descent_from_altitude", "text": "3,000", "value": 3000, "unit": "m", "counted": "meters, altitude the pilot was cleared to descend from", "source": TM, "approx": None,
   "note": "'the French news agency says Indonesia's transport ministry has confirmed that a Jakarta control tower gave the pilot permission to descend from 3,000 to 1,800 meters': the ministry confirmed it, AFP only relays it (as 'AFP quoted officials' elsewhere in the set), so the ministry is the claimant. Two figures (from / to), not a range; meters take unit 'm' (in score.py's table, as in the set's Chile and tsunami items)"},
  {"quantity": K + "descent_to_altitude", "text": "1,800", "value": 1800, "unit": "m", "counted": "meters, altitude the pilot was cleared to descend to", "source": TM, "approx": None,
   "note": "second figure of 'from 3,000 to 1,800 meters,.' (the page prints ',.'); claimant the transport ministry as above"},
  {"quantity": K + "mount_salak_height", "text": "2,200", "value": 2200, "unit": "m", "counted": "meters in elevation of the volcano", "source": None, "approx": None,
   "note": "'the volcano, which is 2,200 meters in elevation': outlet's voice; same quantity as '2,200 meters high' in the breaking-news post of the same day"},
 ],
 "events": [
  {"actor": None, "date": "2012-05-09", "date_text": "Wednesday", "what": "the jetliner slammed into the side of a volcano",
   "note": "'a jetliner that slammed into the side of a volcano Wednesday': the date modifies 'slammed', whose subject is the plane (an accident, no agent). Wednesday before Saturday 12 May 2012 = 9 May 2012"},
  {"actor": "families of the victims", "date": "2012-05-12", "date_text": "on Saturday", "what": "family members of victims gathered at a Jakarta hospital",
   "note": "'Family members of victims gathered at a Jakarta hospital on Saturday': the family members are the agent of 'gathered'; Saturday = the publication day (see meta). The 'as remains ... arrived' clause shares the date but has no agent"},
 ],
 "actors": [
  {"name": "Indonesian search teams", "type": "group", "aliases": ["Search teams"]},
  {"name": "families of the victims", "type": "group", "aliases": ["Family members of victims"]},
  {"name": "Indonesian investigators", "type": "group", "aliases": ["Investigators"]},
  {"name": "Indonesian officials", "type": "group", "aliases": ["Officials"]},
  {"name": "Agence France-Presse", "type": "organisation", "aliases": ["the French news agency"]},
  {"name": TM, "type": "organisation", "aliases": ["Indonesia's transport ministry"]},
  {"name": "Jakarta control tower", "type": "organisation", "aliases": ["a Jakarta control tower"]},
  {"name": "pilot of the Sukhoi Superjet 100", "type": "person", "aliases": ["the Russian pilot"]},
 ],
 "notes": [
  "VOA News report of Saturday 12 May 2012 (date from the photo caption and the text, see meta) on the recovery of bodies after the Sukhoi Superjet 100 demonstration flight slammed into Mount Salak, Indonesia, on Wednesday 9 May 2012; story sukhoi_superjet_crash_2012 with voa_2012_sukhoi_search_crews_progress (VOA breaking-news post of the same day).",
  "Cross-report keys: '45' (at least, investigators) and the other item's '50' (up to, officials) share sukhoi_superjet_crash_2012:passengers_aboard; '3,000' and '1,800' (descent from / to) and '2,200' (height of Mount Salak) share keys with the same numbers in the other item.",
  "No quote marks in the item: the officials' and the investigators' words are reported speech; 'black box' is not in quote marks here.",
  "Not figures: '100' in 'Sukhoi Superjet 100' (twice, a model designation).",
  "Actors: 'the pilot' (twice) is kept out of the aliases as a bare description repeated in two roles; 'the Russian pilot' is listed. Aeroflot and Armavia only use the aircraft (no act), so they are not actors.",
  "Second careful read of the whole item against FORMAT.md done by the annotator: the ',.' after 'meters' kept as printed, both altitude figures given to the ministry (AFP only relays), '45' kept with the investigators (inside what they believe) and 'at least', the two date expressions and their agents rechecked.",
 ],
}
