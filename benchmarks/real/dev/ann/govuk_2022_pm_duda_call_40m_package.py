K = "uk_ukraine_humanitarian_aid_2022:"
BJ = "Boris Johnson"
ANN = {
 "article": "articles/govuk_2022_pm_duda_call_40m_package.txt",
 "gold_out": "gold/govuk_2022_pm_duda_call_40m_package.json",
 "published": "2022-02-28",
 "quotes": [],
 "figures": [
  {"quantity": K+"package_40m", "text": "£40m", "value": 40e6, "unit": "GBP", "counted": "humanitarian aid package the Prime Minister announced", "source": BJ, "approx": None,
   "note": "'The Prime Minister set out the UK’s support ..., including the £40m package he announced yesterday': the package is what the Prime Minister set out (reported speech), so he claims it. The same £40 million package is '£40 million was announced last weekend' in the release of 1 March (govuk_2022_uk_pledges_80_million_ukraine), same key"},
 ],
 "events": [
  {"actor": BJ, "date": "2022-02-28", "date_text": "28 February 2022", "what": "the Prime Minister's call with President Duda",
   "note": "headline (rebuilt from the page address, see meta edits): the date labels the noun 'call', whose agent is the PM ('PM call with President ...'; the body: 'The Prime Minister spoke to ... Duda'); Duda is the other party, not a joint agent"},
  {"actor": BJ, "date": "2022-02-28", "date_text": "this afternoon", "what": "the Prime Minister spoke to Polish President Andrzej Duda",
   "note": "'The Prime Minister spoke to Polish President Andrzej Duda this afternoon': the Prime Minister is the agent; the readout's day, Monday 28 February 2022"},
  {"actor": BJ, "date": "2022-02-27", "date_text": "yesterday", "what": "the Prime Minister announced the £40m humanitarian package",
   "note": "'the £40m package he announced yesterday': 'he' = the Prime Minister, agent of 'announced'; Sunday 27 February 2022"},
  {"actor": BJ, "date": "2022-03-01", "date_text": "tomorrow", "what": "the Prime Minister to visit Poland",
   "note": "'The Prime Minister said he looked forward to visiting Poland tomorrow': the Prime Minister is the agent of 'visiting'; future, Tuesday 1 March 2022 (the visit is reported in govuk_2022_uk_pledges_80_million_ukraine). Not speech in the 'today inside speech' sense: only a bare 'today' inside speech is left out"},
 ],
 "actors": [
  {"name": BJ, "type": "person", "aliases": ["The Prime Minister", "PM"]},
  {"name": "Andrzej Duda", "type": "person", "aliases": ["Polish President Andrzej Duda", "President Andrzej Duda", "President Duda", "the President"]},
  {"name": "United Kingdom", "type": "country", "aliases": ["the UK", "UK"]},
 ],
 "notes": [
  "Downing Street readout (GOV.UK) of the Prime Minister's call with Polish President Andrzej Duda on Monday 28 February 2022, four days into Russia's full-scale invasion of Ukraine; story uk_ukraine_humanitarian_aid_2022 with the GOV.UK releases of 1 March (govuk_2022_uk_pledges_80_million_ukraine, another £80 million) and 5 May 2022 (govuk_2022_truss_45_million_most_vulnerable, £45 million). The stored page has no headline: line 1 is rebuilt from the page address (meta edits).",
  "The text never names Boris Johnson: he is 'The Prime Minister' (five times) and 'PM' (headline); the canonical name is used for the actor, as the Kremlin and GOV.UK items name their principals.",
  "One figure, the £40m package, claimed by the Prime Minister (he 'set out' the UK's support including it); key uk_ukraine_humanitarian_aid_2022:package_40m shared with the 1 March release's '£40 million was announced last weekend'.",
  "Events: the headline date, 'this afternoon' (the call), 'yesterday' (the announcement of the £40m package, 27 February) and 'tomorrow' (the visit to Poland, 1 March). Not events: 'in the recent hours and days' and 'in the coming days' (vague).",
  "Actors: the Prime Minister, Duda ('Polish President Andrzej Duda', 'President Duda', 'the President') and the United Kingdom ('the UK’s support', 'the UK stood ready'). 'They both' and 'the leaders' are the two leaders jointly and are not listed as aliases (no surface form may belong to two actors); Ukraine, Poland and 'Ukrainians' (who 'sought refuge', undated) are not listed as actors.",
  "Not figures: '28 February 2022' (a date). No quote marks in the text.",
  "second reading (annotator): re-read against the stored copy; checked the rebuilt headline is flagged in meta edits, that 28 February 2022 was a Monday (yesterday = Sunday 27 Feb, the £40m announcement; tomorrow = Tuesday 1 Mar, the Poland visit), that '£40m' sits in what the Prime Minister 'set out' (source Boris Johnson), and every alias as an exact substring; no change.",
 ],
}
