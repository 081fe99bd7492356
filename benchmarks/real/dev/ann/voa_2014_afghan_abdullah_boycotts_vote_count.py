AA = "Abdullah Abdullah"
IEC = "Independent Election Commission"
AF = "Afghans"
K = "afghan_runoff_2014:"
ANN = {
 "article": "articles/voa_2014_afghan_abdullah_boycotts_vote_count.txt",
 "gold_out": "gold/voa_2014_afghan_abdullah_boycotts_vote_count.json",
 "published": "2014-06-18",
 "quotes": [
  {"text": "We do not have trust over the commission in their conduct.  We do emphasize on the legitimacy of the process and that is for the legitimacy of the process that we suspend our engagement with the commission", "speaker": AA, "speaker_mention": "Abdullah",
   "note": "'..., \" said  Abdullah.' (double space as printed); Abdullah is introduced two paragraphs before and referred to by 'He' in the sentence before; trailing comma dropped"},
  {"text": "We have asked our monitors to leave the counting centers of the commission in Kabul as well as in the provinces, and we are asking for the counting process to be stopped immediately.", "speaker": AA, "speaker_mention": "Abdullah",
   "note": "continuation after 'said  Abdullah.'; opening straight mark, closing curly mark as printed"},
 ],
 "figures": [
  {"quantity": K + "turnout_runoff", "text": "Millions", "value": None, "vague": True, "unit": None, "counted": "of Afghans who turned out", "source": None, "approx": None,
   "note": "vague plural, outlet's voice: the run-off turnout of 14 June; the same quantity as 'millions of Afghans ... headed to the polls' in voa_2014_afghan_runoff_tally_votes"},
 ],
 "events": [
  {"actor": AF, "date": "2014-06-14", "date_text": "June 14th", "what": "millions of Afghans turned out for the presidential run-off",
   "note": "'Millions of Afghans turned out June 14th': the agent of 'turned out' is the Afghans (voters)"},
  {"actor": AA, "date": "2014-06-18", "date_text": "Wednesday", "what": "Abdullah announced at a news conference in Kabul that he is boycotting the vote count",
   "note": "'speaking at a hurriedly called news conference Wednesday in Kabul, Abdullah, announced ...': the date modifies his speaking/announcing; published Wednesday 18 June 2014"},
 ],
 "actors": [
  {"name": AA, "type": "person", "aliases": ["Abdullah Abdullah", "Abdullah", "former foreign minister Abdullah Abdullah", "Afghanistan’s frontrunner presidential hopeful"]},
  {"name": AF, "type": "group", "aliases": ["Afghans"]},
  {"name": "Taliban", "type": "organisation", "aliases": ["Taliban insurgents"]},
  {"name": IEC, "type": "organisation", "aliases": ["Independent Election Commission", "the commission", "the election commission"]},
 ],
 "notes": [
  "VOA report (Ayaz Gul) of Wednesday 18 June 2014 on Abdullah Abdullah's boycott of the run-off vote count; story afghan_runoff_2014 with voa_2014_afghan_runoff_tally_votes (14 June) and voa_2014_afghan_runoff_fraud_complaints (15 June). Published date inferred (see meta).",
  "Quotes: one quotation of Abdullah split by 'said  Abdullah.' (two quotes); he is named two paragraphs before and called 'He' in the sentence before. 'what he described as blatant and mass fraud' has no quote marks (no quote).",
  "Figures: only 'Millions' (turnout, key afghan_runoff_2014:turnout_runoff shared with the 14 June item). Not figures: 'one' in 'from one democratically elected government to the next' (enumerator, paired with 'the next'), 'the number two vote getter' (a rank, like an ordinal), 'one of its top officials' (partitive pronoun), 'first round' and 'first presidential runoff' (ordinals); 'June 14th' is a date.",
  "Events: 'June 14th' (the Afghans turned out) and 'Wednesday' (Abdullah's news conference). Ghani is named only as the run-off opponent (object of 'pitted') and is not an actor here; the Taliban insurgents act ('violent attempts by Taliban insurgents to disrupt the voting'), undated; the commission acts ('has failed to address his complaints'), undated.",
  "Second careful read of the whole item against FORMAT.md sections 1-2 done by the annotator (quotes, figures, events, actors, keys).",
 ],
}
