S = "mh370_2014"
USN = "U.S. Navy"
BR = "USS Blue Ridge"
WM = "William Marks"
TA = "Tony Abbott"
HH = "Hishammuddin Hussein"
WK = "2014-04-28/2014-05-04"
ANN = {
 "article": "articles/voa_2014_mh370_aerial_search_ends.txt",
 "gold_out": "gold/voa_2014_mh370_aerial_search_ends.json",
 "published": "2014-04-30",
 "quotes": [
  {"text": "in view of the diminishing possibility on the surface of the water.", "speaker": WM, "speaker_mention": "U.S. Navy Commander William Marks", "fragment": True,
   "note": "a phrase in quote marks ending the sentence of reported speech 'U.S. Navy Commander William Marks said the decision ... was made in close coordination with the Australian and Malaysian governments \"...\"'; the full stop inside the marks kept"},
 ],
 "figures": [
  {"quantity": S + ":people_aboard", "text": "239", "value": 239, "unit": None, "counted": "passengers Malaysia Airlines Flight 370 was carrying", "source": None, "approx": None,
   "note": "outlet's voice ('Flight 370 was carrying 239 passengers when it disappeared'); VOA writes 'passengers' for the 239 people aboard (227 passengers and 12 crew), the same quantity as the 239 'people on board' of 10 and 17 March"},
 ],
 "events": [
  {"actor": USN, "date": "2014-04-30", "date_text": "Wednesday", "occ": 1, "what": "the U.S. Navy issued a statement that flight operations from USS Blue Ridge have stopped",
   "note": "'The U.S. Navy issued a statement Wednesday': agent of 'issued'; Wednesday 30 April 2014, the report's day"},
  {"actor": BR, "date": WK, "date_text": "this week", "ctx": "operations this week", "what": "USS Blue Ridge will return to other operations",
   "note": "'the vessel will return to other operations this week' (reported from the Navy statement): 'the vessel' = the Seventh Fleet command ship USS Blue Ridge, the subject of 'return' (a ship listed as an actor, as the USS Mount Whitney in dod_2008_georgia_mount_whitney_concludes); 'this week' = the ISO week of Wednesday 30 April 2014 (Monday 28 April to Sunday 4 May)"},
  {"actor": None, "date": "2014-03-08", "date_text": "on March 8", "what": "Flight 370 disappeared during a flight from Kuala Lumpur to Beijing",
   "note": "'when it disappeared on March 8': disappearing has no agent; the year is the report's (2014)"},
  {"actor": TA, "date": WK, "date_text": "Earlier this week", "what": "Tony Abbott said the search will enter a new phase with submersible vehicles",
   "note": "'Earlier this week, Australian Prime Minister Tony Abbott said ...': agent of 'said'; written as the report's ISO week (Monday 28 April to Sunday 4 May 2014), as the dev items write 'earlier this week' (voa_2006 Leyte landslide, the 2014 Cambodia items); Abbott spoke on Monday 28 April"},
  {"actor": HH, "date": "2014-04-30", "date_text": "Wednesday", "occ": 2, "what": "Hishammuddin Hussein said he will travel to Australia next week",
   "note": "'Malaysia's acting Transport Minister Hishammuddin Hussein said Wednesday': agent of 'said'"},
  {"actor": HH, "date": "2014-05-05/2014-05-11", "date_text": "next week", "what": "Hishammuddin Hussein will travel to Australia to discuss the next phase of the search and its cost",
   "note": "'he will travel to Australia next week': he = Hishammuddin (the subject of 'said'); the ISO week after Wednesday 30 April 2014 (Monday 5 to Sunday 11 May)"},
 ],
 "actors": [
  {"name": USN, "type": "organisation", "aliases": ["The U.S. Navy"]},
  {"name": BR, "type": "organisation", "aliases": ["USS Blue Ridge", "the vessel"]},
  {"name": WM, "type": "person", "aliases": ["U.S. Navy Commander William Marks", "William Marks"]},
  {"name": TA, "type": "person", "aliases": ["Australian Prime Minister Tony Abbott", "Tony Abbott"]},
  {"name": HH, "type": "person", "aliases": ["Malaysia's acting Transport Minister Hishammuddin Hussein", "Hishammuddin Hussein", "Hussein"]},
  {"name": "authorities", "type": "group", "aliases": ["authorities"]},
  {"name": "GeoResonance", "type": "organisation", "aliases": ["a private land and sea survey company"]},
 ],
 "notes": [
  "VOA News report of Wednesday 30 April 2014 (page undated, stored from VOA's publishing host; date worked out in the meta file) on the end of the aerial search for Malaysia Airlines Flight 370. Story mh370_2014 with voa_2014_mh370_search_area_to_expand (10 March) and voa_2014_mh370_search_widens_corridors (17 March).",
  "Key across the story: mh370_2014:people_aboard ('239 passengers' here, 239 people on board on 10 and 17 March).",
  "One quote: a fragment closing a sentence of reported speech by William Marks.",
  "Actors: the U.S. Navy (issued a statement), USS Blue Ridge ('the vessel' will return), Marks, Abbott, Hishammuddin ('Hussein also says'), 'authorities' (are looking into claims; undated) and the survey company that claims it detected material (GeoResonance, named only in the dropped cut paragraph; its description is the alias). 'the Australian and Malaysian governments' (the decision was made in coordination with them) do not act on their own and are left out; 'the Seventh Fleet' is part of the ship's description. Australia and the Bay of Bengal are places here.",
  "Not figures: 'Flight 370' (designation), 'a new phase' / 'a much larger area' (no number). 'officially ended' carries no date expression (no event).",
  "Second careful reading of the whole item against FORMAT.md sections 1-2 done by the annotator: the fragment span (final full stop kept), the one number token 239 annotated, the two 'Wednesday's told apart by occ, 'this week' / 'Earlier this week' as the ISO week and 'next week' as the following ISO week of Wednesday 30 April 2014.",
 ],
}
