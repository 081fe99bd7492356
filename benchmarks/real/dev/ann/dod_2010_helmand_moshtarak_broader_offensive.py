F = "Michele Flournoy"
P = "John M. Paxton Jr."
MC = "Stanley A. McChrystal"
ANN = {
 "article": "articles/dod_2010_helmand_moshtarak_broader_offensive.txt",
 "gold_out": "gold/dod_2010_helmand_moshtarak_broader_offensive.json",
 "published": "2010-02-22",
 "quotes": [
  {"text": "going well so far", "speaker": F, "speaker_mention": "Michele Flournoy", "fragment": True,
   "note": "'Operation Moshtarak ... is “going well so far,” Michele Flournoy, undersecretary of defense for policy, said ...': a short phrase worked into the outlet's sentence -> fragment; comma before the closing mark dropped"},
  {"text": "This really is the first large-scale effort to change how we’re doing business.", "speaker": F, "speaker_mention": "Michele Flournoy",
   "note": "a full quoted sentence right after Flournoy's attributed fragment, with no cue of its own: still Flournoy (speaker named in the sentence before); final '.' kept"},
  {"text": "General McChrystal’s plan was for Kandahar to be a place we would go, but central Helmand is where the insurgency had the most-safe haven", "speaker": P, "speaker_mention": "Paxton",
   "note": "'“...,” Paxton said.': comma before the closing mark dropped"},
  {"text": "I think you’ll see Kandahar will closely follow, but central Helmand had to come first.", "speaker": P, "speaker_mention": "Paxton",
   "note": "the quote resumes after 'Paxton said.' with no cue of its own: still Paxton; final '.' kept"},
  {"text": "are the seeds for transforming a very tough environment for developing Afghanistan more broadly.", "speaker": F, "speaker_mention": "Flournoy", "fragment": True,
   "note": "'In Helmand, Flournoy said, “are the seeds ...”': the quote completes the outlet's sentence ('In Helmand ... are the seeds') -> fragment; final '.' inside the marks kept"},
 ],
 "figures": [
  {"text": "four", "value": 4, "unit": None, "counted": "points of the coalition’s mission", "source": P, "approx": None,
   "note": "'Paxton replied that ... McChrystal ... concluded in his assessment in September that Helmand was at the heart of the coalition’s four-point mission to protect ..., enable ..., neutralize ... and allow ...': the number counts the four points listed; the number without '-point' (as '47' in '47-year-old'). Claimant: Paxton, whose reply reports it (as the 'noting that' figure of dod_2018_border_lengyel_965_troops); McChrystal is the agent of the reported conclusion, not the speaker"},
 ],
 "events": [
  {"actor": F + " and " + P, "date": "2010-02-22", "date_text": "today", "what": "Defense Department leaders told the Senate Armed Services Committee the Helmand operations are the first stage of a broader offensive",
   "note": "'Defense Department leaders told the Senate Armed Services Committee today': the leaders are Flournoy and Paxton, named in the next two paragraphs as the two who spoke to the committee ('said in a briefing to the committee'; 'Flournoy and ... Paxton ... said') -> the joint actor, whose actor entry carries the alias 'Defense Department leaders'. The story's date line, Monday 22 February 2010"},
  {"actor": None, "date": "2010-02-13", "date_text": "Feb. 13", "what": "the offensive (Operation Moshtarak) was launched",
   "note": "'as the offensive launched Feb. 13 is known': a passive participle ('the offensive [that was] launched Feb. 13') with no by-agent -> null; Saturday 13 February 2010"},
  {"actor": MC, "date": "2009-09", "date_text": "in September", "what": "McChrystal concluded in his assessment that Helmand was at the heart of the coalition's mission",
   "note": "'Army Gen. Stanley A. McChrystal ... concluded in his assessment in September': active verb with McChrystal as subject (the sentence is Paxton's report, which does not change the agent); past tense in a story of February 2010 -> September 2009"},
 ],
 "actors": [
  {"name": F, "type": "person", "aliases": ["Michele Flournoy", "Flournoy"]},
  {"name": P, "type": "person", "aliases": ["Marine Corps Lt. Gen. John M. Paxton Jr.", "Paxton"]},
  {"name": F + " and " + P, "type": "group", "aliases": ["Defense Department leaders"]},
  {"name": MC, "type": "person", "aliases": ["Army Gen. Stanley A. McChrystal", "General McChrystal"]},
  {"name": "Senate Armed Services Committee", "type": "organisation", "aliases": ["the Senate Armed Services Committee", "the committee", "senators"]},
  {"name": "Afghan government", "type": "organisation", "aliases": ["The Afghan government"]},
 ],
 "notes": [
  "American Forces Press Service (DOD) story of Monday 22 February 2010 on Senate Armed Services Committee testimony by Under Secretary of Defense for Policy Michele Flournoy and Marine Corps Lt. Gen. John M. Paxton Jr. about Operation Moshtarak in Helmand, kept from a blog's word-for-word repost (the defense.gov page is not in the crawl). Story helmand_campaign_2010 with dod_2010_helmand_mills_steady_progress (15 July) and dod_2010_helmand_mills_marja_sangin (7 December).",
  "Quotes: five; Flournoy's fragment 'going well so far' and the full sentence after it (no cue of its own), Paxton's quote split by 'Paxton said.', and Flournoy's completing fragment after 'In Helmand, Flournoy said,'. 'The Afghan government, she said, has made improvements ...' is indirect speech ('she' = Flournoy), not a quote.",
  "Figures: only 'four' of 'four-point mission' (Paxton's reply -> Paxton). Not figures: 'the first stage', 'the first large-scale effort' (ordinals), the numbers of the dateline and 'Feb. 13'.",
  "Events: 'today' (Defense Department leaders told the committee -> the joint actor Flournoy and Paxton), 'Feb. 13' (the offensive launched, passive participle -> null), 'in September' (McChrystal concluded in his assessment -> McChrystal, 2009). Left out: the dateline 'WASHINGTON, Feb. 22, 2010 --'; 'began' ('why the campaign began in Helmand', undated).",
  "Actors: Flournoy ('she' is a pronoun, not listed), Paxton, the joint 'Michele Flournoy and John M. Paxton Jr.' ('Defense Department leaders' of the lede), McChrystal ('General McChrystal' inside Paxton's quote), the Senate Armed Services Committee ('the committee'; 'senators' asked Paxton), the Afghan government (has made improvements). Not actors: the Taliban (only 'the Taliban insurgency', 'the birthplace of the Taliban'), the Joint Staff and Defense Department (in titles).",
  "second reading (annotator): the whole item re-read against FORMAT.md sections 1-2; checked the two fragments and the two follow-on quotes without cues, the curly apostrophes (we’re, McChrystal’s, you’ll, coalition’s), the double hyphen of the dateline kept, 22 February 2010 a Monday, 13 February 2010 a Saturday, September -> 2009, and the joint actor of 'Defense Department leaders'; no change.",
 ],
}
