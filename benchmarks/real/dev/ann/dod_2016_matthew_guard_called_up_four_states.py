K = "hurricane_matthew_us_2016:"
NGB = "National Guard Bureau"
HAL = "Nikki Haley"
SCO = "Rick Scott"
ANN = {
 "article": "articles/dod_2016_matthew_guard_called_up_four_states.txt",
 "gold_out": "gold/dod_2016_matthew_guard_called_up_four_states.json",
 "published": "2016-10-05",
 "quotes": [
  {"text": "Our goal is to make sure you get at least 100 miles away from the coast", "speaker": HAL, "kind": "direct", "fragment": False, "speaker_mention": "Gov. Nikki Haley",
   "note": "'\"Our goal is ... from the coast,\" Gov. Nikki Haley told residents.': attribution after the quote in the same sentence; the comma before the closing mark is dropped"},
  {"text": "We are preparing for the worst, hoping for the best and not taking any chances.", "speaker": SCO, "kind": "direct", "fragment": False, "speaker_mention": "Gov. Rick Scott",
   "note": "'As reported in news media, Gov. Rick Scott said, \"...\"': the Bureau relays Scott's words as news media reported them; the speaker is still Scott. Final period inside the marks kept. The governor's state is not printed in this version ('In Florida' opens the paragraph; the northcom version says 'Florida Gov. Rick Scott')"},
 ],
 "figures": [
  {"quantity": K+"states_guard_at_ready", "text": "four", "value": 4, "unit": None, "counted": "southeastern states whose National Guard members were at the ready", "source": None, "approx": None,
   "note": "'National Guard members in four southeastern states were at the ready Wednesday': the Bureau's own voice (its own story, 'By National Guard Bureau'); no claimant. The northcom version of the same story (dod_2016_matthew_guard_assists_northcom) prints the same 'four southeastern states': same key"},
  {"quantity": K+"sc_army_guard_on_duty", "text": "1,100", "value": 1100, "unit": None, "counted": "Army National Guard troops on duty in South Carolina", "source": None, "approx": "at least",
   "note": "'South Carolina had at least 1,100 Army National Guard troops on duty': narration; 'according to the National Guard Bureau' two sentences later attributes the North Carolina standby figure only. Same sentence and number in the northcom version: same key. Army Guard troops on duty only: not the same scope as counts of South Carolina Guard 'soldiers and airmen' activated"},
  {"quantity": K+"haley_evacuation_distance", "text": "100 miles", "value": 100, "unit": "miles", "counted": "miles away from the coast residents should get", "source": HAL, "approx": "at least",
   "note": "inside Haley's quotation ('make sure you get at least 100 miles away from the coast'): the speaker claims it; 'at least' is printed. Same quotation in the northcom version: same key"},
  {"quantity": K+"florida_guard_helping_prepare", "text": "500", "value": 500, "unit": None, "counted": "Guard members helping with preparation in Florida", "source": None, "approx": "around",
   "note": "'In Florida, just about 500 Guard members are helping with preparation': 'just about' -> around; no claimant in this version (the next sentence attributes Scott's quotation, not this count). The northcom version of the same story gives 'about 200 Guard members' for the same sentence, claimed by 'officials': same key, the two versions disagree"},
  {"text": "300", "value": 300, "unit": None, "counted": "personnel in North Carolina on standby", "source": NGB, "approx": None,
   "note": "'Neither Georgia nor North Carolina had any Guard troops on duty but 300 personnel in North Carolina were on standby, according to the National Guard Bureau.': the claimant closes the sentence. Not in the northcom version's stored opening: no key"},
  {"text": "35 miles", "value": 35, "unit": "miles", "counted": "miles north-northwest of Cuba's eastern tip the storm was", "source": None, "approx": None,
   "note": "'The powerful storm was 35 miles north-northwest of Cuba's eastern tip; by Thursday officials expect ...': the position is narration; 'officials expect' governs only the forecast of the second clause: null"},
 ],
 "events": [
  {"actor": None, "date": "2016-10-05", "date_text": "Wednesday", "what": "National Guard members in four southeastern states were at the ready as Hurricane Matthew approached",
   "note": "'National Guard members in four southeastern states were at the ready Wednesday': 'Wednesday' dates a state ('were at the ready'), not an act, so no agent (states -> null, as the guide says). Wednesday 5 October 2016 is the publication day (date line 'NEWS | Oct. 5, 2016'); the northcom version prints 'today'"},
  {"actor": None, "date": "2016-10-06", "date_text": "by Thursday", "what": "the storm is expected to move very close to Florida",
   "note": "'by Thursday officials expect it to move very close to Florida': the date modifies 'move', whose subject is the storm (weather): no agent; 'officials' are the ones who expect, not the agent of the dated act. Future: Thursday 6 October 2016"},
  {"actor": None, "date": "2016-10-09", "date_text": "By Sunday", "what": "the storm may progress as far north as Massachusetts",
   "note": "'By Sunday, the storm may progress as far north as Massachusetts, forecasters said.': weather, no agent (the forecasters claim the forecast). Future: Sunday 9 October 2016"},
 ],
 "actors": [
  {"name": NGB, "type": "organisation", "aliases": ["National Guard Bureau"]},
  {"name": HAL, "type": "person", "aliases": ["Gov. Nikki Haley"]},
  {"name": SCO, "type": "person", "aliases": ["Gov. Rick Scott"]},
  {"name": "officials", "type": "group", "aliases": ["officials"]},
  {"name": "forecasters", "type": "group", "aliases": ["forecasters"]},
  {"name": "Georgia National Guard", "type": "organisation", "aliases": ["Georgia personnel"]},
 ],
 "notes": [
  "National Guard Bureau story of Wednesday 5 October 2016 on nationalguard.mil ('By National Guard Bureau', with DoD News contributing), as Hurricane Matthew approached the US. Story hurricane_matthew_us_2016 with the DoD News version of the same story on northcom.mil (dod_2016_matthew_guard_assists_northcom, same day; it gives about 200 Guard members in Florida where this one gives about 500, and credits 'officials') and the American Forces Press Service story of 10 October on the South Carolina Guard (dod_2016_matthew_sc_guard_continues_response). The Haiti items of Matthew (story hurricane_matthew_haiti_2016) are another story.",
  "Quotes: Haley (named in the same sentence, after the quote) and Scott ('As reported in news media, Gov. Rick Scott said, \"...\"').",
  "Figures: four states, at least 1,100 South Carolina Army Guard troops, Haley's 'at least 100 miles', about 500 Florida Guard members (all shared with the northcom version by quantity keys), 300 North Carolina personnel on standby (claimed by the National Guard Bureau, 'according to' closing the sentence) and the storm's 35 miles from Cuba (narration). The Bureau's own story: figures in its narration have no claimant (source null).",
  "Not figures: 'any' in 'had any Guard troops on duty' (no number); 'Neither' (no count). Nothing else numeric.",
  "Events: 'Wednesday' (a state, null), 'by Thursday' and 'By Sunday' (forecast storm movement, null). 'they reported' (the Bureau, about Georgia personnel's checks) carries no date.",
  "Actors: the National Guard Bureau (claims the 300 and 'they reported'; 'they' is a pronoun, not an alias), Haley, Scott, the unnamed 'officials' who expect the storm near Florida, the 'forecasters' and the Georgia personnel conducting checks (listed as 'Georgia National Guard'). South Carolina, Florida, Georgia and North Carolina appear as places; 'news media' (the channel of Scott's words) is not listed.",
  "second reading (annotator): the whole item re-read once fully against FORMAT.md sections 1-2: both quotes' texts (trailing comma of Haley's dropped, Scott's final period kept), every number token ('four', '1,100', '100 miles', '500', '300', '35 miles'), the hedges ('at least' twice, 'just about' -> around), the claimant of 300 (NGB) and of 100 miles (Haley), 5 October 2016 = Wednesday, Thursday = 6 and Sunday = 9 October, every alias an exact substring used by one actor only; no change.",
 ],
}
