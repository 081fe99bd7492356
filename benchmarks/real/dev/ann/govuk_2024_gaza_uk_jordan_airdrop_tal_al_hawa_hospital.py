DC = "David Cameron"
JAF = "Jordanian Air Force"
JHCO = "Jordan Hashemite Charity Organisation"
ANN = {
 "article": "articles/govuk_2024_gaza_uk_jordan_airdrop_tal_al_hawa_hospital.txt",
 "gold_out": "gold/govuk_2024_gaza_uk_jordan_airdrop_tal_al_hawa_hospital.json",
 "published": "2024-02-21",
 "quotes": [],
 "figures": [
  {"text": "Four", "value": 4, "unit": "tonnes", "counted": "tonnes of vital supplies provided in the air-drop", "source": None, "approx": None,
   "note": "'Four tonnes of vital supplies were provided in the air-drop': the release's voice; the unit word is not glued, so the span is the number word"},
  {"text": "thousands", "value": None, "vague": True, "unit": None, "counted": "patients treated by the Tal al-Hawa Hospital since the start of the crisis", "source": None, "approx": None, "ctx": "treated thousands of patients",
   "note": "release's voice; not the same quantity as Cameron's 'Thousands of patients will benefit' (patients treated so far vs patients to benefit from this drop), so no shared key"},
  {"text": "Thousands", "value": None, "vague": True, "unit": None, "counted": "patients who will benefit from the air-dropped supplies", "source": DC, "approx": None, "ctx": "Thousands of patients will",
   "note": "second paragraph of Cameron's unmarked statement block (after 'Foreign Secretary David Cameron said:'), so claimed by him"},
  {"text": "£1 million", "value": 1e6, "unit": "GBP", "counted": "worth of UK aid to Gaza to be procured and delivered under the memorandum with the JHCO", "source": None, "approx": None,
   "note": "'the UK signed a Memorandum of Understanding ... to procure and deliver £1 million worth of UK aid to Gaza': the release's voice, no claimant (the UK is the giver)"},
 ],
 "events": [
  {"actor": JAF, "date": "2024-02-21", "date_text": "earlier today", "what": "the UK-funded consignment of aid was dropped into the Tal Al-Hawa Hospital by the Jordanian Air Force",
   "note": "'The UK-funded consignment of aid, delivered by the Jordanian Air Force, was dropped earlier today ...': the passive 'was dropped' has its agent in the same sentence, in the appositive participle naming the same act ('delivered by the Jordanian Air Force'), so the Jordanian Air Force (the press reports: 'dispatched by the Jordanian Air Force'). The release day, Wednesday 21 February 2024"},
  {"actor": "United Kingdom", "date": "2024-02-19/2024-02-25", "date_text": "Earlier this week", "what": "the UK signed a Memorandum of Understanding with the Jordan Hashemite Charity Organisation to procure and deliver £1 million of UK aid to Gaza",
   "note": "'Earlier this week, the UK signed ...': the UK is the subject of 'signed'; 'earlier this week' = the ISO week of the release (Monday 19 - Sunday 25 February 2024), as 'earlier this week' elsewhere in dev"},
 ],
 "actors": [
  {"name": "United Kingdom", "type": "country", "aliases": ["The UK", "the UK", "UK"]},
  {"name": "Jordan", "type": "country", "aliases": ["Jordan"]},
  {"name": JAF, "type": "organisation", "aliases": ["the Jordanian Air Force"]},
  {"name": DC, "type": "person", "aliases": ["Foreign Secretary David Cameron", "Foreign Secretary"]},
  {"name": JHCO, "type": "organisation", "aliases": ["the Jordan Hashemite Charity Organisation", "Jordan Hashemite Charity Organisation", "JHCO"]},
  {"name": "Hussein Shabli", "type": "person", "aliases": ["Dr Hussein Shabli", "Secretary-General of the Jordan Hashemite Charity Organisation (JHCO) Dr Hussein Shabli"]},
  {"name": "Tal Al-Hawa Hospital", "type": "organisation", "aliases": ["the Tal Al-Hawa Hospital", "The Tal al-Hawa Hospital", "Tal Al-Hawa Hospital"]},
 ],
 "notes": [
  "FCDO press release of Wednesday 21 February 2024 (GOV.UK), kept from a word-for-word repost on miragenews.com; no headline or date in the stored copy (line 1 rebuilt from the address, date worked out: meta published_evidence and edits). The UK and Jordan air-drop four tonnes of UK-funded supplies to the Tal Al-Hawa Hospital in northern Gaza, delivered by the Jordanian Air Force; the UK signed a £1 million memorandum with the JHCO earlier in the week. Story uk_gaza_aid_2024 with the FCDO release of 25 January (govuk_2024_gaza_uk_qatar_tents_cameron_visit) and the MoD release of 9 April 2024 (govuk_2024_gaza_raf_largest_international_airdrop).",
  "No quotes: Cameron's and Shabli's statements are unmarked blocks after 'Foreign Secretary David Cameron said:' and '... Dr Hussein Shabli:' (GOV.UK layout). The lone closing straight double mark after '... in northern Gaza.' (first paragraph of Cameron's block) has no opening mark and encloses no span, so it marks no quote in the gold sense; the words are Cameron's by the block layout anyway.",
  "Figures: Four (tonnes, release), 'thousands' of patients treated (release), 'Thousands' of patients to benefit (Cameron's block, source Cameron), £1 million (release). No figure is shared with the other items of the story (this drop was by a Jordanian plane; the RAF's own drops began on 25 March), so no quantity keys. Not figures: 'Joint', 'this flight' (no number); 'Memorandum of Understanding' (no number).",
  "Events: 'earlier today' (the drop, by the Jordanian Air Force; 21 February) and 'Earlier this week' (the UK signed the memorandum; the week 19-25 February). Left out: 'since the start of the crisis' (no date expression, vague), the 'earlier today' of the dropped cut paragraph (the Jordanian Armed Forces flight departed).",
  "Actors: the United Kingdom ('The UK and Jordan have air-dropped', 'the UK signed'), Jordan (joint air-drop), the Jordanian Air Force (delivered the aid), Cameron ('Foreign Secretary David Cameron'; 'Foreign Secretary reiterates call' in the summary), the JHCO (partner in the memorandum), Shabli (speaker of the second block) and the Tal Al-Hawa Hospital (has treated thousands of patients; spelt 'Tal Al-Hawa' and 'Tal al-Hawa'). 'Jordan' is also inside the JHCO's name; the standalone country form is the alias. Not listed: hostages, patients and staff (affected people).",
  "second reading (annotator): re-read the whole item once fully against FORMAT.md sections 1-2 and the stored copy: checked the lone closing mark (no quote), the two 'thousands'/'Thousands' pinned by ctx with different claimants, 'Four' with unit tonnes, £1 million in the release's voice, 21 February 2024 a Wednesday and 'Earlier this week' = 19-25 February, the Jordanian Air Force as agent of the drop (appositive by-phrase in the same sentence), every alias an exact substring and none shared; no change.",
 ],
}
