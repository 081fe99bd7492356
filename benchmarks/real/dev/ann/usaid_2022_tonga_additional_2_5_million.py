K = "tonga_eruption_2022:"
U = "USAID"
ANN = {
 "article": "articles/usaid_2022_tonga_additional_2_5_million.txt",
 "gold_out": "gold/usaid_2022_tonga_additional_2_5_million.json",
 "published": "2022-01-25",
 "quotes": [],
 "figures": [
  {"quantity": K+"us_additional_2_5m", "text": "$2.5 Million", "value": 2.5e6, "unit": "USD", "counted": "additional humanitarian assistance announced by USAID for Tonga", "source": U, "approx": None,
   "note": "headline 'USAID Announces Additional $2.5 Million ...': 'announces' is a verb of saying with USAID as subject, so USAID claims the sum (as 'an agency that announced a sum is its claimant' in dev). Line 1 is rebuilt from the page address (meta edits); the sum itself is in the address ('25-million') and the body"},
  {"quantity": K+"us_additional_2_5m", "text": "$2.5 million", "value": 2.5e6, "unit": "USD", "counted": "additional humanitarian assistance the United States is providing through USAID", "source": None, "approx": None,
   "note": "'The United States, through ... USAID, is providing an additional $2.5 million ...': the giver is the subject of 'is providing', not a claimant; release's voice. Same sum as the headline and as the State statement of 26 January (same key)"},
  {"quantity": K+"people_affected", "text": "100,000", "ctx": "approximately 100,000 people", "value": 100000, "unit": None, "counted": "people affected by the eruptions and subsequent flooding", "source": None, "approx": "around",
   "note": "'The eruptions and subsequent flooding have affected approximately 100,000 people—nearly the entire population of Tonga—': 'approximately' -> around; no attribution (the release's voice; the 18 January update gave 'more than 100,000' from the Tonga Red Cross Society). Same key as that figure and the UN's 84,800 in February"},
  {"quantity": K+"us_initial_assistance", "text": "$100,000", "value": 100000, "unit": "USD", "counted": "initial immediate assistance", "source": None, "approx": None,
   "note": "'This new funding is in addition to an initial $100,000 in immediate assistance': release's voice; the same initial sum as in the 18 January update and the State statement (same key)"},
  {"text": "$8 million", "value": 8e6, "unit": "USD", "counted": "existing USAID programs across the Pacific region", "source": None, "approx": "more than",
   "note": "'With more than $8 million in existing programs across the Pacific region' -> more than; a regional programme total, not Tonga aid"},
  {"text": "thousands", "value": None, "vague": True, "unit": None, "counted": "first aid and hygiene kits distributed by local partners", "source": None, "approx": None,
   "note": "vague plural"},
 ],
 "events": [
  {"actor": None, "date": "2022-01-14", "date_text": "On January 14", "what": "Hunga Tonga-Hunga Ha'apai volcano began erupting",
   "note": "a volcano is not an agent; year from the release date"},
 ],
 "actors": [
  {"name": "United States", "type": "country", "aliases": ["The United States"]},
  {"name": U, "type": "organisation", "aliases": ["U.S. Agency for International Development (USAID)", "U.S. Agency for International Development", "USAID"]},
  {"name": "International Federation of Red Cross and Red Crescent Societies", "type": "organisation", "aliases": ["the International Federation of Red Cross and Red Crescent Societies"]},
  {"name": "Tonga Red Cross Society", "type": "organisation", "aliases": ["the Tonga Red Cross Society"]},
 ],
 "notes": [
  "USAID press release of Tuesday 25 January 2022 (usaid.gov) announcing an additional $2.5 million for Tonga after the Hunga Tonga-Hunga Ha'apai eruptions and tsunami. Story tonga_eruption_2022 (see usaid_2022_tonga_initial_100000_bha for the list of items). Line 1 is a reconstruction from the page address (meta edits).",
  "No quotes: no quote marks.",
  "Figures: the $2.5 million twice (headline: claimed by USAID, which 'announces' it; body: the United States/USAID as giver, no claimant) with key :us_additional_2_5m, shared with the State statement of 26 January; 'approximately 100,000' affected (release's voice) with key :people_affected (against 'more than 100,000' from the Tonga Red Cross Society on 18 January and 84,800 from the UN in February); the initial $100,000 (:us_initial_assistance); 'more than $8 million' (regional programmes) and 'thousands' of kits (vague).",
  "Not figures: 'A strong second eruption' (ordinal), 'many other Pacific Island countries', 'nearly the entire population', 'year-round'.",
  "Events: only 'On January 14' (the volcano began erupting; null).",
  "Actors: the United States and USAID (provide the aid; 'USAID partners' and 'local partners' are unnamed), the IFRC and the Tonga Red Cross Society (partners in the provision).",
  "first reading (annotator): annotated against FORMAT.md; number tokens from build_gold.py reviewed.",
  "second reading (checker): re-read as a checker: the headline claimant (USAID, subject of 'Announces') against the body's giver (no claimant), the three hedges (approximately -> around, more than, no hedge on the $100,000), the ctx of the 100,000 inside the $100,000, and the one event against 25 January 2022; no change.",
 ],
}
