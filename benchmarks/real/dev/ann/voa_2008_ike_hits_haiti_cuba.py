K = "hurricane_ike_caribbean_2008:"
HA = "Haitian authorities"
CO = "Cuban officials"
EC = "Elizabeth Cooke"
ANN = {
 "article": "articles/voa_2008_ike_hits_haiti_cuba.txt",
 "gold_out": "gold/voa_2008_ike_hits_haiti_cuba.json",
 "published": "2008-09-08",
 "quotes": [
  {"text": "People have left their homes to find whatever dry ground they can", "speaker": EC, "speaker_mention": "Cooke",
   "note": "'... they can,\" said Cooke.': attribution after the quote; Cooke introduced by full name two sentences before ('Elizabeth Cooke is a U.S. graduate student ...'); trailing comma dropped"},
  {"text": "But there is no way to go back to the houses right now, because the water is just sitting.", "speaker": EC, "speaker_mention": "Cooke",
   "note": "second half of the quotation interrupted by 'said Cooke' (a split quote is two quotes); no attribution of its own, the speaker is the 'said Cooke' before it; final '.' kept"},
 ],
 "figures": [
  {"text": "57", "value": 57, "unit": None, "counted": "people killed by the latest storm north of the capital", "source": HA, "approx": "at least",
   "note": "'Haitian authorities say at least 57 people were killed by the latest storm north of the capital': Ike's deaths north of Port-au-Prince only (Cabaret), not Haiti's whole Ike toll; no key (the next day's 'at least 70 deaths in Haiti' has a wider scope)"},
  {"quantity": K+"cuba_evacuated", "text": "one million", "value": 1000000, "unit": None, "counted": "people evacuated from the path of the storm in Cuba", "source": CO, "approx": "around",
   "note": "'Cuban officials said they had evacuated nearly one million people': 'nearly' -> around; same quantity as 'more than one million people were evacuated' (Cuban state media) in voa_2008_ike_slams_cuba_second_time of 9 September"},
  {"text": "several", "ctx": "several centimeters", "value": None, "vague": True, "unit": None, "counted": "centimeters of rain dumped in Haiti", "source": None, "approx": None,
   "note": "'Ike dumped several centimeters of rain in Haiti': a vague measure in VOA's voice; centimetres are outside FORMAT.md's unit list, so unit null and the centimetres named in counted"},
  {"text": "several", "ctx": "several deaths", "value": None, "vague": True, "unit": None, "counted": "deaths reported in the Cabaret region", "source": HA, "approx": None,
   "note": "'Officials say several deaths were reported in the Cabaret region, north of the capital': the unnamed officials of a paragraph about Haiti, reporting deaths in the region of the standfirst's 57 (north of the capital): read as the Haitian authorities (alias 'Officials')"},
  {"text": "300", "value": 300, "unit": None, "counted": "people killed by storms in Haiti in recent weeks", "source": None, "approx": "more than",
   "note": "'More than 300 people have been killed by storms in Haiti in recent weeks.': VOA's own voice, no claimant; all the recent storms (Fay, Gustav, Hanna, Ike), not Ike alone"},
  {"text": "scores", "value": None, "vague": True, "unit": None, "counted": "deaths in Gonaives in the recent storms", "source": None, "approx": None,
   "note": "'Gonaives, which has suffered scores of deaths in the recent storms': VOA's description of Gonaives in the sentence introducing Cooke, not her claim"},
  {"text": "tens of thousands", "value": None, "vague": True, "unit": None, "counted": "people in Haiti and nearby countries the United Nations is rushing aid to", "source": None, "approx": None,
   "note": "'The United Nations is rushing clean water, food and other supplies to aid tens of thousands of people': VOA's own statement of what the UN is doing, no 'said': source null"},
 ],
 "events": [],
 "actors": [
  {"name": HA, "type": "organisation", "aliases": ["Haitian authorities", "Officials"]},
  {"name": CO, "type": "organisation", "aliases": ["Cuban officials"]},
  {"name": EC, "type": "person", "aliases": ["Elizabeth Cooke", "Cooke"]},
  {"name": "U.S. military", "type": "organisation", "aliases": ["U.S. military officials"]},
  {"name": "United Nations", "type": "organisation", "aliases": ["The United Nations"]},
 ],
 "notes": [
  "VOA report by Brian Wagner (Miami) of Monday 8 September 2008, the day after Hurricane Ike made landfall in eastern Cuba (stored from VOA's publishing host; no headline in the stored copy, the file opens with the standfirst); story hurricane_ike_caribbean_2008 with voa_2008_ike_slams_cuba_second_time (Tuesday 9 September).",
  "Key shared across the story: " + K + "cuba_evacuated ('nearly one million' evacuated, Cuban officials, here; 'more than one million' evacuated, Cuban state media, 9 September). Not keyed: the 57 killed north of the capital (Cabaret) against the next day's 'at least 70 deaths in Haiti' (different scope: one region against the whole country); the 'More than 300' killed by all the recent storms in Haiti has no partner.",
  "Quotes: one quotation of Elizabeth Cooke split by 'said Cooke' (two quotes); she is named in full two sentences before and as 'She' in between. 'She says many people have lost everything' and 'Cooke says relief aid has been slow ...' are reported speech without quote marks (no quotes).",
  "Claimants: the 57 (Haitian authorities, 'say'), the evacuation (Cuban officials, 'said'), the 'several deaths' in Cabaret ('Officials say', read as the Haitian authorities); the rain, the 300, the 'scores of deaths' in Gonaives and the UN's 'tens of thousands' are VOA's own voice (source null).",
  "Events: none. The text has no date expression that qualifies: 'Earlier' and 'in recent weeks' are vague, 'right now' is inside Cooke's quote (speech-relative like 'today'); the last paragraph with 'one week ago' (Gustav's US landfall) was dropped because the stored copy cuts it mid-sentence.",
  "Not figures: 'the eastern half of the island' (a place, not a share of anything counted); 'a naval ship' (indefinite article); 'Hurricane Ike' and storm names.",
  "Actors: Haitian authorities (aliases 'Haitian authorities' and the 'Officials' of the Cabaret sentence), Cuban officials (evacuated people, said), Elizabeth Cooke (speaker), the U.S. military ('U.S. military officials say a naval ship is off the coast'), the United Nations ('is rushing ... supplies'). Ike is a storm (not an actor); VOA's Brian Wagner is the reporter (not an actor, as in other VOA items); Gonaives and the Cabaret region are places.",
  "Second careful read by the annotator: the whole item re-read once against FORMAT.md sections 1-2 and the search copy of the stored page: text identical after the listed edits; quote spans checked (trailing comma dropped, final '.' kept); 'nearly' -> around, 'More than' -> more than, 'at least' kept; every alias checked as an exact substring; no event missed ('Earlier', 'in recent weeks' vague).",
 ],
}
