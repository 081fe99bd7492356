VB = "Viktor Bout"
K = "bout_sentence_2012:"
ANN = {
 "article": "articles/voa_2012_bout_gets_25_years.txt",
 "gold_out": "gold/voa_2012_bout_gets_25_years.json",
 "published": "2012-04-05",
 "quotes": [],
 "figures": [
  {"quantity": K+"prison_term", "text": "25 Years", "value": 25, "unit": "years", "counted": "years in prison the arms dealer gets", "source": None, "approx": None,
   "note": "headline, outlet's voice; the same sentence as the body's '25 years' and the Justice Department release's '25 years' (same key)"},
  {"quantity": K+"prison_term", "text": "25 years", "value": 25, "unit": "years", "counted": "years in prison to which the judge sentenced Bout", "source": None, "approx": None,
   "note": "'A U.S. judge has sentenced ... Viktor Bout to 25 years in prison': the judge is the agent of the sentencing, not a claimant; the outlet states it in its own voice -> null"},
 ],
 "events": [
  {"actor": "U.S. agents", "date": "2008", "date_text": "in 2008", "what": "U.S. agents posing as rebels arrested Bout in Thailand",
   "note": "active verb with its subject: 'U.S. agents posing as rebels arrested him in Thailand in 2008'"},
  {"actor": None, "date": "2011-11", "date_text": "in November", "what": "Bout extradited, tried and convicted",
   "note": "'He was extradited to the United States, tried, and convicted in November': passives without a by-agent -> null; 'in November' is the past November before the April 2012 report (November 2011, the month of the verdict); it modifies the last verb of the series, 'convicted'"},
 ],
 "actors": [
  {"name": VB, "type": "person", "aliases": ["Viktor Bout", "Bout", "Russian arms dealer Viktor Bout", "Merchant of Death"]},
  {"name": "U.S. judge", "type": "person", "aliases": ["A U.S. judge", "the judge"]},
  {"name": "federal prosecutors", "type": "group", "aliases": ["prosecutors", "Federal prosecutors"]},
  {"name": "Bout's lawyer", "type": "person", "aliases": ["His lawyer"]},
  {"name": "U.S. agents", "type": "group", "aliases": ["U.S. agents", "U.S. agents posing as rebels", "the agents", "undercover agents"]},
 ],
 "notes": [
  "VOA breaking-news blog post of Thursday 5 April 2012 (posted 6:35 pm UTC-5) on Viktor Bout's sentence of 25 years; story bout_sentence_2012 with the Justice Department (SDNY) release of the same day (doj_2012_bout_sentenced_25_years).",
  "Quotes: none. '\u201cMerchant of Death,\u201d' is a nickname in quote marks ('who prosecutors dubbed the \u201cMerchant of Death,\u201d'), not a quote; it is listed as an alias of Bout (as nicknames in the dev set). The rest is indirect speech ('shouted ... that charges against him were a lie', 'His lawyer says', 'Federal prosecutors said', 'the judge said').",
  "Figures: '25 Years' (headline) and '25 years' (body), both the outlet's voice, key bout_sentence_2012:prison_term with the Justice Department's '25 years' (claimed by Bharara there). Not figures: '2008' (a year), 'life in prison' (no number).",
  "Events: 'in 2008' (U.S. agents arrested him, active) and 'in November' (extradited, tried and convicted: passives without agent -> null; November 2011). The sentencing itself and the hearing carry no date expression in the text.",
  "Actors: Bout (also 'Russian arms dealer Viktor Bout' and the nickname), the unnamed judge ('A U.S. judge', 'the judge'; she is Shira Scheindlin, not named here), prosecutors ('prosecutors' dubbed him, 'Federal prosecutors' said; one group), Bout's lawyer ('His lawyer says'), U.S. agents ('U.S. agents posing as rebels' arrested him; 'the agents', 'undercover agents' refer back to them). 'Colombian rebels', 'the Colombians' and the Supreme Court do not act.",
  "second reading (annotator): the whole item re-read against FORMAT.md sections 1-2 and the stored copy; checked the missing final full stop of 'to the agents' kept as printed, the nickname left out of the quotes, 'in November' resolved to 2011-11 (the report is of April 2012), both 25s with the shared key; no change.",
 ],
}
