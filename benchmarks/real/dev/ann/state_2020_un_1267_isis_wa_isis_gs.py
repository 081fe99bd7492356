US = "United States"
UNC = "UN 1267 Sanctions Committee"
WA = "ISIS-West Africa"
GS = "ISIS-Greater Sahara"
ANN = {
 "article": "articles/state_2020_un_1267_isis_wa_isis_gs.txt",
 "gold_out": "gold/state_2020_un_1267_isis_wa_isis_gs.json",
 "published": "2020-02-26",
 "quotes": [],
 "figures": [
  {"text": "hundreds", "value": None, "vague": True, "unit": None, "counted": "innocent civilians killed by ISIS-WA", "source": None, "approx": None,
   "note": "vague plural; the statement's own voice (the State Department is the outlet), so no claimant"},
  {"text": "dozens", "value": None, "vague": True, "unit": None, "counted": "attacks by ISIS-WA", "source": None, "approx": None,
   "note": "vague plural, outlet's voice"},
  {"text": "four", "value": 4, "unit": None, "counted": "U.S. soldiers killed in the October 2017 attack in Niger", "source": None, "approx": None,
   "note": "outlet's voice; no other item of the set counts the Niger dead, so no key"},
 ],
 "events": [
  {"actor": UNC, "date": "2020-02-23", "date_text": "on February 23", "what": "the UN 1267 Sanctions Committee added ISIS-WA and ISIS-GS to its designations list",
   "note": "'the action taken by the United Nations Security Council’s 1267 ... Sanctions Committee on February 23 to add ...': the date modifies 'taken', whose by-agent is the Committee; Sunday 23 February 2020, three days before the statement"},
  {"actor": US, "date": "2018-05-23", "date_text": "on May 23, 2018", "what": "the United States designated ISIS-WA (FTO and SDGT)",
   "note": "'The United States designated ISIS-WA and ISIS-GS ... on May 23, 2018 and February 28, 2018, respectively': 'respectively' pairs May 23, 2018 with ISIS-WA, as printed"},
  {"actor": US, "date": "2018-02-28", "date_text": "February 28, 2018", "what": "the United States designated ISIS-GS (FTO and SDGT)",
   "note": "second date of the same 'respectively' clause, paired with ISIS-GS; subject The United States"},
  {"actor": None, "date": "2019-05", "date_text": "in May 2019", "what": "ISIS-Khorasan was the first ISIS affiliate listed at the UN",
   "note": "passive 'was the first listed at the UN' without a by-agent ('at the UN' is a place) -> null"},
  {"actor": WA, "date": "2015", "date_text": "since its inception in 2015", "what": "ISIS-WA has killed hundreds of civilians in dozens of attacks since its inception",
   "note": "'ISIS-WA is responsible for killing hundreds ... since its inception in 2015': a 'since' expression is dated by its starting point (as 'since March', 'since Aug. 16' in dev) and goes with the verb it modifies, whose agent is ISIS-WA"},
  {"actor": GS, "date": "2015", "date_text": "since its formation in 2015", "what": "ISIS-GS has carried out numerous attacks since its formation",
   "note": "'ISIS-GS has also carried out numerous attacks since its formation in 2015': agent ISIS-GS"},
  {"actor": GS, "date": "2017-10", "date_text": "October 2017", "what": "ISIS-GS attack that killed four U.S. soldiers in Niger",
   "note": "a date on the noun 'attack' ('including the October 2017 attack'), one of the attacks ISIS-GS 'has carried out' -> ISIS-GS"},
 ],
 "actors": [
  {"name": US, "type": "country", "aliases": ["The United States"]},
  {"name": UNC, "type": "organisation", "aliases": ["United Nations Security Council’s 1267 al-Qa’ida and ISIL (Da’esh) Sanctions Committee", "United Nations 1267 Sanctions Committee"]},
  {"name": "United Nations", "type": "organisation", "aliases": ["the UN"]},
  {"name": WA, "type": "group", "aliases": ["ISIS-West Africa", "ISIS-WA"]},
  {"name": GS, "type": "group", "aliases": ["ISIS-Greater Sahara", "ISIS-GS"]},
 ],
 "notes": [
  "State Department press statement of Wednesday 26 February 2020 welcoming the UN 1267 Committee's listing (23 February 2020) of ISIS-West Africa and ISIS-Greater Sahara, reposted by STL.News under 'The US Department of State released the following statement:' (removed); headline rebuilt from the address slug (see meta). Story isis_wa_isis_gs_un_listing_2020 (one item).",
  "Quotes: none (no quote marks in the statement).",
  "Figures: 'hundreds' and 'dozens' (vague plurals, value null) and 'four' U.S. soldiers; all in the statement's own voice, so no claimant. Not figures: '1267' (the committee's name), 'Section 219', 'Executive Order 13224' (legal designations), 'second and third', 'the first' (ordinals), the dates.",
  "Events: 'on February 23' (the Committee added the groups), 'on May 23, 2018' and 'February 28, 2018' (the United States designated ISIS-WA and ISIS-GS, paired by 'respectively' as printed; the text's pairing is annotated, not the historical record), 'in May 2019' (ISIS-Khorasan listed: passive, null), 'since its inception in 2015' (ISIS-WA killing), 'since its formation in 2015' (ISIS-GS attacks), 'October 2017' (the Niger attack, ISIS-GS).",
  "Actors: the United States (welcomes, designated), the UN 1267 Sanctions Committee (the long name in the body and the rebuilt headline's form), the UN ('designated by the UN', 'listed at the UN'; kept apart from its committee), ISIS-WA and ISIS-GS. Not actors: ISIS-Khorasan (only listed), ISIS (object of 'to defeat ISIS'), 'all member states' and 'the international community' (obligated, urged: no act), 'our African partners'.",
  "first reading (annotator): annotated against FORMAT.md; 23 February 2020 was a Sunday and 26 February a Wednesday; the 'respectively' clause read twice to pair each date with its group; every alias an exact substring (curly apostrophes in the Committee's name kept).",
  "second reading (checker): re-read claimants (none: the outlet's own statement), event actors (the Committee for 23 February, the United States for both 2018 designations, null for the passive 2019 listing, the two groups for their own attacks) and dates against 2020-02-26 (February 23 without a year = 2020); no change.",
 ],
}
