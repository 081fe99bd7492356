G = "Justine Greening"
ANN = {
 "article": "articles/govuk_2014_ebola_new_assistance_west_africa.txt",
 "gold_out": "gold/govuk_2014_ebola_new_assistance_west_africa.json",
 "published": "2014-07-25",
 "quotes": [],
 "figures": [
  {"text": "£2 million", "value": 2e6, "unit": "GBP", "counted": "new package of assistance for partners in Sierra Leone and Liberia", "source": None,
   "note": "the release's own voice ('A new £2 million package ... will be made available'); Greening's announcement in the sentence before names no figure"},
  {"text": "six", "value": 6, "unit": "months", "counted": "period technical staff are provided for", "source": None, "ctx": "for six months"},
 ],
 "events": [
  {"actor": G, "date": "2014-07-25", "date_text": "on Friday 25 July", "what": "Greening announced UK medical support and supplies against Ebola in West Africa",
   "note": "'..., International Development Secretary Justine Greening announced on Friday 25 July': agent of 'announced'"},
  {"actor": None, "date": "2014-02", "date_text": "in February 2014", "what": "outbreak of the disease",
   "note": "'since the outbreak of the disease in February 2014': dates the outbreak (no agent), not the UK's support that runs since then"},
 ],
 "actors": [
  {"name": "United Kingdom", "type": "country", "aliases": ["The UK", "the UK", "Britain"]},
  {"name": G, "type": "person", "aliases": ["International Development Secretary Justine Greening", "Justine Greening"]},
  {"name": "International Federation of the Red Cross", "type": "organisation", "aliases": ["International Federation of the Red Cross", "IFRC"]},
  {"name": "Médecins Sans Frontières", "type": "organisation", "aliases": ["Médecins Sans Frontières"]},
 ],
 "notes": [
  "GOV.UK (Department for International Development) press release of Friday 25 July 2014, kept from a mirror of the GOV.UK page; the earliest item of story uk_ebola_sierra_leone_2014 (UK aid to fight Ebola, mostly in Sierra Leone).",
  "Greening's statement after 'Justine Greening said:' is an unmarked block quotation (GOV.UK layout): no quotes in the gold sense. The last kept paragraph ('This latest round of funding ... since the outbreak of the disease in February 2014.') may be narration or the statement's last paragraph; it holds no figure, and its date is an event without agent either way.",
  "IFRC and Médecins Sans Frontières are partners 'operating in Sierra Leone and Liberia': listed as actors (they act), not claimants.",
  "Figures: only the £2 million and 'six months' (a duration, unit months). The £2 million is the first UK package, its own quantity (no key).",
  "Not figures: '25 July', 'February 2014' (dates). 'immediately' is vague.",
  "Second careful reading against FORMAT.md done by the annotator: number tokens and date expressions checked; apostrophe in 'women’s' is not a quote.",
 ],
}
