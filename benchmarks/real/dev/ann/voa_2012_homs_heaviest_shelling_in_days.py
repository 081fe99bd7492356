NP = "Navi Pillay"
LCC = "Local Coordination Committees"
SG = "Syrian government"
SO = "Syrian officials"
FM = "Syrian Foreign Ministry"
WJ = "Wen Jiabao"
ANN = {
 "article": "articles/voa_2012_homs_heaviest_shelling_in_days.txt",
 "gold_out": "gold/voa_2012_homs_heaviest_shelling_in_days.json",
 "published": "2012-02-14",
 "quotes": [
  {"text": "crimes against humanity.", "occ": 1, "speaker": NP, "speaker_mention": "the U.N. human rights chief", "fragment": True,
   "note": "'after a warning by the U.N. human rights chief that the onslaught could amount to \"crimes against humanity.\"': Pillay (named as U.N. High Commissioner for Human Rights in the fourth paragraph); the final '.' inside the marks kept"},
  {"text": "brutal shelling", "speaker": LCC, "speaker_mention": "The Local Coordination Committees opposition group", "fragment": True,
   "note": "'The Local Coordination Committees opposition group Tuesday described Homs as under \"brutal shelling,\"': trailing comma dropped"},
  {"text": "emboldened", "speaker": NP, "speaker_mention": "U.N. High Commissioner for Human Rights Navi Pillay", "fragment": True},
  {"text": "armed terrorists", "speaker": SO, "speaker_mention": "Syrian officials", "fragment": True,
   "note": "'Syrian officials have blamed \"armed terrorists\" for the revolt': the officials' own phrase, rendered as their words (not a name or scare quote)"},
  {"text": "not protecting any party, including the government of Syria.", "speaker": WJ, "speaker_mention": "Chinese Premier Wen Jiabao", "fragment": True,
   "note": "partial quote inside reported speech ('said China is \"...\"'); the final '.' inside the marks kept"},
 ],
 "figures": [
  {"text": "six", "value": 6, "unit": None, "counted": "people reported killed", "source": LCC, "approx": "at least",
   "note": "'The Local Coordination Committees opposition group Tuesday described Homs as under \"brutal shelling,\" with at least six people reported killed': in the group's statement, so theirs"},
  {"text": "11", "value": 11, "unit": "months", "counted": "months of the anti-government uprising", "source": None, "approx": None,
   "note": "'the 11-month anti-government uprising': the number of the compound adjective ('47' in '47-year-old'); outlet's voice"},
  {"text": "Hundreds", "value": None, "vague": True, "unit": None, "counted": "reported killed in Homs", "source": None, "approx": None,
   "note": "'Hundreds have been reported killed in Homs since the government began bombarding': passive 'reported' without a claimant, so null"},
 ],
 "events": [
  {"actor": LCC, "date": "2012-02-14", "date_text": "Tuesday", "ctx": "opposition group Tuesday", "what": "the LCC described Homs as under brutal shelling, at least six reported killed",
   "note": "'The Local Coordination Committees opposition group Tuesday described Homs ...': agent of 'described'; Tuesday = the publication day, 14 February 2012"},
  {"actor": FM, "date": "2012-02-14", "date_text": "Tuesday", "ctx": "ministry Tuesday", "what": "the foreign ministry rejected Pillay's claim of crimes against humanity",
   "note": "'the foreign ministry Tuesday rejected Pillay's claim': agent of 'rejected'"},
  {"actor": WJ, "date": "2012-02-14", "date_text": "Tuesday", "ctx": "Beijing Tuesday", "what": "Wen told EU leaders in Beijing the Syrian people must decide their own future",
   "note": "'He told EU leaders in Beijing Tuesday': 'He' is Wen Jiabao (the sentence before)"},
 ],
 "actors": [
  {"name": "Syrian government forces", "type": "organisation", "aliases": ["Syrian government forces"]},
  {"name": "Syrian activists", "type": "group", "aliases": ["activists"]},
  {"name": NP, "type": "person", "aliases": ["the U.N. human rights chief", "U.N. High Commissioner for Human Rights Navi Pillay", "Pillay"]},
  {"name": LCC, "type": "organisation", "aliases": ["The Local Coordination Committees opposition group"]},
  {"name": "witnesses", "type": "group", "aliases": ["Witnesses"]},
  {"name": "U.N. Security Council", "type": "organisation", "aliases": ["the Security Council", "U.N. Security Council"]},
  {"name": SG, "type": "organisation", "aliases": ["President Bashar al-Assad's government", "the government"]},
  {"name": SO, "type": "group", "aliases": ["Syrian officials"]},
  {"name": FM, "type": "organisation", "aliases": ["the foreign ministry"]},
  {"name": WJ, "type": "person", "aliases": ["Chinese Premier Wen Jiabao"]},
  {"name": "China", "type": "country", "aliases": ["China"]},
  {"name": "Russia", "type": "country", "aliases": ["Russia"]},
 ],
 "notes": [
  "VOA News report of Tuesday 14 February 2012 (GlobalSecurity.org republication with date line) on the government shelling of Homs (Baba Amr) and the diplomacy around it. Story homs_shelling_2012 (one item in this folder).",
  "Quotes: five short quoted phrases, all fragments: Navi Pillay twice (first as 'the U.N. human rights chief', named only in the fourth paragraph), the Local Coordination Committees, Syrian officials ('armed terrorists', their own label) and Wen Jiabao. 'crimes against humanity' in the fifth paragraph is unquoted (reported claim).",
  "Figures: 'at least six' killed (LCC), '11-month' (text '11', months), 'Hundreds' reported killed (vague, no claimant). No figure recurs, so no quantity keys. Not figures: 'all-out', 'in days', 'Arab- and Western-backed'.",
  "Events: three 'Tuesday' (LCC described, foreign ministry rejected, Wen told EU leaders), each pinned with ctx. Not events: 'in days' ('heaviest shelling in days', a span, not a date), 'since the government began bombarding' (no date expression).",
  "'the government' is the Syrian government (also inside Wen's quote 'the government of Syria'); Wen's 'He told' resolves to Wen (the sentence before). China and Russia faced criticism for vetoing the resolution (an undated act).",
  "Second careful read done by the annotator against FORMAT.md: quote texts (trailing comma dropped in 'brutal shelling', final periods kept in the two that end with one), speakers traced to actor names, the three Tuesdays = 14 Feb 2012, '11-month' as months, and aliases all present in the text.",
 ],
}
