BOJ = "Bank of Japan"
KU = "Haruhiko Kuroda"
JK = "Jesper Koll"
ANN = {
 "article": "articles/voa_2016_japan_central_bank_negative_interest_rates.txt",
 "gold_out": "gold/voa_2016_japan_central_bank_negative_interest_rates.json",
 "published": "2016-01-29",
 "quotes": [
  {"text": "There's a risk of further falls in oil prices, uncertainty over emerging economies, including China and global market instability that could hurt business confidence and delay the eradication of people's deflationary mindset", "speaker": KU, "speaker_mention": "BOJ Governor Haruhiko Kuroda", "fragment": False,
   "note": "'“...mindset,” BOJ Governor Haruhiko Kuroda told reporters in Tokyo.': attribution after the quote; trailing comma before the closing mark dropped"},
  {"text": "if judged as necessary.", "speaker": BOJ, "speaker_mention": "a statement", "fragment": True,
   "note": "'The central bankers ... issued a statement warning of deeper interest rate cuts into negative territory “if judged as necessary.”': a phrase of the bank's statement inside reported speech; final '.' inside the mark kept"},
  {"text": "It really is a very, very strong signal. It is a penalty for the banks to just lazily give their money to the central bank rather than investing it in the real world", "speaker": JK, "speaker_mention": "Jesper Koll", "fragment": False,
   "note": "'“... in the real world,” said Jesper Koll, CEO of WisdomTree Japan ...': trailing comma dropped; 'the central bank' inside the quote is not annotated as an actor mention of its own"},
 ],
 "figures": [
  {"text": "minus 0.1 percent", "value": -0.1, "unit": "%", "counted": "new interest rate on current accounts at the Bank of Japan", "source": None, "approx": None,
   "note": "'the Bank of Japan has decided to introduce an interest rate of minus 0.1 percent': the rate is the bank's decision reported in VOA's voice (as the Fed's 'three percent' in voa_2008_fed_cuts_rates_again), so source null; 'minus' is part of the number (value -0.1)"},
  {"text": "0.1 percent", "ctx": "miniscule 0.1 percent", "value": 0.1, "unit": "%", "counted": "interest previously offered on deposits", "source": None, "approx": None,
   "note": "VOA's voice; not the same quantity as the new rate"},
  {"text": "5", "ctx": "5-4 vote", "value": 5, "unit": None, "counted": "votes for (the 5-4 vote)", "source": None, "approx": None,
   "note": "'after their 5-4 vote Friday': a vote tally counts board members' votes, two figures (5 for, 4 against)"},
  {"text": "4", "ctx": "5-4 vote", "value": 4, "unit": None, "counted": "votes against (the 5-4 vote)", "source": None, "approx": None,
   "note": "the second number of the tally"},
 ],
 "events": [
  {"actor": BOJ, "date": "2016-01-29", "date_text": "Friday", "what": "the central bankers' 5-4 vote for negative rates, after which they issued a statement",
   "note": "'The central bankers, after their 5-4 vote Friday, issued a statement ...': the date is on the noun 'vote', whose agents are the central bankers (the bank's board, canonical 'Bank of Japan'); Friday = the publication day"},
 ],
 "actors": [
  {"name": BOJ, "type": "organisation", "aliases": ["the Bank of Japan", "The central bankers", "BOJ", "the central bank"]},
  {"name": KU, "type": "person", "aliases": ["BOJ Governor Haruhiko Kuroda"]},
  {"name": JK, "type": "person", "aliases": ["Jesper Koll"]},
  {"name": "European Central Bank", "type": "organisation", "aliases": ["the European Central Bank"]},
  {"name": "Japan", "type": "country", "aliases": ["Japan"]},
 ],
 "notes": [
  "VOA report of Friday 29 January 2016 on the Bank of Japan's decision to introduce a negative interest rate; the page prints no date, see the meta file's published_evidence. Single item of story boj_negative_rates_2016; no figure repeats, so no quantity keys.",
  "Three quotes: Kuroda's and Koll's attributed after the quote ('told reporters', 'said'), and a fragment of the bank's statement ('issued a statement warning ... “if judged as necessary.”'), whose speaker is the bank (the central bankers issued it).",
  "Aliases: 'the central bank' (printed three times: 'held by financial institutions at the central bank', 'keep their money at the central bank', and inside Koll's quote) refers to the Bank of Japan each time in context and is listed; 'BOJ' is printed in 'BOJ Governor' and 'the BOJ move'. 'WisdomTree Japan' is Koll's affiliation, not an actor; 'banks there' and 'financial institutions' are unnamed. 'Japan' acts in 'Japan is effectively following the lead of the European Central Bank'.",
  "Only one dated expression: 'Friday' (the vote). Not events: 'previously', 'already' (vague). Not figures: 'very, very' (no number).",
  "Second careful read done against FORMAT.md by the annotator (quote spans with trailing commas dropped and final '.' kept in the fragment, the minus sign in the value, the vote tally as two figures, the noun-dated vote); no change.",
 ],
}
