K = "hurricane_gustav_us_2008:"
LNG = "Louisiana National Guard"
BL = "Bennett C. Landreneau"
CH = "Chris Heathscott"
ANN = {
 "article": "articles/dod_2008_gustav_guard_supporting_evacuees.txt",
 "gold_out": "gold/dod_2008_gustav_guard_supporting_evacuees.json",
 "published": "2008-09-04",
 "quotes": [
  {"text": "Louisiana citizens and our governor needed the Guard, and we were there immediately, redirecting hundreds of troops to assist New Orleans with their evacuation plan", "speaker": BL, "speaker_mention": "Army Maj. Gen. Bennett C. Landreneau",
   "note": "'\"...,\" said Army Maj. Gen. Bennett C. Landreneau, Louisiana's adjutant general': inverted attribution after the quote; the comma before the closing mark is dropped"},
 ],
 "figures": [
  {"quantity": K+"louisiana_guard_troops_gustav", "text": "7,000", "value": 7000, "unit": None, "counted": "National Guard troops who assisted local authorities across Louisiana as Gustav approached", "source": None, "approx": "more than",
   "note": "'More than 7,000 National Guard troops assisted local authorities ... in New Orleans and performed dozens of other missions across Louisiana': narration (no attribution in this or the next sentence). The Louisiana Guard count, the same quantity as 'nearly 7,000 National Guard members ... throughout the state' of 3 Sept"},
  {"text": "dozens", "value": None, "vague": True, "unit": None, "counted": "other missions the Guard troops performed across Louisiana", "source": None, "approx": None, "ctx": "performed dozens",
   "note": "vague plural, narration"},
  {"text": "hundreds", "value": None, "vague": True, "unit": None, "counted": "troops redirected to assist New Orleans with its evacuation plan", "source": BL, "approx": None,
   "note": "inside Landreneau's quote"},
  {"text": "400", "value": 400, "unit": None, "counted": "National Guard Soldiers and Airmen who drove buses", "source": None, "approx": "around",
   "note": "'About 400 National Guard Soldiers and Airmen drove buses': 'About' -> around; narration (the next sentence, 'Adjacent states also helped house evacuees', attributes nothing)"},
  {"text": "2,300", "value": 2300, "unit": None, "counted": "Hurricane Gustav evacuees housed and fed at the Fort Chaffee Maneuver Training Center", "source": CH, "approx": "around",
   "note": "'About 2,300 Hurricane Gustav evacuees are currently being housed and fed at the Fort Chaffee Maneuver Training Center near Camp Smith, Ark.' No attribution in its own sentence; the next sentence, on the buses arriving there, ends 'said Arkansas Army National Guard spokesman Capt. Chris Heathscott', continuing the same account of the Arkansas site, so the claimant named in the next sentence counts (FORMAT)"},
  {"text": "Dozens", "value": None, "vague": True, "unit": None, "counted": "buses that began arriving from the Gulf Coast", "source": CH, "approx": None, "ctx": "Dozens of buses",
   "note": "'Dozens of buses began arriving ... said ... Capt. Chris Heathscott': vague plural claimed by Heathscott"},
 ],
 "events": [
  {"actor": None, "date": "2008-09-01", "date_text": "Monday", "what": "soldiers of Task Force Gator were at the New Orleans levees as the hurricane roared ashore",
   "note": "'Soldiers from the Louisiana National Guard's Task Force Gator were also at New Orlean's levees Monday as the hurricane roared ashore': the date modifies 'were ... at', a state (being at a place), not an act, so no agent (as the guide's 'states -> null'); the landfall in the 'as' clause is weather. Monday 1 September 2008 (past tense, the Monday before Thursday 4 September)"},
  {"actor": LNG, "date": "2008-08-30", "date_text": "Saturday", "what": "Guard soldiers began patrolling the streets of New Orleans", "ctx": "New Orleans Saturday",
   "note": "'Guard Soldiers began patrolling the streets of New Orleans Saturday': active, the subject is the Louisiana Guard's soldiers; Saturday 30 August 2008"},
  {"actor": LNG, "date": "2008-08-31", "date_text": "Sunday", "what": "Guard soldiers began helping the state police with contraflow operations",
   "note": "'They began helping the state police with \"contraflow\" operations Sunday': 'They' = the Guard Soldiers of the sentence before; Sunday 31 August 2008"},
  {"actor": None, "date": "2008-08-30", "date_text": "Saturday", "what": "dozens of buses began arriving at Fort Chaffee from the Gulf Coast", "ctx": "Orleans - Saturday",
   "note": "'Dozens of buses began arriving from the Gulf Coast - largely from New Orleans - Saturday said ... Heathscott': read as the buses began arriving Saturday (the comma before 'said' is missing); the subject is the buses (things), so no agent; Saturday 30 August 2008. Heathscott's saying is undated"},
 ],
 "actors": [
  {"name": LNG, "type": "organisation", "aliases": ["Louisiana National Guard", "National Guard troops", "Guard Soldiers", "Troops", "other Guardsmen", "the Guard", "National Guard Soldiers and Airmen"]},
  {"name": BL, "type": "person", "aliases": ["Army Maj. Gen. Bennett C. Landreneau"]},
  {"name": CH, "type": "person", "aliases": ["Arkansas Army National Guard spokesman Capt. Chris Heathscott"]},
  {"name": "adjacent states", "type": "group", "aliases": ["Adjacent states"]},
 ],
 "notes": [
  "Army News Service report dated Thursday 4 September 2008 on nationalguard.mil, on the Louisiana Guard's work around Gustav's landfall (1 September) and evacuees in Arkansas; the last paragraph (cut mid-sentence) is dropped. Story hurricane_gustav_us_2008 with dod_2008_gustav_slams_into_louisiana (1 Sept) and dod_2008_gustav_guard_corps_continue_operations (3 Sept).",
  "One quote: Landreneau's, inverted attribution after the quote ('said Army Maj. Gen. Bennett C. Landreneau, Louisiana's adjutant general'). '\"contraflow\"' is a scare quote (a term), not a quote.",
  "Key hurricane_gustav_us_2008:louisiana_guard_troops_gustav: 'More than 7,000' Guard troops across Louisiana here against 'nearly 7,000' in Louisiana on 3 Sept. Not the all-states total (guard_troops_gustav).",
  "Claimants: 'hundreds' (inside Landreneau's quote), 2,300 and 'Dozens' (Heathscott; the 2,300 through the attribution of the next sentence, which continues the account of the Fort Chaffee site); 7,000, 'dozens of other missions' and 400 are narration (null).",
  "Events: 'Monday' (a state, null), 'Saturday' (Guard soldiers began patrolling: Louisiana National Guard), 'Sunday' ('They began helping': Louisiana National Guard), 'Saturday' (buses began arriving: null). 'currently' is vague and not an event; 'as Hurricane Gustav approached' carries no date expression.",
  "Actors: the Louisiana National Guard with its surface forms (its troops, soldiers, airmen; 'Troops', 'other Guardsmen', 'the Guard' in the quote), Landreneau, Heathscott and the adjacent states (which helped house evacuees, undated). Local authorities, city officials and the state police are only helped, not acting: not listed. 'Task Force Gator' is part of the Louisiana Guard.",
  "second reading (annotator): re-read the whole item against FORMAT.md sections 1-2: quote span (comma before the closing mark dropped), every number token (7,000, dozens, hundreds, 400, 2,300, Dozens), the hedges (More than; About -> around x2), the two Saturdays pinned by ctx, weekdays recomputed for Thursday 4 September 2008 (Monday 1 Sept, Saturday 30 Aug, Sunday 31 Aug), every alias an exact substring; no change.",
 ],
}
