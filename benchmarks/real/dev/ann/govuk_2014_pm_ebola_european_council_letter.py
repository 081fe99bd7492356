C = "David Cameron"
S = "uk_ebola_sierra_leone_2014"
ANN = {
 "article": "articles/govuk_2014_pm_ebola_european_council_letter.txt",
 "gold_out": "gold/govuk_2014_pm_ebola_european_council_letter.json",
 "published": "2014-10-18",
 "quotes": [
  {"text": "we need to act fast to contain and defeat this deadly virus", "speaker": C, "speaker_mention": "the Prime Minister", "fragment": True,
   "note": "words of Cameron's letter quoted inside reported speech ('the Prime Minister has warned that “...”'); the same words are paraphrased in the 24 October release ('to warn of the need to act fast ...')"},
 ],
 "figures": [
  {"quantity": S + ":eu_total_contribution", "text": "€1 billion", "value": 1e9, "unit": "EUR", "counted": "contributions from the EU and its member states in total", "source": C, "approx": "up to",
   "note": "first item of the package the Prime Minister 'urges European leaders to agree' in his letter: his proposal, so he claims it. 'up to €1 billion' -> up to. The 24 October release says the €1 billion was secured (same key)"},
  {"quantity": S + ":eu_workers_target", "text": "2,000", "value": 2000, "unit": None, "counted": "workers mobilised for West Africa", "source": C, "approx": "at least",
   "note": "second item of the proposed package ('mobilising at least 2,000 workers'), claimed by the Prime Minister's letter"},
  {"text": "1,000", "value": 1000, "unit": None, "counted": "clinical staff among the workers", "source": C, "approx": None,
   "note": "a part of the 2,000 workers, its own quantity (no key)"},
 ],
 "events": [
  {"actor": "European leaders", "date": "2014-10-20/2014-10-26", "date_text": "next week", "what": "European leaders meet in Brussels", "ctx": "in Brussels next week",
   "note": "'when they meet in Brussels next week': 'they' = European leaders, agent of 'meet'; next week of Saturday 18 October 2014 = ISO week 20-26 October (the European Council of 23-24 October)"},
  {"actor": C, "date": "2014-10-17", "date_text": "yesterday", "what": "the Prime Minister met European and Asian leaders in Milan",
   "note": "'The Prime Minister seized the opportunity of meeting European and Asian leaders in Milan yesterday': the Prime Minister is the agent of 'seized' and of 'meeting'; the Asia-Europe Meeting in Milan, Friday 17 October 2014"},
  {"actor": "European leaders", "date": "2014-10-20/2014-10-26", "date_text": "next week’s", "what": "summit of European leaders in Brussels", "ctx": "at next week’s summit",
   "note": "date on a noun ('next week’s summit'); the text says who meets at it: European leaders (they 'meet in Brussels next week')"},
  {"actor": None, "date": "2014-11", "date_text": "by mid-November", "what": "deadline for mobilising at least 2,000 workers, 1,000 of them clinical staff",
   "note": "deadline inside a proposed measure written as a bare gerund ('mobilising ... by mid-November') with no subject; the text does not say who would mobilise them (the EU and its member states, or each leader), so no agent; mid-November normalised to the month"},
 ],
 "actors": [
  {"name": C, "type": "person", "aliases": ["David Cameron", "The Prime Minister", "the Prime Minister"]},
  {"name": "European leaders", "type": "group", "aliases": ["European leaders"]},
  {"name": "European Union", "type": "organisation", "aliases": ["the EU"]},
  {"name": "United Kingdom", "type": "country", "aliases": ["The UK"]},
 ],
 "notes": [
  "GOV.UK (Prime Minister's Office) release of Saturday 18 October 2014 on Cameron's letter to Herman Van Rompuy before the European Council of 23-24 October; story uk_ebola_sierra_leone_2014 with govuk_2014_greening_ebola_medics (21 Oct, in main dev), govuk_2014_uk_secures_1_billion_eu_ebola (24 Oct), govuk_2014_ebola_international_contributions (15 Dec) and govuk_2014_ebola_new_assistance_west_africa (25 Jul).",
  "Published date inferred (no date line): 'in Milan yesterday' = the ASEM meeting of Friday 17 October 2014, and the Brussels summit 'next week'; see meta published_evidence.",
  "The letter's paragraph after 'The Prime Minister continues:' is an unmarked block quotation (GOV.UK layout): not a quote in the gold sense. The one marked quote is a clause quoted inside reported speech (fragment).",
  "Cross-item keys: the €1 billion EU total (proposed 'up to' here, secured in the 24 October release) shares uk_ebola_sierra_leone_2014:eu_total_contribution; the 2,000 workers target has its own key (only here).",
  "Actors: Herman Van Rompuy only receives the letter and 'European and Asian leaders' are met, not acting: not actors. 'fellow leaders' and 'member states' are left out (receivers / possessors). 'The UK' is proposing (no date).",
  "Not figures: none left; 'mid-November' is a date.",
  "Second careful reading against FORMAT.md done by the annotator: checked every quote mark span, number token and date expression; 'now' in the unmarked letter is vague and left out.",
 ],
}
