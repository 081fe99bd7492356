K = "tonga_eruption_2022:"
TG = "Tony Greubel"
ANN = {
 "article": "articles/state_2022_tonga_assistance_sampson_stratton.txt",
 "gold_out": "gold/state_2022_tonga_assistance_sampson_stratton.json",
 "published": "2022-01-26",
 "quotes": [],
 "figures": [
  {"quantity": K+"us_additional_2_5m", "text": "$2.5 million", "value": 2.5e6, "unit": "USD", "counted": "additional humanitarian assistance the United States will provide through USAID", "source": None, "approx": None,
   "note": "'As announced yesterday, the United States will provide, through ... USAID, an additional $2.5 million ...': the United States is the giver; the announcement ('As announced yesterday') names no announcer; statement's voice. Same sum as USAID's release of 25 January (same key)"},
  {"quantity": K+"us_initial_assistance", "text": "$100,000", "value": 100000, "unit": "USD", "counted": "immediate assistance announced by Tony Greubel", "source": TG,
   "approx": None,
   "note": "'the $100,000 in immediate assistance announced by U.S. Chargé d’Affaires in Suva Tony Greubel': the agent of 'announced' claims the sum. Same initial sum as in USAID's update of 18 January and release of 25 January (same key)"},
 ],
 "events": [
  {"actor": None, "date": "2022-01-25", "date_text": "yesterday", "what": "the additional $2.5 million was announced",
   "note": "'As announced yesterday, ...': the date modifies the passive 'announced', which names no agent (USAID's release of 25 January, but the text does not say who announced), so null; yesterday = Tuesday 25 January 2022"},
  {"actor": None, "date": "2016", "date_text": "in 2016", "what": "the New Zealand earthquake in Kaikoura",
   "note": "'the ship provided critical relief following the New Zealand earthquake in Kaikoura in 2016': read as closing the noun phrase that names the earthquake ('the ... earthquake in Kaikoura in 2016'), not as dating 'provided'; an earthquake has no agent. The relief followed the quake in the same year, so only the actor depends on this reading"},
 ],
 "actors": [
  {"name": "United States", "type": "country", "aliases": ["The United States", "the United States"]},
  {"name": "USAID", "type": "organisation", "aliases": ["U.S. Agency for International Development (USAID)", "U.S. Agency for International Development", "USAID"]},
  {"name": TG, "type": "person", "aliases": ["U.S. Chargé d’Affaires in Suva Tony Greubel", "Tony Greubel"]},
  {"name": "Department of Defense", "type": "organisation", "aliases": ["The U.S. Department of Defense", "U.S. Department of Defense"]},
  {"name": "USS Sampson", "type": "organisation", "aliases": ["USS Sampson (DDG 102)", "USS Sampson", "the ship"]},
  {"name": "USCGC Stratton", "type": "organisation", "aliases": ["The U.S. Coast Guard Cutter Stratton (WMSL-752)", "U.S. Coast Guard Cutter Stratton"]},
 ],
 "notes": [
  "State Department press statement of Wednesday 26 January 2022 (Office of the Spokesperson; ShareAmerica attributes its closing line to Spokesperson Ned Price, 26 January; the spokesperson's name is not printed in the stored opening, so no author actor is listed): the additional $2.5 million through USAID, the earlier $100,000, USS Sampson and USCGC Stratton. Story tonga_eruption_2022 (see usaid_2022_tonga_initial_100000_bha).",
  "No quotes: no quote marks.",
  "Figures: $2.5 million (:us_additional_2_5m, with USAID's release of 25 January) and $100,000 (:us_initial_assistance, with USAID's items of 18 and 25 January), the latter claimed by Tony Greubel, who 'announced' it.",
  "Not figures: 'DDG 102' and 'WMSL-752' (hull designations), '2016' (year).",
  "Events: 'yesterday' (25 January; passive 'announced' without an agent: null) and 'in 2016' (the Kaikoura earthquake: null). 'soon after the initial eruptions' is vague and left out; 'continues to increase', 'is assisting', 'is also underway' carry no date.",
  "Actors: the United States, USAID, Tony Greubel, the Department of Defense, USS Sampson ('the ship' in the same sentence refers to it) and USCGC Stratton. The Australian Defence Force (Sampson operates in its support) and the Tonga Geological Services (in the dropped paragraph) do not act in the kept text and are not listed.",
  "first reading (annotator): annotated against FORMAT.md; build_gold.py's number list reviewed (only designations and the year left).",
  "second reading (checker): re-read as a checker: Greubel as claimant of the $100,000 (agent of 'announced'), no claimant for the $2.5 million, 'yesterday' = 25 January against the published day 26 January, and the attachment of 'in 2016' (kept on the earthquake, null; noted as the one doubtful actor); no change.",
 ],
}
