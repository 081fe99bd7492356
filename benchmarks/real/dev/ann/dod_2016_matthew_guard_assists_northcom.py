K = "hurricane_matthew_us_2016:"
HAL = "Nikki Haley"
SCO = "Rick Scott"
ANN = {
 "article": "articles/dod_2016_matthew_guard_assists_northcom.txt",
 "gold_out": "gold/dod_2016_matthew_guard_assists_northcom.json",
 "published": "2016-10-05",
 "quotes": [
  {"text": "Our goal is to make sure you get at least 100 miles away from the coast", "speaker": HAL, "kind": "direct", "fragment": False, "speaker_mention": "South Carolina Gov. Nikki Haley",
   "note": "'\"Our goal is ... from the coast,\" South Carolina Gov. Nikki Haley told residents.': attribution after the quote; the comma before the closing mark is dropped"},
  {"text": "We Are Preparing for the Worst", "speaker": SCO, "kind": "direct", "fragment": True, "speaker_mention": None,
   "note": "section heading in curly single quotes: Florida Gov. Rick Scott's words, as the dropped paragraph under it ('As reported in news media, Florida Gov. Rick Scott said, \"We are preparing for the worst, ...') and the National Guard Bureau version of the story show. A headline phrase (fragment). The attribution was in the paragraph dropped because the stored copy cuts it mid-quotation, so the kept text names no speaker: speaker_mention null, Scott listed as an actor without aliases (as other dev items list a speaker with no surface form)"},
 ],
 "figures": [
  {"quantity": K+"states_guard_at_ready", "text": "four", "value": 4, "unit": None, "counted": "southeastern states whose National Guard members were at the ready", "source": None, "approx": None,
   "note": "'National Guard members in four southeastern states were at the ready today': DoD News's own voice, no claimant; same in the Bureau version (dod_2016_matthew_guard_called_up_four_states), same key"},
  {"quantity": K+"sc_army_guard_on_duty", "text": "1,100", "value": 1100, "unit": None, "counted": "Army National Guard troops on duty in South Carolina", "source": None, "approx": "at least",
   "note": "'South Carolina had at least 1,100 Army National Guard troops on duty, and evacuations were underway.': narration, no claimant; same in the Bureau version, same key"},
  {"quantity": K+"haley_evacuation_distance", "text": "100 miles", "value": 100, "unit": "miles", "counted": "miles away from the coast residents should get", "source": HAL, "approx": "at least",
   "note": "inside Haley's quotation: the speaker claims it; same quotation in the Bureau version, same key"},
  {"quantity": K+"florida_guard_helping_prepare", "text": "200", "value": 200, "unit": None, "counted": "Guard members helping with preparation in Florida", "source": "officials", "approx": "around",
   "note": "'In Florida, about 200 Guard members are helping with preparation, and more may be called up, as needed, officials said.': 'about' -> around; 'officials said' closes the sentence, so the (unnamed) officials claim it. The Bureau version of the same day prints 'just about 500' in the same sentence, without a claimant: same key, the two versions disagree"},
 ],
 "events": [
  {"actor": None, "date": "2016-10-05", "date_text": "today", "what": "National Guard members in four southeastern states were at the ready as Hurricane Matthew approached",
   "note": "'National Guard members in four southeastern states were at the ready today': 'today' in narration = the publication day, Wednesday 5 October 2016 (date line 'News | Oct. 5, 2016'; the Bureau version says 'Wednesday'). It dates a state ('were at the ready'), not an act: no agent"},
 ],
 "actors": [
  {"name": HAL, "type": "person", "aliases": ["South Carolina Gov. Nikki Haley"]},
  {"name": SCO, "type": "person", "aliases": []},
  {"name": "officials", "type": "group", "aliases": ["officials"]},
 ],
 "notes": [
  "DoD News story of Wednesday 5 October 2016 as posted on the US Northern Command site (northcom.mil), a version of the National Guard Bureau story of the same day (dod_2016_matthew_guard_called_up_four_states) as Hurricane Matthew approached; story hurricane_matthew_us_2016 with that item and the 10 October story on the South Carolina Guard (dod_2016_matthew_sc_guard_continues_response). The stored copy is short: a photo block (removed) fills much of it and the paragraph after the section heading is cut mid-quotation (dropped, see meta edits).",
  "Shared quantity keys with the Bureau version: states_guard_at_ready (four / four), sc_army_guard_on_duty (at least 1,100 / at least 1,100), haley_evacuation_distance (at least 100 miles / same) and florida_guard_helping_prepare (about 200 here, claimed by 'officials'; 'just about 500' there, unattributed): the versions disagree on Florida.",
  "Quotes: Haley's quotation, and the section heading '‘We Are Preparing for the Worst’' (Scott's words, fragment; the kept text does not name him, see the quote's note).",
  "Event: only 'today' (a state, null). 'more may be called up, as needed' is undated.",
  "Actors: Haley, Scott (no surface form left in the kept text) and the unnamed 'officials' who give the Florida count. 'National Guard members in four southeastern states' is not listed (subject of a state); South Carolina and Florida appear as places.",
  "Not figures: nothing else numeric in the kept text (the photo's VIRIN and the date line were removed).",
  "second reading (annotator): the whole item re-read once fully against FORMAT.md sections 1-2: the two quote spans (straight double marks around Haley's words, curly single marks around the heading), every number token ('four', '1,100', '100 miles', '200'), the hedges ('at least' twice, 'about' -> around), the claimant of 200 ('officials said' at the end of its sentence), 'today' = Wednesday 5 October 2016, the aliases as exact substrings; no change.",
 ],
}
