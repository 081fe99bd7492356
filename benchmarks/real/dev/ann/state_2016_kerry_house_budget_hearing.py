ANN = {
 "article": "articles/state_2016_kerry_house_budget_hearing.txt",
 "gold_out": "gold/state_2016_kerry_house_budget_hearing.json",
 "published": "2016-02-24",
 "quotes": [],
 "figures": [
  {"text": "$50 billion", "value": 50000000000, "unit": "USD", "counted": "total State Department and foreign assistance budget request", "source": "John Kerry", "approx": None},
  {"text": "one percent", "value": 1, "unit": "%", "counted": "share of the federal budget taken by the request", "source": "John Kerry", "approx": "around"},
 ],
 "events": [
  {"actor": "House Appropriations Committee on Foreign Operations", "date": "2015", "date_text": "last year", "what": "worked with State Department to approve budget",
   "note": "'your tremendous work with us last year' - 'your' is the committee Kerry addresses"},
  {"actor": "John Kerry and House Appropriations Committee on Foreign Operations", "date": "2016", "date_text": "this year", "what": "collaborative effort on the last Obama budget",
   "note": "joint actor: 'a collaborative effort again this year' between Kerry's department and the committee"},
 ],
 "actors": [
  {"name": "John Kerry", "type": "person", "aliases": []},
  {"name": "House Appropriations Committee on Foreign Operations", "type": "organisation", "aliases": ["House Appropriations Committee on Foreign Operations"]},
  {"name": "Kay Granger", "type": "person", "aliases": ["Madam Chairman", "the chairwoman"]},
  {"name": "Nita Lowey", "type": "person", "aliases": ["Ranking Member Lowey"]},
  {"name": "Hal Rogers", "type": "person", "aliases": ["Mr. Chairman Rogers", "Chairman Rogers"]},
  {"name": "Obama Administration", "type": "organisation", "aliases": ["the Obama Administration"]},
 ],
 "notes": [
  "Opening remarks by Secretary of State John Kerry at a House Appropriations hearing (byline removed as furniture; the text never names him). No quote marks, so no quotes; figures are his.",
  "'Madam Chairman' / 'the chairwoman' is the subcommittee chair, Kay Granger, in February 2016 (world knowledge; the text gives no name). 'the full committee' (Rogers chairs the full Appropriations Committee) is not listed as an alias of the Foreign Operations committee.",
  "Not events: 'at the last minute' (vague), 'since you've been sworn in' (no date expression), 'at a time when' (vague). Not figures: 'the last budget' (ordinal sense), 'one percent' is a share (annotated).",
  "'OCO' (Overseas Contingency Operations) and 'AID' are budget lines, not actors here.",
  "Story us_fy2017_state_budget is shared with state_2016_daesh_budget_amendment (no common quantity).",
 "second reading: text re-read line by line against the gold; figure values/units/sources, event dates (weekdays checked with datetime) and actor aliases confirmed; no change needed beyond the build fixes.",
 ],
}
