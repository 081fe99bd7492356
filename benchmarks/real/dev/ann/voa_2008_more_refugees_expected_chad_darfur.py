K = "darfur_chad_refugees_2008:"
U = "UNHCR"
C = "Helene Caux"
R = "Darfur refugees in Chad"
SI = "refugee from Sileah"
ANN = {
 "article": "articles/voa_2008_more_refugees_expected_chad_darfur.txt",
 "gold_out": "gold/voa_2008_more_refugees_expected_chad_darfur.json",
 "published": "2008-02-11",
 "quotes": [
  {"text": "Our team told us that the children who have crossed, a lot of them are malnourished. So, the refugees are not in such good condition and they are quite traumatized also", "speaker": C, "speaker_mention": "she",
   "note": "attribution 'she said' after the quote; 'she' refers back to 'U.N. refugee spokeswoman, Helene Caux', named in the paragraph before; trailing comma before the closing mark dropped"},
  {"text": "They really are talking about very brutal and violent attacks, bombings and attacks on the ground by the janjaweed militia.", "speaker": C, "speaker_mention": "she",
   "note": "second part of the quotation interrupted by 'she said.': a separate quote, same speaker; final full stop inside the marks kept"},
 ],
 "figures": [
  {"quantity": K+"fled_to_chad", "text": "12,000", "ctx": "about 12,000 refugees", "value": 12000, "unit": None, "counted": "refugees from Darfur who have fled into eastern Chad since Friday", "source": "United Nations", "approx": "around",
   "note": "'The United Nations says about 12,000 refugees ... have fled across the border into eastern Chad since Friday'; same quantity as UNHCR's '12,000' (headline) and 'at least 12,000' of 10 February (voa_2008_unhcr_12000_flee_darfur_chad)"},
  {"quantity": K+"en_route", "text": "thousands", "ctx": "says thousands of other", "value": None, "vague": True, "unit": None, "counted": "other refugees en route to Chad", "source": U, "approx": None,
   "note": "'The U.N. refugee agency says thousands of other refugees reportedly are en route to Chad'; same quantity as the refugees' 'thousands of other refugees ... on their way to Chad' in the fifth paragraph"},
  {"text": "Thousands", "value": None, "vague": True, "unit": None, "counted": "households affected by the attacks", "source": None, "approx": None,
   "note": "'Thousands of households have been affected by the attacks.': no claimant in the text (outlet's own voice)"},
  {"quantity": K+"fled_to_chad", "text": "12,000", "ctx": "about 12,000 others", "value": 12000, "unit": None, "counted": "others who have sought refuge in neighboring Chad", "source": None, "approx": "around",
   "note": "'Many people have been displaced and about 12,000 others have sought refuge in neighboring Chad.': the outlet restates the count in its own voice (no 'says'), so null; same quantity as the first paragraph"},
  {"quantity": K+"en_route", "text": "thousands", "ctx": "aid workers that thousands", "value": None, "vague": True, "unit": None, "counted": "other refugees, mainly women and children, on their way to Chad", "source": R, "approx": None,
   "note": "'But they tell aid workers that thousands of other refugees ... are on their way to Chad': 'they' are 'the refugees who have arrived' of the sentence before (Caux's report), so the claim is theirs as relayed by the spokeswoman (the innermost claimant, as 'the Secretary announced that' relayed by Kirby in dev). Same quantity as UNHCR's 'thousands of other refugees ... en route' in the first paragraph"},
  {"text": "50 to 70 kilometers", "value": 50, "value_max": 70, "unit": "km", "counted": "distance of the attacked areas north of El Geneina", "source": None, "approx": "around",
   "note": "'about 50 to 70 kilometers north of El Geneina': range with 'about' = around; outlet's own voice"},
  {"text": "four", "value": 4, "unit": None, "counted": "camps for internally displaced people heavily damaged", "source": SI, "approx": None,
   "note": "'Caux says a refugee from Sileah reported that ground attacks ... caused heavy damage to four camps ...': the refugee is the one who reports it, Caux relays (innermost claimant)"},
 ],
 "events": [
  {"actor": R, "date": "2008-02-08", "date_text": "since Friday", "what": "about 12,000 refugees from Darfur have fled into eastern Chad",
   "note": "'about 12,000 refugees ... have fled across the border into eastern Chad since Friday': the expression modifies 'have fled', whose agent is the refugees (as 'have been fleeing ... since mid-December' in voa_2014_car_refugees_near_death); the Friday before Monday 11 February 2008 = 8 February"},
 ],
 "actors": [
  {"name": "United Nations", "type": "organisation", "aliases": ["The United Nations"]},
  {"name": U, "type": "organisation", "aliases": ["The U.N. refugee agency", "UNHCR", "The UNHCR"]},
  {"name": C, "type": "person", "aliases": ["U.N. refugee spokeswoman, Helene Caux", "Helene Caux", "Caux"]},
  {"name": R, "type": "group", "aliases": ["refugees from Sudan's conflict-ridden Darfur Province", "the refugees who have arrived"]},
  {"name": SI, "type": "person", "aliases": ["a refugee from Sileah"]},
  {"name": "janjaweed militia", "type": "group", "aliases": ["the Sudanese-backed janjaweed militia", "the janjaweed militia"]},
 ],
 "notes": [
  "VOA report by Lisa Schlein (Geneva) of Monday 11 February 2008 (date from the address a-13-2008-02-11); story darfur_chad_refugees_2008 with voa_2008_unhcr_12000_flee_darfur_chad (VOA News, 10 February). The last paragraph of the stored copy (cut mid-word, with Human Rights Watch's 150 killed) was dropped; see meta.",
  "Quotes: one quotation of UNHCR spokeswoman Helene Caux, split by 'she said.' into two quotes, both attributed by the pronoun 'she' after she is named in the paragraph before ('tells VOA').",
  "Figures: 'about 12,000' twice (the U.N.'s, then the outlet's restatement) share darfur_chad_refugees_2008:fled_to_chad with UNHCR's '12,000' and 'at least 12,000' of 10 February. 'thousands' en route: UNHCR's in the first paragraph, the arrived refugees' ('they tell aid workers') in the fifth: key darfur_chad_refugees_2008:en_route. 'four' camps is the Sileah refugee's, relayed by Caux. 'Thousands of households' and '50 to 70 kilometers' are in the outlet's voice.",
  "Events: only 'since Friday' (8 February), agent the refugees who fled. The attacks are not dated in this text ('deadly attacks', 'where the attacks took place').",
  "Actors: the United Nations ('The United Nations says') and UNHCR ('The U.N. refugee agency says') are kept apart as printed. Lisa Schlein is the reporter credit and VOA the addressee, not actors. 'The UNHCR and other humanitarian agencies' / 'The agencies' (a mission) and 'aid workers' (addressees) are not given actors; the Justice and Equality Movement does not act (only 'a stronghold of'); 'Sudanese aircraft' only 'allegedly supported' the attacks.",
  "second reading (annotator): re-read the whole item against FORMAT.md sections 1-2: both quote spans (comma dropped, final stop kept), the repeated '12,000' and 'thousands' pinned with ctx, the range '50 to 70 kilometers' with 'about', the weekday against Monday 11 February 2008, and every alias as an exact substring.",
 ],
}
