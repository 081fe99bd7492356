K = "oaxaca_2006:"
P = "Mexican federal police"
ANN = {
 "article": "articles/voa_2006_oaxaca_riot_police_stay.txt",
 "gold_out": "gold/voa_2006_oaxaca_riot_police_stay.json",
 "published": "2006-10-30",
 "quotes": [],
 "figures": [
  {"text": "five", "value": 5, "unit": "months", "counted": "months of sometimes violent protests", "source": None, "approx": None,
   "note": "'ending five months of sometimes violent protests': a duration in the outlet's voice"},
  {"text": "one", "ctx": "at least one person", "value": 1, "unit": None, "counted": "person killed", "source": "Witnesses", "approx": "at least",
   "note": "'Witnesses say at least one person was killed as police broke through street barricades': claimed by witnesses (Sunday's operation; not the same quantity as Friday's killings)"},
  {"quantity": K + "mexicans_killed_oct27", "text": "two", "value": 2, "unit": None, "counted": "Mexican men shot and killed", "source": None, "approx": None,
   "note": "'a U.S. activist-journalist and two Mexican men, one of them a teacher, were shot and killed Friday': outlet's voice; the same two Mexicans killed on Friday 27 October as 'two Mexicans' (twice) in voa_2006_oaxaca_fox_sends_forces"},
  {"text": "a million", "value": 1e6, "unit": None, "counted": "public school students in Oaxaca state", "source": None, "approx": "more than",
   "note": "'the more than a million public school students in Oaxaca state': outlet's voice"},
 ],
 "events": [
  {"actor": P, "date": "2006-10-29", "date_text": "Sunday", "what": "police took control of the city of Oaxaca",
   "note": "'Police took control of the city Sunday': the police (the federal riot police of the lead) are the subject; Sunday before Monday 30 October 2006 = 29 October"},
  {"actor": None, "date": "2006-10-27", "date_text": "Friday", "what": "a U.S. activist-journalist and two Mexican men were shot and killed",
   "note": "'were shot and killed Friday': passive without a by-agent (the text does not say who shot them), so null"},
  {"actor": "Teachers union leaders", "date": "2006-10-30", "date_text": "Monday", "what": "leaders of the teachers union said they plan further marches",
   "note": "'Leaders of the teachers union said Monday they plan further marches': the leaders are the subject of the dated 'said'; Monday = the day of this version of the report (see meta published_evidence)"},
 ],
 "actors": [
  {"name": "Mexican authorities", "type": "organisation", "aliases": ["Mexican authorities"]},
  {"name": P, "type": "organisation", "aliases": ["Mexican Riot Police", "federal riot police", "Police", "police"]},
  {"name": "Oaxaca teachers", "type": "group", "aliases": ["striking teachers"]},
  {"name": "Witnesses", "type": "group", "aliases": ["Witnesses"]},
  {"name": "Vicente Fox", "type": "person", "aliases": ["President Vicente Fox"]},
  {"name": "Teachers union leaders", "type": "group", "aliases": ["Leaders of the teachers union"]},
 ],
 "notes": [
  "VOA News report on the federal police takeover of Oaxaca city on Sunday 29 October 2006; the stored version dates from Monday 30 October (the URL carries 2006-10-29, the text reports what union leaders 'said Monday'; see meta). Story oaxaca_2006 with voa_2006_oaxaca_fox_sends_forces (28 October).",
  "No quotes: the text has no quote marks (the authorities' and the union leaders' statements are reported speech).",
  "Figures: 'five months' (duration), 'at least one person' killed on Sunday (claimed by witnesses), 'two Mexican men' killed on Friday (key oaxaca_2006:mexicans_killed_oct27, shared with the other item's 'two Mexicans') and 'more than a million' students. Not figures: 'one of them a teacher' (a partitive pronoun, as 'one of them' elsewhere in the set), 'a U.S. activist-journalist' (no number word).",
  "Events: 'Sunday' (police took control), 'Friday' (agentless passive, null) and 'Monday' (the union leaders said). Not events: 'until order is restored' (no date expression), 'earlier' in 'They had earlier agreed' (vague). Fox 'ordered federal action' is undated here (Saturday in the other item).",
  "Actors: 'striking teachers and other groups who took over streets and buildings' - the teachers are listed ('other groups' is too vague to name); the demonstrators ('demostrators', sic) and the victims do not act. AFP and Reuters in the closing credit are sources of the report, not actors.",
  "Second reading (annotator): re-read the whole item once fully against FORMAT.md sections 1-2; checked each number token (five, one, two, a million; 'one of them' excluded), the three weekday dates against Monday 30 October 2006 and that no quote marks occur.",
 ],
}
