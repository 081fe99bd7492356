K = "uk_ukraine_support_sept_2024:"
KS = "Keir Starmer"
JB = "Joe Biden"
DL = "David Lammy"
AB = "Antony Blinken"
UK = "United Kingdom"
WK = "2024-09-09/2024-09-15"
ANN = {
 "article": "articles/govuk_2024_pm_washington_biden_talks.txt",
 "gold_out": "gold/govuk_2024_pm_washington_biden_talks.json",
 "published": "2024-09-13",
 "quotes": [],
 "figures": [
  {"quantity": K+"uk_support_600m", "text": "£600 million", "value": 6e8, "unit": "GBP", "counted": "of support for Ukraine confirmed by the UK", "source": UK, "approx": None,
   "note": "'The UK confirmed an extra £600 million of support for Ukraine yesterday': 'confirmed' is a verb of stating with the UK as subject, so the UK claims it; 'an extra' is not an approximator. The package Lammy announced in Kyiv on 11 September ('over'/'at least £600 million' in govuk_2024_lammy_blinken_kyiv_600_million), same key"},
  {"quantity": K+"uk_military_support_3bn_a_year", "text": "£3 billion", "value": 3e9, "unit": "GBP", "counted": "a year for as long as needed confirmed by the Prime Minister", "source": KS, "approx": None,
   "note": "'on top of the £3 billion a year for as long as needed confirmed by the Prime Minister in July': a passive of a verb of stating with a by-agent (the Prime Minister), so the Prime Minister claims it; 'a year' is a rate, not a separate figure. Same annual sum as the 11 September release's 'The Prime Minister Keir Starmer committed to £3 billion a year' (same key)"},
 ],
 "events": [
  {"actor": KS, "date": "2024-09-13", "date_text": "today", "what": "the Prime Minister holds talks with Joe Biden in Washington",
   "note": "'The Prime Minister has arrived in Washington to hold talks with U.S. President Joe Biden today [13 September 2024]': 'today' dates the talks (and the arrival); the Prime Minister is the subject of 'has arrived' and of 'to hold talks'; Biden is in a 'with' phrase, not a joint subject. Friday 13 September 2024"},
  {"actor": KS, "date": "2024-09-13", "date_text": "13 September 2024", "what": "the Prime Minister holds talks with Joe Biden in Washington (bracketed date)",
   "note": "the bracketed '[13 September 2024]' is a calendar date glossing 'today': a second date expression for the same act (as 'today [Tuesday 21 October]' elsewhere in the set)"},
  {"actor": DL + " and " + AB, "date": WK, "date_text": "this week", "occ": 1, "what": "the Foreign Secretary and US Secretary of State's visit to Kyiv",
   "note": "'It follows the Foreign Secretary and US Secretary of State’s visit to Kyiv this week': a date on the noun 'visit', whose agents the text names by the joint possessive -> joint actor (David Lammy and Antony Blinken, the visit of 11 September in govuk_2024_lammy_blinken_kyiv_600_million); 'this week' = the ISO week of Friday 13 September 2024"},
  {"actor": None, "date": WK, "date_text": "this week", "occ": 2, "what": "it was confirmed that Iran has transferred ballistic missiles to Russia",
   "note": "'it was also confirmed this week that Iran has transferred ballistic missiles to Russia': 'this week' modifies the passive 'was confirmed', which has no by-agent -> null (Iran is the agent of 'has transferred', which the date does not modify)"},
  {"actor": UK, "date": "2024-09-12", "date_text": "yesterday", "what": "the UK confirmed an extra £600 million of support for Ukraine",
   "note": "'The UK confirmed an extra £600 million of support for Ukraine yesterday': the UK is the subject of 'confirmed'; yesterday of Friday 13 September = Thursday 12 September 2024 (normalised as printed; Lammy announced the package in Kyiv on 11 September)"},
  {"actor": KS, "date": "2024-07", "date_text": "in July", "what": "the Prime Minister confirmed £3 billion a year for Ukraine",
   "note": "'the £3 billion a year ... confirmed by the Prime Minister in July': passive with a by-agent -> the Prime Minister; July 2024, normalised to the month"},
 ],
 "actors": [
  {"name": KS, "type": "person", "aliases": ["The Prime Minister", "the Prime Minister", "Prime Minister"]},
  {"name": JB, "type": "person", "aliases": ["U.S. President Joe Biden", "the President"]},
  {"name": DL, "type": "person", "aliases": ["the Foreign Secretary"]},
  {"name": AB, "type": "person", "aliases": ["US Secretary of State"]},
  {"name": UK, "type": "country", "aliases": ["The UK"]},
  {"name": "Volodymyr Zelenskyy", "type": "person", "aliases": ["President Zelenskyy"]},
  {"name": "Iran", "type": "country", "aliases": ["Iran"]},
  {"name": "Russia", "type": "country", "aliases": ["Russia"]},
  {"name": "Vladimir Putin", "type": "person", "aliases": ["Putin"]},
 ],
 "notes": [
  "10 Downing Street press release (GOV.UK) of Friday 13 September 2024 on Keir Starmer's talks with Joe Biden at the White House, kept from WiredGov's word-for-word repost (meta edits). Story uk_ukraine_support_sept_2024 with the FCDO release of 11 September 2024 on Lammy and Blinken's joint visit to Kyiv (govuk_2024_lammy_blinken_kyiv_600_million). The Prime Minister is never named in the text ('The Prime Minister', 'the Prime Minister', 'Prime Minister' in the headline and in 'Both the President and Prime Minister'); the canonical name is used, as the set does for Downing Street items. Likewise Lammy and Blinken appear only as 'the Foreign Secretary' and 'US Secretary of State'.",
  "No quotes: no quote marks in the text.",
  "Figures: '£600 million' (the UK 'confirmed' it -> United Kingdom) and '£3 billion' a year ('confirmed by the Prime Minister' -> Keir Starmer); both share keys with the 11 September release (uk_support_600m, uk_military_support_3bn_a_year).",
  "Events: 'today' and the bracketed '13 September 2024' (the talks, Starmer), 'this week' twice (the Lammy-Blinken visit, joint actor; the agentless passive 'it was also confirmed', null), 'yesterday' (the UK confirmed the £600 million; 12 September as printed, though the Kyiv release dates the announcement 11 September) and 'in July' (the Prime Minister confirmed the £3 billion a year). Not events: 'for as long as needed', future talks without a date ('will discuss', 'is also expected to').",
  "Actors: 'they' (Starmer and Biden, or Lammy and Blinken) is not an alias. 'the President' (Biden) does not clash with 'President Zelenskyy' (a longer, different form). 'US-UK' and 'U.S.' are adjectival; the US, Gaza, Ukraine and the Middle East are not listed as actors. Iran (transferred missiles, undated), Russia ('Russia’s ongoing barbaric invasion') and Putin ('his illegal war') act in the text and are listed.",
  "Not figures: '13 September 2024' (a date), 'both conflicts', 'both sides' (no number), 'a year' (rate).",
  "second reading (annotator): the whole item re-read once against FORMAT.md sections 1-2 and the stored copy; checked that 13 September 2024 was a Friday (ISO week 9-15 September; yesterday = 12 September), the two 'this week' occurrences and their different actors, the passive 'confirmed by the Prime Minister' (agent) against 'it was also confirmed' (no agent), and every alias as an exact substring; no change.",
 ],
}
