K = "sierra_leone_election_2012:"
EBK = "Ernest Bai Koroma"
SLPP = "Sierra Leone People's Party"
NEC = "National Electoral Commission"
ANN = {
 "article": "articles/voa_2012_sierra_leone_opposition_may_dispute.txt",
 "gold_out": "gold/voa_2012_sierra_leone_opposition_may_dispute.json",
 "published": "2012-11-24",
 "quotes": [],
 "figures": [
  {"quantity": K+"koroma_share", "text": "59 percent", "value": 59, "unit": "%", "counted": "share of the vote won by Koroma", "source": NEC, "approx": "around",
   "note": "'election results, which showed Mr. Koroma winning a second term with nearly 59 percent': the results are the 'provisional results released by the National Electoral Commission' of the next paragraph (a claimant named in the next sentence counts); 'nearly' -> around"},
  {"quantity": K+"bio_share", "text": "37 percent", "value": 37, "unit": "%", "counted": "share of the vote won by Bio, who finished second", "source": NEC, "approx": "more than",
   "note": "'finished second with just more than 37 percent': the same election results as the sentence before (released by the National Electoral Commission, next paragraph); 'just more than' -> more than"},
  {"text": "5.5 million", "value": 5500000, "unit": None, "counted": "residents of Sierra Leone", "source": None, "approx": None,
   "note": "outlet's voice"},
  {"text": "11", "value": 11, "unit": "years", "counted": "length of the conflict (the civil war)", "source": None, "approx": None,
   "note": "'the 11-year conflict': a duration, outlet's voice"},
 ],
 "events": [
  {"actor": None, "date": "2012-11-17", "date_text": "November 17", "what": "polls won by Koroma, which the opposition says were marred by fraud", "occ": 1,
   "note": "a date on the noun 'polls' ('the November 17 polls won by by incumbent President Ernest Bai Koroma'): an election has no single agent, null as for other elections in the set"},
  {"actor": SLPP, "date": "2012-11-27", "date_text": "Tuesday", "what": "party leaders will meet to consider a possible appeal",
   "note": "future tense: the coming Tuesday after Saturday 24 November 2012; the agent of 'will meet' is 'party leaders' of Sierra Leone's main opposition party (the SLPP), as 'The opposition party says it will meet on Tuesday' -> the NPP in voa_2012_ghana_opposition_claims_fraud"},
  {"actor": None, "date": "2012-11-23", "date_text": "late Friday", "what": "Koroma was sworn in for a second term",
   "note": "'Koroma was sworn in ... late Friday': a passive without a by-agent, so null (Koroma is the one sworn in, not the agent)"},
  {"actor": None, "date": "2012-11-17", "date_text": "November 17", "what": "parliamentary elections took place", "occ": 2,
   "note": "'parliamentary elections, which also took place November 17': an event without agent"},
  {"actor": EBK, "date": "2007", "date_text": "2007", "what": "Koroma first won the presidency in a runoff vote",
   "note": "'Koroma first won the presidency in a 2007 runoff vote': the year sits on the noun 'runoff vote', and the phrase dates Koroma's winning of the presidency; the agent of 'won' is Koroma"},
  {"actor": None, "date": "2002", "date_text": "2002", "what": "the 11-year conflict ended",
   "note": "'the 11-year conflict, which ended in 2002': no agent"},
 ],
 "actors": [
  {"name": SLPP, "type": "party", "aliases": ["Sierra Leone's main opposition party", "party leaders", "The opposition Sierra Leone People's Party", "SLPP"]},
  {"name": EBK, "type": "person", "aliases": ["incumbent President Ernest Bai Koroma", "Mr. Koroma", "Koroma"]},
  {"name": "Julius Maada Bio", "type": "person", "aliases": ["SLPP candidate Julius Maada Bio", "Julius Maada Bio"]},
  {"name": NEC, "type": "organisation", "aliases": ["the National Electoral Commission"]},
  {"name": "European vote monitors", "type": "group", "aliases": ["European vote monitors"]},
  {"name": "Sierra Leone rebels", "type": "group", "aliases": ["Sierra Leone rebels", "rebels"]},
 ],
 "notes": [
  "VOA News report of Saturday 24 November 2012 (stored from VOA's publishing host; headline and date from VOA's breaking-news blog listing of the same story, see meta) on the Sierra Leone People's Party's fraud claims after the 17 November 2012 presidential election; story sierra_leone_election_2012 (one item).",
  "No quotes: the only span in quote marks, \"blood diamonds.\" after 'so-called', is a scare quote (a label), not someone's words.",
  "Figures: Koroma's nearly 59 percent and Bio's just over 37 percent are claimed by the National Electoral Commission, whose provisional results are named in the paragraph after them (keys " + K + "koroma_share and " + K + "bio_share, printed only here); 5.5 million residents and the 11-year conflict are the outlet's voice.",
  "Not figures: 'a second term' (twice, ordinal), 'finished second' (ordinal), '2007' and '2002' (years, annotated as events), 'one of Africa's bloodiest civil wars' (not a count), 'legions' (no number word). Not events: 'pre-election' (no date), 'since' (vague). The stored copy prints 'won by by' (kept).",
  "Second careful read done by the annotator against FORMAT.md sections 1-2 and the stored copy: the two 'November 17' (occ 1 polls, occ 2 parliamentary elections) both null, 'late Friday' a passive without agent (null), 'Tuesday' forward to 27 November, 'nearly' -> around and 'just more than' -> more than, claimant of the shares named in the next paragraph; no change.",
 ],
}
