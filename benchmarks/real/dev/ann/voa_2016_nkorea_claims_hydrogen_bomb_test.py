S = "north_korea_nuclear_test_2016"
NK = "North Korea"
USGS = "U.S. Geological Survey"
KMA = "Korea Meteorological Administration official"
CENC = "China Earthquake Networks Center"
USKI = "U.S.-Korea Institute at Johns Hopkins University"
ANN = {
 "article": "articles/voa_2016_nkorea_claims_hydrogen_bomb_test.txt",
 "gold_out": "gold/voa_2016_nkorea_claims_hydrogen_bomb_test.json",
 "published": "2016-01-06",
 "quotes": [
  {"text": "Successful", "speaker": NK, "speaker_mention": "North Korea", "fragment": True, "ctx": "'Successful'",
   "note": "headline, single quote marks: North Korea's own word for the test ('North Korea Claims ...')"},
  {"text": "successful", "speaker": NK, "speaker_mention": "North Korea", "fragment": True, "ctx": "\"successful\"",
   "note": "'North Korea said Wednesday it conducted a \"successful\" hydrogen bomb test': a word of North Korea's announcement inside reported speech"},
  {"text": "We suspect a man-made earthquake and are analyzing the scale and epicenter of the quake with the geoscience and mineral resource institute of South Korea", "speaker": KMA, "speaker_mention": "a Korea Meteorological Administration official",
   "note": "attribution after the quote ('... ,\" a Korea Meteorological Administration official told the Reuters news agency by phone'); an unnamed official, kept as his own actor as unnamed officials elsewhere in the set; Reuters only received the words. Trailing comma dropped"},
  {"text": "suspected explosion.", "speaker": CENC, "speaker_mention": "China's Earthquake Network Center", "fragment": True,
   "note": "'China's Earthquake Network Center described the unusual seismic activity as a \"suspected explosion.\"': the center's words; final period inside the closing mark kept"},
  {"text": "While there are no indications that a nuclear test is imminent, the new tunnel adds to North Korea's ability to conduct additional detonations over the coming years if it chooses to do so", "speaker": USKI, "speaker_mention": "they",
   "note": "speaker only by the pronoun 'they' in '... ,\" they said at the time.'; the antecedent is 'Researchers at the U.S.-Korea Institute at Johns Hopkins University' in the paragraph before. Trailing comma dropped"},
 ],
 "figures": [
  {"quantity": S + ":quake_magnitude", "text": "5.1", "value": 5.1, "unit": None, "counted": "magnitude of the quake", "source": USGS, "approx": None,
   "note": "'The U.S. Geological Survey reported a 5.1 magnitude quake': a measure (magnitude, unit null as elsewhere in the set) claimed by the USGS"},
  {"quantity": S + ":distance_from_punggye_ri", "text": "50", "value": 50, "unit": "km", "counted": "kilometers from the Punggye-ri site", "source": "South Korea", "approx": "around",
   "note": "'a 5.1 magnitude quake that South Korea said was about 50 kilometers from the Punggye-ri site': the distance is South Korea's claim (relative clause 'that South Korea said was ...'); 'about' = around; unit word not glued, span '50', unit km"},
  {"text": "three", "value": 3, "unit": None, "counted": "nuclear tests", "source": None, "approx": None,
   "note": "'North Korea has conducted three nuclear tests: in 2006, 2009 and 2013': VOA's own voice. Not the same quantity as anything else in the story set"},
 ],
 "events": [
  {"actor": NK, "date": "2016-01-06", "date_text": "Wednesday", "what": "said it conducted a successful hydrogen bomb test",
   "note": "'North Korea said Wednesday it conducted ...': the weekday modifies 'said' (subject North Korea); Wednesday of the publication day = 6 January 2016"},
  {"actor": NK, "date": "2006", "date_text": "in 2006", "what": "conducted its first nuclear test at Punggye-ri",
   "note": "'North Korea has conducted three nuclear tests: in 2006, 2009 and 2013': each year dates one test conducted by North Korea (subject of 'has conducted'); one event per year expression"},
  {"actor": NK, "date": "2009", "date_text": "2009", "what": "conducted its second nuclear test at Punggye-ri", "ctx": "2006, 2009 and",
   "note": "second year of the list, same verb and agent"},
  {"actor": NK, "date": "2013", "date_text": "2013", "what": "conducted its third nuclear test at Punggye-ri", "ctx": "and 2013 —",
   "note": "third year of the list, same verb and agent"},
  {"actor": USKI, "date": "2015-12", "date_text": "last month", "what": "researchers said satellite images showed North Korea excavating a new tunnel at Punggye-ri",
   "note": "'Researchers at the U.S.-Korea Institute at Johns Hopkins University said last month that ...': 'last month' modifies 'said'; the month before January 2016 = December 2015. The closing 'they said at the time' refers back to the same statement and is not dated on its own (left out)"},
 ],
 "actors": [
  {"name": NK, "type": "country", "aliases": ["North Korea", "the North"]},
  {"name": USGS, "type": "organisation", "aliases": ["The U.S. Geological Survey", "U.S. Geological Survey"]},
  {"name": "South Korea", "type": "country", "aliases": ["South Korea"]},
  {"name": KMA, "type": "person", "aliases": ["a Korea Meteorological Administration official"]},
  {"name": CENC, "type": "organisation", "aliases": ["China's Earthquake Network Center"]},
  {"name": "Yonhap", "type": "organisation", "aliases": ["The South Korean news agency Yonhap", "Yonhap"]},
  {"name": "South Korean Foreign Ministry", "type": "organisation", "aliases": ["the foreign ministry in Seoul"]},
  {"name": USKI, "type": "organisation", "aliases": ["Researchers at the U.S.-Korea Institute at Johns Hopkins University", "U.S.-Korea Institute at Johns Hopkins University"]},
 ],
 "notes": [
  "VOA News story of Wednesday 6 January 2016 (no byline), the first VOA report of North Korea's claimed hydrogen bomb test, kept from the Pacific Sentinel blog's word-for-word repost; story " + S + " with voa_2016_un_condemns_nkorea_nuclear_test (VOA later the same day, which carries this headline as its video title and has no figures, so no key is shared across the two items).",
  "Quotes with speakers away from the words: the KMA official's quote with the attribution after it; the Johns Hopkins researchers' quote attributed only by 'they said at the time', the antecedent in the paragraph before; two one-word fragments of North Korea's claim (headline and first sentence) and the Chinese center's 'suspected explosion.'",
  "Figures claimed by named sources: the 5.1 magnitude (U.S. Geological Survey, 'reported'), about 50 km from Punggye-ri (South Korea, 'that South Korea said was'); 'three nuclear tests' is VOA's voice. Keys " + S + ":quake_magnitude and :distance_from_punggye_ri are set for later items of the story.",
  "Not figures: 'fourth' (ordinal, 'the fourth such nuclear test'), '2006', '2009', '2013' (years, annotated as events), 'several monitoring agencies' (no number), 'additional detonations' (no number).",
  "Events: 'said Wednesday' (North Korea), the three test years (North Korea, agent of 'has conducted'), 'said last month' (the researchers, December 2015). Left out: 'in the past' and 'over the coming years' (vague), 'at the time' (points back to 'last month', not a date of its own), 'is holding an emergency meeting' (no date expression).",
  "Actors: 'the North' is North Korea; Yonhap reports (the foreign ministry's meeting) and the foreign ministry acts (holds a meeting). 'South Korea' is kept apart from 'the foreign ministry in Seoul'. The spelling 'China's Earthquake Network Center' is as printed; the canonical name is the center's English name. Not actors: Reuters (only received the official's words), 'state television' (a medium), 'several monitoring agencies' (unnamed), the 'geoscience and mineral resource institute of South Korea' (inside the quote, does not act here).",
  "Second reading: re-read the whole item against FORMAT.md sections 1-2; checked the ctx of the two 'successful' fragments (headline capitalised, body lower case), the 'about 50 kilometers' span and hedge, the three list years as separate events, and that the em dash after 2013 is outside every span.",
 ],
}
