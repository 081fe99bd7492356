K = "us_ukraine_supplemental_may2022:"
AB = "Antony Blinken"
DK = "Dmytro Kuleba"
ANN = {
 "article": "articles/state_2022_blinken_kuleba_call_40_1_billion.txt",
 "gold_out": "gold/state_2022_blinken_kuleba_call_40_1_billion.json",
 "published": "2022-05-24",
 "quotes": [],
 "figures": [
  {"text": "two", "ctx": "The two leaders", "value": 2, "unit": None, "counted": "leaders who discussed ongoing diplomatic efforts", "source": None, "approx": None,
   "note": "'The two leaders discussed ...': counts Blinken and Kuleba, annotated as the set does for 'The two leaders' (uapres_2024_steinmeier_meeting, dod_2024_ryder_west_point_armenia_briefing); the readout's own voice, so no claimant"},
  {"quantity": K+"supplemental_act_total", "text": "$40.1 billion", "value": 40.1e9, "unit": "USD", "counted": "supplemental appropriations act signed by President Biden", "source": AB, "approx": None,
   "note": "'The Secretary conveyed details on the $40.1 billion supplemental appropriations act signed by President Biden on May 21': the figure sits in what Blinken conveyed to Kuleba (as the £40m the Prime Minister 'set out' in govuk_2022_pm_duda_call_40m_package), so the claimant is Blinken. The same act is the 'more than $40 billion in new funding ... made available by the Additional Ukraine Supplemental Appropriations Act of 2022 ... signed into law by the President on May 21' of state_2022_700_million_eleventh_drawdown (no key there; see notes)"},
 ],
 "events": [
  {"actor": AB, "date": "2022-05-24", "date_text": "today", "what": "Blinken spoke with Ukrainian Foreign Minister Kuleba (the call)",
   "note": "'Secretary of State Antony J. Blinken spoke today with Ukrainian Foreign Minister Dmytro Kuleba': subject of 'spoke' is Blinken; 'today' in the readout's own voice (not in speech) = the publication day, Tuesday 24 May 2022 (see meta published_evidence)"},
  {"actor": AB+" and "+DK, "date": "2022-05-15", "date_text": "May 15", "what": "Blinken and Kuleba's meeting in Berlin",
   "note": "a date on a noun: 'to follow up on their May 15 meeting in Berlin'; 'their' = Blinken and Kuleba, who met, so the joint actor; year 2022 from the publication date"},
  {"actor": "Joe Biden", "date": "2022-05-21", "date_text": "May 21", "what": "the $40.1 billion supplemental appropriations act was signed by President Biden",
   "note": "passive with a 'by' agent: 'signed by President Biden on May 21' -> Biden; year 2022 from the publication date"},
 ],
 "actors": [
  {"name": AB, "type": "person", "aliases": ["Secretary of State Antony J. Blinken", "Secretary Blinken", "The Secretary"]},
  {"name": DK, "type": "person", "aliases": ["Ukrainian Foreign Minister Dmytro Kuleba", "Ukrainian Foreign Minister Kuleba"]},
  {"name": "Joe Biden", "type": "person", "aliases": ["President Biden"]},
  {"name": "US Department of State", "type": "organisation", "aliases": ["The US Department of State"]},
 ],
 "notes": [
  "State Department readout of Secretary of State Antony Blinken's phone call with Ukrainian Foreign Minister Dmytro Kuleba on Tuesday 24 May 2022, kept from STL.News's word-for-word repost (the page prints no date; the day is worked out in meta published_evidence from Anadolu's report of the call 'Tuesday' and Kuleba's tweet of 24 May). Story us_ukraine_supplemental_may2022 (single item in this folder).",
  "No quotes: a readout in the Department's own voice, printed without quote marks. Figures: '$40.1 billion', claimed by Blinken, who 'conveyed details' on the act; 'two' in 'The two leaders' (a count of the two ministers, in the readout's own voice, source null, as in uapres_2024_steinmeier_meeting).",
  "Key us_ukraine_supplemental_may2022:supplemental_act_total: the lead may add it to the '$40 billion' ('more than $40 billion in new funding ... made available by the Additional Ukraine Supplemental Appropriations Act of 2022', signed on May 21) of state_2022_700_million_eleventh_drawdown in real/dev, which is the same act's total (that figure has no key now; I did not edit /work/main).",
  "Events: 'today' (the call, Blinken), 'May 15' (their meeting in Berlin, dated noun, joint actor Blinken and Kuleba) and 'May 21' (the act signed by President Biden, passive with by-agent). Not events: 'ongoing', 'again' (no date).",
  "Actors: Blinken ('Secretary of State Antony J. Blinken', 'Secretary Blinken' in the headline, 'The Secretary' x3), Kuleba (full form in the body, 'Ukrainian Foreign Minister Kuleba' in the headline), President Biden (signed the act) and the US Department of State (issued the statement, line 2). 'The two leaders' and 'they' are Blinken and Kuleba jointly, not aliases. Putin ('President Putin’s brutal war'), the Kremlin and Moscow (held to account, 'Moscow’s aggression'), Russia, Ukraine and the United States ('the United States’ strong support') are named only as possessors or objects, not as agents of a clause, so they are not listed.",
  "Not figures: 'May 15', 'May 21' (dates). The '12' and '522067' of the page address are not in the text.",
  "second reading (annotator): re-read the whole item once against FORMAT.md sections 1-2 and the stored excerpt: text identical to the stored copy apart from the listed edits (curly apostrophes kept); 'today' outside speech = published day; 'May 15' dated noun with 'their' = both ministers; 'signed by President Biden on May 21' passive with agent; '$40.1 billion' value 4.01e10, no hedge; every alias is an exact substring; no change.",
 ],
}
