ANN = {
 "article": "articles/state_2016_syria_funding_briefing.txt",
 "gold_out": "gold/state_2016_syria_funding_briefing.json",
 "published": "2016-02-04",
 "quotes": [],
 "figures": [
  {"quantity": "syria_conference_2016:us_new_humanitarian_aid", "text": "$600 million", "value": 600000000, "unit": "USD", "counted": "additional US lifesaving assistance for those affected by the war in Syria", "source": "John Kerry", "approx": "around",
   "note": "Kirby relays the Secretary's announcement ('the Secretary announced that ...'), so the claimant is Kerry"},
  {"quantity": "syria_conference_2016:us_total_humanitarian_aid", "text": "$5.1 billion", "value": 5.1e9, "unit": "USD", "counted": "total US humanitarian assistance in response to the Syria conflict", "source": "John Kirby", "approx": "more than"},
  {"text": "millions", "value": None, "vague": True, "counted": "people suffering inside Syria", "source": "John Kirby"},
  {"text": "4.6 million", "value": 4600000, "counted": "refugees from Syria in the region", "source": "John Kirby"},
  {"quantity": "syria_conference_2016:us_education_aid", "text": "$290 million", "value": 290000000, "unit": "USD", "counted": "US development assistance for Jordanian and Lebanese ministries of education", "source": "John Kirby", "approx": "more than"},
 ],
 "events": [
  {"actor": "John Kerry", "date": "2016-02-04", "date_text": "Earlier today", "what": "announced nearly $600 million for Syria"},
 ],
 "actors": [
  {"name": "John Kirby", "type": "person", "aliases": ["MR KIRBY"]},
  {"name": "John Kerry", "type": "person", "aliases": ["the Secretary"]},
  {"name": "United States", "type": "country", "aliases": ["the United States", "The United States", "U.S."]},
  {"name": "USAID", "type": "organisation", "aliases": ["USAID"]},
  {"name": "Syrian government", "type": "organisation", "aliases": ["the regime"]},
 ],
 "notes": [
  "Briefing transcript: the spokesperson's words carry speaker labels ('MR KIRBY:'), not quote marks, so there are no quotes. Figures he states himself are sourced to John Kirby.",
  "'Earlier today' is spoken by Kirby; it dates the Secretary's announcement and is kept (only a bare 'today' inside speech is left out). The briefing is dated February 4, 2016 in the removed header.",
  "'the Secretary' is John Kerry (Secretary of State, who made the announcement in London); the text never names him.",
  "Same story (syria_conference_2016) as the DipNote post and the GOV.UK press release: 'nearly $600 million' here vs 'nearly $601 million' in DipNote is the same quantity, stated differently.",
  "'a couple of things' is vague and not a figure.",
  "second reading: no change (quotes, figures, events, actors and quantity keys checked against the text)",
 ],
}
