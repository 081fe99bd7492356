Z = "Volodymyr Zelenskyy"
ANN = {
 "article": "articles/uapres_2022_big_business_meeting.txt",
 "gold_out": "gold/uapres_2022_big_business_meeting.json",
 "published": "2022-02-23",
 "quotes": [
  {"text": "It is important to me that you are in Ukraine. I am not interested in any conflicts or misunderstandings between us in any issues. We must all go through this difficult period with dignity and protect Ukrainians",
   "speaker": Z, "speaker_mention": "the President",
   "note": "attribution by description only ('the President stressed'); Zelenskyy is 'The Head of State' of the paragraph before; curly quotes, trailing comma dropped"},
  {"text": "We protect our state, our citizens, as well as your companies. Therefore, you will have to protect them together with us – both companies and the people who work for them",
   "speaker": Z, "speaker_mention": "he",
   "note": "attribution by pronoun only ('he said'); Zelenskyy is named in the sentence before ('Volodymyr Zelenskyy noted that ...'); trailing comma dropped"},
 ],
 "figures": [
  {"text": "2 million", "value": 2000000, "unit": None, "counted": "Ukrainians working for the enterprises of the business representatives at the meeting", "source": Z, "approx": "around",
   "note": "'Volodymyr Zelenskyy noted that about 2 million Ukrainians work for ...': Zelenskyy is the claimant; 'about' -> around"},
 ],
 "events": [
  {"actor": None, "date": "2022-02-23", "date_text": "today", "what": "issues that arise (for business and the authorities)",
   "note": "'to resolve all the issues that arise today': in the release's own narration, not inside quote marks, so kept (as 'today' in uapres_2022_guterres_kyiv_meeting); the reference day is the release's date, Wednesday 23 February 2022. The verb it modifies is 'arise', whose subject is 'the issues', not an actor: null"},
 ],
 "actors": [
  {"name": Z, "type": "person", "aliases": ["President of Ukraine Volodymyr Zelenskyy", "Volodymyr Zelenskyy", "The Head of State", "the President", "President"]},
  {"name": "Ukrainian big business", "type": "group", "aliases": ["representatives of big business", "the businessmen", "business representatives", "Business representatives"]},
  {"name": "Ukrainian state", "type": "organisation", "aliases": ["The state", "the state"]},
 ],
 "notes": [
  "President of Ukraine press release of Wednesday 23 February 2022, the eve of Russia's full-scale invasion: Zelenskyy's meeting with the owners and top managers of Ukraine's largest companies. Kept from ukpol.co.uk, a site that reposts official press releases word for word (the president.gov.ua original is not in the crawl); story zelenskyy_big_business_meeting_2022 (only item of the story here).",
  "Two quotes, both Zelenskyy's, attributed by description and by pronoun only ('the President stressed', 'he said'); his name stands in the paragraph before each. One figure claimed by Zelenskyy ('about 2 million Ukrainians').",
  "One event: 'today' in the last paragraph (narration, not speech), actor null. Not events: 'at a difficult time for Ukraine', 'these days' ('urged the businessmen to be in Ukraine these days') and 'the current situation' are vague.",
  "Actors: Zelenskyy (met, thanked, informed, urged; 'President' in the headline); the business representatives as a group (attended, 'stressed their readiness'; surface forms 'representatives of big business', 'the businessmen', 'business representatives', 'Business representatives'); the Ukrainian state ('the state is working to ensure ...'; 'The state' in the headline). Left out: 'other high-ranking officials' and 'the authorities' (unnamed, only receive or send 'the signal' without a date); Ukraine appears only as a place ('in Ukraine', 'for Ukraine').",
  "second reading (annotator): re-read the whole item once fully against FORMAT.md sections 1-2: two curly-quoted spans, trailing commas dropped; one number token ('2 million') annotated with its claimant and hedge; one date expression; aliases exact substrings, none shared ('business representatives' lower case inside 'enterprises of business representatives present at the meeting', 'Business representatives' at the start of the last paragraph); no change.",
 ],
}
