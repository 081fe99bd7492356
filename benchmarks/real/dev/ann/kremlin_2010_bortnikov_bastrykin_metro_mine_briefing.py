M = "Dmitry Medvedev"
B = "Alexander Bortnikov"
BA = "Alexander Bastrykin"
TG = "terrorist group behind the Moscow metro attacks"
ANN = {
 "article": "articles/kremlin_2010_bortnikov_bastrykin_metro_mine_briefing.txt",
 "gold_out": "gold/kremlin_2010_bortnikov_bastrykin_metro_mine_briefing.json",
 "published": "2010-05-13",
 "quotes": [],
 "figures": [
  {"text": "40", "value": 40, "unit": None, "counted": "people killed in the terrorist attacks in the Moscow metro", "source": None, "approx": None,
   "note": "'the terrorist attacks in the Moscow metro on March 29, 2010 which killed 40': a relative clause describing the attacks that Bortnikov and Bastrykin 'reported on'; the toll is the site's description of the attacks, not the content of their report (as the 215 in uapres_2022_scholz_phone_call), so no claimant. 'killed 40' has no noun after the number: counted names the people"},
  {"text": "one hundred", "value": 100, "unit": None, "counted": "people injured in the terrorist attacks in the Moscow metro", "source": None, "approx": "more than",
   "note": "'injured over one hundred people' -> more than; same relative clause as '40', no claimant"},
  {"text": "three", "value": 3, "unit": None, "counted": "members of the terrorist group", "source": B, "approx": None,
   "note": "'Mr Bortnikov informed of the operation against three members of the terrorist group': the count is what Bortnikov informed the President of"},
  {"text": "two", "value": 2, "unit": None, "counted": "blasts at the coal mine in the Kemerovo Region", "source": None, "approx": None,
   "note": "'Mr Bastrykin reported on the investigation of the explosions at the coal mine ..., where two blasts resulted in ...': a relative clause describing the mine, the site's own description of what happened there, not the content of Bastrykin's report; left without a claimant (cautious, as '40')"},
 ],
 "events": [
  {"actor": TG, "date": "2010-03-29", "date_text": "on March 29, 2010", "what": "terrorist attacks in the Moscow metro that killed 40",
   "note": "a date on the noun 'the terrorist attacks in the Moscow metro'; the next paragraph names who carried them out ('the terrorist group behind the explosions'), so that group is the agent, as 'the attackers' and 'the suicide bomber' in earlier items. A Monday"},
  {"actor": None, "date": "2010-05-09", "date_text": "in the early hours of May 9", "what": "two blasts at the Raspadskaya coal mine resulted in many dead and injured",
   "note": "'two blasts resulted in a large number of dead and injured in the early hours of May 9': the subject of 'resulted' is the blasts, not an agent; the text names no one who caused them (an investigation of 'every possible cause' is under way): null. Year of publication; a Sunday, four days before the meeting of Thursday 13 May 2010"},
 ],
 "actors": [
  {"name": M, "type": "person", "aliases": ["The President"]},
  {"name": B, "type": "person", "aliases": ["Director of the Federal Security Service Alexander Bortnikov", "Director of the Federal Security Service (FSB) Alexander Bortnikov", "Mr Bortnikov", "FSB Director"]},
  {"name": BA, "type": "person", "aliases": ["Chairman of the Prosecutor General’s Office Investigative Committee Alexander Bastrykin", "Chairman of the Investigative Committee of the Prosecutor General’s Office Alexander Bastrykin", "Mr Bastrykin"]},
  {"name": TG, "type": "group", "aliases": ["the terrorist group"]},
 ],
 "notes": [
  "Kremlin readout (opening of the stored copy) of President Dmitry Medvedev's meeting of Thursday 13 May 2010 at Gorki with FSB Director Bortnikov, Investigative Committee head Bastrykin and Security Council Secretary Patrushev on the investigations of the Moscow metro bombings of 29 March 2010 and the Raspadskaya mine explosions of 8-9 May 2010; story moscow_metro_raspadskaya_investigations_2010 (the only item of the story in this folder).",
  "No quote marks: no quotes. Medvedev's wish and words are reported speech ('The President requested to be regularly updated ...', 'He stressed that terrorists ... must be annihilated'). Medvedev is named only in the dropped, cut last paragraph ('Dmitry Med'), so his only alias in the kept text is 'The President' (twice).",
  "Figures: the metro toll '40' and 'over one hundred' injured and the mine's 'two blasts' sit in relative clauses describing the events, not in the content of the officials' reports: no claimant (cautious); 'three members' of the terrorist group is what Bortnikov 'informed of': source Bortnikov. Not figures: 'March 29, 2010' and 'May 9' (dates); 'all the participants' and 'a large number of dead' are not numbers. No quantity keys (no other item of the story).",
  "Events: 'on March 29, 2010' dates the noun 'terrorist attacks', whose agent the next paragraph names ('the terrorist group behind the explosions'); 'in the early hours of May 9' dates blasts that 'resulted in' deaths, no agent. 'ongoing', 'now', 'regularly' are vague. The removed date line 'May 13, 2010' gives the published date. Passives without agent and without date ('have been identified', 'have been submitted', 'were eliminated') are not events.",
  "Actors: Patrushev appears only in the headline's list of participants and does not act in the kept text: not an actor. The Investigative Committee is only the recipient of the case materials ('submitted to the Investigative Committee of the Prosecutor General’s Office') and the FSB acts only through its Director: not actors of their own. 'the criminals' are the three members killed in the operation (not listed as an alias of the group to keep forms unambiguous).",
  "second reading: re-read the whole item against FORMAT.md sections 1-2 (no quote marks; four figures, 'over' -> more than; two events, one noun-dated with the agent named in the next paragraph, one without agent; aliases are exact substrings and no form is shared); no change.",
 ],
}
