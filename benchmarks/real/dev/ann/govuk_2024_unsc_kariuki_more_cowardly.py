JK = "James Kariuki"
ANN = {
 "article": "articles/govuk_2024_unsc_kariuki_more_cowardly.txt",
 "gold_out": "gold/govuk_2024_unsc_kariuki_more_cowardly.json",
 "published": "2024-08-28",
 "quotes": [],
 "figures": [
  {"text": "7", "value": 7, "unit": None, "counted": "people killed in the attacks of Monday and Tuesday", "source": JK, "approx": "at least",
   "note": "'At least 7 people were killed and many more injured': the speaker's own claim (no claimant named); 'At least' -> at least"},
  {"text": "35,000", "value": 35000, "unit": None, "counted": "civilians in Ukraine confirmed killed or injured since the invasion", "source": JK, "approx": "more than",
   "note": "'Over 35,000 civilians in Ukraine have been confirmed killed or injured': passive 'confirmed' with no agent, so the claimant is the speaker; 'Over' -> more than; killed or injured together (casualties), not comparable with killed-only tolls"},
 ],
 "events": [
  {"actor": "Ukraine", "date": "2024-08-24/2024-08-25", "date_text": "Last weekend", "what": "Ukraine marked its third Independence Day since the invasion",
   "note": "'Last weekend, Ukraine marked its third Independence Day': agent Ukraine; the weekend before Wednesday 28 August 2024 (Independence Day is Saturday 24 August)"},
  {"actor": "Russia", "date": "2024-08-26", "date_text": "On Monday", "what": "Russia launched a wave of missile and drone attacks across Ukraine",
   "note": "'On Monday, Russia launched a wave of missile and drone attacks': agent Russia; Monday 26 August 2024"},
  {"actor": None, "date": "2024-08-26", "date_text": "Monday night", "what": "further attacks took place",
   "note": "'Further attacks took place on Monday night and Tuesday morning': 'took place' has no agent: null (the attacks are Russia's by context, but the clause names no agent); the night of Monday 26 August 2024"},
  {"actor": None, "date": "2024-08-27", "date_text": "Tuesday morning", "what": "further attacks took place",
   "note": "second date expression of the same clause: Tuesday 27 August 2024, no agent"},
 ],
 "actors": [
  {"name": JK, "type": "person", "aliases": ["Ambassador James Kariuki"]},
  {"name": "Ukraine", "type": "country", "aliases": ["Ukraine"]},
  {"name": "Russia", "type": "country", "aliases": ["Russia"]},
  {"name": "Vladimir Putin", "type": "person", "aliases": ["President Putin"]},
  {"name": "United Kingdom", "type": "country", "aliases": ["The UK"]},
  {"name": "Ukrainians", "type": "group", "aliases": ["Ukrainians"]},
 ],
 "notes": [
  "GOV.UK: statement by Ambassador James Kariuki, UK Deputy Permanent Representative to the UN, at the Security Council meeting on Russian attacks on Ukrainian civilians and civilian infrastructure, Wednesday 28 August 2024 (date inferred, see meta; the relative dates resolve the same for 28-30 August). Story russia_strikes_ukraine_aug2024 (one item); no quantity keys.",
  "Speech convention: the text after the standfirst is Kariuki's, without quote marks: no quotes; both figures are his.",
  "Events: 'Last weekend' (Ukraine marked Independence Day), 'On Monday' (Russia launched attacks), 'Monday night' and 'Tuesday morning' (further attacks took place, no agent). Left out: 'today' twice (bare 'today' inside the speech), 'within days' (a duration), 'every day', 'in recent attacks' (vague), 'this coming winter' (a season with no format in FORMAT.md; a vague future risk, not an act), 'since Russia’s invasion began' (no date expression).",
  "Actors: Kariuki; Ukraine (marked Independence Day; has a right of self-defence); Russia; Putin ('thought Kyiv would fall'); the UK ('The UK and other allies fully support Ukraine'); Ukrainians ('were fighting'). Ryan Evans is a victim, not an actor; 'the United Nations' is only named as the institution founded on principles, not acting.",
  "Not figures: 'third Independence Day' (ordinal), 'Article 51' (designation), 'many more injured' (no number).",
  "second reading: re-read the whole item against FORMAT.md sections 1-2 (28 August 2024 a Wednesday: weekend 24-25, Monday 26, Tuesday 27; 'At least' and 'Over' mapped; no quote marks; aliases exact, none shared); no change.",
 ],
}
