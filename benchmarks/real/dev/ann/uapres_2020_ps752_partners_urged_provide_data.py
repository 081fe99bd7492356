Z = "Volodymyr Zelenskyy"
ANN = {
 "article": "articles/uapres_2020_ps752_partners_urged_provide_data.txt",
 "gold_out": "gold/uapres_2020_ps752_partners_urged_provide_data.json",
 "published": "2020-01-10",
 "quotes": [
  {"text": "Today, the commission for investigation of the causes of the crash of the Ukraine International Airlines plane continues its work. Ukrainian experts are involved in this process. We expect them to be provided with all the information and access necessary for an objective investigation. We are in constant touch with our representatives",
   "speaker": Z, "speaker_mention": "the Head of State",
   "note": "curly marks; attribution by description only ('the Head of State said'); Zelenskyy is named in the paragraph before; trailing comma dropped"},
  {"text": "Given the recent statements by the heads of state in the media, we call on all international partners, especially the governments of the United States, Canada and the United Kingdom, to provide data and evidence relating to the disaster to the commission investigating the causes",
   "speaker": Z, "speaker_mention": "the President",
   "note": "straight marks; attribution by description only ('the President stressed'), two paragraphs after the name; the 'heads of state' inside the quote are other leaders, not the speaker; trailing comma dropped"},
  {"text": "Our goal is to establish the undeniable truth. We consider it the responsibility of the entire international community to the families of the deceased and the memory of the victims of the disaster. The value of human life is higher than any political motive",
   "speaker": Z, "speaker_mention": "Volodymyr Zelenskyy",
   "note": "opens with a straight mark and closes with a curly one, as printed; attribution by name after the quote ('Volodymyr Zelenskyy said'); the trailing comma before the closing mark ('motive,”') is dropped"},
 ],
 "figures": [],
 "events": [],
 "actors": [
  {"name": Z, "type": "person", "aliases": ["President of Ukraine Volodymyr Zelenskyy", "President of Ukraine", "Volodymyr Zelenskyy", "the Head of State", "The Head of State", "the President"]},
  {"name": "investigation commission", "type": "organisation", "aliases": ["the commission investigating the causes", "the commission for investigation of the causes of the crash of the Ukraine International Airlines plane"]},
  {"name": "Ukrainian experts", "type": "group", "aliases": ["Ukrainian experts"]},
 ],
 "notes": [
  "President of Ukraine press release of Friday 10 January 2020 (09:42 Kyiv time), two days after Ukraine International Airlines flight PS752 crashed near Tehran and a day after the US, Canadian and British leaders said an Iranian missile had probably downed it; story iran_ps752_shootdown_2020 with uapres_2020_ps752_criminal_proceedings_tehran (8 January) and uapres_2020_ps752_address_eleven_citizens (9 January).",
  "Three quotes, all Zelenskyy's: by description ('the Head of State said', 'the President stressed') and by name ('Volodymyr Zelenskyy said'). The headline 'President of Ukraine: We urge all international partners ...' has no quote marks: not a quote. 'He noted that the version of missile hitting the plane was not ruled out ...' is reported speech without marks: no quote. Marks are mixed as printed (curly, straight, straight-open/curly-close).",
  "No figures: no number tokens in the text ('all international partners', 'all available data', 'the entire international community' are not numbers).",
  "No events: the only date expression is 'Today' at the start of the first quote, which FORMAT.md leaves out ('today' inside speech). 'the recent statements' is vague. The intended discussion with Pompeo and the announcement carry no date.",
  "Actors: Zelenskyy; the investigation commission ('continues its work'); the Ukrainian experts ('are involved in this process'). The international partners and the governments of the United States, Canada and the United Kingdom are only called upon, and Mike Pompeo only a planned interlocutor: they do not act in the text and are left out.",
  "second reading (annotator): re-read the whole item once fully against FORMAT.md sections 1-2: three quoted spans (mixed marks as printed), trailing commas dropped; no number tokens; no kept date expression; every alias an exact substring and none shared ('President of Ukraine' vs 'President of Ukraine Volodymyr Zelenskyy' are forms of one actor); no change.",
 ],
}
