ANN = {
 "article": "articles/uapres_2019_prisoner_exchange.txt",
 "gold_out": "gold/uapres_2019_prisoner_exchange.json",
 "published": "2019-09-07",
 "quotes": [
  {"text": "The release happened. I congratulate everyone on the return of our heroes", "speaker": "Volodymyr Zelenskyy", "speaker_mention": "the Head of State",
   "note": "opens with a straight double quote and closes with a curly one, as printed"},
  {"text": "We have agreed on the first stage of unblocking our dialogue and the first stage of ending the war, the return of our military, sailors, our territories", "speaker": "Volodymyr Zelenskyy", "speaker_mention": "the President"},
  {"text": "The working groups have been created and we have agreed that within a month we should speak very substantively, work hard, without lies, and bring our men home", "speaker": "Volodymyr Zelenskyy", "speaker_mention": "Volodymyr Zelenskyy"},
  {"text": "I think the first stage is completed. I have to confirm that I, as President of Ukraine, and President of Russia Vladimir Putin did everything we promised, and did so without altering the course of our agreements", "speaker": "Volodymyr Zelenskyy", "speaker_mention": "the Head of State",
   "note": "names President of Russia Vladimir Putin, who is not the speaker"},
 ],
 "figures": [
  {"quantity": "ukraine_russia_prisoner_swap_2019:returned_to_ukraine", "text": "35", "value": 35, "counted": "detained Ukrainians returned", "ctx": "return of 35 detained Ukrainians"},
  {"quantity": "ukraine_russia_prisoner_swap_2019:returned_to_ukraine", "text": "35", "value": 35, "counted": "citizens returned to Ukraine", "ctx": "35 citizens were returned"},
  {"quantity": "ukraine_russia_prisoner_swap_2019:transferred_to_russia", "text": "35", "value": 35, "counted": "people transferred to Russia", "ctx": "35 people were transferred"},
 ],
 "events": [
  {"actor": None, "date": "2019-09-07", "date_text": "On September 7", "what": "35 returned to Ukraine, 35 transferred to Russia",
   "note": "passive without an agent in its sentence ('were returned', 'were transferred'); the previous sentence names Ukraine and the Russian Federation as the parties"},
  {"actor": "Volodymyr Zelenskyy", "date": "2019-08-07", "date_text": "on August 7", "what": "had phone conversation with Vladimir Putin"},
 ],
 "actors": [
  {"name": "Volodymyr Zelenskyy", "type": "person", "aliases": ["Volodymyr Zelenskyy", "President of Ukraine Volodymyr Zelenskyy", "The Head of State", "the Head of State", "The President", "the President"]},
  {"name": "Vladimir Putin", "type": "person", "aliases": ["Russian President Vladimir Putin", "President of Russia Vladimir Putin"]},
  {"name": "Ukraine", "type": "country", "aliases": ["Ukraine"]},
  {"name": "Russia", "type": "country", "aliases": ["the Russian Federation", "Russia"]},
 ],
 "notes": [
  "second reading: shortened the 'On September 7' event's what to 8 words; corrected the first note (every quote has its own attribution). Annotations otherwise unchanged.",
  "Office of the President of Ukraine news item; every quote is Zelenskyy's, attributed through 'the Head of State' (twice), 'the President' and his name; the last quote is also announced by the previous sentence ('He noted that ...').",
  "The headline's 'We have taken the first step and we know what to do next' follows a colon without quote marks: not a quote span.",
  "The same 35 returned Ukrainians are counted in the headline and in the body (shared quantity key); the 35 people transferred to Russia are the other side of the swap and get their own key.",
  "'within a month' (quote 3) is left out as a figure: an indefinite article, not a number word, in a speech duration; 'first stage' (several times) is an ordinal.",
  "'at first' in the dropped last paragraph is not in the text; 'until the boys are back home' is not a date expression.",
 ],
}
