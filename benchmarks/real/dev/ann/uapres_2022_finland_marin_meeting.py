ZEL = "Volodymyr Zelenskyy"
SM = "Sanna Marin"
ANN = {
 "article": "articles/uapres_2022_finland_marin_meeting.txt",
 "gold_out": "gold/uapres_2022_finland_marin_meeting.json",
 "published": "2022-05-26",
 "quotes": [
  {"text": "These are very important direct signals of support, first of all for the Ukrainian people, our people, who see that they are not left alone with today’s ordeals",
   "speaker": ZEL, "speaker_mention": "he",
   "note": "'..., he said.': 'he' is 'The Head of State' of the paragraph before (Zelenskyy), who 'noted the importance of visits of foreign high-ranking officials'; the trailing comma before the closing mark is dropped"},
  {"text": "It was extremely difficult to look at everything that Russia has done to these cities. Many people died. At the same time, the heroic spirit of the Ukrainian people, who are fighting for their freedom and for the whole of Europe, is admirable",
   "speaker": SM, "speaker_mention": "the Prime Minister of Finland",
   "note": "'..., said the Prime Minister of Finland.' (Sanna Marin, named in the first paragraph and in the sentence before the quote); the quotation opens with a straight mark and closes with a curly one, as printed"},
 ],
 "figures": [
  {"text": "five", "value": 5, "unit": None, "counted": "packages of defense aid from Finland", "source": ZEL, "approx": None,
   "note": "'Volodymyr Zelenskyy thanked the government and people of Finland for their support. In particular, for five packages of defense aid': the count is part of what Zelenskyy thanked Finland for (reported speech), so he claims it"},
 ],
 "events": [],
 "actors": [
  {"name": ZEL, "type": "person", "aliases": ["President of Ukraine Volodymyr Zelenskyy", "Volodymyr Zelenskyy", "The Head of State", "The President", "The President of Ukraine", "President of Ukraine"]},
  {"name": SM, "type": "person", "aliases": ["Prime Minister of Finland Sanna Marin", "Sanna Marin", "the Prime Minister of Finland", "Prime Minister of Finland"]},
  {"name": "Finland", "type": "country", "aliases": ["Finland"]},
  {"name": "European Union", "type": "organisation", "aliases": ["the EU", "the European Union"]},
  {"name": "Russia", "type": "country", "aliases": ["Russia", "the Russian Federation", "the aggressor"]},
 ],
 "notes": [
  "Readout of the press service of the President of Ukraine of Thursday 26 May 2022 (date line '26 May 2022 - 15:44', removed): Zelenskyy's meeting in Kyiv with Finnish Prime Minister Sanna Marin, on her first visit to Ukraine. Story finland_marin_kyiv_visit_2022 (one item).",
  "Two quotes, both with the speaker named away from the quote: Zelenskyy by 'he' (the Head of State of the paragraph before), Marin by the description 'the Prime Minister of Finland'. 'The Head of State', 'The President', 'The President of Ukraine' and the headline's 'President of Ukraine' are all Zelenskyy.",
  "One figure: 'five packages of defense aid' (what Zelenskyy thanked Finland for: source Zelenskyy). Not figures: 'sixth package' and 'for the first time' (ordinals); 'Many people died' has no number.",
  "No events: the only time words are 'for the first time' (not a date), 'today’s ordeals' (inside Zelenskyy's quote, and meaning 'present-day'), 'her country and people today understand Ukrainians' (the outlet's voice, 'today' = nowadays, no datable act), 'now already' and 'as soon as possible' (vague). The date line was removed as page furniture (meta edits).",
  "Actors: Zelenskyy, Marin, Finland ('Finland’s support', 'the government and people of Finland' thanked), the European Union (to impose the sixth sanctions package; 'the EU decisions') and Russia ('what Russia has done', 'the Russian Federation', 'the aggressor'). 'the government ... of Finland' is not listed separately (folded into Finland only through the name; the string 'the government' is not an alias).",
  "second reading (annotator): re-read the whole item against the stored copy and FORMAT.md: mixed straight/curly quote marks and apostrophes kept as printed; quote 1 text ends before the dropped trailing comma; both speakers rechecked; 'five' is the only number; no date expression qualifies as an event; no change.",
 ],
}
