ANN = {
 "article": "articles/govuk_2023_gaza_unsc_hostages.txt",
 "gold_out": "gold/govuk_2023_gaza_unsc_hostages.json",
 "published": "2023-12-08",
 "quotes": [],
 "figures": [
  {"text": "80%", "value": 80, "unit": "%", "counted": "share of Gaza's population displaced", "source": "Barbara Woodward"},
  {"text": "100", "value": 100, "approx": "more than", "counted": "hostages still held in Gaza", "source": "Barbara Woodward"},
 ],
 "events": [
  {"actor": "Hamas", "date": "2023-10-07", "date_text": "7 October", "what": "attacks on Israel"},
 ],
 "actors": [
  {"name": "Barbara Woodward", "type": "person", "aliases": ["Ambassador Barbara Woodward"]},
  {"name": "United Kingdom", "type": "country", "aliases": ["UK", "The UK"]},
  {"name": "Hamas", "type": "armed group", "aliases": ["Hamas"]},
  {"name": "Israel", "type": "country", "aliases": ["Israel"]},
  {"name": "Ant\u00f3nio Guterres", "type": "person", "aliases": ["The Secretary-General"]},
 ],
 "notes": [
  "second reading: no change (quotes, figures, events, actors and dates checked against the text).",
  "Speech at the UN Security Council: the whole text is Ambassador Woodward's (standfirst 'Statement by Ambassador Barbara Woodward'), no quote marks; her figures have source Barbara Woodward.",
  "'The Secretary-General' is the UN Secretary-General, Ant\u00f3nio Guterres (not named in the text).",
  "'The Prime Minister and Foreign Secretary of the UK' are not named and their action is undated; not listed as actors.",
  "Excluded number token: '7' is part of the date '7 October' (event).",
  "Story gaza_war_2023 is shared with state_2023_gaza_un_letter_briefing (US Department of State); no common quantity is stated.",
 ],
}
