ANN = {
 "article": "articles/state_2016_daesh_budget_amendment.txt",
 "gold_out": "gold/state_2016_daesh_budget_amendment.json",
 "published": "2016-11-10",
 "quotes": [],
 "figures": [
  {"text": "$5.8 billion", "value": 5800000000, "unit": "USD", "counted": "additional funding requested for State Department and USAID in FY 2017 budget amendment", "source": "John Kerry", "approx": None,
   "note": "the request is President Obama's, but the figure is stated in Kerry's press statement (section 10 convention: figures in a one-person statement are the speaker's)"},
  {"text": "two", "ctx": "past two years", "value": 2, "unit": "years", "counted": "time spent building the coalition against Daesh", "source": "John Kerry", "approx": None},
  {"text": "67", "value": 67, "unit": None, "counted": "partners in the international coalition against Daesh", "source": "John Kerry", "approx": None},
 ],
 "events": [],
 "actors": [
  {"name": "John Kerry", "type": "person", "aliases": []},
  {"name": "Barack Obama", "type": "person", "aliases": ["President Obama"]},
  {"name": "Daesh", "type": "group", "aliases": ["Daesh"]},
  {"name": "US Agency for International Development", "type": "organisation", "aliases": ["U.S. Agency for International Development (USAID)", "USAID"]},
  {"name": "US Department of State", "type": "organisation", "aliases": ["the Department of State", "Department of State"]},
 ],
 "notes": [
  "Press statement by Secretary of State John Kerry (the byline, removed as page furniture, names him; the text itself never does, hence no alias). All prose is his, no quote marks, so no quotes; figures are sourced to him.",
  "'Today, President Obama requested ...' is left out as an event: 'today' inside a speaker's statement is excluded by FORMAT (as in govuk_2016_refugee_summit_speech), although it is the statement day (2016-11-10).",
  "'Over the past two years' is a duration (figure 'two', unit years), not an event. 'FY 2017' (headline and body) is a fiscal-year designation, not a figure. 'one-time' is not a figure (like 'one-off').",
  "Story us_fy2017_state_budget is shared with state_2016_kerry_house_budget_hearing; the $5.8bn amendment and the $50bn total request are different quantities, so no quantity keys.",
 "second reading: text re-read line by line against the gold; figure values/units/sources, event dates (weekdays checked with datetime) and actor aliases confirmed; no change needed beyond the build fixes.",
 ],
}
