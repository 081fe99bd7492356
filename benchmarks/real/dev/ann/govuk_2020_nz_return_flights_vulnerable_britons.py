K = "uk_nz_repatriation_2020:"
UK = "United Kingdom"
BHC = "British High Commission in New Zealand"
LG = "Lord Goldsmith"
LC = "Laura Clarke"
ANN = {
 "article": "articles/govuk_2020_nz_return_flights_vulnerable_britons.txt",
 "gold_out": "gold/govuk_2020_nz_return_flights_vulnerable_britons.json",
 "published": "2020-04-19",
 "quotes": [],
 "figures": [
  {"text": "3", "ctx": "with 3 flights from Auckland", "value": 3, "unit": None, "counted": "flights from Auckland", "source": None, "approx": None,
   "note": "'New government charter flights will bring home ... this week with 3 flights from Auckland and 2 from Christchurch': the release's own voice (no claimant named). Not keyed: the later release (govuk_2020_nz_another_900_british_travellers) gives only the total 'five charter flights', not the split"},
  {"text": "2", "ctx": "2 from Christchurch", "value": 2, "unit": None, "counted": "flights from Christchurch", "source": None, "approx": None,
   "note": "'... and 2 from Christchurch' (elliptical: 2 flights); release's voice"},
  {"quantity": K+"first_five_flights_travellers", "text": "1,500", "value": 1500, "unit": None, "counted": "people the flights will bring back in total", "source": None, "approx": "more than",
   "note": "'the flights, which will bring back over 1,500 people in total': 'over' -> more than; release's voice. The same quantity as the later release's 'around 1,555 travellers' the first five charter flights will bring home between 24 April and 2 May and Goldsmith's 'the 1,500 we flew back on our first five flights' (govuk_2020_nz_another_900_british_travellers), same key"},
  {"text": "2,600", "value": 2600, "unit": None, "counted": "Brits returned home via commercial means since the outbreak of coronavirus", "source": None, "approx": None,
   "note": "'2,600 Brits have returned home via commercial means since the outbreak of coronavirus (COVID-19), thanks to the British High Commission’s work ...': the release's voice; the High Commission is credited with the work, not cited as the claimant. Deliberately NOT keyed with the later release's 'a further 3,700 people have flown home on commercial flights': that release does not say whether its 3,700 is a running total since the outbreak or people who left after this release (which says commercial flights could no longer be booked), so the scope cannot be shown to be the same"},
  {"text": "70", "ctx": "over the age of 70", "value": 70, "unit": "years", "counted": "age of people classified as vulnerable", "source": None, "approx": "more than",
   "note": "Background: 'those over the age of 70': an age threshold, 'over' -> more than (as 'under the age of 10' -> less than in govuk_2024_measles_statistics_21_march); release's voice"},
  {"text": "70", "ctx": "under 70 with", "value": 70, "unit": "years", "counted": "age of people with an underlying health condition classified as vulnerable", "source": None, "approx": "less than",
   "note": "Background: 'those under 70 with an underlying serious or complex health condition': 'under' -> less than; release's voice"},
 ],
 "events": [
  {"actor": None, "date": "2020-04-20/2020-04-26", "date_text": "this week", "what": "new government charter flights bring home the most vulnerable Britons stranded in New Zealand",
   "note": "'New government charter flights will bring home the most vulnerable Britons stranded in New Zealand this week': the subject of 'will bring home' is the flights (a thing), no agent, so null. The release is of Sunday 19 April 2020 and the flights start 'on Friday 24 April', so 'this week' is the coming Monday-Sunday week, 20-26 April 2020 (PA on 19 April: 'five charter flights beginning this week'; the Telegraph: 'begin at the end of this week'), not the ISO week ending on the release day"},
  {"actor": None, "date": "2020-04-24", "date_text": "on Friday 24 April", "what": "the first charter flight is expected to depart",
   "note": "'The first flight is expected to depart on Friday 24 April': the flight is the subject of 'depart'; no agent, null. 24 April 2020 was a Friday"},
 ],
 "actors": [
  {"name": UK, "type": "country", "aliases": ["The UK government"]},
  {"name": BHC, "type": "organisation", "aliases": ["the British High Commission", "the High Commission"]},
  {"name": "New Zealand Government", "type": "government", "aliases": ["the New Zealand Government"]},
  {"name": LG, "type": "person", "aliases": ["Lord Goldsmith", "Lord Goldsmith, Minister responsible for New Zealand"]},
  {"name": LC, "type": "person", "aliases": ["Laura Clarke", "British High Commissioner to New Zealand Laura Clarke"]},
 ],
 "notes": [
  "FCO press release of Sunday 19 April 2020 (GOV.UK; date from PA's and the Telegraph's reports of the same day, meta published_evidence). The UK government charters five flights (3 from Auckland, 2 from Christchurch) for the most vulnerable Britons stranded in New Zealand by the coronavirus lockdown, over 1,500 people, the first on Friday 24 April; 2,600 Britons have left on commercial flights. Story uk_nz_repatriation_2020 with the later FCO release adding three flights for 11-15 May (govuk_2020_nz_another_900_british_travellers, kept from government-world.com).",
  "No quotes: Goldsmith's and Clarke's statements are unmarked blocks after '... said:' (GOV.UK block quotes), and the text has no quote marks. The blocks contain no numbers and no date expressions, so nothing is claimed by either speaker.",
  "Figures: 3 and 2 flights (no key: the later release gives only the total of five), over 1,500 people (key uk_nz_repatriation_2020:first_five_flights_travellers, shared with the later release's 'around 1,555' and Goldsmith's '1,500'), 2,600 commercial returns (no key, see its note), the two age thresholds 70. All in the release's own voice: no claimant named.",
  "Events: 'this week' (charter flights bring Britons home; 20-26 April 2020, see note) and 'on Friday 24 April' (first flight departs); both actor null (flights as subject). Left out: 'since the outbreak of coronavirus' (no date expression), 'now' ('has now taken the decision', 'is now extremely difficult': vague), 'every second day' (a frequency), 'throughout this crisis' (no date).",
  "Actors: the United Kingdom ('The UK government' that has decided to charter flights), the British High Commission in New Zealand ('the British High Commission' in 'the British High Commission’s work', 'the High Commission' that will contact travellers; canonical name with the country so that Clarke's title 'British High Commissioner to New Zealand' stays hers), the New Zealand Government (partner of the High Commission's work), Lord Goldsmith (Minister responsible for New Zealand, speaker of the first block) and Laura Clarke (British High Commissioner to New Zealand, speaker of the second). Airlines and British travellers are not actors.",
  "Not figures: '24' in 'Friday 24 April' (a date), '19' in 'COVID-19' (part of a name), 'every second day' (ordinal), the removed list numbers '1.' and '2.' of the Background list (meta edits).",
  "second reading (annotator): re-read the whole item once fully against FORMAT.md sections 1-2 and the stored copy: checked the text against the stored excerpt word for word (including 'from of coronavirus' sic and the en dashes in Clarke's block), 'over 1,500' -> more than, the two 70s pinned by ctx with more than / less than, 19 April 2020 a Sunday and 24 April a Friday, the 'this week' reading, that no figure has a claimant, every alias an exact substring and none shared; no change.",
 ],
}
