T = "Morgan Tsvangirai"
MDC = "Movement for Democratic Change"
ANN = {
 "article": "articles/wn_2008_tsvangirai_detained_lupane.txt",
 "gold_out": "gold/wn_2008_tsvangirai_detained_lupane.json",
 "published": "2008-06-04",
 "quotes": [
  {"text": "We are currently held up. They are saying there's a commanding officer whom we should wait for. They are not saying why they are holding us up. It's not an arrest but illegal detention. It appears they want to disrupt our campaign program.",
   "speaker": "George Sibotshiwe", "speaker_mention": "George Sibotshiwe, a spokesperson for Tsvangirai", "fragment": False,
   "note": "one span of five sentences after 'George Sibotshiwe, a spokesperson for Tsvangirai, said,'; the final full stop inside the marks is kept"},
  {"text": "Mugabe is determined to turn the whole country into a war zone in order to subvert the will of the people and steal the June 27th election by any means possible.",
   "speaker": T, "speaker_mention": "Tsvangirai", "fragment": False,
   "note": "'Yesterday, while campaigning in Bulawayo, Tsvangirai said, \"...\"'"},
 ],
 "figures": [],
 "events": [
  {"actor": None, "date": "2008-06-04", "date_text": "at 10:00 UTC", "what": "MDC convoy stopped by a roadblock north of Bulawayo",
   "note": "a time of day dates the reference day (Wednesday 4 June 2008). Passive 'was stopped by a roadblock': the by-phrase names a roadblock, a thing, not an actor; the police are said to have stopped the convoy in the sentence before, but the clause's agent is the roadblock, so null, as the gold does for vehicle subjects"},
  {"actor": T, "date": "2008-06-03", "date_text": "Yesterday", "what": "Tsvangirai said Mugabe is determined to turn the country into a war zone",
   "note": "'Yesterday, while campaigning in Bulawayo, Tsvangirai said': the date modifies 'said' (and the campaigning), agent Tsvangirai; yesterday of Wednesday 4 June = Tuesday 3 June 2008"},
  {"actor": None, "date": "2008-06-27", "date_text": "June 27th", "what": "presidential run-off election",
   "note": "inside Tsvangirai's quote, 'the June 27th election': a date on the noun 'election', which has no agent in the text; null, as the gold does for elections"},
 ],
 "actors": [
  {"name": T, "type": "person", "aliases": ["opposition leader Morgan Tsvangirai", "Morgan Tsvangirai", "Tsvangirai", "Tsvangiarai"]},
  {"name": MDC, "type": "organisation", "aliases": ["Movement for Democratic Change", "MDC"]},
  {"name": "Zimbabwean police", "type": "organisation", "aliases": ["police"]},
  {"name": "Nelson Chamisa", "type": "person", "aliases": ["MDC spokesperson Nelson Chamisa", "Nelson Chamisa"]},
  {"name": "George Sibotshiwe", "type": "person", "aliases": ["George Sibotshiwe", "George Sibotshiwe, a spokesperson for Tsvangirai"]},
 ],
 "notes": [
  "Wikinews report of Wednesday 4 June 2008 on the police detention of Zimbabwe's opposition leader Morgan Tsvangirai at Lupane during the campaign for the 27 June 2008 presidential run-off; story tsvangirai_detentions_2008 with wn_2008_tsvangirai_released_eight_hours (same day, the release), voa_2008_zimbabwe_police_release_tsvangirai (same day) and voa_2008_tsvangirai_detained_second_time (Friday 6 June).",
  "Two quotes, each attributed before it ('X said, \"...\"'). The MDC claims the detention ('According to the Movement for Democratic Change ...') and Chamisa where Tsvangirai was taken ('according to MDC spokesperson Nelson Chamisa'); neither has quote marks.",
  "No figures: '10:00 UTC' is a time of day, '27th' in 'June 27th' part of a date.",
  "'Mugabe' appears only inside Tsvangirai's quote and does not act in the text: not an actor. The misspelling 'Tsvangiarai' is kept as an alias of Tsvangirai.",
  "The 'at 10:00 UTC' event is left without agent: the clause's by-phrase names a roadblock (see its note). 'has been detained by police after they stopped his convoy' carries no date.",
  "Second careful read done by the annotator against FORMAT.md: quote boundaries (final full stops kept inside the marks), the three date expressions and their actors, aliases exact as printed.",
 ],
}
