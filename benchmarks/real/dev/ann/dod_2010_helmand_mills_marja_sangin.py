M = "Richard P. Mills"
GM = "Gulab Mangal"
ANN = {
 "article": "articles/dod_2010_helmand_mills_marja_sangin.txt",
 "gold_out": "gold/dod_2010_helmand_mills_marja_sangin.json",
 "published": "2010-12-07",
 "quotes": [
  {"text": "We’ve seen steady and unwavering progress in improving the security situation", "speaker": M, "speaker_mention": "Mills",
   "note": "'“We’ve seen ...,” Mills said, “[and] ...”': first part of a quote interrupted by its attribution; comma before the closing mark dropped"},
  {"text": "[and] a steady withdrawal of the insurgents from key locations within the province.", "speaker": M, "speaker_mention": "Mills",
   "note": "second part after 'Mills said,'; the editorial '[and]' kept inside the span as printed, final '.' kept"},
  {"text": "We now see limited Afghan-led operations against the enemy by the army, and independent operations by the police against insurgents and criminal networks", "speaker": M, "speaker_mention": "Mills",
   "note": "'“We now see ...,” Mills said.': comma before the closing mark dropped"},
  {"text": "Because of that, we have witnessed a steady decline in the capability of the insurgency to affect the daily life of the Afghan people here in the province.", "speaker": M, "speaker_mention": "Mills",
   "note": "the quote resumes after 'Mills said.' with no cue of its own: still Mills; final '.' kept"},
 ],
 "figures": [
  {"text": "30,000", "value": 30000, "unit": None, "counted": "troops in Mills’ force (strength of the force)", "source": None, "approx": "around",
   "note": "'Mills’ nearly 30,000-strong force brings together the First Marine Expeditionary Force ... and troops from the United Kingdom, ...': the outlet's own description of the force, no claimant -> null; 'nearly' -> around; the number without '-strong' (as '47' in '47-year-old')"},
 ],
 "events": [
  {"actor": M, "date": "2010-12-07", "date_text": "today", "what": "Mills said the coalition's struggle is essentially over in Marja and now comes down to Sangin", "ctx": "there said today",
   "note": "'the regional commander there said today': subject of 'said' is the regional commander, Mills (named in the next sentence); the story's date line, Tuesday 7 December 2010"},
  {"actor": M + " and " + GM, "date": "2010-12-07", "date_text": "today", "what": "Mills and Gov. Mangal talked to Pentagon reporters by video uplink from Camp Leatherneck", "ctx": "reporters today",
   "note": "'Mills and Helmand Gov. Gulab Mangal talked about progress there to Pentagon reporters today': joint subject of the dated verb -> joint actor"},
  {"actor": None, "date": "2010-06", "date_text": "in June", "what": "Regional Command Southwest stood up when ISAF divided Regional Command South",
   "note": "'Regional Command Southwest stood up in June when the International Security Assistance Force divided the former Regional Command South in half': 'in June' modifies the intransitive 'stood up', whose subject is the command itself coming into being (like 'the war began in 2008') -> null; ISAF is the agent of 'divided' in the 'when' clause, which the date does not modify directly. (In dod_2010_helmand_mills_steady_progress the transitive 'Mills stood up the new command in June' has Mills as actor.) June 2010"},
 ],
 "actors": [
  {"name": M, "type": "person", "aliases": ["Marine Corps Maj. Gen. Richard P. Mills", "Mills", "the regional commander there"]},
  {"name": GM, "type": "person", "aliases": ["Helmand Gov. Gulab Mangal"]},
  {"name": "Regional Command Southwest", "type": "organisation", "aliases": ["Regional Command Southwest"]},
  {"name": "International Security Assistance Force", "type": "organisation", "aliases": ["the International Security Assistance Force"]},
 ],
 "notes": [
  "American Forces Press Service (DOD) story of Tuesday 7 December 2010 on a Pentagon video briefing by Marine Corps Maj. Gen. Richard P. Mills (Regional Command Southwest) and Helmand governor Gulab Mangal, kept from globaldefence.net's word-for-word repost (the defense.gov page is not in the crawl). Story helmand_campaign_2010 with dod_2010_helmand_moshtarak_broader_offensive (22 February) and dod_2010_helmand_mills_steady_progress (15 July).",
  "Quotes: four, all Mills's: one interrupted by 'Mills said,' (two quotes, the second opening with the editorial '[and]'), and one resumed after 'Mills said.' (two quotes). 'Mills said these troops ... have established security' is indirect speech.",
  "Figures: only 'nearly 30,000' (strength of Mills' force; outlet's voice -> null, 'nearly' -> around). No key: the other items of the story give no strength for the force. Not figures: 'in half' ('divided ... in half', a manner of division, no quantity of anything stated), 'First Marine Expeditionary Force' (designation), the numbers of the dateline.",
  "Events: two 'today's (Mills said -> Mills; Mills and Mangal talked to reporters -> joint actor; 'ctx' tells them apart) and 'in June' (the command stood up, intransitive -> null). Left out: the dateline 'WASHINGTON, Dec. 7, 2010 —'; 'now' (vague).",
  "Actors: Mills ('the regional commander there'; 'Mills’' possessive covered by 'Mills'), Mangal, Regional Command Southwest (stood up), ISAF (divided the former command). Not actors: the First Marine Expeditionary Force and the national contingents (parts of the force, no act of their own), 'these troops' (Mills's description of his force), the Afghan army and police (inside the quote), Pentagon reporters.",
  "second reading (annotator): the whole item re-read against FORMAT.md sections 1-2; checked the two split quotes, the '[and]' kept in the span, the curly apostrophes (We’ve, Mills’, command’s), 'nearly' -> around, the two 'today's with ctx, 7 December 2010 a Tuesday, and the null actor of the intransitive 'stood up'; no change.",
 ],
}
