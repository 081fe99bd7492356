NC = "Nelson Chamisa"
EM = "Emmerson Mnangagwa"
ZEC = "Zimbabwe Electoral Commission"
QM = "Qhubani Moyo"
TB = "Tonderai Bosha"
K = "zimbabwe_election_2018:"
ANN = {
 "article": "articles/voa_2018_zimbabwe_opposition_says_poll_rigged.txt",
 "gold_out": "gold/voa_2018_zimbabwe_opposition_says_poll_rigged.json",
 "published": "2018-08-03",
 "quotes": [
  {"text": "stolen vote.", "speaker": NC, "speaker_mention": "Chamisa", "fragment": True,
   "note": "'to reclaim what he called the \"stolen vote.\"': Chamisa's words, a phrase in reported speech; final full stop inside the marks kept"},
  {"text": "fiction.", "speaker": NC, "speaker_mention": "Chamisa", "fragment": True,
   "note": "'Chamisa told reporters results ... were \"fiction.\"': one-word phrase in reported speech"},
  {"text": "We want proper result to be announced", "speaker": NC, "speaker_mention": "he", "fragment": False,
   "note": "'\"...,\" he added': 'he' = Chamisa, named as 'Chamisa' in the paragraph before ('He said he won 56 percent'); trailing comma dropped"},
  {"text": "We will pursue all means necessary — legal and constitutional — to make sure that we protect the people's vote. The people have voted, they have cheated. We will not allow it. Mr. Mnangagwa sir, respect the people. Do not usurp power.", "speaker": NC, "speaker_mention": "he", "fragment": False,
   "note": "second part of the quotation interrupted by 'he added' (two quotes); same speaker"},
  {"text": "closed chapter", "speaker": QM, "speaker_mention": "Electoral Commission spokesman Qhubani Moyo", "fragment": True,
   "note": "phrase in reported speech ('said the election is now a \"closed chapter\" for the ZEC')"},
  {"text": "we are not going to comment on what they are saying unless we are in court.", "speaker": QM, "speaker_mention": "He", "fragment": False,
   "note": "'He said \"...\"': 'He' = Qhubani Moyo, named in the sentence before; the quote is a whole clause introduced by 'said' (not a fragment); final full stop inside the marks kept"},
 ],
 "figures": [
  {"quantity": K + "mnangagwa_vote_share_zec", "text": "50.8 percent", "value": 50.8, "unit": "%", "approx": None, "counted": "share of the vote given to Mnangagwa", "source": ZEC,
   "note": "'results from the Zimbabwe Electoral Commission giving President Emmerson Mnangagwa 50.8 percent of the vote': the figure is the commission's (its official results); Chamisa, the subject of the sentence, calls those results 'fiction', so he is not its claimant"},
  {"quantity": K + "chamisa_vote_share_own_claim", "text": "56 percent", "value": 56, "unit": "%", "approx": None, "counted": "share of the vote Chamisa says he won", "source": NC,
   "note": "'He said he won 56 percent of the vote': 'He' = Chamisa (sentence before). His own share, not the same quantity as Mnangagwa's 50.8 percent"},
 ],
 "events": [
  {"actor": None, "date": "2018-07-30", "date_text": "Monday's", "ctx": "lost Monday's", "what": "presidential election",
   "note": "possessive weekday on the noun 'presidential election'; no agent of the vote named: null. Monday 30 July 2018, the Monday before the Friday report"},
  {"actor": NC, "date": "2018-08-03", "date_text": "Friday", "what": "Chamisa said he would pursue all available routes, including protests, to reclaim the vote",
   "note": "'Chamisa said Friday': the speaker is the agent. Published Friday 3 August 2018"},
  {"actor": None, "date": "2018-07-30", "date_text": "Monday's", "ctx": "Monday's poll", "what": "presidential poll in which Chamisa says he won 56 percent",
   "note": "possessive weekday on the noun 'poll' (inside Chamisa's reported speech); no agent: null"},
  {"actor": None, "date": "2018-07-30", "date_text": "Monday", "ctx": "polls closed Monday", "what": "polls closed",
   "note": "'after polls closed Monday': the weekday follows and modifies 'polls closed' (no agent: null); the commission's announcement is dated only relative to the closing ('after'), not by the weekday"},
 ],
 "actors": [
  {"name": NC, "type": "person", "aliases": ["Zimbabwean opposition leader Nelson Chamisa", "Chamisa"]},
  {"name": EM, "type": "person", "aliases": ["incumbent Emmerson Mnangagwa", "President Emmerson Mnangagwa", "Mnangagwa", "Mr. Mnangagwa"]},
  {"name": ZEC, "type": "organisation", "aliases": ["Zimbabwe Electoral Commission", "the electoral commission", "the commission", "ZEC"]},
  {"name": QM, "type": "person", "aliases": ["Electoral Commission spokesman Qhubani Moyo", "Qhubani Moyo"]},
  {"name": TB, "type": "person", "aliases": ["Tonderai Bosha", "a ZANU-PF youth spokesman"]},
 ],
 "notes": [
  "VOA report of Friday 3 August 2018 (no date printed; see the meta file) on Nelson Chamisa's rejection of the official result of Zimbabwe's presidential election of Monday 30 July 2018, announced by the Zimbabwe Electoral Commission early on 3 August. Story zimbabwe_election_2018 with voa_2018_zimbabwe_unrest_after_ruling_party_majority (1 August).",
  "Keys: " + K + "mnangagwa_vote_share_zec (the commission's 50.8 percent for Mnangagwa) and " + K + "chamisa_vote_share_own_claim (Chamisa's claim of 56 percent for himself); the 1 August item has no vote figures, so no key is shared across the two items yet.",
  "Quotes: six, all Chamisa's or the commission spokesman's; two attributed by pronoun ('he added' after the paragraph naming Chamisa, 'He said' after the sentence naming Moyo). The cut last paragraph (Bosha's quotation) was dropped, so Bosha has no quote here; he is kept as an actor ('dismissed claims by Chamisa').",
  "Not listed: the MDC Alliance and ZANU-PF (named only as the parties Chamisa heads and the commission allegedly favoured; 'ZANU-PF' is inside Bosha's description, whose whole form is his alias), VOA (the interviewer, the outlet itself) and 'reporters'. Not events: 'now' (the election is now a 'closed chapter'), the commission's 'announced after polls closed' (relative).",
  "Second careful read of the whole item against FORMAT.md sections 1-2 done by the annotator: quote spans against the straight marks (the full stops inside the marks kept, the trailing comma of the first 'he added' quote dropped), the two 'Monday's' pinned by ctx, sources of the two percentages, dates against the calendar (3 August 2018 a Friday, 30 July a Monday).",
 ],
}
