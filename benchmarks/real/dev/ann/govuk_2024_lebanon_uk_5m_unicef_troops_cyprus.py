K = "uk_lebanon_aid_2024:"
AD = "Anneliese Dodds"
UK = "United Kingdom"
BT = "British troops"
ANN = {
 "article": "articles/govuk_2024_lebanon_uk_5m_unicef_troops_cyprus.txt",
 "gold_out": "gold/govuk_2024_lebanon_uk_5m_unicef_troops_cyprus.json",
 "published": "2024-09-25",
 "quotes": [],
 "figures": [
  {"quantity": K+"unicef_package_5m", "text": "£5 million", "value": 5e6, "unit": "GBP", "counted": "humanitarian package", "source": None, "approx": None,
   "note": "third summary line '£5 million humanitarian package will support thousands of people ...': the release's own voice. The same package as '£5m' twice below and as 'the £5 million humanitarian package delivered through UNICEF' in the 4 October release (govuk_2024_lebanon_uk_additional_10m), same key"},
  {"text": "thousands", "ctx": "support thousands of people", "value": None, "vague": True, "unit": None, "counted": "people who have been displaced or forced to flee supported by the package", "source": None, "approx": None,
   "note": "summary line, release's voice; vague plural"},
  {"quantity": K+"unicef_package_5m", "text": "£5m", "occ": 1, "value": 5e6, "unit": "GBP", "counted": "sent to Lebanon to support humanitarian response efforts", "source": None, "approx": None,
   "note": "'The UK is sending £5m to Lebanon ...': the UK is the giver, not a claimant (as '£1 million' in govuk_2024_gaza_uk_jordan_airdrop_tal_al_hawa_hospital); release's voice. Same package (same key)"},
  {"text": "700", "value": 700, "unit": None, "counted": "troops deployed to Cyprus", "source": None, "approx": None,
   "note": "'Yesterday, 700 troops, alongside Border Force and Foreign Office officials, also deployed to Cyprus': release's voice"},
  {"text": "Thousands", "ctx": "Thousands more have been displaced", "value": None, "vague": True, "unit": None, "counted": "more people displaced or forced to flee their homes", "source": None, "approx": None,
   "note": "'Thousands more have been displaced or forced to flee their homes': release's voice; vague plural. Not keyed with the summary line's 'thousands of people' the package will support (people displaced by the latest strikes vs people the package will reach)"},
  {"text": "thousands", "ctx": "help thousands of displaced civilians", "value": None, "vague": True, "unit": None, "counted": "displaced civilians across Lebanon the package will help", "source": None, "approx": None,
   "note": "'The package includes ... to help thousands of displaced civilians across Lebanon meet their basic needs': release's voice; vague, so no quantity key (the summary line's 'thousands of people' the package will support is the same reach but both are vague plurals without a value)"},
  {"quantity": K+"unicef_package_5m", "text": "£5m", "occ": 2, "value": 5e6, "unit": "GBP", "counted": "provided to UNICEF to support displaced civilians", "source": AD, "approx": None,
   "note": "inside Dodds's unmarked statement block (after '... said:'): 'That is why we are providing £5m to UNICEF ...', so claimed by her. Same package (same key)"},
 ],
 "events": [
  {"actor": UK, "date": "2023-10", "date_text": "since October 2023", "what": "the UK has been calling for British nationals to leave Lebanon",
   "note": "'The UK has been calling for British nationals to leave Lebanon since October 2023': the UK is the subject of 'has been calling'; the month the calls began (as 'since May 17' with its agent elsewhere in dev)"},
  {"actor": BT, "date": "2024-09-24", "date_text": "Yesterday", "what": "700 troops, alongside Border Force and Foreign Office officials, deployed to Cyprus",
   "note": "'Yesterday, 700 troops, alongside Border Force and Foreign Office officials, also deployed to Cyprus': the troops are the subject of 'deployed'; 'alongside ...' is a companion phrase, not a coordinated subject (as 'with US Secretary of State ...' in govuk_2024_lammy_blinken_kyiv_600_million), so not a joint actor. The day before the release: Tuesday 24 September 2024 (the Evening Standard: 'deployed to Cyprus on Tuesday')"},
 ],
 "actors": [
  {"name": UK, "type": "country", "aliases": ["The UK", "the UK", "Government"]},
  {"name": AD, "type": "person", "aliases": ["Anneliese Dodds", "Anneliese Dodds, Minister of State for Development and Minister of State for Women and Equalities"]},
  {"name": "UNICEF", "type": "organisation", "aliases": ["UNICEF", "the United Nations"]},
  {"name": BT, "type": "organisation", "aliases": ["troops"]},
  {"name": "Border Force", "type": "organisation", "aliases": ["Border Force"]},
 ],
 "notes": [
  "FCDO press release of Wednesday 25 September 2024 (GOV.UK), kept from a word-for-word repost on miragenews.com; no headline or date in the stored copy (line 1 rebuilt from the address, date worked out from press reports: meta published_evidence and edits). The UK sends £5 million to UNICEF in Lebanon, re-opens its Register Your Presence service, and 700 troops with Border Force and Foreign Office officials deployed to Cyprus the day before. Story uk_lebanon_aid_2024 with the FCDO release of Friday 4 October 2024 (govuk_2024_lebanon_uk_additional_10m), which adds £10 million and refers back to this £5 million package.",
  "No quotes: Dodds's statement is an unmarked block after '... said:' (GOV.UK layout); the straight single marks around 'register your presence' enclose the name of the service (a name in quote marks), not anyone's words, so no quote.",
  "Figures: £5 million / £5m / £5m (one package: summary line, body, Dodds's block; key uk_lebanon_aid_2024:unicef_package_5m, shared with the 4 October release); 700 troops; three vague 'thousands' (no key: vague plurals). Only the £5m inside Dodds's block has a claimant (Dodds); the rest is the release's voice (the UK gives the money, it does not claim the number).",
  "Events: 'since October 2023' (the UK has been calling for nationals to leave; 2023-10) and 'Yesterday' (troops deployed to Cyprus; Tuesday 24 September 2024). Left out: 'in recent hours' (vague: air strikes, no agent given either), 'October 2023' is only inside the 'since' expression; the cut paragraph with no date.",
  "Actors: the United Kingdom ('The UK', 'the UK', 'Government' in 'Government re-opens portal'), Anneliese Dodds (speaker of the block; 'we are providing £5m'), UNICEF ('the United Nations [UNICEF] will distribute supplies': the bracket names the UN agency meant, so both forms are one actor), the troops (group noun 'troops', canonical 'British troops') and Border Force (deployed alongside the troops). 'Foreign Office officials' / 'Foreign office officials' are not listed separately (they deploy alongside, with no act of their own). British nationals, civilians and the Lebanese people are affected people, not actors.",
  "Not figures: 'October 2023' (a date), 'a series of training sessions', 'a range of scenarios' (no number).",
  "second reading (annotator): re-read the whole item once fully against FORMAT.md sections 1-2 and the stored copy: checked the two '£5m' by occ (body, then Dodds's block) and that only the second has a claimant, the three 'thousands' pinned by ctx, 25 September 2024 a Wednesday and 'Yesterday' = 24 September, 'alongside' not making a joint actor, the single marks as a name (no quote), every alias an exact substring and none shared; no change.",
 ],
}
