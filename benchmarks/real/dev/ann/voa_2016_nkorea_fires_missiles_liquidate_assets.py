NK = "North Korea"
ANN = {
 "article": "articles/voa_2016_nkorea_fires_missiles_liquidate_assets.txt",
 "gold_out": "gold/voa_2016_nkorea_fires_missiles_liquidate_assets.json",
 "published": "2016-03-10",
 "quotes": [
  {"text": "liquidate", "speaker": NK, "speaker_mention": "Pyongyang", "fragment": True,
   "note": "'Pyongyang also said Thursday it will \"liquidate\" all remaining South Korean assets': one word of Pyongyang's announcement (worded by its Committee for the Peaceful Reunification of Korea, carried by KCNA, next paragraph); the text puts it in Pyongyang's mouth, so the speaker is North Korea"},
 ],
 "figures": [
  {"text": "two", "value": 2, "unit": None, "counted": "short-range ballistic missiles fired into the sea", "source": "South Korean military", "approx": None, "ctx": "fired two short-range",
   "note": "'South Korea's military says North Korea has fired two short-range ballistic missiles'"},
  {"text": "500", "value": 500, "unit": "km", "counted": "distance the missiles traveled", "source": "officials in Seoul", "approx": "around",
   "note": "'They traveled about 500 kilometers and fell into the water off the country's east coast, officials in Seoul said': the claimant is named after the number in the same sentence; 'about' = around"},
  {"text": "two", "value": 2, "unit": None, "counted": "abandoned joint projects", "source": None, "approx": None, "ctx": "referring to two abandoned",
   "note": "'referring to two abandoned joint projects: the Kaesong industrial complex and the Mount Kumgang tourism resort': VOA's gloss of what the statement refers to; the text does not say Pyongyang gave the count, so no claimant"},
  {"text": "$663 million", "value": 663000000, "unit": "USD", "counted": "South Korean assets left at the Kaesong facility", "source": None, "approx": None,
   "note": "'South Korean assets left at the Kaesong facility are valued at $663 million': passive without a valuer, outlet's voice"},
 ],
 "events": [
  {"actor": None, "date": "2016-03-10", "date_text": "early Thursday morning", "what": "the two missiles were fired from North Hwanghae Province",
   "note": "passive without a by-agent ('the missiles were fired early Thursday morning from North Hwanghae Province'): null. North Korea fires them in the lead, but the dated verb here is the agentless passive (the Defense Ministry is the agent of 'says', which the date does not modify)"},
  {"actor": NK, "date": "2016-03-10", "date_text": "Thursday", "what": "Pyongyang said it will liquidate South Korean assets", "ctx": "said Thursday",
   "note": "active verb with its subject ('Pyongyang also said Thursday'): North Korea"},
 ],
 "actors": [
  {"name": NK, "type": "country", "aliases": ["North Korea", "Pyongyang", "the North"]},
  {"name": "South Korean military", "type": "organisation", "aliases": ["South Korea's military"]},
  {"name": "South Korean Defense Ministry", "type": "organisation", "aliases": ["The South Korean Defense Ministry"]},
  {"name": "officials in Seoul", "type": "group", "aliases": ["officials in Seoul"]},
  {"name": "South Korea", "type": "country", "aliases": ["South Korea", "Seoul"]},
  {"name": "United States", "type": "country", "aliases": ["the United States", "Washington"]},
  {"name": "Committee for the Peaceful Reunification of Korea", "type": "organisation", "aliases": ["The North's Committee for the Peaceful Reunification of Korea", "Committee for the Peaceful Reunification of Korea"]},
  {"name": "KCNA", "type": "organisation", "aliases": ["the North's official KCNA news agency"]},
 ],
 "notes": [
  "VOA News report of Thursday 10 March 2016 (date inferred, see meta) on North Korea's firing of two short-range ballistic missiles and Pyongyang's announcement that it will 'liquidate' South Korean assets (Kaesong, Mount Kumgang). Single item of story nkorea_missiles_kaesong_2016; no cross-item keys.",
  "Quotes: one fragment, 'liquidate', attributed to Pyongyang in the same sentence.",
  "Figures: the two missiles (South Korea's military), about 500 kilometers (claimed by 'officials in Seoul', named after the number), the two joint projects (VOA's gloss, no claimant) and $663 million (valued in the passive, no claimant). Not figures: 'short-range', 'long-range' (no number); 'six rockets' was in the cut last paragraph.",
  "Events: 'early Thursday morning' (agentless passive 'were fired': null) and 'Thursday' (Pyongyang said: North Korea). 'its recent nuclear test and long-range rocket launch' is vague and left out.",
  "Actors: the Defense Ministry ('says the missiles were fired ...') and 'officials in Seoul' (the 500 km) are kept apart as the text names them; 'Seoul' alone (drills 'by Seoul and Washington') is South Korea. 'The statement was carried by the North's official KCNA news agency' makes KCNA an agent; the Committee issued it. The UN (sanctions 'imposed', no agent) does not act.",
  "Second careful reading of the whole item against FORMAT.md done by the annotator: text against the stored copy, the one quote and its marks, every number token (two 'two', '500', '$663 million'), both date expressions, every alias an exact substring and none shared.",
 ],
}
