CG = "Philippine coast guard"
DO = "Philippine disaster officials"
V = "Sibuyan villagers"
Q = "princess_of_stars_ferry_2008:"
ANN = {
 "article": "articles/voa_2008_fengshen_ferry_700_missing.txt",
 "gold_out": "gold/voa_2008_fengshen_ferry_700_missing.json",
 "published": "2008-06-22",
 "quotes": [],
 "figures": [
  {"quantity": Q + "missing", "text": "700", "ctx": "Over 700 Missing", "value": 700, "unit": None, "counted": "Missing", "source": None, "approx": "more than",
   "note": "headline 'Over 700 Missing': outlet's voice"},
  {"quantity": Q + "missing", "text": "700", "ctx": "More than 700 people are missing", "value": 700, "unit": None, "counted": "people missing", "source": None, "approx": "more than",
   "note": "lead, outlet's voice; the same quantity as the headline"},
  {"quantity": Q + "typhoon_deaths_on_land", "text": "dozens", "value": None, "vague": True, "unit": None, "counted": "lives lost in flooding and mudslides", "source": None, "approx": None,
   "note": "typhoon deaths on land, apart from the ferry; the same quantity as the Red Cross's 'at least 229' in the VOA item of 24 June (which says it excludes the ferry)"},
  {"quantity": Q + "people_on_board", "text": "700", "ctx": "carrying more than 700 passengers", "value": 700, "unit": None, "counted": "passengers and crew", "source": None, "approx": "more than",
   "note": "'The ferry, carrying more than 700 passengers and crew': everyone on board, a different quantity from the missing; same key as VOA 24 June 'more than 800 people on board'"},
  {"text": "360-thousand", "value": 360000, "unit": None, "counted": "people affected by the flooding", "source": DO, "approx": "more than",
   "note": "'Disaster officials say that all together, more than 360-thousand people have been affected by the flooding'"},
  {"text": "Tens of thousands", "value": None, "vague": True, "unit": None, "counted": "placed in evacuation shelters", "source": None, "approx": None,
   "note": "vague; its own sentence after the disaster officials' claim, with no attribution of its own, so the outlet's voice (a claimant only carries over when named in the next sentence, not the previous one)"},
 ],
 "events": [
  {"actor": CG, "date": "2008-06-22", "date_text": "Sunday", "ctx": "Princess of Stars, Sunday", "what": "coast guard found the capsized ferry off Sibuyan",
   "note": "'The Philippine coast guard found the ferry ... Sunday': the coast guard is the subject of 'found'; Sunday = the day of the report"},
  {"actor": None, "date": "2008-06-20", "date_text": "Friday", "ctx": "left Manila Friday", "what": "the ferry left Manila for Cebu",
   "note": "the ferry is the subject; a ship is not an actor, so no agent"},
  {"actor": None, "date": "2008-06-21", "date_text": "Saturday", "ctx": "ran aground Saturday", "what": "the ferry ran aground when its engine failed",
   "note": "the ferry is the subject; no agent"},
  {"actor": None, "date": "2008-06-21", "date_text": "on Saturday", "what": "the typhoon began slamming the central Philippines",
   "note": "weather: no agent"},
 ],
 "actors": [
  {"name": CG, "type": "organisation", "aliases": ["The Philippine coast guard"]},
  {"name": DO, "type": "organisation", "aliases": ["Disaster officials"]},
  {"name": V, "type": "group", "aliases": ["villagers"]},
 ],
 "notes": [
  "VOA report (Douglas Bakshian, Manila) of Sunday 22 June 2008 (no date line; date from the address, see the meta's published_evidence), kept from VOA's Tibetan service site, on the capsizing of the MV Princess of Stars (Princess of the Stars) off Sibuyan in Typhoon Fengshen; story princess_of_stars_ferry_2008 with wn_2008_princess_of_stars_700_feared_dead (22 June) and voa_2008_princess_of_stars_divers_find_bodies (24 June).",
  "Cross-report keys: missing (headline and lead, 'more than 700'); people_on_board ('more than 700 passengers and crew' here, 'more than 800 people on board' on 24 June); typhoon_deaths_on_land ('dozens' here, 'at least 229' from the Red Cross on 24 June). The Wikinews 'over 700 feared dead' is kept under feared_dead (see its notes).",
  "No quotes: 'villagers said' is reported speech without quote marks. Villagers give no number, but act as speakers, so they are listed.",
  "Not figures: 'A few survivors', 'Several bodies', 'many children's slippers', 'a number of domestic flights', 'many ships' (not numbers). Douglas Bakshian is the reporter and does not act in the story: not an actor.",
  "'Sunday', 'Friday', 'Saturday' (twice) are dated against Sunday 22 June 2008; 'following the accident', 'During the height of the storm' and 'until the waters receded' are not date expressions.",
  "second reading: re-read the item in full against FORMAT.md: three 700s (two missing, one on board) keyed apart; 360-thousand kept with its claimant and 'more than'; the typo 'cental' left as printed; no agent for ship or weather events.",
 ],
}
