C = "David Cameron"
S = "uk_ebola_sierra_leone_2014"
ANN = {
 "article": "articles/govuk_2014_uk_secures_1_billion_eu_ebola.txt",
 "gold_out": "gold/govuk_2014_uk_secures_1_billion_eu_ebola.json",
 "published": "2014-10-24",
 "quotes": [
  {"text": "if we do not significantly step up our collective response now, the loss of life and damage to the political, economic and social fabric of the region will be substantial and the threat posed to our citizens will also grow.",
   "speaker": C, "speaker_mention": "The Prime Minister",
   "note": "words of Cameron's letter of last week quoted after 'stating that'; opened with a curly mark and closed with a straight one; the final full stop inside the marks is kept. The 18 October GOV.UK release prints the same sentence as an unmarked block quotation"},
 ],
 "figures": [
  {"quantity": S + ":eu_total_contribution", "text": "€1 billion", "value": 1e9, "unit": "EUR", "counted": "European Ebola commitment", "source": None, "ctx": "UK secures €1 billion",
   "note": "headline; the release's own voice"},
  {"quantity": S + ":eu_total_contribution", "text": "€1 billion", "value": 1e9, "unit": "EUR", "counted": "funding pledge secured at the European Council", "source": None, "ctx": "a €1 billion (£800 million) funding pledge",
   "note": "the release's own voice (it says Cameron secured the pledge, not that he gave the figure)"},
  {"quantity": S + ":eu_total_contribution", "text": "£800 million", "value": 8e8, "unit": "GBP", "counted": "funding pledge (conversion of €1 billion)", "source": None,
   "note": "conversion in brackets: same quantity as the €1 billion"},
  {"quantity": S + ":uk_additional_80m", "text": "£80 million", "value": 8e7, "unit": "GBP", "counted": "UK boost to its own response to the Ebola crisis", "source": None, "ctx": "West Africa by £80 million"},
  {"quantity": S + ":uk_total_contribution", "text": "£200 million", "value": 2e8, "unit": "GBP", "counted": "UK total contribution to the Ebola response", "source": None, "approx": "more than",
   "note": "running total after the £80 million; the Greening item of 21 October gives £125 million before it and the 15 December release £230 million (same key: the UK's total pledge over time)"},
  {"quantity": S + ":eu_total_contribution", "text": "€1 billion", "value": 1e9, "unit": "EUR", "counted": "contributions from the EU and its member states in total", "source": C, "ctx": "to €1 billion in total",
   "note": "'The Prime Minister set out that the immediate priority was to raise contributions ... to €1 billion in total': the figure is inside what he set out, so he claims it"},
  {"quantity": S + ":uk_additional_80m", "text": "£80 million", "value": 8e7, "unit": "GBP", "counted": "additional UK funding", "source": None, "ctx": "The additional £80 million"},
  {"text": "200", "value": 200, "unit": None, "counted": "community care centres", "source": None, "approx": "up to", "ctx": "up to 200 community"},
 ],
 "events": [
  {"actor": C, "date": "2014-10-13/2014-10-19", "date_text": "last week", "what": "the Prime Minister wrote to Herman Van Rompuy and fellow leaders",
   "note": "'The Prime Minister wrote ... last week': agent of 'wrote'; previous ISO week of Friday 24 October 2014 (the letter is the subject of the 18 October release)"},
 ],
 "actors": [
  {"name": C, "type": "person", "aliases": ["The Prime Minister, David Cameron", "David Cameron", "The Prime Minister"]},
  {"name": "United Kingdom", "type": "country", "aliases": ["the UK", "Britain"]},
  {"name": "Justine Greening", "type": "person", "aliases": ["International Development Secretary Justine Greening"]},
  {"name": "European leaders", "type": "group", "aliases": ["European leaders"]},
  {"name": "European Union", "type": "organisation", "aliases": ["the EU"]},
 ],
 "notes": [
  "Department for International Development release of 24 October 2014 (the second day of the European Council in Brussels), kept from an APO-distributed repost on thenigerianvoice.com; story uk_ebola_sierra_leone_2014 with the GOV.UK release of 18 October on the letter it quotes.",
  "The APO dateline ('LONDON, United-Kingdom, October 24, 2014/...') is kept in the text but is not an event (datelines are left out). 'now' ('has now been achieved') is vague.",
  "Recurring figures: €1 billion three times plus its £800 million conversion (one key, also the proposed 'up to €1 billion' of 18 October); £80 million twice (own key); 'more than £200 million' is the UK's running total (key uk_total_contribution, shared with £230 million of 15 December).",
  "The release's own voice claims its figures (source null) except the €1 billion in what the Prime Minister 'set out'. The quote's speaker is named by 'The Prime Minister' at the start of its long sentence.",
  "'David Cameron said:' is the last line: the statement after it was cut mid-sentence in the stored copy and dropped (see edits).",
  "Actors: Herman Van Rompuy and 'fellow leaders' only receive the letter; Greening made the visit (no date). 'UK' in the headline and in 'the UK's' is covered by the United Kingdom actor ('the UK').",
  "Not figures: 'October 24, 2014' (dateline date); 'first tranche' (ordinal).",
  "Second careful reading against FORMAT.md done by the annotator: every number token, quote span and date expression checked; apostrophes in 'Britain's' are not quote marks.",
 ],
}
