K = "uk_ukraine_support_sept_2024:"
DL = "David Lammy"
AB = "Antony Blinken"
KS = "Keir Starmer"
UK = "United Kingdom"
ANN = {
 "article": "articles/govuk_2024_lammy_blinken_kyiv_600_million.txt",
 "gold_out": "gold/govuk_2024_lammy_blinken_kyiv_600_million.json",
 "published": "2024-09-11",
 "quotes": [],
 "figures": [
  {"quantity": K+"uk_support_600m", "text": "£600 million", "occ": 1, "value": 6e8, "unit": "GBP", "counted": "worth of support for Ukraine announced by David Lammy", "source": DL, "approx": "more than",
   "note": "headline '... as David Lammy announces over £600 million worth of support for Ukraine': 'announces' is a verb of stating with Lammy as subject, so he claims it; 'over' -> more than. The same package as the body's 'at least £600 million' and the 13 September release's 'an extra £600 million' (govuk_2024_pm_washington_biden_talks), same key"},
  {"text": "2", "ctx": "they are 2 of the first", "value": 2, "unit": None, "counted": "of the first to meet with new ministers (Lammy and Blinken)", "source": None, "approx": None,
   "note": "summary point 'together, they are 2 of the first to meet with new ministers': a count of the two visitors; the release's own voice"},
  {"text": "£242 million", "value": 242e6, "unit": "GBP", "counted": "of funding to support Ukraine announced by the UK", "source": UK, "approx": "at least",
   "note": "'the UK announces at least £242 million of funding ...': the UK is the subject of 'announces', so it claims the figure; 'at least' -> at least"},
  {"text": "$484 million", "value": 484e6, "unit": "USD", "counted": "of fiscal support and military equipment deliveries deployed", "source": UK, "approx": None,
   "note": "second object of the same 'the UK announces ...' ('and the deployment of $484 million of fiscal support ...'): claimed by the UK; 'at least' modifies only the £242 million"},
  {"quantity": K+"uk_support_600m", "text": "£600 million", "occ": 2, "value": 6e8, "unit": "GBP", "counted": "worth of support to Ukraine Lammy will announce", "source": DL, "approx": "at least",
   "note": "'Mr Lammy will announce at least £600 million worth of support to Ukraine': Lammy is the subject of 'announce'; 'at least' -> at least. Same package as the headline's 'over £600 million' (same key)"},
  {"quantity": K+"uk_military_support_3bn_a_year", "text": "£3 billion", "value": 3e9, "unit": "GBP", "counted": "a year of military support for Ukraine committed by Keir Starmer", "source": None, "approx": None,
   "note": "'The Prime Minister Keir Starmer committed to £3 billion a year of military support ...': 'committed to' is a pledge, not a verb of saying (as 'will increase ... to £2.5 billion' and 'pledged' elsewhere in the set), so the release's own voice; 'a year' is a rate, not a separate figure. The same annual sum as the 13 September release's '£3 billion a year ... confirmed by the Prime Minister in July' (same key)"},
 ],
 "events": [
  {"actor": DL, "date": "2024-09-11", "date_text": "today", "ctx": "visiting Kyiv today [11", "what": "Lammy is visiting Kyiv with Antony Blinken",
   "note": "first summary point 'Foreign Secretary David Lammy is visiting Kyiv today [11 September], with US Secretary of State, Antony Blinken': Lammy is the subject of 'is visiting'; Blinken comes in a 'with' phrase, not as a joint subject. The release's day, Wednesday 11 September 2024"},
  {"actor": DL, "date": "2024-09-11", "date_text": "11 September", "what": "Lammy is visiting Kyiv with Antony Blinken (bracketed date)",
   "note": "the bracketed '[11 September]' is a calendar date glossing 'today': a second date expression for the same visit, annotated as 'today [Tuesday 21 October]' is elsewhere in the set (a bare bracketed weekday '[Friday]' is not)"},
  {"actor": DL + " and " + AB, "date": "2024-09-11", "date_text": "today", "ctx": "joint visit to Kyiv today.", "what": "Lammy and Blinken reiterate UK and US support in a joint visit to Kyiv",
   "note": "'Foreign Secretary David Lammy and US Secretary of State Antony Blinken will reiterate ... in a joint visit to Kyiv today': coordinated subject of 'will reiterate' -> joint actor"},
  {"actor": KS, "date": "2024", "date_text": "earlier this year", "what": "Keir Starmer committed to £3 billion a year of military support for Ukraine",
   "note": "'The Prime Minister Keir Starmer committed to £3 billion a year ... for as long as needed earlier this year': Starmer is the subject of 'committed'; 'earlier this year' -> the year 2024 ('for as long as needed' is not a date). The 13 September release dates the same commitment 'in July'"},
 ],
 "actors": [
  {"name": DL, "type": "person", "aliases": ["Foreign Secretary David Lammy", "David Lammy", "Mr Lammy"]},
  {"name": AB, "type": "person", "aliases": ["US Secretary of State Antony Blinken", "US Secretary of State, Antony Blinken", "Antony Blinken"]},
  {"name": KS, "type": "person", "aliases": ["The Prime Minister Keir Starmer", "Keir Starmer"]},
  {"name": UK, "type": "country", "aliases": ["the UK"]},
  {"name": "Volodymyr Zelenskyy", "type": "person", "aliases": ["President Zelenskyy"]},
  {"name": "Andrii Sybiha", "type": "person", "aliases": ["Foreign Minister Sybiha"]},
  {"name": "Vladimir Putin", "type": "person", "aliases": ["Putin"]},
 ],
 "notes": [
  "Foreign, Commonwealth & Development Office press release (GOV.UK) of Wednesday 11 September 2024 on the first joint visit to Kyiv by a UK Foreign Secretary (David Lammy) and a US Secretary of State (Antony Blinken), kept from a mirror of the GOV.UK page (meta edits; the page prints no date, see published_evidence). Story uk_ukraine_support_sept_2024 with the 10 Downing Street release of 13 September 2024 (govuk_2024_pm_washington_biden_talks), which looks back on the visit and the £600 million.",
  "No quotes: no quote marks in the kept text (the release's quoted statement by Lammy, if any, lies beyond the kept opening).",
  "Recurring figures: the £600 million package twice here (headline 'over £600 million', body 'at least £600 million', both claimed by Lammy, who 'announces'/'will announce' it) and once in the 13 September release ('The UK confirmed an extra £600 million'): key uk_ukraine_support_sept_2024:uk_support_600m. Starmer's '£3 billion a year of military support' here (release's voice: 'committed to' is a pledge) and in the 13 September release ('confirmed by the Prime Minister in July', claimed by him): key uk_ukraine_support_sept_2024:uk_military_support_3bn_a_year. The £242 million is part of the £600 million (the cut paragraph says 'This confirms the £242 million ...'), so it gets no shared key with it.",
  "Claimants: 'the UK announces at least £242 million ... and the deployment of $484 million' -> the UK for both; '2 of the first' and '£3 billion' are the release's voice (null).",
  "Events: 'today' and the bracketed '11 September' (Lammy's visit, one act, two date expressions), 'today' (Lammy and Blinken's joint visit, joint actor) and 'earlier this year' (Starmer's commitment, 2024). Not events: 'for as long as needed' (not a date), 'first ever' / 'first visit' (ordinals).",
  "Not figures: 'first' (ordinals, four times), 'a year' (rate in '£3 billion a year'), '11 September' (a date). 'The pair' and 'they' are Lammy and Blinken jointly and are not aliases. 'the UK and US’s unshakeable resolve' / 'UK and US support' are adjectival; the US is not listed as an actor. Zelenskyy and Sybiha are the people the pair 'were due to meet' (listed as meeting counterparts, as a readout lists the other party); Putin appears in 'Putin’s illegal invasion' (the agent of the invasion, undated).",
  "second reading (annotator): the whole item re-read once against FORMAT.md sections 1-2 and the stored copy; checked both '£600 million' occurrences (headline 'over' -> more than, body 'at least'), that 'at least' does not reach the $484 million, the USD unit of '$484 million', that 11 September 2024 was a Wednesday, that the Zelenskyy/Sybiha meeting clause has no date, and every alias as an exact substring; no change.",
 ],
}
