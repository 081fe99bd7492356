S = "syria_war_oct_2012"
OG = "Syrian opposition groups"
SSM = "Syrian state media"
TM = "Turkish media"
ANN = {
 "article": "articles/voa_2012_syria_aleppo_car_bombs_scores_killed.txt",
 "gold_out": "gold/voa_2012_syria_aleppo_car_bombs_scores_killed.json",
 "published": "2012-10-03",
 "quotes": [],
 "figures": [
  {"text": "Scores", "value": None, "vague": True, "unit": None, "counted": "Killed as car bombs strike Syria", "source": None, "approx": None,
   "note": "headline, vague plural, outlet's voice; not keyed with the rival tolls (vague)"},
  {"text": "Four", "value": 4, "unit": None, "counted": "coordinated explosions in Aleppo", "source": None, "approx": None,
   "note": "outlet's voice"},
  {"text": "dozens", "value": None, "vague": True, "unit": None, "counted": "of people killed in Aleppo", "source": None, "approx": None,
   "note": "vague plural, outlet's voice (the rival tolls follow in the next sentence with their own claimants)"},
  {"text": "100", "value": 100, "unit": None, "counted": "others wounded in Aleppo", "source": None, "approx": "around",
   "note": "'wounding nearly 100 others': nearly -> around; outlet's voice"},
  {"quantity": S + ":aleppo_bombings_killed", "text": "48", "value": 48, "unit": None, "counted": "people died in the Aleppo blasts", "source": OG, "approx": "at least",
   "note": "'Opposition groups say at least 48 people died, mostly from the security services'"},
  {"quantity": S + ":aleppo_bombings_killed", "text": "31", "value": 31, "unit": None, "counted": "death toll of the Aleppo blasts", "source": SSM, "approx": None,
   "note": "'while Syrian state media put the death toll at 31': the rival count of the same dead, same key"},
  {"quantity": S + ":akcakale_killed", "text": "five", "value": 5, "unit": None, "counted": "people killed in Akcakale by the shell", "source": TM, "approx": None,
   "note": "'Turkish media say five people ... were killed when the shell landed': same key as the 4 October item's 'Five Turkish civilians died Wednesday' and 'five Turkish civilians' (voa_2012_turkey_renews_syria_strikes_akcakale)"},
  {"text": "three", "value": 3, "unit": None, "counted": "children of the mother killed in Akcakale", "source": TM, "approx": None,
   "note": "'including a mother and her three children': part of the Turkish media's statement"},
  {"text": "nine", "value": 9, "unit": None, "counted": "others seriously wounded in Akcakale", "source": None, "approx": "at least",
   "note": "'At least nine others were seriously wounded.': no claimant in this sentence or the next (Turkish media are named in the sentence before), so outlet's voice, as elsewhere in the set"},
 ],
 "events": [
  {"actor": None, "date": "2012-10-03", "date_text": "on Wednesday", "what": "four coordinated explosions ripped through a government-controlled section of Aleppo",
   "note": "'Four coordinated explosions on Wednesday ripped through ...': the explosions are the subject and the text names no one who set them off, so no agent; Wednesday = 3 October 2012, the publication day"},
 ],
 "actors": [
  {"name": OG, "type": "group", "aliases": ["Opposition groups"]},
  {"name": SSM, "type": "organisation", "aliases": ["Syrian state media"]},
  {"name": TM, "type": "organisation", "aliases": ["Turkish media"]},
  {"name": "Ahmet Davutoglu", "type": "person", "aliases": ["Turkish Foreign Minister Ahmet Davutoglu"]},
  {"name": "Ban Ki-moon", "type": "person", "aliases": ["U.N. Secretary-General Ban Ki-moon"]},
 ],
 "notes": [
  "VOA News report of Wednesday 3 October 2012 (no date line; date from the removed captions and the text's 'on Wednesday', see meta published_evidence): four blasts in government-held Aleppo and a Syrian mortar shell that killed five in the Turkish border town of Akcakale. Story syria_war_oct_2012 with voa_2012_syria_salqin_air_strike_kills_21 (1 October) and voa_2012_turkey_renews_syria_strikes_akcakale (4 October).",
  "Rival claimants: opposition groups (at least 48 dead) against Syrian state media (31), key syria_war_oct_2012:aleppo_bombings_killed; Turkish media give the five dead in Akcakale (key :akcakale_killed, shared with the 4 October item) and the mother's three children. The headline's 'Scores', the lead's 'dozens' and 'nearly 100' wounded and the nine wounded in Akcakale are the outlet's.",
  "No quotes (no quote marks in the stored text). The stored copy ends in a photo gallery after the fourth paragraph (see meta edits).",
  "Not figures: 'a mother' (not a count), 'a nearby hotel', 'U.N.'. Only one date expression ('on Wednesday'); Davutoglu's call is undated.",
  "second reading: re-read the whole item once against the stored copy and FORMAT.md sections 1-2: text word for word ('Akcakale', 'Davutoglu' without diacritics as printed), hedges ('nearly' -> around, 'at least' x2), the vague 'Scores' and 'dozens', which sentence names each claimant (the nine wounded have none), the two keys, and the agentless 'on Wednesday'.",
 ],
}
