S = "armenia_post_election_clashes_2008"
LTP = "Levon Ter-Petrossian"
OPP = "Armenian opposition protesters"
ANN = {
 "article": "articles/gv_2008_armenia_eight_dead_state_of_emergency.txt",
 "gold_out": "gold/gv_2008_armenia_eight_dead_state_of_emergency.json",
 "published": "2008-03-03",
 "quotes": [
  {"text": "mainly democratic", "speaker": "international observers", "speaker_mention": "international observers", "fragment": True,
   "note": "'the presidential election which international observers declared “mainly democratic,” ...': the observers' verdict in their words, a short phrase inside reported speech; the comma inside the closing mark is dropped"},
 ],
 "figures": [
  {"quantity": S + ":dead", "text": "eight", "value": 8, "unit": None, "counted": "people who died in clashes between police, soldiers and opposition supporters", "source": None, "approx": "at least",
   "note": "outlet's own voice ('At least eight people died in clashes ...'); the same toll of the 1 March clashes as the Wikinews report of 2 March ('At least eight persons were left dead'), same key. The headline's 'Eight Dead' is in words too: see next figure"},
  {"quantity": S + ":dead", "text": "Eight", "value": 8, "unit": None, "counted": "dead", "source": None, "approx": None, "ctx": "Eight Dead",
   "note": "headline 'Armenia: Eight Dead, ...': the same toll without the hedge; outlet's own voice"},
  {"text": "16", "value": 16, "unit": None, "counted": "servicemen wounded in shooting", "source": None, "approx": None,
   "note": "outlet's own voice; the wounded, not the dead, and not the Wikinews health-ministry count of people who sought treatment: no shared key"},
  {"text": "18", "value": 18, "unit": None, "counted": "protesters wounded in shooting", "source": None, "approx": None,
   "note": "outlet's own voice, same sentence as the 16 servicemen"},
  {"text": "two", "value": 2, "unit": None, "counted": "sides in the shooting", "source": None, "approx": None, "ctx": "the two sides",
   "note": "'in shooting between the two sides': counts the sides (security forces and opposition supporters), as the set counts other small numbers; outlet's own voice"},
  {"text": "ten", "value": 10, "unit": "days", "counted": "days of the unsanctioned occupation of Liberty Square", "source": None, "approx": None,
   "note": "'the ten-day unsanctioned occupation': the number only, as '47' in '47-year-old'; a duration in days"},
 ],
 "events": [
  {"actor": None, "date": "2007-10", "date_text": "since last October", "what": "some knew post-election bloodshed was bound to happen, since Ter-Petrossian's comeback",
   "note": "'Some of us knew that this was bound to happen since last October when the former president, Levon Ter-Petrossian, made his political comeback': 'since last October' modifies 'knew', a state of the writer and others -> null. The when-clause says what happened then (Ter-Petrossian's comeback), but the expression dates the knowing. Last October before March 2008 = October 2007"},
  {"actor": None, "date": "2008-02-19", "date_text": "19 February 2008", "what": "presidential election in Armenia",
   "note": "a date on a noun ('the 19 February 2008 presidential election'): an election has no agent in the text -> null"},
  {"actor": None, "date": "2008-02-25/2008-03-02", "date_text": "in the past week", "what": "it became obvious that violence was only a matter of time",
   "note": "'in the past week it became obvious ...': no agent (impersonal 'it became obvious') -> null. Written on Monday 3 March 2008: the past week is the previous ISO week, Monday 25 February to Sunday 2 March 2008"},
  {"actor": None, "date": "2008-03-01", "date_text": "On Saturday 1 March", "what": "the inevitable (bloodshed) came true",
   "note": "'On Saturday 1 March, the inevitable came true': the subject is 'the inevitable', no agent -> null, although the next sentence says people died in clashes between police, soldiers and opposition supporters (joint, undated)"},
 ],
 "actors": [
  {"name": LTP, "type": "person", "aliases": ["Levon Ter-Petrossian", "the former president"]},
  {"name": "Armenian police", "type": "organisation", "aliases": ["police"]},
  {"name": "Armenian soldiers", "type": "organisation", "aliases": ["soldiers"]},
  {"name": OPP, "type": "group", "aliases": ["opposition supporters", "protesters"]},
  {"name": "international observers", "type": "group", "aliases": ["international observers"]},
  {"name": "Marilisa Lorusso", "type": "person", "aliases": ["Marilisa Lorusso"]},
 ],
 "notes": [
  "Global Voices post of Monday 3 March 2008 on the clashes in Yerevan of Saturday 1 March 2008 after the disputed presidential election of 19 February; story armenia_post_election_clashes_2008 with wn_2008_armenia_kocharyan_state_of_emergency (Wikinews, 2 March).",
  "Cross-report figures: the toll of eight ('Eight Dead' in the headline, 'At least eight people died' in the body) shares armenia_post_election_clashes_2008:dead with the Wikinews 'At least eight persons were left dead'. The 16 servicemen and 18 protesters wounded are not the Wikinews health-ministry 'at least 30 people ... have sought treatment' (another count): no key.",
  "Left out of events: 'in the following months' (vague span after October 2007), 'so far' ('the fatalities known so far', vague). The passives 'Shops were looted, cars set on fire, molotov cocktails were thrown' and 'were wounded' carry no date expression of their own.",
  "Not figures: 'a second round' (ordinal), '19 February 2008' and '1 March' (dates), 'Some of us' (no number), 'the other'. 'the two sides' is annotated as a count of 2 (sides), as the set does for other small counts.",
  "Actors: Ter-Petrossian is also 'the former president turned radical opposition leader' (only 'the former president' listed, a substring of both mentions); the police, soldiers and opposition supporters clash (undated). The 'servicemen' wounded are not given as an alias: the text does not say whether they are police or soldiers.",
  "second reading (annotator): re-read the whole item against FORMAT.md sections 1-2; checked the curly quote marks around “mainly democratic,”, the link numbers removed, 'in the past week' against Monday 3 March 2008, and every alias as an exact substring.",
 ],
}
