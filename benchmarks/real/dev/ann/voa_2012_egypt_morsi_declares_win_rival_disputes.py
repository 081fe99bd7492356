K = "egypt_presidential_runoff_2012:"
MOR = "Mohamed Morsi"
SHA = "Ahmed Shafiq"
MB = "Muslim Brotherhood"
ANN = {
 "article": "articles/voa_2012_egypt_morsi_declares_win_rival_disputes.txt",
 "gold_out": "gold/voa_2012_egypt_morsi_declares_win_rival_disputes.json",
 "published": "2012-06-18",
 "quotes": [
  {"text": "seek revenge or settle accounts", "speaker": MOR, "speaker_mention": "Mr. Morsi", "fragment": True,
   "note": "'Mr. Morsi said he will serve ... and promised not to \u201cseek revenge or settle accounts\u201d': a phrase of Morsi's speech inside reported speech"},
  {"text": "We are seeking stability, love and brotherhood for an Egyptian state that is civil, national, democratic, constitutional and modern. We all are looking forward to love each other.", "speaker": MOR, "speaker_mention": "Mr. Morsi", "fragment": False,
   "note": "free-standing quotation after the sentence on Morsi's Sunday speech, with no attribution of its own: the speaker is Mr. Morsi of the sentence before; final '.' inside the marks kept"},
 ],
 "figures": [
  {"quantity": K+"morsi_share_brotherhood_count", "text": "52 percent", "value": 52, "unit": "%", "counted": "share of the vote Morsi won", "source": MB, "approx": "around",
   "note": "'Mr. Morsi\u2019s Muslim Brotherhood movement said unofficial results show he won about 52 percent of the vote': claimed by the Brotherhood; 'about' -> around"},
  {"text": "two", "value": 2, "unit": "days", "counted": "days of the run-off election", "source": MB, "approx": None,
   "note": "'in the two day run-off election that ended Sunday': inside the clause the Brotherhood 'said', so given to it (the length of the runoff is background, not disputed)"},
  {"quantity": K+"shafiq_share_brotherhood_count", "text": "48 percent", "value": 48, "unit": "%", "counted": "share of the vote for Shafiq", "source": MB, "approx": None,
   "note": "'compared to 48 percent for Mr. Shafiq': same reported clause of the Brotherhood; 'about' qualifies only the 52 percent, so no approximator here"},
 ],
 "events": [
  {"actor": None, "date": "2012-06-17", "date_text": "Sunday", "ctx": "ended Sunday", "what": "the two-day run-off election ended",
   "note": "'the two day run-off election that ended Sunday': the election ending has no agent; Sunday before a Monday 18 June report = 17 June 2012"},
  {"actor": MOR, "date": "2012-06-17", "date_text": "Sunday", "ctx": "headquarters Sunday", "what": "Morsi spoke at his campaign headquarters",
   "note": "'In a speech at his campaign headquarters Sunday, Mr. Morsi said ...': the date is on the noun 'speech' and the verb 'said'; Morsi is the agent of both. (The speech is known to have come in the small hours of Monday, but the text says Sunday.)"},
 ],
 "actors": [
  {"name": MOR, "type": "person", "aliases": ["Egyptian Islamist Mohammed Morsi", "Mohammed Morsi", "Mr. Morsi"]},
  {"name": SHA, "type": "person", "aliases": ["his establishment-backed rival Ahmed Shafiq", "Ahmed Shafiq", "Mr. Shafiq"]},
  {"name": MB, "type": "organisation", "aliases": ["Mr. Morsi\u2019s Muslim Brotherhood movement", "Muslim Brotherhood movement", "The Brotherhood", "Brotherhood representatives", "the Islamist group"]},
  {"name": "Egyptian military", "type": "organisation", "aliases": ["Egypt\u2019s military rulers"]},
 ],
 "notes": [
  "VOA Breaking News post of Monday 18 June 2012 (kept from a site that quotes its opening): Morsi declares victory in Egypt's presidential runoff, Shafiq disputes it. Story egypt_presidential_runoff_2012 with voa_2012_egypt_results_due_sunday (23 June) and voa_2012_egypt_morsi_wins_presidency (24 June).",
  "Figures claimed by a named body: the Brotherhood's 'about 52 percent' and '48 percent' (keys morsi_share_brotherhood_count, shafiq_share_brotherhood_count: the Brotherhood's unofficial count, not the commission's later official result, which the other items of the story do not print).",
  "Quotes: a fragment inside reported speech ('promised not to ...') and a free-standing full quotation whose speaker is named only in the sentence before.",
  "Not figures: 'first post-uprising' (ordinal); 'almost all of the country\u2019s the polling stations' ('all' is not a number). Shafiq 'disputed the claim' and the military 'expanded their powers' carry no date expression: no events. Hosni Mubarak does not act (he is 'ousted').",
  "Second careful read done by the annotator against FORMAT.md: curly quote marks and apostrophes kept, final '.' inside the long quote kept, both Sundays = 17 June 2012, the figure claimant is the Brotherhood for the whole reported clause, aliases exact as printed.",
 ],
}
