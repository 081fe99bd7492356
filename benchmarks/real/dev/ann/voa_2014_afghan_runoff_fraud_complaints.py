JK = "Jan Kubis"
NM = "Naderi Mohsini"
ECC = "Electoral Complaints Commission"
AA = "Abdullah Abdullah"
AG = "Ashraf Ghani"
ANN = {
 "article": "articles/voa_2014_afghan_runoff_fraud_complaints.txt",
 "gold_out": "gold/voa_2014_afghan_runoff_fraud_complaints.json",
 "published": "2014-06-15",
 "quotes": [
  {"text": "Respect the due process", "speaker": JK, "speaker_mention": "U.N. special representative to Afghanistan Jan Kubis", "fragment": True, "ctx": "\"Respect the due process\"\n",
   "note": "crosshead on its own line, Kubis's words (the opening of his quotation two lines below); the speaker is introduced in the next paragraph"},
  {"text": "Respect the due process, respect the work of the commissions, do not jump to conclusions, do not make statements, comments, in anticipation of the results", "speaker": JK, "speaker_mention": "Kubis",
   "note": "speaker introduced the sentence before ('U.N. special representative to Afghanistan Jan Kubis called for patience.'); opening curly mark, closing straight mark as printed; trailing comma dropped"},
  {"text": "Be also ready to accept the results of such process. There can be only one winner.", "speaker": JK, "speaker_mention": "Kubis",
   "note": "second half of the quotation interrupted by 'Kubis said'"},
 ],
 "figures": [
  {"text": "hundreds", "value": None, "vague": True, "unit": None, "counted": "reports of irregularities", "source": NM, "approx": None,
   "note": "'Electoral Complaints Commission spokesman Naderi Mohsini said the panel has received hundreds of reports': the claimant is the spokesman"},
  {"text": "one", "value": 1, "unit": None, "counted": "winner", "source": JK, "approx": None, "ctx": "only one winner",
   "note": "inside Kubis's quote ('There can be only one winner.')"},
 ],
 "events": [
  {"actor": None, "date": "2014-06-14", "date_text": "Saturday’s", "what": "the presidential run-off vote",
   "note": "a date on a noun ('Saturday’s run-off vote'); this text does not say who voted: null. Saturday 14 June 2014, the day before publication"},
  {"actor": None, "date": "2014-07", "date_text": "until next month", "what": "the result of the vote to be announced",
   "note": "passive without agent ('which is not expected to be announced until next month'): null. next month of June 2014 = July 2014"},
  {"actor": None, "date": "2014-07-02", "date_text": "until July 2", "what": "official preliminary results expected",
   "note": "'Official preliminary results are not expected until July 2': no agent (the announcing body is not named here): null"},
 ],
 "actors": [
  {"name": AG, "type": "person", "aliases": ["Ashraf Ghani", "Ghani"]},
  {"name": AA, "type": "person", "aliases": ["Abdullah Abdullah", "Abdullah"]},
  {"name": ECC, "type": "organisation", "aliases": ["Electoral Complaints Commission", "the panel", "the commission"]},
  {"name": NM, "type": "person", "aliases": ["Naderi Mohsini", "Mohsini", "Electoral Complaints Commission spokesman Naderi Mohsini"]},
  {"name": "Afghan officials", "type": "organisation", "aliases": ["officials", "Officials"]},
  {"name": JK, "type": "person", "aliases": ["Jan Kubis", "Kubis", "U.N. special representative to Afghanistan Jan Kubis"]},
 ],
 "notes": [
  "VOA report (Sharon Behn) of Sunday 15 June 2014, the day after Afghanistan's presidential run-off; story afghan_runoff_2014 with voa_2014_afghan_runoff_tally_votes (14 June) and voa_2014_afghan_abdullah_boycotts_vote_count (18 June). Published date inferred (see meta).",
  "Quotes: the crosshead '\"Respect the due process\"' (a fragment, Kubis's words, speaker named in the next paragraph) and Kubis's quotation split by 'Kubis said' (two quotes), speaker introduced by title a sentence before. Mohsini's words are reported speech without marks (no quote).",
  "Figures: 'hundreds' of reports claimed by the ECC spokesman Mohsini; 'one winner' inside Kubis's quote. Not figures: 'No one' (pronoun). No figure here states the same quantity as one in the other two items, so no quantity key.",
  "Events: 'Saturday’s' run-off (a dated noun with no agent in this text), 'until next month' and 'until July 2' (results, no agent). Ghani and Abdullah act ('Both are claiming evidence of fraud'), undated. 'officials' ('Officials are concerned', 'officials said') are an unnamed group: actor 'Afghan officials'.",
  "Second careful read of the whole item against FORMAT.md sections 1-2 done by the annotator (quotes, figures, events, actors).",
 ],
}
