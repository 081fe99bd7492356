P = "Mykhailo Podoliak"
Z = "Volodymyr Zelenskyy"
R = "Russian Armed Forces"
ANN = {
 "article": "articles/uapres_2022_podoliak_briefing_invasion_day.txt",
 "gold_out": "gold/uapres_2022_podoliak_briefing_invasion_day.json",
 "published": "2022-02-24",
 "quotes": [
  {"text": "At 5 am, Mr. Putin actually declared war against Ukraine. He did it for no reason. There was no reason to declare war against Ukraine unilaterally. Only fake reasons used by Russian propaganda",
   "speaker": P, "speaker_mention": "he",
   "note": "attribution by pronoun only ('he said'); Podoliak is named in the paragraph before ('announced by Adviser to the Head of the President’s Office Mykhailo Podoliak'); the quote names Putin, who is not the speaker; curly quotes, trailing comma dropped"},
  {"text": "President Volodymyr Zelenskyy immediately convened the Military Cabinet, the National Security and Defense Council. All the necessary decisions were made in terms of the logistics of the counter-operation against the armed forces of the Russian Federation, and martial law was imposed in Ukraine. These are concrete actions to protect our territorial integrity",
   "speaker": P, "speaker_mention": "the Adviser to the Head of the President’s Office",
   "note": "attribution by title only ('said the Adviser to the Head of the President’s Office'); the quote names Zelenskyy, who is not the speaker; trailing comma dropped"},
  {"text": "Virtually the whole world unanimously believes that this is a treacherous attack by the Russian armed forces, which will have great legal consequences",
   "speaker": P, "speaker_mention": "Mykhailo Podolyak",
   "note": "the release spells the name 'Podolyak' here and 'Podoliak' above: one person, both forms are aliases; trailing comma dropped"},
 ],
 "figures": [],
 "events": [
  {"actor": "Vladimir Putin", "date": "2022-02-24", "date_text": "At 5 am", "what": "Putin declared war against Ukraine",
   "note": "inside Podoliak's quote ('At 5 am, Mr. Putin actually declared war against Ukraine'): a clock time, which FORMAT.md puts on the reference day (not a bare 'today', so kept); the release is of 24 February 2022, the day of the invasion, and 5 am is that morning. Agent of 'declared' = Mr. Putin"},
 ],
 "actors": [
  {"name": P, "type": "person", "aliases": ["Adviser to the Head of the President’s Office Mykhailo Podoliak", "Mykhailo Podoliak", "Mykhailo Podolyak", "the Adviser to the Head of the President’s Office", "Adviser to the Head of the Office of the President"]},
  {"name": Z, "type": "person", "aliases": ["President of Ukraine Volodymyr Zelenskyy", "President Volodymyr Zelenskyy", "the President", "President"]},
  {"name": "Vladimir Putin", "type": "person", "aliases": ["Mr. Putin"]},
  {"name": "Armed Forces of Ukraine", "type": "organisation", "aliases": ["The Armed Forces", "the Armed Forces"]},
  {"name": R, "type": "organisation", "aliases": ["the troops of the Russian Federation", "Russian troops", "the Russian armed forces", "the armed forces of the Russian Federation"]},
 ],
 "notes": [
  "President of Ukraine press release of Thursday 24 February 2022, the first day of Russia's full-scale invasion: Adviser Mykhailo Podoliak's briefing at the President's Office. Kept from ukpol.co.uk, a site that reposts official press releases word for word (the president.gov.ua original is not in the crawl); story russia_invasion_ukraine_feb2022 (only item of the story here).",
  "Three quotes, all Podoliak's, none attributed by his plain name next to the first: 'he said' (named the paragraph before), 'said the Adviser to the Head of the President’s Office' (title only), 'said Mykhailo Podolyak' (a second spelling). Hard case: the quotes name Putin and Zelenskyy, neither of whom is the speaker. 'He stressed that the President is in constant contact ...' is unquoted reported speech, no quote.",
  "No figures: the only number token is '5' in 'At 5 am', a time of day.",
  "One event: 'At 5 am' (Putin declared war), a clock time inside a quote, on the reference day 2022-02-24. Not events: 'immediately' and 'After that' (relative, no date); the bombing and ground operations carry no date expression of their own.",
  "Actors: Podoliak (announced, said); Zelenskyy (approved decisions, convened the Military Cabinet; 'President' in the headline, 'the President' in 'He stressed that the President is in constant contact'); Putin (declared war); the Armed Forces of Ukraine (resisting); the Russian armed forces ('the troops of the Russian Federation, which carried out a treacherous attack', 'Russian troops ... began to bomb', 'the Russian armed forces'). The Military Cabinet and the National Security and Defense Council are convened, not acting; 'Russian propaganda', 'the whole world', 'the leaders of the partner countries' and the President's Office (place of the briefing) are left out.",
  "second reading (annotator): re-read the whole item once fully against FORMAT.md sections 1-2: three curly-quoted spans with trailing commas dropped; no figure; one dated act inside a quote with its agent; every alias an exact substring and none shared by two actors ('the Armed Forces' (Ukraine) vs 'the Russian armed forces' / 'the armed forces of the Russian Federation' differ in case and words); no change.",
 ],
}
