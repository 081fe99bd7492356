BJ = "Boris Johnson"
BJM = "the Foreign Secretary Boris Johnson"
ANN = {
 "article": "articles/govuk_2016_johnson_aleppo_un_access.txt",
 "gold_out": "gold/govuk_2016_johnson_aleppo_un_access.json",
 "published": "2016-12-23",
 "quotes": [
  {"text": "It is unacceptable that the UN has still not been given access to eastern Aleppo to assist those who remain and carry out monitoring. The regime and those who back it must immediately deliver on their obligations and comply with Security Council Resolution 2328 to ensure that civilians are protected.",
   "speaker": BJ, "speaker_mention": BJM, "fragment": False,
   "note": "first paragraph of Johnson's statement, introduced by 'the Foreign Secretary Boris Johnson said:' on the line before; no closing mark at the paragraph end (the quotation continues), so one quote per paragraph"},
  {"text": "The Syrian army now claims full control of Aleppo, but this is a hollow victory. Assad has been utterly dependent on foreign militias and Russian air support, and has caused destruction on a tragic scale including further atrocities against the Syrian people. Assad’s brutal regime can never unite Syria and bring stability.",
   "speaker": BJ, "speaker_mention": BJM, "fragment": False,
   "note": "second paragraph of the same statement (opening mark, no closing mark); the speaker is named two paragraphs earlier"},
  {"text": "There is only one way to end this conflict: a Syrian-led political settlement based on a transition away from the Assad regime. The international community – including Russia and Iran – must now work to support a nationwide Cessation of Hostilities to help create the environment for a political settlement based on genuine transition.",
   "speaker": BJ, "speaker_mention": BJM, "fragment": False,
   "note": "third and last paragraph, closed by ”; the final full stop inside the mark is kept"},
 ],
 "figures": [
  {"text": "one", "ctx": "only one way", "value": 1, "unit": None, "counted": "way to end this conflict", "source": BJ, "approx": None,
   "note": "'There is only one way to end this conflict': a count of ways (one), inside Johnson's quoted statement, so claimed by him"},
 ],
 "events": [
  {"actor": "UN Security Council", "date": "2016-12-19", "date_text": "On Monday 19 December", "what": "the UN Security Council adopted Resolution 2328",
   "note": "'On Monday 19 December the UN Security Council adopted Resolution 2328': the Council is the agent of 'adopted'; 19 December 2016 was a Monday (year from the published date)"},
  {"actor": "United Nations", "date": "2016-12-23", "date_text": "today (23 December)", "what": "the UN updated Security Council members that it has still not been given access to eastern Aleppo",
   "note": "'The UN updated Security Council members today (23 December)': the UN is the agent of 'updated'; the release's own 'today' (not speech), glossed by the bracketed date of the same day: one event"},
 ],
 "actors": [
  {"name": BJ, "type": "person", "aliases": ["Foreign Secretary Boris Johnson", BJM, "Foreign Secretary"]},
  {"name": "UN Security Council", "type": "organisation", "aliases": ["the UN Security Council"]},
  {"name": "United Nations", "type": "organisation", "aliases": ["the UN", "The UN"]},
  {"name": "Asad regime", "type": "group", "aliases": ["The regime", "Assad’s brutal regime", "the Assad regime"]},
  {"name": "Bashar al-Assad", "type": "person", "aliases": ["Assad"]},
  {"name": "Syrian army", "type": "organisation", "aliases": ["The Syrian army"]},
  {"name": "Russia", "type": "country", "aliases": ["Russia"]},
  {"name": "Iran", "type": "country", "aliases": ["Iran"]},
 ],
 "notes": [
  "GOV.UK press release (Foreign Office) of Friday 23 December 2016: Boris Johnson's statement after the UN told the Security Council it still had no access to eastern Aleppo, four days after resolution 2328. Story aleppo_2016 with Rycroft's statements of 4 May (govuk_2016_rycroft_aleppo_barbarity) and 25 July 2016 (govuk_2016_rycroft_aleppo_300000_besieged); no figure is shared with them (this item's only figure is 'one way'), so no quantity keys.",
  "Quotes: Johnson's statement is printed in quote marks over three paragraphs (opening mark on each, closing mark only at the end): three quotes, all Johnson's, named on the line before the first ('the Foreign Secretary Boris Johnson said:'). 'The Syrian army now claims full control of Aleppo' reports a claim without quote marks: no quote.",
  "Events: 'On Monday 19 December' (the Council adopted resolution 2328) and 'today (23 December)' (the UN updated the Council; the release's own voice, so 'today' counts). 'now' ('claims now', 'must now work') is vague; 'Following the update' is not a date expression; Johnson's statement itself carries no date expression.",
  "Figures: 'one' in 'only one way' (a count). Not figures: '2328' twice (a resolution number), '19 December' and '23 December' (dates).",
  "Actors: Johnson ('Foreign Secretary Boris Johnson' in the standfirst, 'the Foreign Secretary Boris Johnson', and 'Foreign Secretary' in the headline); the Security Council (adopted the resolution); the UN ('the UN' / 'The UN': updated the Council, denied access); the regime ('The regime', 'Assad’s brutal regime', 'the Assad regime'); Assad (dependent on militias, caused destruction); the Syrian army (claims control); Russia ('Russian air support'; called on to work for a ceasefire) and Iran (called on with Russia). 'Security Council members' is a group of the Council, left to the Council; 'the international community', 'those who back it', 'foreign militias' are not listed. 'UN' inside 'the UN Security Council' belongs to the Council's alias.",
  "second reading (annotator): re-read the whole item against FORMAT.md sections 1-2 and the stored copy: the three quote texts (no closing mark after the first two paragraphs, final '.' kept in the third), 19 December 2016 = Monday, every number token ('19', '2328' twice, '23', 'one'), aliases exact and unshared ('the UN' vs 'the UN Security Council' are distinct strings of two actors); no change.",
 ],
}
