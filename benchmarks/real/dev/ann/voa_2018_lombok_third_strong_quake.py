K = "lombok_quake_2018:"
SPN = "Sutopo Purwo Nugroho"
ANT = "Antara news agency"
OFF = "Indonesian officials"
ANN = {
 "article": "articles/voa_2018_lombok_third_strong_quake.txt",
 "gold_out": "gold/voa_2018_lombok_third_strong_quake.json",
 "published": "2018-08-09",
 "quotes": [],
 "figures": [
  {"text": "6.2", "value": 6.2, "unit": None, "counted": "magnitude of Thursday's earthquake (aftershock)", "source": None, "approx": None,
   "note": "'A magnitude 6.2 earthquake rocked ...': VOA's voice; a measure without unit; the 9 August aftershock, only here"},
  {"quantity": K+"aug5_deaths", "text": "300", "value": 300, "unit": None, "counted": "people killed by Sunday's quake in the region", "source": None, "approx": "more than",
   "note": "'after Sunday's quake in the region killed more than 300 people': VOA's voice; the running toll of the 5 August quake, same key as 347 below and the other items' 19 / 100 / 400"},
  {"quantity": K+"aug5_deaths", "text": "347", "value": 347, "unit": None, "counted": "death toll in Sunday's devastating earthquake on Lombok", "source": ANT, "approx": None,
   "note": "'has risen to 347, the state-run Antara news agency reported': the claimant follows the figure in the same sentence"},
  {"quantity": K+"aug5_injured", "text": "1,447", "value": 1447, "unit": None, "counted": "people injured", "source": SPN, "approx": None,
   "note": "'told the news agency Wednesday that another 1,447 people were injured': Nugroho's count; 'another' = in addition to the dead, not a hedge; all injured, a different quantity from the 'more than 200 seriously injured' of 7 August"},
  {"quantity": K+"aug5_displaced", "text": "165,000", "value": 165000, "unit": None, "counted": "people displaced", "source": SPN, "approx": "more than",
   "note": "'and more than 165,000 have been displaced': the second half of Nugroho's reported statement"},
  {"quantity": K+"aug5_magnitude", "text": "6.9", "value": 6.9, "unit": None, "counted": "magnitude of the quake that struck off northern Lombok", "source": None, "approx": None,
   "note": "'the 6.9 magnitude quake': VOA's voice here; same quantity as the USGS's 6.9 / 7.0 of the other items"},
  {"text": "Hundreds of thousands", "value": None, "vague": True, "unit": None, "counted": "refugees living in plastic tents", "source": None, "approx": None,
   "note": "vague plural in VOA's voice; not keyed with the 165,000 displaced (a vague amount of a narrower group, those in tents)"},
 ],
 "events": [
  {"actor": None, "date": "2018-08-09", "date_text": "on Thursday", "what": "magnitude 6.2 earthquake rocked Lombok and Bali",
   "note": "natural event, no agent; Thursday = the report's day, 9 August 2018"},
  {"actor": None, "date": "2018-08-05", "date_text": "Sunday's", "what": "quake in the region killed more than 300 people", "ctx": "after Sunday's",
   "note": "possessive weekday on 'quake': natural event, no agent"},
  {"actor": None, "date": "2018-08-05", "date_text": "Sunday's", "what": "devastating earthquake on Lombok (death toll risen to 347)", "ctx": "in Sunday's",
   "note": "possessive weekday on 'earthquake': natural event, no agent (the date does not modify Antara's reporting, which is undated)"},
  {"actor": SPN, "date": "2018-08-08", "date_text": "Wednesday", "what": "Nugroho told Antara 1,447 were injured and more than 165,000 displaced",
   "note": "'Sutopo Purwo Nugroho, a spokesman ..., told the news agency Wednesday that ...'; the Wednesday before a Thursday report"},
 ],
 "actors": [
  {"name": OFF, "type": "group", "aliases": ["Officials"]},
  {"name": ANT, "type": "organisation", "aliases": ["the state-run Antara news agency", "the news agency"]},
  {"name": SPN, "type": "person", "aliases": ["Sutopo Purwo Nugroho", "Sutopo Purwo Nugroho, a spokesman for the country's National Disaster Mitigation Agency (BNPB)"]},
 ],
 "notes": [
  "VOA News report of Thursday 9 August 2018 (no date line; worked out from the photo captions 'Thursday, Aug. 9, 2018', meta published_evidence) on the magnitude 6.2 aftershock of 9 August and the toll of the Lombok earthquake of Sunday 5 August 2018. Story lombok_quake_2018 with voa_2018_lombok_quake_kills_at_least_19 (5 August), voa_2018_lombok_rescue_operations_continue (7 August) and voa_2018_lombok_new_6_9_quake_aug19 (19 August).",
  "Keys (lombok_quake_2018:): aug5_deaths ('more than 300' in VOA's voice and 347 from Antara, both here; 'at least 19', 'more than 100', 'more than 400' in the other items: one running toll that the outlet and the agency state differently on one day), aug5_magnitude (6.9), aug5_injured (1,447, only here), aug5_displaced ('more than 165,000', only here).",
  "No quote marks in the text: no quotes. Nugroho's figures are reported speech ('told the news agency Wednesday that ...').",
  "Actors: 'Officials' (unnamed, they say the epicentre was on land), Antara ('the state-run Antara news agency', then 'the news agency' in the next sentence: Nugroho told Antara), Nugroho. The National Disaster Mitigation Agency (BNPB) is named only as Nugroho's employer (its 'BNPB reported ...' sentence was in the dropped, cut last paragraph): not listed.",
  "Events: 'on Thursday' (the aftershock), two possessive 'Sunday's' (the 5 August quake), 'Wednesday' (Nugroho's statement). 'Meanwhile' is not a date expression.",
  "Not figures: 'Third' in the headline (ordinal); 'Very few people' (no number).",
  "second reading (annotator): re-read the whole item against FORMAT.md sections 1-2: checked that 347 is Antara's and 1,447 / 165,000 are Nugroho's, 'another 1,447' has no hedge, the two 'Sunday's' (ctx), Thursday = the report's day and Wednesday = 8 August; no change.",
 ],
}
