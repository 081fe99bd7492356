K = "tsvangirai_detentions_2008:"
T = "Morgan Tsvangirai"
MDC = "Movement for Democratic Change"
POL = "Zimbabwean police"
SUP = "Zimbabwean government supporters"
ANN = {
 "article": "articles/voa_2008_tsvangirai_detained_second_time.txt",
 "gold_out": "gold/voa_2008_tsvangirai_detained_second_time.json",
 "published": "2008-06-06",
 "quotes": [
  {"text": "Well, it's all part of the ongoing harassment", "speaker": T, "speaker_mention": "he", "fragment": False,
   "note": "'\"...,\" he said.': 'he' is Tsvangirai, named in the paragraph before ('Tsvangirai (following the first detention) accused security forces ...'); comma before the closing mark dropped"},
  {"text": "There was an allegation that we addressed an illegal meeting, and I don't how you define an illegal meeting in a campaign. I assume they were under instructions but if they were not then it also means that some of the police officers are compromising their professionalism and behaving in a partisan way, and especially in a disrespectful way, in which the leading candidate is being treated like a common criminal.",
   "speaker": T, "speaker_mention": "he", "fragment": False,
   "note": "second part of the quote interrupted by 'he said.'; 'I don't how' (missing word) as printed"},
 ],
 "figures": [
  {"quantity": K+"two_detentions_span_days", "text": "Three", "value": 3, "unit": "days", "counted": "days in which Tsvangirai was detained twice", "source": None, "approx": None, "ctx": "Three Days",
   "note": "headline 'Detained for Second Time in Three Days'; 'Second' is an ordinal"},
  {"quantity": K+"two_detentions_span_days", "text": "three", "value": 3, "unit": "days", "counted": "days in which Tsvangirai was detained twice", "source": None, "approx": None, "ctx": "in three days",
   "note": "repeats the headline's span in the body"},
  {"quantity": K+"second_detention_hours", "text": "two", "value": 2, "unit": "hours", "counted": "hours before his release from the second detention", "source": None, "approx": None, "ctx": "after two hours",
   "note": "'He was released after two hours.': outlet's own voice in the standfirst; the MDC official's 'about two hours' of the next paragraph is the same quantity"},
  {"quantity": K+"second_detention_hours", "text": "two", "value": 2, "unit": "hours", "counted": "hours Tsvangirai was held", "source": MDC, "approx": "around", "ctx": "about two hours",
   "note": "'An official of Morgan Tsvangirai's Movement for Democratic Change said its leader ... was held for about two hours': reported speech of a party official, so the MDC claims it"},
  {"text": "40", "value": 40, "unit": "km", "counted": "kilometers south of Bulawayo", "source": None, "approx": "around",
   "note": "'some 40 kilometers' -> around; the sentence has no cue of its own ('When he was released he was told ...'), so outlet's voice, although it follows the MDC official's sentence"},
  {"quantity": K+"lupane_detention_hours", "text": "nine", "value": 9, "unit": "hours", "counted": "hours Tsvangirai and his entourage were detained Wednesday", "source": None, "approx": None,
   "note": "'were detained for nine hours Wednesday': outlet's own voice. Same quantity as the 'eight hours' of VOA and Wikinews on 4 June (the same Wednesday detention at Lupane); the reports disagree"},
 ],
 "events": [
  {"actor": None, "date": "2008-06-04", "date_text": "Wednesday", "what": "Tsvangirai and his entourage detained for nine hours",
   "note": "passive without a by-agent ('were detained for nine hours Wednesday'), so null; Wednesday before a Friday report = 4 June 2008"},
  {"actor": "The Herald", "date": "2008-06-06", "date_text": "Friday", "what": "the Herald quoted a police spokesman on why the convoy was stopped",
   "note": "'The state-controlled Herald newspaper Friday quoted a police spokesman ...': agent of 'quoted'; Friday = the report's day, 6 June 2008"},
  {"actor": POL+" and "+SUP, "date": "2008-06-05", "date_text": "Thursday", "what": "police and government supporters briefly detained British and U.S. diplomats",
   "note": "'Thursday police and government supporters also briefly detained several British and U.S. diplomats': joint agent of 'detained'; Thursday before a Friday report = 5 June 2008"},
 ],
 "actors": [
  {"name": T, "type": "person", "aliases": ["Zimbabwean opposition leader Morgan Tsvangirai", "Morgan Tsvangirai", "Tsvangirai"]},
  {"name": POL, "type": "organisation", "aliases": ["police", "a police spokesman"]},
  {"name": MDC, "type": "organisation", "aliases": ["An official of Morgan Tsvangirai's Movement for Democratic Change", "Movement for Democratic Change", "The MDC"]},
  {"name": "The Herald", "type": "organisation", "aliases": ["The state-controlled Herald newspaper", "Herald"]},
  {"name": "Zimbabwean security forces", "type": "organisation", "aliases": ["security forces"]},
  {"name": SUP, "type": "group", "aliases": ["government supporters"]},
  {"name": "U.S. officials", "type": "group", "aliases": ["U.S. officials"]},
  {"name": "Zimbabwean government", "type": "organisation", "aliases": ["Zimbabwe's government"]},
 ],
 "notes": [
  "VOA report by Scott Bobb (Johannesburg) of Friday 6 June 2008 on Morgan Tsvangirai's second detention in three days (about two hours, south of Bulawayo); story tsvangirai_detentions_2008 with wn_2008_tsvangirai_detained_lupane, wn_2008_tsvangirai_released_eight_hours and voa_2008_zimbabwe_police_release_tsvangirai (all 4 June, the first detention).",
  "Hard case: Tsvangirai's two-part quote is attributed only by 'he said' between its parts; the name is in the paragraph before. A police spokesman is quoted by the Herald without quote marks.",
  "Cross-item keys: lupane_detention_hours ('nine hours Wednesday' here against 'eight hours' in the 4 June items: the reports disagree on the same detention); second_detention_hours ('two hours' in the standfirst, 'about two hours' from the MDC official); two_detentions_span_days (headline 'Three Days' and body 'three days').",
  "Not figures: 'Second Time', 'second time', 'the first detention', 'second largest city' (ordinals); 'one of its vehicles' ('one of'); 'several British and U.S. diplomats', 'several townships' ('several' is not a number word in this set's convention). The standfirst names the reporter (not an actor).",
  "Events: 'Wednesday' (passive, null), 'Friday' (the Herald quoted), 'Thursday' (joint agent: police and government supporters).",
  "Second careful read done by the annotator against FORMAT.md: quote split at 'he said.', trailing comma dropped, the 40 km figure left without claimant, the Wednesday/Thursday/Friday dates counted back from Friday 6 June 2008, aliases exact as printed.",
 ],
}
