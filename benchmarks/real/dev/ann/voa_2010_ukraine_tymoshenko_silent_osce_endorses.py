K = "ukraine_presidential_election_2010:"
VY = "Viktor Yanukovych"
YT = "Yulia Tymoshenko"
VYU = "Viktor Yushchenko"
OSCE = "Organization for Security and Cooperation in Europe"
ANN = {
 "article": "articles/voa_2010_ukraine_tymoshenko_silent_osce_endorses.txt",
 "gold_out": "gold/voa_2010_ukraine_tymoshenko_silent_osce_endorses.json",
 "published": "2010-02-09",
 "quotes": [
  {"text": "an impressive display of democratic elections.", "speaker": OSCE, "speaker_mention": "The Organization for Security and Cooperation in Europe", "fragment": True,
   "note": "'The Organization for Security and Cooperation in Europe (OSCE) endorsed the poll as \"an impressive display of democratic elections.\"': the OSCE's words, a phrase inside a reported endorsement, so fragment; the final '.' inside the marks is kept"},
 ],
 "figures": [
  {"text": "99.9 percent", "value": 99.9, "unit": "%", "approx": None, "counted": "share of the ballots counted", "source": None,
   "note": "'With 99.9 percent of the ballots counted': the state of the count, in the outlet's voice"},
  {"quantity": K+"runoff_margin", "text": "three", "value": 3, "unit": None, "approx": None, "counted": "percentage point win of Yanukovych over his rival", "source": None,
   "note": "'official results showed Mr. Yanukovych with a three percentage point win over his rival': 'percentage point' is not a unit of FORMAT's list, so unit null and named in counted (as in the dev item of the story); 'official results' is a document and the body that issued them is not named in the item, so source null (as the dev item's 'official results declared'). Same quantity (Yanukovych's run-off margin over Tymoshenko) as the exit surveys' 'nearly four percent more' of voa_2010_ukraine_exit_polls_yanukovych_leads"},
 ],
 "events": [
  {"actor": None, "date": "2010-02-07", "date_text": "Sunday's", "what": "Sunday's presidential election",
   "note": "dated noun ('the results of Sunday's presidential election'): an election, no single agent -> null; the Sunday before the Tuesday report = 7 February 2010"},
  {"actor": YT, "date": "2010-02-08", "date_text": "late Monday", "what": "Tymoshenko told a private meeting of her party she would never acknowledge Yanukovych's victory",
   "note": "'Ukrainskaya Pravda said Ms. Tymoshenko told a private meeting of her party late Monday that ...': 'late Monday' dates 'told' (the meeting's day), whose subject is Tymoshenko, not Ukrainskaya Pravda's 'said'; Monday before the Tuesday report = 8 February 2010"},
  {"actor": OSCE, "date": "2010-02-08", "date_text": "Monday", "ctx": "monitors Monday declared", "what": "European poll monitors declared the election transparent and fair",
   "note": "'after European poll monitors Monday declared the election transparent and fair': active verb, subject 'European poll monitors'; the next sentence gives the same endorsement to the OSCE ('endorsed the poll as ...'), so the monitors are the OSCE's (alias of that actor); 8 February 2010"},
  {"actor": None, "date": "2004", "date_text": "in 2004", "what": "Yanukovych fell from grace with Ukrainian voters",
   "note": "'a candidate who fell from grace with Ukrainian voters in 2004': a change of standing, not an act with an agent (as 'died' in the dev set) -> null"},
  {"actor": None, "date": "2004", "date_text": "Six years ago", "what": "official results showed Yanukovych winning the presidency over Yushchenko",
   "note": "'Six years ago, official results showed ...': the subject of 'showed' is a document and the body is not named -> null, as in the dev item of the story; 2010 - 6 = 2004 (a relative date, not a duration figure)"},
  {"actor": VYU, "date": "2005-01", "date_text": "in January 2005", "what": "Yushchenko took office with Tymoshenko as his prime minister",
   "note": "'President Yushchenko took office in January 2005 ...': active verb, subject Yushchenko"},
 ],
 "actors": [
  {"name": YT, "type": "person", "aliases": ["Prime Minister Yulia Tymoshenko", "Yulia Tymoshenko", "Ms. Tymoshenko", "Tymoshenko", "his rival"]},
  {"name": VY, "type": "person", "aliases": ["opposition leader Viktor Yanukovych", "Viktor Yanukovych", "Mr. Yanukovych"]},
  {"name": "Ukrainskaya Pravda", "type": "organisation", "aliases": ["Internet newspaper Ukrainskaya Pravda", "Ukrainskaya Pravda"]},
  {"name": OSCE, "type": "organisation", "aliases": ["The Organization for Security and Cooperation in Europe", "Organization for Security and Cooperation in Europe", "OSCE", "European poll monitors"]},
  {"name": "analysts", "type": "group", "aliases": ["analysts"]},
  {"name": VYU, "type": "person", "aliases": ["pro-Western Viktor Yushchenko", "Viktor Yushchenko", "Mr. Yushchenko", "President Yushchenko"]},
 ],
 "notes": [
  "VOA News report of Tuesday 9 February 2010 (printed 'VOA News 09 February 2010'), two days after Ukraine's presidential run-off: Tymoshenko silent, the OSCE endorses the vote, official results with 99.9 percent counted. Story ukraine_presidential_election_2010 (with voa_2010_ukraine_exit_polls_yanukovych_leads of 7 February and the dev item voa_2010_yanukovych_claims_win_tymoshenko of 8 February). Kept from a web proxy of a gopher archive of VOA's headline feed, which prints the body as one block (kept as one paragraph, as the dev item voa_2010_haiti_cholera_reaches_port_au_prince); the last sentence, cut mid-phrase, is dropped.",
  "Quotes: one, the OSCE's 'an impressive display of democratic elections.' (fragment). Not a quote: \"Orange Revolution\" (a name in quote marks). Ukrainskaya Pravda's report of what Tymoshenko told her party is reported speech without marks.",
  "Figures: '99.9 percent' of the ballots counted (outlet's voice) and the 'three percentage point win' (official results, no named body: source null; unit null). Key " + K + "runoff_margin, shared with the exit surveys' 'nearly four percent more' of voa_2010_ukraine_exit_polls_yanukovych_leads (survey against count). Not figures: 'Six years ago' (a relative date, an event).",
  "Events: 'Sunday's' (the election, null), 'late Monday' (Tymoshenko told her party's meeting), 'Monday' (the European poll monitors, i.e. the OSCE, declared the election fair; pinned by ctx), 'in 2004' (fell from grace, null), 'Six years ago' (2004, official results showed, null), 'in January 2005' (Yushchenko took office). Not events: 'already', 'later' (vague), the dropped dateline 'VOA News 09 February 2010', the removed caption's '14 Jan 2010' (furniture).",
  "Actors: 'European poll monitors' is listed as an alias of the OSCE: the next sentence gives the same endorsement to the OSCE by name. Ukrainskaya Pravda (claims what Tymoshenko told her party), analysts (describe the comeback), Yushchenko. Not actors: 'Ukrainians' (waiting), 'her party' (only the audience), 'Ukrainian voters', 'huge protests' (an event).",
  "Second careful read done by the annotator: the whole item re-read once fully against FORMAT.md sections 1-2 and the stored copy: one fragment quote with its final period, two figures (percentage point unit null), six date expressions ('Monday' pinned by ctx apart from 'late Monday'), aliases exact substrings and none shared between actors.",
 ],
}
