K = "refugee_summit_2016:"
TM = "Theresa May"
UK = "United Kingdom"
ANN = {
 "article": "articles/govuk_2016_pm_pledges_migration_crisis_support.txt",
 "gold_out": "gold/govuk_2016_pm_pledges_migration_crisis_support.json",
 "published": "2016-09-20",
 "quotes": [],
 "figures": [
  {"text": "£660 million", "value": 6.6e8, "unit": "GBP", "counted": "increase in UK humanitarian financing in 2016/17", "source": TM, "approx": "more than",
   "note": "first of the 'new commitments' the Prime Minister made at the summit ('by making a series of new commitments including: increasing UK humanitarian financing by more than £660 million ...'): claimed by the Prime Minister, as the announced sums of govuk_2012_hague_syria_3_million_refugees are Hague's. 'more than' -> more than"},
  {"quantity": K+"uk_humanitarian_financing_2016", "text": "£1.5 billion", "value": 1.5e9, "unit": "GBP", "counted": "UK humanitarian financing in 2016/17", "source": TM, "approx": "more than", "ctx": "to over £1.5 billion",
   "note": "same commitment ('... in 2016/17 to over £1.5 billion'), the Prime Minister's; 'over' -> more than. The same quantity as Theresa May's 'almost $2 billion in humanitarian support this year' in her summit speech (govuk_2016_refugee_summit_speech, dev, which carries no key: the lead may add this key there)"},
  {"text": "£2.5 million", "value": 2.5e6, "unit": "GBP", "counted": "UK seed funding for a new global fund to resettle refugees", "source": TM, "approx": None,
   "note": "second listed commitment of the Prime Minister"},
  {"text": "100,000", "value": 100000, "unit": None, "counted": "new jobs for Ethiopians and refugees to be created by a jobs compact with Ethiopia", "source": TM, "approx": None,
   "note": "third listed commitment ('UK support for a jobs compact with Ethiopia to create 100,000 new jobs'): the Prime Minister's"},
  {"quantity": K+"uk_humanitarian_financing_2016", "text": "£1.5 billion", "value": 1.5e9, "unit": "GBP", "counted": "UK humanitarian finance", "source": None, "approx": "more than", "ctx": "The provision of over £1.5 billion",
   "note": "'The provision of over £1.5 billion in humanitarian finance marks ...': the release's own voice (no claimant in the sentence) -> null; same sum as the listed commitment"},
  {"quantity": K+"uk_humanitarian_increase_pct", "text": "10%", "value": 10, "unit": "%", "counted": "increase on last year's UK humanitarian commitment", "source": None, "approx": "more than",
   "note": "'marks more than a 10% increase on last year’s commitment': release's voice. The same quantity as May's 'an increase of more than 10% on last year' in her speech (govuk_2016_refugee_summit_speech, dev, keyless)"},
  {"text": "22 million", "value": 2.2e7, "unit": None, "counted": "food rations delivered by British support to the Syria crisis", "source": None, "approx": "around",
   "note": "'almost 22 million food rations' -> around; release's voice ('To date British support has delivered ...')"},
  {"text": "4.4 million", "value": 4.4e6, "unit": None, "counted": "medical consultations delivered by British support to the Syria crisis", "source": None, "approx": "more than",
   "note": "'over 4.4 million medical consultations' -> more than; release's voice"},
  {"text": "476,000", "value": 476000, "unit": None, "counted": "people given shelter by British support to the Syria crisis", "source": None, "approx": "more than",
   "note": "'shelter for over 476,000 people' -> more than; release's voice"},
 ],
 "events": [
  {"actor": UK, "date": "2016-04-01/2017-03-31", "date_text": "in 2016/17", "what": "increasing UK humanitarian financing by more than £660 million to over £1.5 billion",
   "note": "'increasing UK humanitarian financing by more than £660 million in 2016/17': the UK's financial year 2016/17 (1 April 2016 to 31 March 2017), written as a day interval as the fiscal years of other items; the agent of the increase is the UK (its financing; the Prime Minister announces it), as 'the UK ... providing almost $2 billion ... this year' in govuk_2016_refugee_summit_speech"},
  {"actor": UK, "date": "2015", "date_text": "last year’s", "what": "last year's UK humanitarian commitment (baseline of the 10% increase)",
   "note": "dated noun 'last year’s commitment': the commitment was the UK's (as 'last year' in govuk_2016_refugee_summit_speech, actor United Kingdom); last year before 2016 = 2015"},
 ],
 "actors": [
  {"name": TM, "type": "person", "aliases": ["The Prime Minister", "the Prime Minister", "Prime Minister"]},
  {"name": UK, "type": "country", "aliases": ["the UK", "UK"]},
  {"name": "Priti Patel", "type": "person", "aliases": ["International Development Secretary Priti Patel", "Priti Patel"]},
 ],
 "notes": [
  "GOV.UK press release of Tuesday 20 September 2016 (date worked out, meta published_evidence): at President Obama's Leaders' Summit on Refugees in New York the Prime Minister (Theresa May, never named in the kept text) commits more UK humanitarian funding. Story refugee_summit_2016 with govuk_2016_refugee_summit_speech (her speech there) and state_2016_refugee_summit_preview (dev).",
  "No quotes: the release's only statement, Priti Patel's, is an unmarked block after 'International Development Secretary Priti Patel said:' and is cut mid-sentence in the stored copy, so its paragraph was dropped (meta edits); the introduction is kept as the last line.",
  "Figures: the three listed commitments (£660 million, £1.5 billion, £2.5 million, 100,000 jobs) are the Prime Minister's ('making a series of new commitments including:'); the rest is the release's own voice (null). Keys: refugee_summit_2016:uk_humanitarian_financing_2016 (the two 'over £1.5 billion'; May's 'almost $2 billion' in the speech item is the same sum in dollars) and refugee_summit_2016:uk_humanitarian_increase_pct ('more than a 10% increase'; the speech's 'more than 10%'). The speech item has no keys yet: the lead may add these two keys to its $2 billion and 10% to make the cross-item pairs.",
  "Events: 'in 2016/17' (the UK financial year, 2016-04-01/2017-03-31, agent the United Kingdom) and the dated noun 'last year’s commitment' (2015, the United Kingdom). Left out: 'To date' (vague); 'Speaking at President Obama’s Refugee Summit' carries no date expression.",
  "Actors: the Prime Minister (canonical 'Theresa May', as in the speech item; aliases the printed forms), the United Kingdom ('the UK', 'UK'), Priti Patel (introduced as speaking). Not listed: President Obama (only the summit's host, 'President Obama’s Refugee Summit'), Daesh (in 'Daesh brutality', a noun phrase), Ethiopia (a partner in the compact), the refugees and countries named as recipients.",
  "Not figures: 'second largest' (ordinal), 'one of the biggest' ('one' a pronoun), '2016/17' (a financial year).",
  "second reading (annotator): re-read the whole item once more against FORMAT.md sections 1-2: the two '£1.5 billion' pinned by ctx and keyed, 'over'/'more than' -> more than, 'almost' -> around, claimant of the listed commitments (the Prime Minister) against the release's own voice (null), the fiscal-year interval, 'last year’s' = 2015, every alias an exact substring; no change.",
 ],
}
