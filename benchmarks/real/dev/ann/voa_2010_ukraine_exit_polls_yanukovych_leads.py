K = "ukraine_presidential_election_2010:"
VY = "Viktor Yanukovych"
YT = "Yulia Tymoshenko"
EP = "exit pollsters"
TP = "topless protesters"
ANN = {
 "article": "articles/voa_2010_ukraine_exit_polls_yanukovych_leads.txt",
 "gold_out": "gold/voa_2010_ukraine_exit_polls_yanukovych_leads.json",
 "published": "2010-02-07",
 "quotes": [
  {"text": "rape of Ukraine", "speaker": TP, "speaker_mention": "they", "fragment": True,
   "note": "'a group of topless women staged a protest ... against what they referred to as the \"rape of Ukraine\" by corrupt politicians': the protesters' own phrase, a short fragment inside reported speech; 'they' = the group of topless women named earlier in the sentence"},
 ],
 "figures": [
  {"quantity": K+"yanukovych_runoff_share", "text": "49 percent", "value": 49, "unit": "%", "approx": "around", "counted": "share of the run-off vote the exit surveys give Yanukovych", "source": EP,
   "note": "'Exit surveys made public immediately after voting ended give Mr. Yanukovych about 49 percent of the vote': the surveys are documents; the next sentence names who made them ('The surveys, conducted by Ukrainian research centers and independent television networks'), so they are the claimant (a claimant named in the next sentence counts); 'about' = around. Same quantity as the count's 'more than 48 percent' of the Monday VOA item of the story (voa_2010_yanukovych_claims_win_tymoshenko, which has no key yet)"},
  {"quantity": K+"runoff_margin", "text": "four percent", "value": 4, "unit": "%", "approx": "around", "counted": "margin of Yanukovych over Tymoshenko in the exit surveys", "source": EP,
   "note": "'-- nearly four percent more than Ms. Tymoshenko': same sentence as the 49 percent, same claimant (the pollsters, named in the next sentence); 'nearly' = around. Same quantity (Yanukovych's run-off margin) as the official results' 'three percentage point win' of voa_2010_ukraine_tymoshenko_silent_osce_endorses (a survey estimate against the count: side by side to see who agrees)"},
  {"text": "five percent", "value": 5, "unit": "%", "approx": "around", "counted": "share of ballots cast for 'none of the above'", "source": EP,
   "note": "'The surveys, conducted by Ukrainian research centers and independent television networks, show voters cast about five percent of their ballots for \"none of the above.\"': the surveys of the pollsters named in the same sentence; 'about' = around"},
  {"text": "three percent", "value": 3, "unit": "%", "approx": None, "counted": "margin of error of the exit surveys", "source": YT,
   "note": "'Tymoshenko says the voter exit surveys are only sociological questionnaires that fluctuate within a three percent margin of error': Tymoshenko's claim ('Tymoshenko says'); 'within' bounds the fluctuation, the margin itself is an exact three percent, so approx null"},
 ],
 "events": [
  {"actor": None, "date": "2010-02-07", "date_text": "Sunday's", "what": "Sunday's presidential run-off election",
   "note": "dated noun ('alleging fraud in Sunday's election'): an election, no single agent -> null, as elsewhere in the dev set; the report was filed on the Sunday night, so Sunday = the publication day, 7 February 2010"},
  {"actor": None, "date": "2010-02-07", "date_text": "immediately after voting ended", "what": "exit surveys made public",
   "note": "'Exit surveys made public immediately after voting ended': a time on the reference day (as 'shortly after midnight'); it dates the reduced passive 'made public', which has no by-agent -> null (the pollsters are named in the next sentence as those who conducted the surveys, not as those who published them)"},
  {"actor": VY, "date": "2010-02-07", "date_text": "late in the evening", "what": "Yanukovych reached out to those who voted for Tymoshenko or other candidates",
   "note": "'Mr. Yanukovych reached out late in the evening ...': active verb, subject Yanukovych; the evening of election day, the publication day"},
  {"actor": VY, "date": "2010-02-07", "date_text": "Election Day", "what": "Yanukovych spent Election Day in Kyiv",
   "note": "'Yanukovych, a native of ... Donetsk, spent Election Day in Kyiv': active verb, subject Yanukovych; Election Day = Sunday 7 February 2010 (the run-off)"},
  {"actor": TP, "date": "2010-02-07", "date_text": "About an hour before he voted", "what": "a group of topless women staged a protest at a polling station",
   "note": "'About an hour before he voted in the capital, a group of topless women staged a protest ...': a time on election day dating the main verb 'staged', whose subject is the group of topless women; 'an hour' is part of the time expression, not annotated as a figure (as 'Six years ago' in the dev set)"},
 ],
 "actors": [
  {"name": VY, "type": "person", "aliases": ["Viktor Yanukovych", "Mr. Yanukovych", "Yanukovych", "her opponent"]},
  {"name": YT, "type": "person", "aliases": ["Prime Minister Yulia Tymoshenko", "Yulia Tymoshenko", "Ms. Tymoshenko", "Tymoshenko"]},
  {"name": "Tymoshenko campaign", "type": "organisation", "aliases": ["The Tymoshenko campaign"]},
  {"name": EP, "type": "group", "aliases": ["Ukrainian research centers and independent television networks", "Ukrainian research centers", "independent television networks"]},
  {"name": TP, "type": "group", "aliases": ["a group of topless women"]},
 ],
 "notes": [
  "VOA News report of Sunday night 7 February 2010, on the exit surveys of Ukraine's presidential run-off (story ukraine_presidential_election_2010). VOA's next story under the same headline, on Monday's nearly complete count, is the dev item voa_2010_yanukovych_claims_win_tymoshenko (address .../83783077/112058.html); this one is .../83763087/112048.html. The last paragraph (Oleksandr Chernenko of the Voters Committee of Ukraine), cut mid-word in the stored copy, is dropped.",
  "Quotes: one fragment, the topless protesters' 'rape of Ukraine' ('what they referred to as'). Not a quote: \"none of the above.\" (the ballot option, a name in quote marks, not someone's words). Tymoshenko's and Yanukovych's statements are reported without marks ('says', 'saying').",
  "Figures: the exit surveys' 'about 49 percent' (Yanukovych's share), 'nearly four percent more' (his margin) and 'about five percent' ('none of the above'), all claimed by the pollsters named in the second sentence ('conducted by Ukrainian research centers and independent television networks'); Tymoshenko's 'three percent margin of error'. Keys: " + K + "yanukovych_runoff_share (49 percent here; the dev item's count 'more than 48 percent' states the same quantity but has no key) and " + K + "runoff_margin (nearly four percent here; the official 'three percentage point win' of voa_2010_ukraine_tymoshenko_silent_osce_endorses). Not figures: 'the first round' (ordinal), 'every vote', 'an hour' (inside the time expression 'About an hour before he voted').",
  "Events: 'Sunday's' (the election, null), 'immediately after voting ended' (surveys made public, passive, null), 'late in the evening' (Yanukovych reached out), 'Election Day' (Yanukovych spent it in Kyiv), 'About an hour before he voted' (the topless women's protest), all on 7 February 2010. Not events: 'in the first round election' (a round, not a date), 'too early' (not a date), 'after more evidence is compiled' (relative to an undated act).",
  "Edits: removed VOA's wire marker '/// END OPT ///' after the fourth paragraph (editing furniture, not the story's words); listed in meta.",
  "Actors: Yanukovych ('Viktor Yanukovych', 'Mr. Yanukovych', 'Yanukovych', 'her opponent' in the last paragraph), Tymoshenko ('Prime Minister Yulia Tymoshenko', 'Ms. Tymoshenko', 'Tymoshenko'), 'The Tymoshenko campaign' (says ballot boxes were stuffed), the exit pollsters and the topless protesters. Not actors: 'the Yanukovych campaign' (only accused), voters, 'corrupt politicians'.",
  "Second careful read done by the annotator: the whole item re-read once fully against FORMAT.md sections 1-2 and the stored copy: one fragment quote, four figures (three 'about/nearly' -> around, the margin of error exact), five date expressions all on election day, aliases exact substrings and none shared between actors.",
 ],
}
