K = "uk_lebanon_aid_2024:"
UK = "United Kingdom"
CERF = "Central Emergency Response Fund"
ANN = {
 "article": "articles/govuk_2024_lebanon_uk_additional_10m.txt",
 "gold_out": "gold/govuk_2024_lebanon_uk_additional_10m.json",
 "published": "2024-10-04",
 "quotes": [],
 "figures": [
  {"quantity": K+"additional_10m", "text": "£10 million", "occ": 1, "value": 1e7, "unit": "GBP", "counted": "additional aid to Lebanon committed by the UK", "source": None, "approx": None,
   "note": "headline 'UK commits additional £10 million of aid to Lebanon': 'commits' is a pledge by the giver, not a verb of saying (as 'committed to £3 billion a year' in govuk_2024_lammy_blinken_kyiv_600_million), so the release's voice. The same £10 million in the sub-headline and the body (same key)"},
  {"quantity": K+"additional_10m", "text": "£10 million", "occ": 2, "value": 1e7, "unit": "GBP", "counted": "humanitarian package", "source": None, "approx": None,
   "note": "sub-headline '£10 million humanitarian package will support thousands of people ...': release's voice; same package (same key)"},
  {"text": "thousands", "value": None, "vague": True, "unit": None, "counted": "people displaced and impacted by the conflict supported by the package", "source": None, "approx": None,
   "note": "sub-headline, release's voice; vague plural"},
  {"quantity": K+"additional_10m", "text": "£10 million", "occ": 3, "value": 1e7, "unit": "GBP", "counted": "further humanitarian support for Lebanon", "source": None, "approx": None,
   "note": "'The UK is boosting its humanitarian support for Lebanon with a further £10 million ...': the UK is the giver; release's voice; same package (same key)"},
  {"quantity": K+"unicef_package_5m", "text": "£5 million", "value": 5e6, "unit": "GBP", "counted": "humanitarian package delivered through UNICEF", "source": None, "approx": None,
   "note": "'The announcement follows the £5 million humanitarian package delivered through UNICEF ...': release's voice; the package of the 25 September release (govuk_2024_lebanon_uk_5m_unicef_troops_cyprus: '£5 million humanitarian package', '£5m to UNICEF'), same key"},
  {"text": "£7.6 million", "value": 7.6e6, "unit": "GBP", "counted": "allocated by the UN's Central Emergency Response Fund for needs in Lebanon", "source": None, "approx": None,
   "note": "'The UN’s Central Emergency Response Fund (CERF) ... this week also allocated £7.6 million ...': CERF is the giver (subject of 'allocated'), not a claimant; release's voice"},
 ],
 "events": [
  {"actor": CERF, "date": "2024-09-30/2024-10-06", "date_text": "this week", "what": "CERF allocated £7.6 million for conflict-related needs and displacement in Lebanon",
   "note": "'The UN’s Central Emergency Response Fund (CERF), which the UK is the largest donor to, this week also allocated £7.6 million ...': CERF is the subject of 'allocated'; 'this week' = the ISO week of the release (Monday 30 September - Sunday 6 October 2024), as 'earlier this week' elsewhere in dev"},
 ],
 "actors": [
  {"name": UK, "type": "country", "aliases": ["UK", "The UK", "the UK", "the UK government"]},
  {"name": "David Lammy", "type": "person", "aliases": ["the Foreign Secretary"]},
  {"name": "Anneliese Dodds", "type": "person", "aliases": ["Anneliese Dodds", "Anneliese Dodds, Minister of State for Development and Minister of State for Women and Equalities"]},
  {"name": "UNICEF", "type": "organisation", "aliases": ["UNICEF"]},
  {"name": CERF, "type": "organisation", "aliases": ["Central Emergency Response Fund", "CERF"]},
 ],
 "notes": [
  "FCDO press release of Friday 4 October 2024 (GOV.UK), kept from a word-for-word repost on ukpol.co.uk (meta edits; date from the reposting site's note, confirmed by PTI). The UK commits a further £10 million of humanitarian aid for Lebanon, after the £5 million UNICEF package, and the UN's CERF allocates £7.6 million the same week. Story uk_lebanon_aid_2024 with the FCDO release of Wednesday 25 September 2024 (govuk_2024_lebanon_uk_5m_unicef_troops_cyprus).",
  "No quotes: no quote marks in the kept text; Dodds's statement is an unmarked block (GOV.UK layout) whose first paragraph is cut in the stored copy and dropped (meta edits), so only the attribution line remains.",
  "Figures: £10 million three times (headline, sub-headline, body; key uk_lebanon_aid_2024:additional_10m), £5 million (the earlier UNICEF package; key uk_lebanon_aid_2024:unicef_package_5m, shared with the 25 September release), £7.6 million (CERF), 'thousands' (vague). No claimants: the UK commits/gives the £10 million and CERF allocates the £7.6 million; none of the numbers is attributed to a speaker in the kept text.",
  "Events: 'this week' (CERF allocated £7.6 million; 30 September - 6 October 2024). Not events: 'as soon as possible' (vague), the removed '[October 2024]' of the reposting site's headline; 'has chartered more flights' and 'continues to work' carry no date expression.",
  "Actors: the United Kingdom ('UK' in the headline, 'The UK', 'the UK', 'the UK government' that has chartered flights), the Foreign Secretary (David Lammy in October 2024; only 'the Foreign Secretary' is printed: he continues to work with his counterparts), Anneliese Dodds (attribution line), UNICEF (channel of the earlier package) and CERF ('Central Emergency Response Fund', 'CERF'; the possessive 'The UN’s' is not listed as a separate actor). Lebanese Hizballah and Israel are named only as the parties to the ceasefire the UK urges and do not act; British nationals and civilians are affected people.",
  "Not figures: 'Resolution 1701' (a designation), 'on both sides' (no number), 'largest' (superlative).",
  "second reading (annotator): re-read the whole item once fully against FORMAT.md sections 1-2 and the stored copy: checked the three '£10 million' by occ with one key, that '£5 million' shares its key with the 25 September release's '£5 million'/'£5m', 4 October 2024 a Friday and 'this week' = 30 September - 6 October, that no figure has a claimant, every alias an exact substring and none shared; no change.",
 ],
}
