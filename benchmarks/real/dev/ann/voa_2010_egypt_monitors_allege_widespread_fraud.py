K = "egypt_parliamentary_election_2010:"
MB = "Muslim Brotherhood"
NDP = "National Democratic Party"
ICEO = "Independent Coalition for Elections' Observation"
NAZ = "Ahmed Nazif"
ANN = {
 "article": "articles/voa_2010_egypt_monitors_allege_widespread_fraud.txt",
 "gold_out": "gold/voa_2010_egypt_monitors_allege_widespread_fraud.json",
 "published": "2010-12-06",
 "quotes": [
  {"text": "the best in Egypt's election history.", "speaker": NAZ, "kind": "direct", "fragment": True, "speaker_mention": "Prime Minister Ahmed Nazif",
   "note": "'the Associated Press quoted Prime Minister Ahmed Nazif as describing the process as \"the best in Egypt's election history.\"': a short phrase inside reported speech; the words are Nazif's (the AP only relays them), so the speaker is Nazif; the final full stop inside the marks is kept"},
 ],
 "figures": [
  {"text": "two", "value": 2, "unit": None, "counted": "major opposition groups (the Brotherhood and Wafd) that boycotted the run-off", "source": None, "approx": None,
   "note": "'The country's two major opposition groups, the Muslim Brotherhood and the liberal Wafd party, boycotted the run-off': outlet's voice"},
  {"quantity": K+"ndp_seats_won_outright_first_round", "text": "209", "value": 209, "unit": None, "counted": "seats captured outright by the NDP in the first round", "source": None, "approx": None,
   "note": "'Mr. Mubarak's ruling National Democratic Party [NDP] captured 209 seats outright in the first round of voting': outlet's voice (no claimant in this sentence or the next)"},
  {"quantity": K+"seats_left_for_runoff", "text": "283", "value": 283, "unit": None, "counted": "seats left to be decided in the second round", "source": None, "approx": None,
   "note": "'That left 283 seats to be decided in the second round': outlet's voice"},
  {"quantity": K+"brotherhood_seat_share_2005", "text": "one-fifth", "value": 0.2, "unit": "share", "counted": "share of the seats the Brotherhood won in the 2005 elections", "source": None, "approx": "around",
   "note": "'the group won about one-fifth of the seats in the 2005 elections': outlet's voice; 'about' -> around; same quantity as 'one-fifth of the parliamentary seats' in voa_2010_egypt_vote_irregularities_brotherhood_shut_out (29 November)"},
 ],
 "events": [
  {"actor": ICEO, "date": "2010-12-06", "date_text": "Monday", "what": "the coalition said voting violations raise serious questions about the new parliament's legitimacy",
   "note": "'The Independent Coalition for Elections' Observation said Monday that ...': 'Monday' modifies 'said'; Monday 6 December 2010, the publication day"},
  {"actor": "Egyptian voters", "date": "2010-12-05", "date_text": "Sunday", "ctx": "voted Sunday", "what": "Egyptians voted in the second round of parliamentary voting",
   "note": "'Egyptians voted Sunday in the second round': active 'voted', subject 'Egyptians'; Sunday 5 December 2010"},
  {"actor": None, "date": "2010-11-29/2010-12-05", "date_text": "last week's", "what": "the first round of the election (alleged fraud)",
   "note": "'in protest of alleged fraud in last week's first round': on the noun 'first round', no agent: null. By the rule 'last week' = the ISO week before the report's week: Monday 29 November - Sunday 5 December 2010. The first round was in fact held on Sunday 28 November (see the 29 November item), the last day of the week before that: VOA counts back from the Sunday run-off; the rule's interval is kept"},
  {"actor": None, "date": "2010-12-05", "date_text": "Sunday's", "what": "the run-off contests, mostly NDP candidate against NDP candidate",
   "note": "'Most of Sunday's contests faced one NDP candidate against another': on the noun 'contests': null"},
  {"actor": None, "date": "2005", "date_text": "2005", "what": "the 2005 elections in which the Brotherhood won about one-fifth of the seats",
   "note": "'the group won about one-fifth of the seats in the 2005 elections': the year is inside the noun phrase 'the 2005 elections', so it dates the elections, which have no agent: null (the 29 November item's 'In 2005, the party won' dates the verb instead)"},
 ],
 "actors": [
  {"name": "Egyptian election monitors", "type": "group", "aliases": ["Election monitors in Egypt", "Election Monitors"]},
  {"name": "Hosni Mubarak", "type": "person", "aliases": ["President Hosni Mubarak", "Mr. Mubarak"]},
  {"name": NDP, "type": "organisation", "aliases": ["President Hosni Mubarak's party", "National Democratic Party", "NDP", "the party"]},
  {"name": ICEO, "type": "organisation", "aliases": ["The Independent Coalition for Elections' Observation"]},
  {"name": "Egyptian government", "type": "organisation", "aliases": ["The government"]},
  {"name": "Associated Press", "type": "organisation", "aliases": ["the Associated Press"]},
  {"name": NAZ, "type": "person", "aliases": ["Prime Minister Ahmed Nazif"]},
  {"name": "Egyptian voters", "type": "group", "aliases": ["Egyptians"]},
  {"name": MB, "type": "organisation", "aliases": ["the Muslim Brotherhood", "The Muslim Brotherhood", "the group"]},
  {"name": "Wafd party", "type": "organisation", "aliases": ["the liberal Wafd party"]},
  {"name": "human rights groups and international observers", "type": "group", "aliases": ["Many human rights groups and international observers"]},
  {"name": "Egypt", "type": "country", "aliases": ["Egypt"]},
 ],
 "notes": [
  "VOA News report (no byline) of Monday 6 December 2010, the day after the run-off round of Egypt's parliamentary election: an independent monitors' coalition alleges widespread fraud, the prime minister calls the process the best in Egypt's history; story egypt_parliamentary_election_2010 with voa_2010_egypt_vote_irregularities_brotherhood_shut_out (29 November 2010).",
  "Officials by long title or title only: 'Prime Minister Ahmed Nazif' (quoted via the AP), 'The government' (promised to investigate), and the monitors' body by its full name.",
  "Quote: one fragment, Nazif's 'the best in Egypt's election history.' (the AP relays it; Nazif is the speaker).",
  "Figures: 'two' opposition groups, '209' NDP seats won outright, '283' seats left for the run-off (outlet's voice), 'about one-fifth' (2005 Brotherhood seat share; cross-item key brotherhood_seat_share_2005 with the 29 November item's 'one-fifth').",
  "Not figures: 'one NDP candidate against another' is an enumerator (one ... another), like 'One listed ..., another ...' in FORMAT.md; 'a single seat' has no number token; 'the second round', 'first round' are ordinals; '2005' is a date.",
  "First reading (annotator): dates checked against Monday 6 December 2010; 'last week's' kept as the rule's interval with a note on VOA's own count; noun-dated events null ('Sunday's contests', 'the 2005 elections').",
  "Second reading (as checker): text re-compared with the stored copy (only the listed edits); quote span has no marks and keeps the final full stop; speaker is Nazif, not the AP; 'the party' in paragraph 7 is the NDP ('a crushing victory for the party'), 'the group' in the last paragraph the Brotherhood; 'Election Monitors' (headline) and 'Election monitors in Egypt' are one group, kept apart from the named coalition, which is the one dated by 'Monday'; aliases checked as exact surface forms.",
 ],
}
