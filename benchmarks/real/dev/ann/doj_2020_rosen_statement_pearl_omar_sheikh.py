JR = "Jeffrey A. Rosen"
ANN = {
 "article": "articles/doj_2020_rosen_statement_pearl_omar_sheikh.txt",
 "gold_out": "gold/doj_2020_rosen_statement_pearl_omar_sheikh.json",
 "published": "2020-12-29",
 "quotes": [
  {"text": "We understand that Pakistani authorities are taking steps to ensure that Omar Sheikh remains in custody while the Supreme Court appeal seeking to reinstate his conviction continues.  The separate judicial rulings reversing his conviction and ordering his release are an affront to terrorism victims everywhere.  We remain grateful for the Pakistani government’s actions to appeal such rulings to ensure that he and his co-defendants are held accountable.  If, however, those efforts do not succeed, the United States stands ready to take custody of Omar Sheikh to stand trial here.  We cannot allow him to evade justice for his role in Daniel Pearl’s abduction and murder.",
   "speaker": JR, "speaker_mention": "Acting Attorney General Jeffrey A. Rosen", "fragment": False,
   "note": "a block quote under 'Acting Attorney General Jeffrey A. Rosen has released the following statement:' (the paragraph before); no attribution inside the quote paragraph; the final '.' inside the marks kept, the double spaces between sentences kept as printed"},
 ],
 "figures": [],
 "events": [],
 "actors": [
  {"name": JR, "type": "person", "aliases": ["Acting Attorney General Jeffrey A. Rosen"]},
  {"name": "Government of Pakistan", "type": "organisation", "aliases": ["Pakistani authorities", "Pakistani government"]},
  {"name": "Omar Sheikh", "type": "person", "aliases": ["Omar Sheikh"]},
  {"name": "United States", "type": "country", "aliases": ["the United States"]},
 ],
 "notes": [
  "Justice Department statement by Acting Attorney General Jeffrey A. Rosen on the Pakistani rulings ordering the release of Omar Sheikh, convicted over the 2002 abduction and murder of Daniel Pearl; kept from the 'War on Terrorism' blog's 2020 archive page (terrorism-online.blogspot.com), which reposts Justice Department releases; post dated Tuesday 29 December 2020 (see meta). Story pearl_omar_sheikh_release_2020 (one item).",
  "Quotes: one, the whole statement (a block quote after 'has released the following statement:'; speaker named in the paragraph before, not beside the quote) -> Rosen; speaker_mention is his titled name in the introducing sentence.",
  "Figures: none (no number in the text). Events: none (the text has no date or time expression; the post date line was removed as furniture).",
  "Actors: Rosen; the Pakistani authorities/government ('Pakistani authorities are taking steps', 'the Pakistani government’s actions to appeal': the same state side of the proceedings, one actor with both forms); Omar Sheikh ('his role in Daniel Pearl’s abduction and murder'); the United States ('stands ready to take custody'). Not actors: Daniel Pearl (the victim), the Supreme Court (named only in 'the Supreme Court appeal'), 'his co-defendants' (unnamed, no act of their own).",
  "second reading (annotator): the whole item re-read against FORMAT.md sections 1-2 and the stored copy; checked the curly quote marks and apostrophes, the double spaces kept inside the quote, no number or date left unannotated, no surface form shared by two actors; no change.",
 ],
}
