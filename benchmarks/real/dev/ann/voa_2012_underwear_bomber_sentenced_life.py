A = "Umar Farouk Abdulmutallab"
EH = "Eric Holder"
P = "Flight 253 passenger"
K = "abdulmutallab_sentence_2012:"
ANN = {
 "article": "articles/voa_2012_underwear_bomber_sentenced_life.txt",
 "gold_out": "gold/voa_2012_underwear_bomber_sentenced_life.json",
 "published": "2012-02-16",
 "quotes": [
  {"text": "remorseless terrorist", "speaker": EH, "speaker_mention": "U.S. Attorney General Eric Holder", "fragment": True,
   "note": "'Eric Holder called Abdulmutallab a \"remorseless terrorist\"': a phrase of Holder's inside reported speech -> fragment"},
  {"text": "every day of the rest of his life", "speaker": EH, "speaker_mention": "U.S. Attorney General Eric Holder", "fragment": True,
   "note": "'who deserved to spend \"every day of the rest of his life\" in prison': second phrase of Holder's in the same sentence -> fragment, same speaker"},
  {"text": "His parents - they called me from Nigeria, and they apologized", "speaker": P, "speaker_mention": "she", "fragment": False,
   "note": "first half of a quote interrupted by its attribution ('...,\" she said. \"...'); 'she' refers back to 'One of those passengers' of the paragraph before (a speaker named a paragraph away, by a description and then a pronoun). Trailing comma before the closing mark dropped"},
  {"text": "It broke my heart. And they said, 'my son was misled,' and I believe so, but later on we find out that he had been fully trained by Anwar al-Awlaki, and he was getting training and everything, but he tried to kill us and somehow he missed it. So, in this kind of case, I think justice will be served today, and he will die of imprisonment, and that's what the punishment [will be] for him.",
   "speaker": P, "speaker_mention": "she", "fragment": False,
   "note": "second half of the interrupted quote, same passenger; the outer text keeps the inner single marks and the editor's bracket '[will be]'; final full stop inside the closing mark kept"},
  {"text": "my son was misled", "speaker": "Abdulmutallab's parents", "speaker_mention": "they", "fragment": False,
   "note": "nested quote inside the passenger's words ('And they said, \u2018my son was misled,\u2019'): a separate quote whose speaker is the person quoted, 'they' = 'His parents' (Abdulmutallab's parents, who called her from Nigeria); trailing comma dropped"},
 ],
 "figures": [
  {"text": "25", "value": 25, "unit": "years", "counted": "age of the Nigerian", "source": None, "approx": None, "ctx": "25-year-old",
   "note": "'The 25-year-old Nigerian': an age, the outlet's own voice -> null"},
  {"quantity": K+"people_on_board", "text": "290", "value": 290, "unit": None, "counted": "people on board the Northwest Airlines flight", "source": "federal prosecutors", "approx": None,
   "note": "'Prosecutors say Abdulmutallab wanted to achieve martyrdom by killing all 290 people on board': inside what prosecutors say -> prosecutors"},
 ],
 "events": [
  {"actor": A, "date": "2009-12-25", "date_text": "on Christmas Day 2009", "what": "tried to blow up a U.S. passenger plane",
   "note": "'The Nigerian man accused of trying to blow up a U.S. passenger plane on Christmas Day 2009': the date modifies 'trying to blow up', whose agent is the Nigerian man (Abdulmutallab)"},
  {"actor": None, "date": "2012-02-16", "date_text": "Thursday", "what": "Abdulmutallab sentenced to life in prison in Detroit",
   "note": "'Umar Farouk Abdulmutallab was sentenced Thursday': passive without a by-agent (the judge is named only in the removed caption) -> null; Thursday 16 February 2012, the report's day"},
  {"actor": A, "date": "2011-10", "date_text": "in October", "what": "Abdulmutallab pleaded guilty as his trial was getting under way",
   "note": "'The 25-year-old Nigerian pleaded guilty in October': active verb, its subject is Abdulmutallab; October before the February 2012 report -> October 2011"},
 ],
 "actors": [
  {"name": A, "type": "person", "aliases": ["Umar Farouk Abdulmutallab", "Abdulmutallab", "The Nigerian man", "The 25-year-old Nigerian", "Underwear Bomber"]},
  {"name": EH, "type": "person", "aliases": ["Eric Holder", "U.S. Attorney General Eric Holder"]},
  {"name": "Barbara McQuade", "type": "person", "aliases": ["Barbara McQuade", "U.S. Attorney Barbara McQuade"]},
  {"name": "federal prosecutors", "type": "group", "aliases": ["Prosecutors"]},
  {"name": P, "type": "person", "aliases": ["One of those passengers"]},
  {"name": "Abdulmutallab's parents", "type": "group", "aliases": ["His parents"]},
  {"name": "Anwar al-Awlaki", "type": "person", "aliases": ["Anwar al-Awlaki"]},
 ],
 "notes": [
  "VOA News report of Thursday 16 February 2012 on the life sentence of Umar Farouk Abdulmutallab, the Nigerian who tried to bomb Northwest Airlines Flight 253 on Christmas Day 2009; story abdulmutallab_sentence_2012 (no second item of the story was found in the crawl from an allowed outlet). Published date from the removed photo caption ('Feb. 16, 2012') and 'sentenced Thursday' (see meta edits).",
  "Quotes: Holder's two phrases ('remorseless terrorist', 'every day of the rest of his life') are fragments inside reported speech; the passenger's words are one quote interrupted by 'she said' (two quotes), her speaker named the paragraph before ('One of those passengers said ...') and then by the pronoun 'she'; the nested 'my son was misled' is a separate quote of Abdulmutallab's parents ('they' = 'His parents'). Not a quote: 'Underwear Bomber' in the headline (a nickname in quote marks, listed as an alias, as 'Merchant of Death' in voa_2012_bout_gets_25_years).",
  "Figures: '25' (age, null) and '290' people on board (claimed by prosecutors, 'Prosecutors say ...'), key abdulmutallab_sentence_2012:people_on_board. Not figures: 'life' (no number), 'Christmas Day 2009' (a date), 'One of those passengers' (pronoun use of 'one'), 'every day' (no number).",
  "Events: 'on Christmas Day 2009' (tried to blow up the plane -> Abdulmutallab), 'Thursday' (sentenced, passive without agent -> null), 'in October' (pleaded guilty -> Abdulmutallab, October 2011). Left out: 'today' inside the passenger's quote (today inside speech) and the removed caption's 'Feb. 16, 2012'.",
  "Actors: Abdulmutallab ('The Nigerian man', 'The 25-year-old Nigerian', the headline nickname), Holder and McQuade (speak), prosecutors ('Prosecutors say'), the passenger (speaks), his parents (called her, quoted), Anwar al-Awlaki (trained him, in the quote). Not actors: the court (object of 'told the court'), al-Qaida (named only in 'an al-Qaida mission'), 'Passengers and crew members' (in the dropped last paragraph).",
  "second reading (annotator): the whole item re-read against FORMAT.md sections 1-2 and the stored copy; checked the straight double and single quote marks as stored, the trailing commas dropped from the interrupted and nested quotes, the bracket '[will be]' kept inside the quote, 2012-02-16 a Thursday, 'in October' resolved to 2011-10, and the prosecutors' claim of the 290; no change.",
 ],
}
