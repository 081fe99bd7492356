DC = "David Cameron"
ANN = {
 "article": "articles/govuk_2024_gaza_uk_qatar_tents_cameron_visit.txt",
 "gold_out": "gold/govuk_2024_gaza_uk_qatar_tents_cameron_visit.json",
 "published": "2024-01-25",
 "quotes": [],
 "figures": [
  {"text": "17", "value": 17, "unit": "tonnes", "counted": "tonnes of family sized tents in the first joint UK-Qatar consignment", "source": DC, "approx": None,
   "note": "'The Foreign Secretary has announced that ... with our first joint consignment containing 17 tonnes of family sized tents being flown today': the figure is part of what Cameron announced (the complement of 'has announced that'), so he is the claimant, as announced amounts elsewhere in dev (govuk_2014_sinjar_uk_aid_drops_continue). The unit word is not glued: span '17', unit tonnes"},
  {"text": "9 out of 10", "value": 0.9, "unit": "share", "counted": "share of people in Gaza living on less than a meal a day in northern Gaza", "source": None, "approx": None,
   "note": "'With reports of 9 out of 10 people in Gaza living on less than a meal a day': the claim is attributed to unnamed 'reports', so no claimant (null). The paragraph follows 'The UK has trebled its assistance ...', which is in the release's voice (third person); a press report of the same day (anews.com.tr) also gives it as the Foreign Office's citing of reports. A share written as 'N out of M' -> value 0.9, unit share"},
 ],
 "events": [
  {"actor": None, "date": "2024-01-25", "date_text": "today [Thursday 25 January]", "what": "the first joint UK-Qatar consignment of 17 tonnes of tents flown (to Egypt, for Gaza)",
   "note": "one expression: 'today' glossed by the bracketed weekday and date (as 'last night (Wednesday 3 February)' in govuk_2016_syria_aid_pledge). It modifies the passive participle 'being flown', which names no agent, so null (the UK and Qatar 'are working together' in the main clause, but the dated verb is the agentless passive)"},
  {"actor": DC, "date": "2024-01-24", "date_text": "yesterday", "what": "Cameron told Israeli Prime Minister Netanyahu that far more trucks need to be able to enter Gaza",
   "note": "inside Cameron's unmarked statement block: 'As I said to PM Netanyahu yesterday': the speaker ('I') is the agent; yesterday = Wednesday 24 January 2024 (press reports: Cameron 'told Israeli Prime Minister Benjamin Netanyahu on Wednesday')"},
 ],
 "actors": [
  {"name": DC, "type": "person", "aliases": ["Foreign Secretary David Cameron", "The Foreign Secretary", "the Foreign Secretary", "Foreign Secretary"]},
  {"name": "United Kingdom", "type": "country", "aliases": ["The UK", "the UK", "UK"]},
  {"name": "Qatar", "type": "country", "aliases": ["Qatar"]},
 ],
 "notes": [
  "FCDO press release on GOV.UK of Thursday 25 January 2024 (date worked out, meta published_evidence): on a visit to the Middle East, Foreign Secretary David Cameron announces a first joint UK-Qatar consignment of 17 tonnes of family tents for Gaza and says he told Netanyahu 'yesterday' that far more trucks must enter. Story uk_gaza_aid_2024 with the FCDO release of 21 February 2024 on the UK-Jordan drop to the Tal Al-Hawa Hospital (govuk_2024_gaza_uk_jordan_airdrop_tal_al_hawa_hospital) and the Ministry of Defence release of 9 April 2024 on the RAF's sixth airdrop (govuk_2024_gaza_raf_largest_international_airdrop).",
  "No quotes: Cameron's statement is an unmarked block after 'Foreign Secretary David Cameron said:' (GOV.UK layout); there are no quote marks in the text. The block holds no figure; its 'yesterday' dates Cameron's talk with Netanyahu.",
  "Figures: 17 (tonnes of tents, announced by Cameron) and '9 out of 10' (a share, from unnamed 'reports', source null). No figure is shared with the other items of the story (the February and April drops are other quantities), so no quantity keys. Not figures: 'trebled' (twice; a verb, not a number word, as 'to double' in govuk_2012_syria_britain_to_double_aid), 'first joint consignment' (ordinal), '25 January' (date). 'less than a meal a day' is left without a figure: 'a meal' is an article, not a printed number (no number token), and the rate is part of the counted phrase of the 9 out of 10.",
  "Events: 'today [Thursday 25 January]' (one expression; the tents 'being flown', agentless passive, null) and 'yesterday' in the block (Cameron said it to Netanyahu, 24 January). Not events: 'On the visit' (no date), 'a cold winter continues' (a season, vague), 'hostilities' etc.",
  "Actors: Cameron ('Foreign Secretary David Cameron', 'The Foreign Secretary', 'the Foreign Secretary', 'Foreign Secretary' in the headline's 'on Foreign Secretary visit'), the United Kingdom ('The UK and Qatar are working together', 'The UK has trebled its assistance') and Qatar (works with the UK). Not listed: Netanyahu ('PM Netanyahu', only addressed), UN staff, Egypt (destination), families and hostages (affected people). The removed caption named Qatari minister Lolwah Al Khater.",
  "second reading (annotator): re-read the whole item once fully against FORMAT.md sections 1-2 and the stored copy: checked the bracketed 'today [Thursday 25 January]' as one date expression (25 January 2024 a Thursday), 'yesterday' in the block = 24 January with Cameron the agent, '17' with unit tonnes and Cameron as announcer, '9 out of 10' as a share with no claimant, no quote marks in the text, the curly apostrophe in 'Qatar’s', every alias an exact substring and none shared; no change.",
 ],
}
