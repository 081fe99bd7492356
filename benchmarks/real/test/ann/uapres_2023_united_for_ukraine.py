ANN = {
 "article": "articles/uapres_2023_united_for_ukraine.txt",
 "gold_out": "gold/uapres_2023_united_for_ukraine.json",
 "published": "2023-02-23",
 "quotes": [
  {"text": "Thank you very much for your visit. It is an important signal of support. We are glad to have such wonderful partners who help our country not to lose its independence and the lives of our people. After all, people are our biggest priority", "speaker": "Volodymyr Zelenskyy", "speaker_mention": "Volodymyr Zelenskyy"},
  {"text": "This motivates Ukrainians to live and the Armed Forces of Ukraine to defend the territorial integrity of the state on the battlefield", "speaker": "Volodymyr Zelenskyy", "speaker_mention": "he",
   "note": "'he' refers back to 'The Head of State' of the previous paragraph"},
 ],
 "figures": [
  {"text": "13", "value": 13, "counted": "European countries whose parliaments were represented in the delegation"},
 ],
 "events": [
  {"actor": None, "date": "1932-01-01/1933-12-31", "date_text": "1932-1933", "what": "Holodomor of 1932-1933 in Ukraine",
   "note": "'the Holodomor of 1932-1933': the years date the Holodomor; its perpetrator is not named in the text, so no actor; two years given as one interval"},
 ],
 "actors": [
  {"name": "Volodymyr Zelenskyy", "type": "person", "aliases": ["President of Ukraine Volodymyr Zelenskyy", "Volodymyr Zelenskyy", "The Head of State", "The President"]},
  {"name": "United for Ukraine", "type": "organisation", "aliases": ["the global parliamentary network United for Ukraine", "United for Ukraine"]},
  {"name": "Ukraine", "type": "country", "aliases": ["Ukraine"]},
 ],
 "notes": [
  "second reading: added the event '1932-1933' (the Holodomor, actor null, 1932-01-01/1933-12-31): the years date a historical event; the former note 'No events' adjusted.",
  "Office of the President of Ukraine news item with two direct quotes, both Zelenskyy's; the rest is reported speech ('The Head of State noted that ...', 'The President emphasized ...').",
  "The headline's \"United for Ukraine\" is the name of the network in quote marks, not a quote.",
  "'1932-1933' (Holodomor) are years, not figures; 'the first moments' is an ordinal.",
  "Only event: the Holodomor years. 'today' in 'The President noted that today there is extremely strong support ...' is inside reported speech and means 'nowadays' (left out as speech/vague); 'after the war' is a vague future reference, not a date.",
 ],
}
