K = "uk_lebanon_aid_2024:"
UK = "UK Government"
ANN = {
 "article": "articles/govuk_2024_lebanon_charter_flight_sunday.txt",
 "gold_out": "gold/govuk_2024_lebanon_charter_flight_sunday.json",
 "published": "2024-10-05",
 "quotes": [],
 "figures": [
  {"quantity": K+"uk_charter_flights_departed_by_oct5", "text": "three", "value": 3, "unit": None, "counted": "chartered flights organised by the Government that have left Beirut", "source": None, "approx": None,
   "note": "'So far three chartered flights organised by the Government have left Beirut, with a fourth to leave on Sunday': the release's own voice (the Government is the actor, not a claimant) -> null. 'a fourth' is an ordinal, not a figure"},
  {"quantity": K+"people_left_on_uk_extra_capacity_last_week", "text": "250", "value": 250, "unit": None, "counted": "additional people enabled to leave in the last week", "source": None, "approx": "more than",
   "note": "'has enabled more than 250 additional people to leave in the last week': 'more than' -> more than; release's voice. The FCDO's 'over 430 people' of Sunday 6 October (reported by the Standard/Independent; not in the set) counts all helped over the week including the fourth flight, another scope"},
  {"text": "18", "value": 18, "unit": "years", "counted": "age of children eligible with British nationals", "source": None, "approx": "less than",
   "note": "'children under the age of 18 are eligible': an age threshold, 'under' -> less than (as 'under the age of 10' in govuk_2024_measles_statistics_21_march)"},
  {"text": "6 months", "value": 6, "unit": "months", "counted": "period of stay in the UK the visa of a non-British dependant must be granted for", "source": None, "approx": "more than",
   "note": "'a valid visa that has been granted for a period of stay in the UK of more than 6 months': a duration threshold, 'more than' -> more than"},
 ],
 "events": [
  {"actor": None, "date": "2024-10-06", "date_text": "on Sunday", "ctx": "Lebanon on Sunday", "what": "the UK-chartered flight to leave Lebanon (headline)",
   "note": "headline 'UK charters flight to leave Lebanon on Sunday': 'on Sunday' modifies 'to leave', whose subject is the flight (an aircraft, not an agent, as the dev precedent for aircraft) -> null; the UK is the agent of 'charters', which the date does not modify. Sunday after Saturday 5 October 2024 = 6 October (future)"},
  {"actor": None, "date": "2024-10-06", "date_text": "tomorrow (Sunday 6 Oct)", "what": "the chartered flight to leave Beirut",
   "note": "'The UK has chartered a flight to leave Beirut tomorrow (Sunday 6 Oct)': as the headline, the date modifies 'to leave' (the flight) -> null; the parenthesis is part of the expression (as 'today (Sunday 19 September)' in the dev set)"},
  {"actor": UK, "date": "2023-10", "date_text": "since October last year", "what": "the Government has been advising British nationals to leave Lebanon",
   "note": "'The Government has been advising British nationals to leave Lebanon since October last year': active, subject the Government; October of the year before 2024 = 2023-10 (the start of a state that runs to now; as in govuk_2024_lebanon_uk_5m_unicef_troops_cyprus, 'since October 2023')"},
  {"actor": None, "date": "2024-10-06", "date_text": "on Sunday", "ctx": "fourth to leave on Sunday", "what": "a fourth chartered flight to leave",
   "note": "'with a fourth to leave on Sunday': the flight -> null"},
  {"actor": UK, "date": "2024-09-28/2024-10-05", "date_text": "in the last week", "what": "the Government enabled more than 250 additional people to leave",
   "note": "'The Government ... has enabled more than 250 additional people to leave in the last week': read as modifying 'has enabled' (the Government's added capacity over the week; the people leaving are the Government's doing) -> the Government. Doubt: it could also attach to 'to leave' (agent the people). 'in the last week' = the seven days up to the release day, as 'over the past week' -> D-7/D in the dev set"},
  {"actor": None, "date": "2024-10-06", "date_text": "this Sunday\u2019s", "what": "this Sunday's flight is the only one scheduled",
   "note": "'this Sunday\u2019s flight is currently the only one scheduled': a dated noun (the flight), no agent -> null; 6 October 2024"},
 ],
 "actors": [
  {"name": UK, "type": "government", "aliases": ["UK", "The UK", "The Government", "the Government"]},
  {"name": "FCDO Rapid Deployment Team", "type": "group", "aliases": ["A FCDO Rapid Deployment Team"]},
 ],
 "notes": [
  "GOV.UK press release of the Foreign, Commonwealth & Development Office of Saturday 5 October 2024 (date inferred from 'tomorrow (Sunday 6 Oct)', see meta), kept from nen.press's repost; the last paragraph, which opens Lammy's quote and is cut mid-sentence, dropped, so the kept text has no quotes. Story uk_lebanon_aid_2024 with govuk_2024_lebanon_uk_5m_unicef_troops_cyprus and govuk_2024_lebanon_uk_additional_10m (dev).",
  "Figures: 'three' flights left (release voice, key uk_lebanon_aid_2024:uk_charter_flights_departed_by_oct5), 'more than 250' people enabled to leave in the last week (key ...:people_left_on_uk_extra_capacity_last_week), the age threshold 'under the age of 18' (less than) and 'more than 6 months' (visa duration). Not figures: 'a fourth' (ordinal), 'the only one scheduled' ('one' is a pronoun, not a count), '6 Oct' (date).",
  "Events: the headline 'on Sunday', 'tomorrow (Sunday 6 Oct)', 'on Sunday' (fourth flight) and 'this Sunday\u2019s' (all the flight, null, 6 October 2024), 'since October last year' (the Government advising, 2023-10) and 'in the last week' (the Government enabled 250 to leave, 2024-09-28/2024-10-05; attachment doubtful, see note). Left out: 'now' (vague), 'immediately', 'round the clock', 'currently'.",
  "Actors: the UK Government ('UK' in the headline, 'The UK', 'The Government', 'the Government': charters, advises, enabled, committed) and the FCDO Rapid Deployment Team (has arrived, undated). 'UK' is listed as an alias because the headline's subject is the bare 'UK' ('UK charters flight'); it also occurs inside 'UK government officials' and 'in the UK' (the officials are the Government's; 'in the UK' a place). Not actors: British nationals (urged, advised; the 'people' enabled to leave), 'UK government officials' (working, undated; part of the Government), British Embassy officials (support offered, object).",
  "second reading (checker): re-read against FORMAT.md sections 1-2 and the stored excerpt: no quote marks remain after dropping the cut paragraph; the curly apostrophe of 'Sunday\u2019s' as stored; all figures in the release's voice (null source); Sunday = 6 October 2024 against Saturday 5 October; 'October last year' = 2023-10; the 'in the last week' attachment kept with the Government and flagged as doubtful; no change.",
 ],
}
