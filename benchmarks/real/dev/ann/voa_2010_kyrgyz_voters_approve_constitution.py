U = "kyrgyzstan_unrest_2010:"
R = "kyrgyzstan_referendum_2010:"
O = "Roza Otunbayeva"
ANN = {
 "article": "articles/voa_2010_kyrgyz_voters_approve_constitution.txt",
 "gold_out": "gold/voa_2010_kyrgyz_voters_approve_constitution.json",
 "published": "2010-06-28",
 "quotes": [
  {"text": "Under the circumstances this referendum was held, the authorities did a good job in organizing this process. It is now time in the coming months to address the shortcoming that were observed in lieu of the upcoming parliamentary elections later this year.",
   "speaker": "Jens Eschenbaecher", "speaker_mention": "Jens Eschenbaecher",
   "note": "'Jens Eschenbaecher, a spokesperson for the OSCE Office for Democratic Institutions and Human Rights, says, \"...\"': speaker named before the quote; the final period inside the marks is kept"},
 ],
 "figures": [
  {"quantity": R+"yes_share", "text": "90 percent", "value": 90, "unit": "%", "approx": None, "counted": "share of voters who cast ballots in favor of the new constitution", "source": "Kyrgyz Central Election Commission",
   "note": "'Kyrgyzstan's central elections committee says 90 percent of voters cast ballots in favor'"},
  {"quantity": U+"deaths", "text": "hundreds", "value": None, "vague": True, "unit": None, "approx": None, "counted": "of people killed in the inter-ethnic clashes", "source": None,
   "note": "'The fighting killed hundreds of people': outlet's voice; the toll of the June clashes, same key as 'Hundreds of people were killed' (27 June) and the unrest items of 12-14 June"},
  {"quantity": U+"displaced", "text": "400,000", "value": 400000, "unit": None, "approx": "around", "counted": "others displaced by the fighting", "source": None,
   "note": "'displaced some 400,000 others' -> around; outlet's voice; same key as 'some 400,000 were displaced' (27 June)"},
  {"quantity": R+"turnout", "text": "70 percent", "value": 70, "unit": "%", "approx": None, "counted": "reported voter turnout in the referendum", "source": None,
   "note": "'the reported high voter turnout of 70 percent': the text does not say who reported it (the opposition disputes it; by implication the official figure, but no reporter is named in the sentence or the next), so null"},
 ],
 "events": [
  {"actor": None, "date": "2010-06", "date_text": "earlier this month", "what": "inter-ethnic clashes in the south",
   "note": "'in the aftermath of inter-ethnic clashes in the south earlier this month': a date on the noun 'clashes'; this item names no sides of the clashes (only that the displaced were mainly ethnic Uzbeks), so null. 'earlier this month' = June 2010"},
  {"actor": None, "date": "2010-04", "date_text": "in April", "what": "overthrow of President Kurmanbek Bakiyev",
   "note": "'The provisional government, which took power following the overthrow of President Kurmanbek Bakiyev in April': the date closes the noun phrase 'the overthrow of ... Bakiyev'; no agent of the overthrow is named, so null (as in the 27 June item)"},
  {"actor": None, "date": "2010", "date_text": "later this year", "what": "upcoming parliamentary elections",
   "note": "inside Eschenbaecher's quote, dating the planned elections ('the upcoming parliamentary elections later this year'); elections have no agent in the text: null. 'later this year' = 2010"},
 ],
 "actors": [
  {"name": "Kyrgyz Central Election Commission", "type": "organisation", "aliases": ["Kyrgyz election officials", "Kyrgyzstan's central elections committee"]},
  {"name": O, "type": "person", "aliases": ["Roza Otunbayeva", "The country's interim leader", "Ms. Otunbayeva"]},
  {"name": "Kyrgyz interim government", "type": "organisation", "aliases": ["The provisional government", "the government", "Kyrgyz authorities"]},
  {"name": "Kyrgyz opposition parties", "type": "group", "aliases": ["opposition parties", "Some members of the opposition"]},
  {"name": "Russia", "type": "country", "aliases": ["Russia"]},
  {"name": "Kurmanbek Bakiyev", "type": "person", "aliases": ["President Kurmanbek Bakiyev"]},
  {"name": "ethnic Uzbeks", "type": "group", "aliases": ["ethnic Uzbeks"]},
  {"name": "Organization for Security and Co-operation in Europe", "type": "organisation", "aliases": ["the Organization for Security and Co-operation in Europe", "International observers from the Organization for Security and Co-operation in Europe"]},
  {"name": "Jens Eschenbaecher", "type": "person", "aliases": ["Jens Eschenbaecher", "a spokesperson for the OSCE Office for Democratic Institutions and Human Rights"]},
 ],
 "notes": [
  "VOA News report of Monday 28 June 2010 (no date printed; see published_evidence in the meta file) on the preliminary result of Kyrgyzstan's constitutional referendum of Sunday 27 June; stored from VOA's publishing host. Story kyrgyzstan_referendum_2010 with voa_2010_kyrgyz_referendum_tight_security and wn_2010_kyrgyzstan_referendum_vote (both 27 June).",
  "Keys: 'hundreds of people' killed and 'some 400,000' displaced repeat the 27 June item (kyrgyzstan_unrest_2010:deaths, kyrgyzstan_unrest_2010:displaced; the deaths key is the toll of the June clashes used by the unrest items of 12-14 June). The 90 percent yes share (" + R + "yes_share) and the final turnout of 70 percent (" + R + "turnout) appear only here in the set; the 27 June '40 percent' and Wikinews' 'around 55%' are part-day turnouts, not the same quantity.",
  "The only quote is Eschenbaecher's (named before it with 'says,'). Otunbayeva's statement ('She says the referendum was valid ...') and the opposition's accusation are reported speech without quote marks.",
  "Claimants: the 90 percent is the central elections committee's ('says'); the 70 percent is 'the reported ... turnout' with no reporter named: null. Not figures: 'weeks after' (no number), 'for the most part'. Not events: 'in the coming months' (inside the quote, vague).",
  "'the government' (accused of falsifying) and 'Kyrgyz authorities' (administered the vote) are written as the interim government, as the State Department item of the unrest story writes 'Kyrgyz authorities'; 'the authorities' inside the quote is not listed as an alias (it would be the same actor; no figure or event uses it).",
  "Second careful reading done against FORMAT.md sections 1-2: the one quote span (final period kept), the four number tokens (90 percent, hundreds, 400,000, 70 percent; 'some' -> around), the three date expressions and that 'Kyrgyz election officials' and 'Kyrgyzstan's central elections committee' are one actor; no change needed after it.",
 ],
}
