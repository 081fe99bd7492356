K = "java_tsunami_2006:"
OS = "Oji Suhaendi"
PR = "Pangandaran residents"
ANN = {
 "article": "articles/voa_2006_java_tsunami_toll_climbs_500.txt",
 "gold_out": "gold/voa_2006_java_tsunami_toll_climbs_500.json",
 "published": "2006-07-20",
 "quotes": [
  {"text": "water, water.", "speaker": PR, "speaker_mention": "people", "fragment": False,
   "note": "'when he heard cries of \"water, water.\"': the words cried out by the townspeople that Suhaendi heard (direct speech, the whole utterance, final stop inside the mark kept). Not Suhaendi's own words: he only heard them. The criers are named only as 'people' in the next paragraph ('when people screamed about a tsunami'), the residents of Pangandaran who fled with him to the mosque, so the speaker is the residents' group (speaker_mention 'people')"},
 ],
 "figures": [
  {"quantity": K+"wave_height_m", "text": "three", "value": 3, "unit": "m", "counted": "height of the waves", "source": None, "approx": "up to", "ctx": "up to three meters",
   "note": "'Waves up to three meters high': 'up to' kept; unit 'm' (as in voa_2008_burma_aid_toll_22000); VOA's voice. Same key as the 17 July item's 'two-meter wave'"},
  {"quantity": K+"deaths", "text": "500", "value": 500, "unit": None, "counted": "people killed by the waves", "source": None, "approx": "more than",
   "note": "'swept through villages ... on Monday, killing more than 500 people': VOA's voice, no claimant. Same toll as 105 (17 July, Indonesian Red Cross) and 'At least 320' (18 July): the count rose over the days"},
  {"text": "dozens", "value": None, "vague": True, "unit": None, "counted": "other bodies in a nearby container truck", "source": None, "approx": None, "ctx": "dozens of others"},
  {"quantity": K+"coastline_hit_km", "text": "176", "value": 176, "unit": "km", "counted": "kilometers of Java coastline hit by the tsunami", "source": None, "approx": None,
   "note": "'Some of the 176 kilometers of Java coastline hit by the tsunami were scraped almost bare': 'Some of' takes a part of the stretch and is not a hedge on 176. Same key as the 18 July item's '160-kilometer stretch'"},
  {"text": "45", "value": 45, "unit": "minutes", "counted": "minutes between the earthquake and the waves crashing ashore", "source": None, "approx": "around",
   "note": "'The waves crashed ashore about 45 minutes after a magnitude 7.7 earthquake ...': 'about' = around. A new sentence after 'Residents say they had little warning.' with no cue of its own: VOA's voice, so no claimant"},
  {"quantity": K+"magnitude", "text": "7.7", "value": 7.7, "unit": None, "counted": "earthquake magnitude", "source": None, "approx": None,
   "note": "'a magnitude 7.7 earthquake': a measure, unit null; the 17 July item has 'The 7.2 magnitude earthquake' (same key, values disagree)"},
  {"quantity": K+"epicenter_distance_km", "text": "100", "value": 100, "unit": "km", "counted": "kilometers of the epicenter offshore", "source": None, "approx": "more than",
   "note": "'The quake's epicenter was more than 100 kilometers offshore': same key as the 17 July item's 'more than 180 kilometers south of the island'"},
  {"text": "hundreds", "value": None, "vague": True, "unit": None, "counted": "others who sheltered in the mosque", "source": OS, "approx": None, "ctx": "hundreds of others",
   "note": "'Oji Suhaendi says he raced for shelter in the town's Agung Istiklal mosque with hundreds of others': inside his reported speech, so he is the claimant"},
 ],
 "events": [
  {"actor": None, "date": "2006-07-17", "date_text": "on Monday", "what": "waves swept through villages along the southwest coast, killing more than 500", "ctx": "southwest coast on Monday",
   "note": "'Waves up to three meters high swept through villages ... on Monday': natural event, no agent; the Monday before the Thursday report (17 July 2006)"},
  {"actor": None, "date": "2006-07-17", "date_text": "two days earlier", "what": "a woman was trapped by rubble and surging waters",
   "note": "'the body of a woman trapped by rubble and surging waters two days earlier': counted back from the scene the correspondent describes (the body found on Wednesday 19 July, two days after the tsunami), not from the publication day; she was trapped when the tsunami hit, Monday 17 July. Passive whose by-phrase names rubble and water, not an agent: no actor"},
  {"actor": None, "date": "2006-07-17", "date_text": "on Monday", "what": "the wall of water swept ashore in Pangandaran carrying homes, shops, hotels and residents", "ctx": "Pangandaran on Monday",
   "note": "'The wall of water that swept ashore in Pangandaran on Monday': natural event, no agent"},
 ],
 "actors": [
  {"name": PR, "type": "group", "aliases": ["Traumatized residents in the hard-hit coastal town of Pangandaran", "Residents"]},
  {"name": "Rescuers in Pangandaran", "type": "group", "aliases": ["Rescuers"]},
  {"name": OS, "type": "person", "aliases": ["Oji Suhaendi", "Suhaendi"]},
 ],
 "notes": [
  "VOA correspondent's report filed for Thursday 20 July 2006 from Pangandaran, three days after the south Java tsunami of Monday 17 July (story java_tsunami_2006, with voa_2006_java_tsunami_toll_105 of 17 July and voa_2006_java_tsunami_toll_rises_320 of 18 July). The stored copy prints no byline.",
  "Keys across the story: deaths ('more than 500' here; 105 by the Indonesian Red Cross on 17 July; 'At least 320' on 18 July), magnitude (7.7 here, 7.2 on 17 July), wave_height_m ('up to three meters' here, 'two-meter' on 17 July), epicenter_distance_km ('more than 100 kilometers offshore' here, 'more than 180 kilometers south of the island' on 17 July), coastline_hit_km (176 here, 160 on 18 July). Every figure here is in VOA's voice except Suhaendi's 'hundreds of others'.",
  "One quote: the cries 'water, water.' heard by Suhaendi, given to the residents of Pangandaran (see its note); the inference is the weakest label of the item. Suhaendi's own account ('says he raced ...', 'says he just woke up ...') is reported speech without marks. 'Residents say they had little warning' is a claim of the residents' group (no number).",
  "Events: both 'on Monday' are the tsunami (no agent); 'two days earlier' is normalised to the tsunami's day, Monday 17 July, counted back from the Wednesday scene (see its note). Not events: 'Minutes later' (relative to an undated scene), 'with tragic frequency', 'this time round' (in the dropped paragraph). The dropped last paragraph (with 'in 2004') is not annotated.",
  "Not figures: 'a few coconut palms' (no number), 'two days earlier' (a date expression, like 'two days ago'), 'Minutes later'.",
  "Second careful read (annotator): re-read the whole item against FORMAT.md sections 1-2 and the stored copy: checked that 20 July 2006 was a Thursday and 17 July a Monday, the two 'on Monday' contexts, that 'Some of' does not hedge 176, that the only quote mark pair is the cries, and that no number is left unannotated; no change after the reading.",
 ],
}
