ANN = {
 "article": "articles/govuk_2016_refugee_summit_speech.txt",
 "gold_out": "gold/govuk_2016_refugee_summit_speech.json",
 "published": "2016-09-20",
 "quotes": [],
 "figures": [
  {"text": "half", "value": 0.5, "unit": "share", "counted": "share of this year's UN Global Appeal that has been met", "source": "Theresa May", "approx": "less than"},
  {"text": "$8 billion", "value": 8e9, "unit": "USD", "counted": "UN Global Appeal funding met", "source": "Theresa May"},
  {"text": "$21 billion", "value": 2.1e10, "unit": "USD", "counted": "UN Global Appeal funding required", "source": "Theresa May"},
  {"quantity": "refugee_summit_2016:uk_humanitarian_financing_2016", "text": "$2 billion", "value": 2e9, "unit": "USD", "counted": "UK humanitarian support this year", "source": "Theresa May", "approx": "around"},
  {"quantity": "refugee_summit_2016:uk_humanitarian_increase_pct", "text": "10%", "value": 10, "unit": "%", "counted": "increase in UK humanitarian support on last year", "source": "Theresa May", "approx": "more than"},
  {"text": "millions", "value": None, "vague": True, "counted": "people displaced for years", "source": "Theresa May"},
 ],
 "events": [
  {"actor": "Theresa May", "date": "2016-09-20", "date_text": "20 September 2016", "what": "speech at Leaders Summit on Refugees"},
  {"actor": "United Nations", "date": "2016", "date_text": "this year’s", "what": "UN Global Appeal less than half met"},
  {"actor": "United Kingdom", "date": "2016", "date_text": "this year", "what": "providing almost $2 billion humanitarian support", "ctx": "humanitarian support this year"},
  {"actor": "United Kingdom", "date": "2015", "date_text": "last year", "what": "baseline for the 10% increase"},
 ],
 "actors": [
  {"name": "Theresa May", "type": "person", "aliases": ["Theresa May"]},
  {"name": "Barack Obama", "type": "person", "aliases": ["President Obama"]},
  {"name": "United Kingdom", "type": "country", "aliases": ["UK", "the UK"]},
  {"name": "United Nations", "type": "organisation", "aliases": ["UN"]},
 ],
 "notes": [
  "GOV.UK speech transcript: every word after the standfirst is Theresa May's, with no quote marks, so there are no quotes; the figures she states are sourced to her as speaker.",
  "'today' (twice, 'So today I want...' and 'And today, I'm announcing') is inside the speech and left out by the guidelines, although it is the speech day (2016-09-20).",
  "Not figures: 'First', 'Second' (enumerators), 'second largest' (ordinal), 'return home one day' (idiom, not a duration).",
  "Story refugee_summit_2016 is shared with the State Department preview briefing of 16 September 2016; the two items state no common quantity (the UK speech gives the UN Global Appeal, the US briefing gives displacement totals). Keys added with govuk_2016_pm_pledges_migration_crisis_support (the Prime Minister's release of the same commitments): 'almost $2 billion' this year is its 'over £1.5 billion in humanitarian finance' in 2016/17 (uk_humanitarian_financing_2016), and 'more than 10%' on last year its 'more than 10%' increase (uk_humanitarian_increase_pct).",
  "The last paragraph (Education Cannot Wait, $39 million, 13 million children) was cut mid-sentence in the stored copy and dropped.",
  "second reading: no change (quotes, figures, events, actors and quantity keys checked against the text)",
 ],
}
