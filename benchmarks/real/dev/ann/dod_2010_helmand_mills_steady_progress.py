M = "Richard P. Mills"
ANN = {
 "article": "articles/dod_2010_helmand_mills_steady_progress.txt",
 "gold_out": "gold/dod_2010_helmand_mills_steady_progress.json",
 "published": "2010-07-15",
 "quotes": [
  {"text": "It’s key ground", "speaker": M, "speaker_mention": "Mills",
   "note": "'“It’s key ground,” Mills said.': comma before the closing mark dropped; Mills is named in the paragraphs before as the commander of Regional Command Southwest"},
  {"text": "The bulk of the nearly 1.5 million residents of Helmand province live here. Progress here has been steady. I look forward to progress to continue to show improvement over the coming months, and I think we’ll expand rapidly in the months ahead.", "speaker": M, "speaker_mention": "Mills",
   "note": "the quote resumes after the attribution 'Mills said.' (a quote interrupted by its attribution is two quotes); final '.' inside the marks kept"},
  {"text": "We work with all of the Afghan security forces and have been very, very pleased at the increase in their capability, increase in their manning level and the increase in the equipment with which they operate", "speaker": M, "speaker_mention": "Mills",
   "note": "'“We work with ...,” Mills said.': comma before the closing mark dropped"},
 ],
 "figures": [
  {"text": "1.5 million", "value": 1.5e6, "unit": None, "counted": "residents of Helmand province", "source": M, "approx": "around",
   "note": "inside Mills's quote ('The bulk of the nearly 1.5 million residents of Helmand province live here') -> Mills claims it; 'nearly' -> around"},
 ],
 "events": [
  {"actor": M, "date": "2010-07-15", "date_text": "today", "what": "Mills said coalition and Afghan forces are making steady progress in Helmand",
   "note": "'the commander of Regional Command Southwest said today': 'today' modifies 'said', whose subject is the commander (Mills, named in the next sentence); the story's date line, Thursday 15 July 2010"},
  {"actor": M, "date": "2010-06", "date_text": "in June", "what": "Mills stood up the new command (Regional Command Southwest)",
   "note": "'Marine Maj. Gen. Richard P. Mills stood up the new command in June': transitive 'stood up' with Mills as subject -> Mills; June of the story's year"},
  {"actor": None, "date": "2010-01", "date_text": "six months ago", "what": "the Taliban controlled the region",
   "note": "'The Taliban controlled the region six months ago' (reported by Mills): a state ('controlled'), not an act -> null, as 'al-Shabab controlled ... Four years ago' in the dev items; 15 July 2010 minus six months -> January 2010. A date expression, so 'six' is not a figure"},
  {"actor": None, "date": "2010", "date_text": "at the beginning of the year", "what": "offensives were launched in Helmand",
   "note": "'Since launching offensives at the beginning of the year, the Taliban have been consistently pushed back, Mills said': the expression dates 'launching', a dangling participle whose grammatical subject would be the Taliban (who are the ones pushed back, not the launchers); the text names no launcher -> null. 'the year' = 2010, normalised to the year (the offensives are not dated more closely; Moshtarak began in February)"},
 ],
 "actors": [
  {"name": M, "type": "person", "aliases": ["Marine Maj. Gen. Richard P. Mills", "Mills", "the general", "The general", "the commander of Regional Command Southwest"]},
  {"name": "Taliban", "type": "group", "aliases": ["The Taliban", "the Taliban"]},
  {"name": "coalition and Afghan forces", "type": "group", "aliases": ["Coalition and Afghan forces"]},
  {"name": "NATO forces", "type": "group", "aliases": ["The NATO forces in the command"]},
 ],
 "notes": [
  "American Forces Press Service (DOD) story of Thursday 15 July 2010 on a Pentagon teleconference by Marine Maj. Gen. Richard P. Mills, commander of Regional Command Southwest in Helmand, kept from globaldefence.net's word-for-word repost (the defense.gov page is not in the crawl). Story helmand_campaign_2010 with dod_2010_helmand_moshtarak_broader_offensive (22 February 2010) and dod_2010_helmand_mills_marja_sangin (7 December 2010).",
  "Quotes: three, all Mills's ('Mills said' after each; the second resumes after 'Mills said.' with no new cue of its own). 'the general said' (the price has been steep) and 'Mills said' (NATO forces partnered; Taliban pushed back) are indirect speech, not quotes.",
  "Figures: only '1.5 million' residents (inside Mills's quote -> Mills; 'nearly' -> around). No key: the Helmand population is not given in the other items of the story. Not figures: 'six months ago' (a date expression), 'almost all operations', 'all of the Afghan security forces' (no number), the years and days of the dateline.",
  "Events: 'today' (Mills said -> Mills), 'in June' (Mills stood up the command -> Mills), 'six months ago' (Taliban controlled the region, a state -> null), 'at the beginning of the year' (offensives launched, no launcher named -> null). Left out: the dateline 'WASHINGTON, July 15, 2010 —', and the vague 'over the coming months', 'in the months ahead' inside the quote.",
  "Actors: Mills ('the general', 'The general' of 'The general’s command', 'the commander of Regional Command Southwest'), the Taliban, 'Coalition and Afghan forces' (making progress), 'The NATO forces in the command' (work with Afghan forces). Not actors: Regional Command Southwest/South (the command, no act of its own here), Pentagon reporters (audience), 'Afghan security forces' and 'Afghan government forces' (objects, or in a negated clause).",
  "Text: the headline keeps the repost's prefix 'Afghanistan —' as printed; 'Regional Command—South' with its dash as printed.",
  "second reading (annotator): the whole item re-read against FORMAT.md sections 1-2; checked the curly apostrophes (It’s, we’ll, general’s) kept in the quote spans, the split quote around 'Mills said.', 'nearly' -> around, 15 July 2010 a Thursday, six months before it -> 2010-01, and the null actors of the state and the dangling participle; no change.",
 ],
}
