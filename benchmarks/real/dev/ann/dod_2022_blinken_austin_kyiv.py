ANN = {
 "article": "articles/dod_2022_blinken_austin_kyiv.txt",
 "gold_out": "gold/dod_2022_blinken_austin_kyiv.json",
 "published": "2022-04-25",
 "quotes": [
  {"text": "This was, in our judgment, an important moment to be there, an important moment for Ukraine, for the war — an important moment to have face-to-face conversations in detail about the extraordinary support that we’ve provided: security, economic, humanitarian, as well as the massive pressure that we've been exerting on Russia", "speaker": "Antony Blinken", "speaker_mention": "Blinken"},
  {"text": "In turn, we expressed deep admiration for his leadership, for the extraordinary courage of Ukrainians in standing up to and pushing back this Russian aggression", "speaker": "Antony Blinken", "speaker_mention": "he",
   "note": "'he' = Blinken (the previous paragraph ends 'Blinken said'); 'his leadership' is Zelenskyy's, who is not the speaker"},
  {"text": "Russia continues to try to brutalize parts of the country, and the death and destruction that we continue to see is horrific. But Ukrainians are standing up, they're standing strong and they’re doing that with the support that we have coordinated from literally around the world", "speaker": "Antony Blinken", "speaker_mention": "Blinken"},
  {"text": "We're seeing that when it comes to Russia's war aims, Russia is failing, Ukraine is succeeding. Russia has sought as its principal aim to totally subjugate Ukraine — to take away its sovereignty, to take away its independence. That has failed", "speaker": "Antony Blinken", "speaker_mention": "he",
   "note": "'he' = Blinken, the speaker of the surrounding paragraphs; Austin, who also spoke at the press event, is never quoted in the stored copy"},
 ],
 "figures": [
  {"text": "two", "value": 2, "counted": "secretaries who discussed the trip", "source": None, "ctx": "the two secretaries",
   "note": "anaphoric count of Blinken and Austin; annotated because it counts"},
  {"text": "30", "value": 30, "counted": "countries engaged in providing security assistance", "source": "Antony Blinken", "approx": "more than"},
 ],
 "events": [
  {"actor": "Antony Blinken and Lloyd Austin", "date": "2022-04-24", "date_text": "yesterday", "what": "traveled by train to Kyiv to meet Zelenskyy"},
  {"actor": "Antony Blinken and Lloyd Austin", "date": "2022-04-25", "date_text": "Today", "what": "discussed the trip with the press in Poland"},
  {"actor": "US diplomats", "date": "2022-05-02/2022-05-08", "date_text": "starting next week", "what": "US diplomats to start returning to Ukraine",
   "note": "'next week' = the following ISO week (Monday-Sunday), by analogy with FORMAT's 'last week'"},
 ],
 "actors": [
  {"name": "Antony Blinken", "type": "person", "aliases": ["Secretary of State Antony J. Blinken", "Blinken"]},
  {"name": "Lloyd Austin", "type": "person", "aliases": ["Secretary of Defense Lloyd J. Austin III"]},
  {"name": "Volodymyr Zelenskyy", "type": "person", "aliases": ["Ukraine's President Volodymyr Zelenskyy", "Zelenskyy"]},
  {"name": "Joe Biden", "type": "person", "aliases": ["President Joe Biden", "Biden"]},
  {"name": "Bridget Brink", "type": "person", "aliases": ["Ambassador Bridget Brink"]},
  {"name": "US diplomats", "type": "group", "aliases": ["U.S. diplomats"]},
  {"name": "Russia", "type": "country", "aliases": ["Russia"]},
 ],
 "notes": [
  "DOD News story on the 24 April 2022 Kyiv visit; all four quotes are Blinken's, two attributed by 'he said' after a paragraph that names him.",
  "'the two secretaries' (Blinken and Austin jointly) is not listed as an alias, since an alias can belong to one actor only; the joint events use 'Antony Blinken and Lloyd Austin'.",
  "Paragraphs 4, 6 and 8 are reported speech of Blinken without quote marks (not quotes); 'more than 30 countries' is claimed by him ('he said').",
  "Only one figure; the item is kept as quote-heavy. The same visit produced the $713 million FMF and $165 million ammunition-sale figures in other outlets, but they are not in the stored copy.",
 ],
}
