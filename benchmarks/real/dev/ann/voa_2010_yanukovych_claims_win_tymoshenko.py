VY = "Viktor Yanukovych"
YT = "Yulia Tymoshenko"
VYU = "Viktor Yushchenko"
ANN = {
 "article": "articles/voa_2010_yanukovych_claims_win_tymoshenko.txt",
 "gold_out": "gold/voa_2010_yanukovych_claims_win_tymoshenko.json",
 "published": "2010-02-08",
 "quotes": [],
 "figures": [
  {"quantity": "ukraine_presidential_election_2010:yanukovych_runoff_share", "text": "48 percent", "value": 48, "unit": "%", "counted": "share of the vote for Yanukovych", "source": None, "approx": "more than",
   "note": "'With almost all the ballots counted, Mr. Yanukovych has more than 48 percent of the vote': the outlet reports the count in its own voice (the 'Nearly complete election results' of the lead are not attributed to a named body), so null; 'more than' -> more than"},
  {"text": "46 percent", "value": 46, "unit": "%", "counted": "share of the vote for Tymoshenko", "source": None, "approx": "around",
   "note": "'compared to about 46 percent for his opponent, Prime Minister Yulia Tymoshenko': same sentence, outlet's voice; 'about' -> around"},
  {"text": "two", "value": 2, "unit": None, "counted": "candidates who accused each other of rigging the vote", "source": None, "approx": None,
   "note": "'The two candidates accused each other ...': a small count, annotated as the dev set does for 'The two presidents', 'the two sides'"},
  {"text": "10", "value": 10, "unit": None, "counted": "percentage points margin of Yanukovych's first-round win", "source": None, "approx": None,
   "note": "'he won the first round last month by 10 percentage points': 'percentage points' is not a unit of FORMAT's list (not %), so unit null and named in counted, as elsewhere in the dev set; outlet's voice"},
 ],
 "events": [
  {"actor": None, "date": "2010-02-07", "date_text": "Sunday's", "ctx": "Sunday's run-off", "what": "the run-off presidential election",
   "note": "dated noun ('Sunday's run-off presidential election'): an election, no single agent -> null, as elections elsewhere in the dev set; Sunday before the Monday report = 7 February 2010"},
  {"actor": None, "date": "2004", "date_text": "Six years ago", "what": "official results declared Yanukovych the winner over Yushchenko",
   "note": "'Six years ago, official results declared Mr. Yanukovych the winner over pro-Western Viktor Yushchenko': the subject of 'declared' is 'official results', a document; the body that declared them (the election commission) is not named in the item, so null. 2010 - 6 = 2004; a relative date, not a duration figure (as 'Nine years ago' in the dev set)"},
  {"actor": VYU, "date": "2005-01", "date_text": "in January 2005", "what": "Yushchenko took office as president with Tymoshenko as prime minister",
   "note": "'President Yushchenko took office in January 2005 with Ms. Tymoshenko as his prime minister': active verb, subject Yushchenko"},
  {"actor": None, "date": "2010-02-07", "date_text": "Sunday's", "ctx": "campaign for Sunday's election", "what": "the election whose campaign was marked by smears and insults",
   "note": "dated noun ('The campaign for Sunday's election had been marked by smears and insults'): the election, no agent -> null; the campaign is a passive without agent anyway; 7 February 2010"},
  {"actor": VY, "date": "2010-01", "date_text": "last month", "what": "Yanukovych won the first round by 10 percentage points",
   "note": "'since he won the first round last month by 10 percentage points': 'he' is Mr. Yanukovych, the subject of the sentence's main clause ('Mr. Yanukovych was considered the front-runner'); last month before a February 2010 report = January 2010 (the first round of 17 January)"},
  {"actor": None, "date": "2004", "date_text": "in 2004", "what": "the last presidential election, when Yanukovych was in office",
   "note": "'was in office at the time of the last presidential election, in 2004': 'in 2004' is in apposition to 'the last presidential election' (a dated noun, no agent); read as dating 'was in office' it would date a state; null either way"},
 ],
 "actors": [
  {"name": VY, "type": "person", "aliases": ["Ukrainian opposition leader Viktor Yanukovych", "Viktor Yanukovych", "Mr. Yanukovych", "Yanukovych"]},
  {"name": YT, "type": "person", "aliases": ["Prime Minister Yulia Tymoshenko", "Yulia Tymoshenko", "Ms. Tymoshenko", "Tymoshenko", "his opponent"]},
  {"name": VYU, "type": "person", "aliases": ["pro-Western Viktor Yushchenko", "Viktor Yushchenko", "Mr. Yushchenko", "President Yushchenko"]},
 ],
 "notes": [
  "VOA News report of Monday 8 February 2010 (date worked out from the text and the address, see meta), the day after Ukraine's presidential run-off: nearly complete results give Viktor Yanukovych the win, Yulia Tymoshenko refuses to concede. Story ukraine_presidential_election_2010 (the only item of the story so far; VOA's earlier story under the same headline, on Sunday night's exit polls, is at .../83763087/112048.html).",
  "No quotes: the only quote marks enclose the name \"Orange Revolution\" (a name in quote marks, not a quote). Tymoshenko's accusation and refusal are reported without marks.",
  "Figures: 'more than 48 percent' and 'about 46 percent' (vote shares, outlet voice: the results are not attributed to a named body), 'The two candidates', '10 percentage points' (unit null). No quantity key: no other item of the story in the set. Not figures: 'Six years ago' (a relative date, an event), 'the first round' (ordinal), 'almost all the ballots', 'both'.",
  "Events: two 'Sunday's' (dated nouns: the run-off election; pinned by ctx; null), 'Six years ago' (= 2004; official results declared Yanukovych winner, the declaring body not named -> null), 'in January 2005' (Yushchenko took office), 'last month' (he won the first round -> Yanukovych, 2010-01), 'in 2004' (the last presidential election, null). Not events: 'later' (vague, 'Their partnership later disintegrated'), 'this time around' (vague, as in the dev set), 'even before balloting began' (relative to an undated act), the credit line.",
  "Actors: Yanukovych ('Ukrainian opposition leader Viktor Yanukovych', 'Mr. Yanukovych', 'Yanukovych' in the headline; 'he'/'He' are pronouns), Tymoshenko ('Prime Minister Yulia Tymoshenko', 'Ms. Tymoshenko', 'Tymoshenko' in the headline, 'his opponent'), Yushchenko ('pro-Western Viktor Yushchenko', 'Mr. Yushchenko', 'President Yushchenko'). Not actors: 'pro-Yanukovych forces' (only accused by Tymoshenko), the 'huge protests' (an event), AP, AFP and Reuters (only in the closing credit), Russia (only in 'closer ties with Russia').",
  "second reading (annotator): the whole item re-read once fully against FORMAT.md sections 1-2 and the stored copy: no quote besides the named \"Orange Revolution\"; the four figures ('more than' and 'about' on the shares, unit null on percentage points); the six date expressions (two 'Sunday's' pinned, 'Six years ago' as 2004 with a null actor because the subject is a document, 'last month' on Yanukovych via 'he'), every alias an exact substring and no form shared between actors; no change.",
 ],
}
