ANN = {
 "article": "articles/govuk_2014_somerset_floods_statement.txt",
 "gold_out": "gold/govuk_2014_somerset_floods_statement.json",
 "published": "2014-02-10",
 "quotes": [],
 "figures": [
  {"text": "65 million", "value": 65000000, "unit": None, "counted": "cubic metres of floodwater on the Somerset Moors and Levels", "source": "Eric Pickles", "approx": None,
   "note": "unit 'cubic metres' is not in FORMAT's unit list, so unit null and the unit kept in 'counted'"},
  {"text": "150", "value": 150, "unit": None, "counted": "properties across the Somerset Levels whose residents were advised to leave", "source": "Eric Pickles", "approx": None},
 ],
 "events": [
  {"actor": "Eric Pickles", "date": "2014-02-06", "date_text": "on Thursday", "what": "made previous oral statement on the floods",
   "note": "'on Thursday' dates 'my oral statement' (Pickles' statement of Thursday 6 February 2014); COBR's daily meetings run 'since' then but the expression dates the statement"},
 ],
 "actors": [
  {"name": "Eric Pickles", "type": "person", "aliases": ["Eric Pickles"]},
  {"name": "COBR", "type": "organisation", "aliases": ["COBR"]},
  {"name": "Department for Environment, Food and Rural Affairs", "type": "organisation", "aliases": ["DEFRA"]},
  {"name": "UK military personnel", "type": "group", "aliases": ["Military personnel"]},
 ],
 "notes": [
  "GOV.UK oral statement to Parliament by Communities Secretary Eric Pickles: every word after the standfirst is his, with no quote marks, so there are no quotes; the figures he states are sourced to him as speaker.",
  "Published date: the stored copy lacks the GOV.UK date line; Hansard has the same words delivered on Monday 10 February 2014 (urgent question on flooding), and 'my oral statement on Thursday' is his statement of Thursday 6 February 2014.",
  "'Eric Pickles'' in the standfirst is a possessive apostrophe, not a quote mark.",
  "Not events: 'every day' (frequency), 'once there is a significant break in the weather' (no date). Not figures: 'take weeks' has no number word (a vague duration without numeral), 'one of the hardest hit' ('one' as pronoun).",
  "Story uk_winter_floods_2014; no other item of this helper states the same quantities, so no quantity keys.",
 "second reading: text re-read line by line against the gold; figure values/units/sources, event dates (weekdays checked with datetime) and actor aliases confirmed; no change needed beyond the build fixes.",
 ],
}
