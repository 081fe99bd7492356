S = "mh370_2014"
MO = "Malaysian officials"
VO = "Vietnamese official"
RC = "Regional Maritime Search and Rescue Coordination Center"
CA = "head of the Malaysian Civil Aviation Authority"
ANN = {
 "article": "articles/voa_2014_mh370_search_area_to_expand.txt",
 "gold_out": "gold/voa_2014_mh370_search_area_to_expand.json",
 "published": "2014-03-10",
 "quotes": [
  {"text": "We suspected that the object we saw on Sunday afternoon was one of the doors of the missing plane, but nothing has been found. What we saw from rescue helicopters and what we actually found were different. Likewise, the spotted yellow object we retrieved was not a life raft from the missing Malaysian plane as was earlier suspected. I think we should not speculate that an object is a fragment from the airplane before actually retrieving it.",
   "speaker": VO, "speaker_mention": "a Vietnamese official", "fragment": False,
   "note": "a whole paragraph in quote marks with no attribution of its own; the paragraph before says the unnamed Vietnamese official (with the Regional Maritime Search and Rescue Coordination Center) 'confirmed to VOA's Vietnamese service Monday that there have been no signs of the Boeing 777': the quote is his. Final full stop inside the marks kept"},
 ],
 "figures": [
  {"quantity": S + ":people_aboard", "text": "239", "value": 239, "unit": None, "counted": "people on board the missing jet", "source": MO, "approx": None,
   "note": "'Malaysian officials say they are set to ... expand the search area for a missing ... jet that disappeared Saturday with 239 people on board': the number sits in the relative clause inside what the officials are reported to say, so it is theirs (the project's rule for an aside inside reported speech). Same quantity as the 239 of 17 March and the '239 passengers' of 30 April"},
  {"text": "Dozens", "value": None, "vague": True, "unit": None, "counted": "ships and planes from several countries searching", "source": None, "approx": None,
   "note": "vague plural; its own sentence with no speech verb, after the sentence of the Civil Aviation Authority head: VOA's background on the search so far, not said to be his (FORMAT counts a claimant named in the NEXT sentence; here the next sentence names none)"},
  {"text": "92", "value": 92, "unit": "km", "counted": "radius of the search area from the point where the plane disappeared", "source": None, "approx": "up to", "ctx": "92 kilometer",
   "note": "'within a 92 kilometer radius': text is the bare number ('12' of '12 miles'); 'within' = upper bound (up to), as voa_2008_jaipur_blasts_kill_maim_scores' 'within a two-kilometer radius'. Outlet's voice (same sentence as 'Dozens'). Not the same quantity as the 17 March item's 'tens of millions of square kilometers' (a radius of the first search vs the area of the widened one)"},
  {"quantity": S + ":chinese_share", "text": "two-thirds", "value": 2/3, "unit": "share", "counted": "share of the people on board who were Chinese nationals", "source": None, "approx": "around",
   "note": "'About two-thirds' -> around. Its own sentence after 'Officials say they have not ruled out anything ...'; that sentence is about the causes, and the share is VOA's background on the passengers, not said to be the officials' -> null. Same quantity as the 17 March item's 'two-thirds of whom were Chinese nationals'"},
  {"text": "two", "value": 2, "unit": None, "counted": "passengers who boarded with stolen Italian and Austrian passports", "source": None, "approx": None, "ctx": "two passengers",
   "note": "outlet's voice ('Investigators have been looking into two passengers'): the investigators look into them, they do not state the number"},
 ],
 "events": [
  {"actor": None, "date": "2014-03-08", "date_text": "Saturday", "occ": 1, "what": "the jet disappeared with 239 people on board",
   "note": "'a ... jet that disappeared Saturday': disappearing has no agent; the Saturday before Monday 10 March 2014 = 8 March"},
  {"actor": None, "date": "2014-03-11", "date_text": "Tuesday", "what": "the search area will be enlarged",
   "note": "'the search area will be enlarged Tuesday': passive without a by-agent -> null (the Malaysian officials of the first sentence are 'set to expand' it, but the dated verb is the agentless passive); future tense, the Tuesday after Monday 10 March"},
  {"actor": None, "date": "2014-03-10", "date_text": "Monday", "occ": 1, "what": "the mystery deepened as investigators concluded the oil slicks are not connected to the aircraft",
   "note": "'The mystery deepened Monday, with investigators concluding ...': the date modifies 'deepened', whose subject (the mystery) is no agent; the investigators' concluding sits in the 'with' clause -> null"},
  {"actor": VO, "date": "2014-03-10", "date_text": "Monday", "occ": 2, "what": "a Vietnamese official confirmed to VOA's Vietnamese service that there were no signs of the Boeing 777",
   "note": "'a Vietnamese official ..., who did not want to be named, confirmed to VOA's Vietnamese service Monday': agent of 'confirmed'"},
  {"actor": RC, "date": "2014-03-09", "date_text": "on Sunday afternoon", "what": "Vietnamese searchers saw an object suspected to be a door of the plane",
   "note": "inside the official's quote ('the object we saw on Sunday afternoon'): 'we' are the Vietnamese searchers the official speaks for; the text names his body, the Regional Maritime Search and Rescue Coordination Center (the convention gives a 'we' inside a quote to the speaker's body); the Sunday before Monday 10 March = 9 March"},
  {"actor": None, "date": "2014-03-08", "date_text": "Saturday morning", "what": "Flight MH370 disappeared from radar",
   "note": "'disappeared from radar Saturday morning': no agent; 8 March 2014"},
 ],
 "actors": [
  {"name": MO, "type": "group", "aliases": ["Malaysian officials"]},
  {"name": CA, "type": "person", "aliases": ["The head of the Malaysian Civil Aviation Authority"]},
  {"name": "investigators", "type": "group", "aliases": ["investigators", "Investigators"]},
  {"name": VO, "type": "person", "aliases": ["a Vietnamese official"]},
  {"name": RC, "type": "organisation", "aliases": ["Regional Maritime Search and Rescue Coordination Center"]},
 ],
 "notes": [
  "VOA News report of Monday 10 March 2014 (page undated; date worked out in the meta file) on the search for Malaysia Airlines Flight MH370, missing since Saturday 8 March. Story mh370_2014 with voa_2014_mh370_search_widens_corridors (17 March) and voa_2014_mh370_aerial_search_ends (30 April).",
  "Keys across the story: mh370_2014:people_aboard (239 here, 239 on 17 March, '239 passengers' on 30 April) and mh370_2014:chinese_share ('About two-thirds' here, 'two-thirds' on 17 March).",
  "One quote: a whole paragraph in quote marks with no attribution; its speaker is the unnamed Vietnamese official of the paragraph before (canonical 'Vietnamese official', a person).",
  "Actors: the Civil Aviation Authority head is not named in the text (canonical descriptive name; the authority itself is only part of his description and is not listed apart). 'Officials' of 'Officials say they have not ruled out anything' is left out: it is not said whose officials they are, and they have no dated act or figure. 'VOA's Vietnamese service' is the recipient, not an actor.",
  "Not figures: 'one of the doors' (one of, a pronoun), 'about an hour after it took off' (no number word: 'an hour' is left out, as the scorer's number tokens do not cover 'an'), 'Flight MH370' and 'Boeing 777' (designations), 'several days' / 'several countries' (vague, no number). 'earlier suspected' is vague (no event).",
  "Second careful reading of the whole item against FORMAT.md sections 1-2 done by the annotator: quote span (final full stop kept, no trailing comma), every number token (239, Dozens, 92, two-thirds, two) annotated, the five dated expressions and the two 'Monday's told apart by occ, the weekdays normalised against Monday 10 March 2014.",
 ],
}
