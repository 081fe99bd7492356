K = "syria_us_humanitarian_aid_2014:"
JK = "John Kerry"
US = "United States"
ANN = {
 "article": "articles/state_2014_syria_aid_378_million.txt",
 "gold_out": "gold/state_2014_syria_aid_378_million.json",
 "published": "2014-07-30",
 "quotes": [],
 "figures": [
  {"text": "$378 million", "value": 378e6, "unit": "USD", "counted": "additional U.S. aid to help those affected by the war in Syria", "source": JK, "approx": "around",
   "note": "'Kerry announced today that the United States is providing nearly $378 million ...': claimed by Kerry (announced that ...); 'nearly' -> around. A new tranche, no key (the $500 million of 12 September is another tranche)"},
  {"quantity": K+"us_humanitarian_total", "text": "$2.4 billion", "value": 2.4e9, "unit": "USD", "counted": "total U.S. humanitarian assistance since the start of the crisis", "source": None, "approx": "more than",
   "note": "'With this funding, total U.S. humanitarian assistance since the start of the crisis will reach more than $2.4 billion': the sentence after Kerry's announcement has no claimant of its own, so null (as the fiscal-year total of state_2012_clinton_syria_aid_30_million). Running total: 'more than $2.9 billion' on 12 September (state_2014_syria_aid_nearly_500_million), same key"},
  {"text": "$1.2 billion", "value": 1.2e9, "unit": "USD", "counted": "U.S. humanitarian assistance helping people inside Syria", "source": None, "approx": None, "ctx": "with $1.2 billion helping over",
   "note": "the inside-Syria share of the running total"},
  {"text": "4.7 million", "value": 4.7e6, "unit": None, "counted": "people inside Syria helped", "source": None, "approx": "more than", "note": "'over' -> more than"},
  {"text": "$1.2 billion", "value": 1.2e9, "unit": "USD", "counted": "U.S. humanitarian assistance helping refugees and host communities in neighboring countries", "source": None, "approx": None, "ctx": "and $1.2 billion helping nearly",
   "note": "the regional share of the running total; the same amount as the inside-Syria share but a different quantity (no key)"},
  {"text": "3 million", "value": 3e6, "unit": None, "counted": "refugees and host communities in the neighboring countries helped", "source": None, "approx": "around", "note": "'nearly' -> around"},
  {"text": "25 million", "value": 25e6, "unit": None, "counted": "children reached by the polio vaccination campaign", "source": None, "approx": None},
  {"text": "tens of thousands", "value": None, "vague": True, "unit": None, "counted": "children provided schooling and educational materials", "source": None, "approx": None},
  {"text": "20,000", "value": 20000, "unit": None, "counted": "women given specialized care after sexual and gender-based violence", "source": None, "approx": "around", "note": "'nearly' -> around"},
  {"text": "$36 million", "value": 36e6, "unit": "USD", "counted": "aid announced today to be provided through non-governmental organizations inside Syria", "source": None, "approx": "around",
   "note": "'Nearly $36 million of the aid announced today will be provided through ...': the release's own voice (the paragraph speaks as 'We', the department); part of the $378 million tranche"},
 ],
 "events": [
  {"actor": JK, "date": "2014-07-30", "date_text": "today", "what": "Kerry announced nearly $378 million in additional aid for those affected by the war in Syria", "ctx": "announced today that",
   "note": "'Secretary of State John F. Kerry announced today that ...': Kerry is the subject of 'announced'; Wednesday 30 July 2014 (release date line)"},
  {"actor": None, "date": "2014-07-30", "date_text": "today", "what": "the aid announced today (part to be provided through NGOs)", "ctx": "aid announced today will",
   "note": "'the aid announced today': a reduced passive without a by-agent (as 'the series announced ... in July' in the dev set), so null although paragraph 1 says Kerry announced it"},
 ],
 "actors": [
  {"name": JK, "type": "person", "aliases": ["Secretary of State John F. Kerry"]},
  {"name": US, "type": "country", "aliases": ["the United States", "The United States"]},
 ],
 "notes": [
  "State Department fact sheet (Office of the Spokesperson) of Wednesday 30 July 2014, kept from a blog that reposts State Department releases word for word; first item of story syria_us_humanitarian_aid_2014 with the release of 12 September 2014 (state_2014_syria_aid_nearly_500_million).",
  "Cross-item figure: the running total of U.S. humanitarian assistance for the Syria crisis since its start ('more than $2.4 billion' here, 'more than $2.9 billion' on 12 September) shares syria_us_humanitarian_aid_2014:us_humanitarian_total. The tranches ($378 million here, nearly $500 million in September) and the shares of the total get no key.",
  "Only the new tranche sits in Kerry's 'announced that ...' clause (source John Kerry); every other figure is in the release's own voice (null). No quotes: the release has no quote marks; 'We are committed ...' is the department's own voice.",
  "Events: two 'today's (Kerry's announcement; the passive 'aid announced today', null). 'since the start of the crisis' names no date and is no event; 'Since 2102,' (sic) was in the dropped, cut sentence.",
  "Actors: Kerry and the United States. Syria's neighbors, the refugees and the NGOs do not act as claimants or dated agents and are not listed. Not figures: 'single-largest' (no number).",
  "Second careful reading against FORMAT.md done by the annotator: every number token checked (two '$1.2 billion' pinned by ctx, 'nearly'/'over' hedges), both 'today' occurrences pinned, 30 July 2014 a Wednesday; apostrophe in 'Syria’s' is not a quote.",
 ],
}
