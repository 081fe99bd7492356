PM = "Penny Mordaunt"
UK = "United Kingdom"
ANN = {
 "article": "articles/govuk_2018_drc_ebola_5_million_fresh_support.txt",
 "gold_out": "gold/govuk_2018_drc_ebola_5_million_fresh_support.json",
 "published": "2018-05-23",
 "quotes": [],
 "figures": [
  {"text": "£5 million", "value": 5e6, "unit": "GBP", "counted": "extra UK aid funding for the Ebola response in the DRC", "source": None, "approx": None,
   "note": "'This extra £5 million in funding means ...': the release's own voice; Mordaunt's announcement in the first paragraph names no figure and is two sentences away (as the £2 million of govuk_2014_ebola_new_assistance_west_africa)"},
 ],
 "events": [
  {"actor": PM, "date": "2018-05-23", "date_text": "today (Wednesday 23 May)", "what": "Mordaunt announces fresh UK support against the Ebola outbreak in the DRC",
   "note": "'..., the International Development Secretary Penny Mordaunt will announce today (Wednesday 23 May)': agent of 'will announce'; the weekday and day in brackets restate 'today', taken as one expression"},
  {"actor": None, "date": "2014", "date_text": "2014", "what": "the 2014 Ebola epidemic in West Africa",
   "note": "a year on a noun ('the 2014 Ebola epidemic'): an epidemic has no agent"},
 ],
 "actors": [
  {"name": UK, "type": "country", "aliases": ["United Kingdom", "The UK", "the UK"]},
  {"name": PM, "type": "person", "aliases": ["International Development Secretary Penny Mordaunt", "the International Development Secretary Penny Mordaunt", "Ms Mordaunt"]},
  {"name": "World Health Organisation", "type": "organisation", "aliases": ["World Health Organisation", "WHO"]},
  {"name": "Government of DRC", "type": "organisation", "aliases": ["Government of DRC"]},
 ],
 "notes": [
  "GOV.UK (Department for International Development) press release of Wednesday 23 May 2018, kept from African Media Agency's redistribution on panafricanvisions.com (dateline of 24 May removed); story drc_ebola_uk_aid_2018 (the Equateur/Mbandaka outbreak declared on 8 May 2018), single item in this batch.",
  "Quotes: Mordaunt's statement after 'International Development Secretary Penny Mordaunt said:' is a GOV.UK block quotation. The distributor printed an opening mark '“' before its first paragraph but no closing mark, and the next paragraph opens with none; so no span lies between quote marks and, as in the other GOV.UK items, there are no quotes in the gold sense (speech by Penny Mordaunt, should a later rule count unclosed block quotations).",
  "Figures: only the £5 million (release's voice, null). Not figures: '23 May' (date), '2014' (a year, annotated as an event), 'one of the largest country donors' (pronoun 'one').",
  "Events: 'today (Wednesday 23 May)' (Mordaunt will announce) and '2014' (the West Africa epidemic, no agent). 'already led' and 'currently' are vague.",
  "Actors: the UK, Mordaunt, the WHO (which the aid helps to monitor, trace and vaccinate) and the Government of DRC (whose response improved). 'the DRC’s own health systems' is not an alias.",
  "Second careful reading against FORMAT.md done by the annotator: number tokens and date expressions checked, 23 May 2018 a Wednesday; apostrophes in 'DRC’s' and 'WHO’s' are not quotes; the stray opening mark is explained above.",
 ],
}
