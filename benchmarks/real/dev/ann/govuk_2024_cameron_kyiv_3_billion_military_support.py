K3 = "uk_ukraine_support_sept_2024:uk_military_support_3bn_a_year"
DC = "David Cameron"
RS = "Rishi Sunak"
UK = "United Kingdom"
ANN = {
 "article": "articles/govuk_2024_cameron_kyiv_3_billion_military_support.txt",
 "gold_out": "gold/govuk_2024_cameron_kyiv_3_billion_military_support.json",
 "published": "2024-05-03",
 "quotes": [],
 "figures": [
  {"quantity": K3, "text": "£3 billion", "value": 3e9, "unit": "GBP", "counted": "military support in the UK's multi-year commitment", "source": None, "approx": None, "ctx": "deliver £3 billion",
   "note": "headline, release's own voice ('after UK's multi-year commitment to deliver £3 billion of military support'): the same commitment as the body's 'at least £3 billion a year on military support to Ukraine' (the annual sum of the multi-year commitment), so the same key; also the key of '£3 billion a year' in the September 2024 releases (govuk_2024_lammy_blinken_kyiv_600_million, govuk_2024_pm_washington_biden_talks), the same annual sum recommitted by Keir Starmer in July 2024"},
  {"text": "2.5%", "value": 2.5, "unit": "%", "counted": "share of GDP the UK will spend on defence", "source": RS, "approx": None,
   "note": "'The visit follows the Prime Minister’s announcement that the UK will spend 2.5% of GDP on defence': the content of the Prime Minister's announcement (noun of saying with a that-clause), so the Prime Minister (Rishi Sunak, named in the body) claims it"},
  {"quantity": K3, "text": "£3 billion", "value": 3e9, "unit": "GBP", "counted": "a year on military support to Ukraine", "source": RS, "approx": "at least", "ctx": "at least £3 billion a year",
   "note": "same that-clause of the Prime Minister's announcement ('and commit to at least £3 billion a year'): claimed by Sunak; 'at least'; 'a year' is a rate, not a separate figure"},
  {"text": "£36 million", "value": 36e6, "unit": "GBP", "counted": "package of energy support", "source": DC, "approx": None,
   "note": "'The Foreign Secretary confirmed a £36 million package of energy support': confirmed (a verb of stating) by the Foreign Secretary, David Cameron"},
  {"text": "£20 million", "value": 20e6, "unit": "GBP", "counted": "new emergency funding following Russian attacks", "source": DC, "approx": None,
   "note": "part of the £36 million ('including £20 million'), same sentence, confirmed by Cameron; a part, not the same quantity"},
  {"quantity": K3, "text": "£3 billion", "value": 3e9, "unit": "GBP", "counted": "multi-year funding for Ukraine", "source": RS, "approx": None, "ctx": "including £3 billion multi-year",
   "note": "'the uplift in defence spending announced by Prime Minister Rishi Sunak last week, including £3 billion multi-year funding for Ukraine': the figure is part of what Sunak announced (passive with a by-agent), so Sunak claims it; Cameron 'detailed how' that uplift would help, which frames the announcement rather than restating the number. The same £3 billion a year commitment (same key)"},
  {"text": "100", "value": 100, "unit": None, "counted": "mobile air defence teams to be equipped", "source": DC, "approx": None,
   "note": "'The Foreign Secretary announced that the UK’s donation of military equipment would include ... equipment for 100 mobile air defence teams': inside what Cameron announced"},
  {"text": "£10 billion", "value": 10e9, "unit": "GBP", "counted": "further investment in domestic munitions production", "source": None, "approx": None,
   "note": "'The UK also committed to doubling its domestic munitions production, by investing a further £10 billion': 'committed to' is an act (a pledge), not a verb of saying (convention of govuk_2024_lammy_blinken_kyiv_600_million), so the release's own voice"},
  {"text": "10", "value": 10, "unit": "years", "counted": "years over which the further £10 billion is invested", "source": None, "approx": None, "ctx": "next 10 years",
   "note": "'over the next 10 years': a duration, same clause as the £10 billion, release's own voice"},
 ],
 "events": [
  {"actor": RS, "date": "2024-04-22/2024-04-28", "date_text": "last week", "what": "Rishi Sunak announced the uplift in defence spending",
   "note": "'the uplift in defence spending announced by Prime Minister Rishi Sunak last week': a passive with a by-agent, so Sunak is the actor; 'last week' = the ISO week before Friday 3 May 2024, Monday 22 - Sunday 28 April 2024 (the announcement was made in Warsaw on Tuesday 23 April 2024)"},
 ],
 "actors": [
  {"name": DC, "type": "person", "aliases": ["Foreign Secretary David Cameron", "The Foreign Secretary", "the Foreign Secretary", "Foreign Secretary"]},
  {"name": RS, "type": "person", "aliases": ["Prime Minister Rishi Sunak", "the Prime Minister"]},
  {"name": UK, "type": "country", "aliases": ["the UK", "The UK"]},
 ],
 "notes": [
  "UK government press release (GOV.UK) of Friday 3 May 2024 on Foreign Secretary David Cameron's visit to Kyiv, kept from a site that reposts UK government releases (meta edits); story uk_ukraine_military_support_2024 with govuk_2024_healey_odesa_step_up_support (7 July 2024, which fast-tracks 'military support committed for Ukraine in April', i.e. the package of this release).",
  "No quote marks: no quotes.",
  "Figures: the £3 billion a year for Ukraine three times (headline, release's voice; the summary point and the body, both Sunak's announcement) with key uk_ukraine_support_sept_2024:uk_military_support_3bn_a_year, shared with the September 2024 releases that restate the same annual sum; 2.5% (Sunak's announcement); £36 million, £20 million and 100 teams (Cameron 'confirmed'/'announced that'); £10 billion over 10 years (the UK 'committed to', an act: release's voice).",
  "Not figures: 'doubling' (a verb, no number printed), 'multi-year' (no number), 'largest ever' (superlative), 'precision-guided' (no number).",
  "Events: only 'last week' (Sunak's announcement; by-agent). The dropped last paragraph held 'next month' (meta edits). 'for as long as it takes' is not a date.",
  "Actors: Cameron ('Foreign Secretary David Cameron', 'The Foreign Secretary', headline 'Foreign Secretary visits'; 'he detailed' is a pronoun), Sunak ('Prime Minister Rishi Sunak', 'the Prime Minister’s announcement') and the United Kingdom ('the UK will spend', 'The UK also committed'). 'Prime Minister Shmyhal' is not an alias of Sunak: Shmyhal, Zelenskyy and Kuleba are only met and do not act; Russia ('Russian attacks', 'Russia’s drones') and Ukraine ('keeping Ukraine in the fight') are not listed.",
  "second reading (annotator): re-read the whole item once fully against FORMAT.md sections 1-2: every number token checked (£3 billion x3, 2.5%, £36 million, £20 million, 100, £10 billion, 10); sources follow the verb governing each figure (announcement that / announced by -> Sunak; confirmed / announced that -> Cameron; committed to -> none); 'at least' only on the summary point; 'last week' = 2024-04-22/2024-04-28; aliases exact substrings, none shared; no change.",
 ],
}
