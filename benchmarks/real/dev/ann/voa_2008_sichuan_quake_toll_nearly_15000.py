S = "sichuan_quake_2008"
CG = "Chinese government"
CO = "Chinese officials"
XH = "Xinhua"
LO = "Yingxiu local government official"
ANN = {
 "article": "articles/voa_2008_sichuan_quake_toll_nearly_15000.txt",
 "gold_out": "gold/voa_2008_sichuan_quake_toll_nearly_15000.json",
 "published": "2008-05-14",
 "quotes": [],
 "figures": [
  {"quantity": S + ":deaths", "text": "15,000", "value": 15000, "unit": None, "counted": "death toll", "source": CG, "approx": "around", "ctx": "Rises to Nearly 15,000",
   "note": "headline 'Death Toll Rises to Nearly 15,000'; the claimant is named in the body ('China raised the official death toll again Wednesday to nearly 15,000'), the official toll; 'Nearly' -> around"},
  {"quantity": S + ":buried", "text": "thousands", "value": None, "vague": True, "unit": None, "counted": "buried under the rubble and mud", "source": None, "approx": None,
   "note": "outlet's voice; the people still buried across the quake zone, the same quantity as 'Thousands of people are believed to still be buried' in voa_2008_sichuan_quake_deaths_expected_top_50000 (16 May)"},
  {"quantity": S + ":deaths", "text": "15,000", "value": 15000, "unit": None, "counted": "official death toll", "source": CG, "approx": "around", "ctx": "Wednesday to nearly 15,000",
   "note": "'China raised the official death toll again Wednesday to nearly 15,000': China (the government) claims it; 'nearly' -> around"},
  {"text": "40,000", "value": 40000, "unit": None, "counted": "people either buried or missing", "source": CO, "approx": None,
   "note": "'Officials estimate that an additional 40,000 people are either buried or missing': buried or missing together, not the same quantity as the buried alone (no key); 'an additional' is not a hedge"},
  {"text": "seven", "value": 7, "unit": None, "counted": "military helicopters", "source": XH, "approx": None,
   "note": "'The official Xinhua news agency says seven military helicopters have delivered supplies'"},
  {"quantity": S + ":magnitude", "text": "7.9", "value": 7.9, "unit": None, "counted": "magnitude quake", "source": None, "approx": None,
   "note": "the quake's magnitude, no unit (as the Haiti magnitude items); inside the sentence reported from Xinhua but an apposition of the outlet describing Wenchuan county, so outlet's voice"},
  {"text": "2,300", "value": 2300, "unit": None, "counted": "residents of Yingxiu who survived", "source": LO, "approx": None,
   "note": "'A local government official told Xinhua that only 2,300 of 10,000 residents ... survived': the official is the claimant, Xinhua the channel"},
  {"text": "10,000", "value": 10000, "unit": None, "counted": "residents in the southwestern town of Yingxiu", "source": LO, "approx": None,
   "note": "same clause as the 2,300; the town's population as the official gave it"},
  {"text": "two", "value": 2, "unit": None, "counted": "pandas Beijing wants to send to Taiwan", "source": "Wang Yi", "approx": None,
   "note": "'Wang Yi, told reporters they finally made contact with reserve officials, who assured him that two pandas ... are safe': unnamed reserve officials relayed by the speaker leave the claim to the speaker (Wang Yi)"},
 ],
 "events": [
  {"actor": CG, "date": "2008-05-14", "date_text": "Wednesday", "what": "raised the official death toll to nearly 15,000",
   "note": "'China raised the official death toll again Wednesday': agent China (the government); Wednesday = publication day, 14 May 2008"},
  {"actor": None, "date": "2008-05-14", "date_text": "today", "what": "help arrived in the hardest-to-reach areas; some victims pulled out alive",
   "note": "'As help arrived in some of the hardest-to-reach areas today, some victims were being pulled out alive': outlet's own 'today' (not inside speech) = report day; 'help' is no agent and the main clause is a passive without agent -> null"},
 ],
 "actors": [
  {"name": CG, "type": "organisation", "aliases": ["China", "Beijing"]},
  {"name": CO, "type": "organisation", "aliases": ["Officials", "Authorities"]},
  {"name": "Chinese military", "type": "organisation", "aliases": ["The Chinese military"]},
  {"name": XH, "type": "organisation", "aliases": ["The official Xinhua news agency", "Xinhua"]},
  {"name": LO, "type": "person", "aliases": ["A local government official", "The official"]},
  {"name": "Sichuan provincial government", "type": "organisation", "aliases": ["The Sichuan provincial government"]},
  {"name": "Sichuan local officials", "type": "organisation", "aliases": ["Local officials"]},
  {"name": "Wang Yi", "type": "person", "aliases": ["Wang Yi", "A spokesperson for the State Council's Taiwan Affairs Office, Wang Yi"]},
  {"name": "Wolong reserve officials", "type": "organisation", "aliases": ["reserve officials"]},
 ],
 "notes": [
  "VOA News report of Wednesday 14 May 2008, two days after the Sichuan (Wenchuan) earthquake of Monday 12 May 2008. Story sichuan_quake_2008 with voa_2008_sichuan_quake_deaths_expected_top_50000 (VOA Special English, Friday 16 May).",
  "Claimants: China (the government) for the official toll (headline and body, key " + S + ":deaths), officials for the 40,000 buried or missing, Xinhua for the seven helicopters, a local official speaking to Xinhua for Yingxiu's 2,300 survivors of 10,000, Wang Yi for the two pandas (relaying reserve officials).",
  "Keys: " + S + ":deaths (headline and body 'nearly 15,000'); " + S + ":buried ('thousands buried', shared with the 16 May item's 'Thousands of people ... still buried'); " + S + ":magnitude (7.9). The 40,000 'buried or missing' is another quantity (no key); the 16 May item's 'more than fifty thousand' is a forecast of deaths (its own key), not the toll.",
  "The alias 'The official' (the local official, 'The official says rescuers found ...') is a different form from Xinhua's 'The official Xinhua news agency'. 'Authorities expect that number to go up' is the officials' forecast without a number.",
  "Not figures: 'hard-hit', 'hardest-hit' (no number); 'State Council' is a name. No quotes (no quote marks in the item). No other date expressions: 'again', 'finally' are not dates.",
  "Edits: the last paragraph of the stored copy ('More than 50,000 troops have been sent ... to come in') ends without its full stop at the stored copy's cut and was dropped (see meta).",
  "Second careful read done by the annotator against FORMAT.md: both '15,000' pinned with ctx and hedged 'around' (nearly), 2,300/10,000 credited to the local official (not Xinhua), 'today' in the outlet's voice kept as an event with no agent.",
 ],
}
