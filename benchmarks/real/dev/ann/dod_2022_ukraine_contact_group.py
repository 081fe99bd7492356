ANN = {
 "article": "articles/dod_2022_ukraine_contact_group.txt",
 "gold_out": "gold/dod_2022_ukraine_contact_group.json",
 "published": "2022-06-15",
 "quotes": [
  {"text": "I'm especially pleased that defense leaders from some 50 countries came together here today", "speaker": "Lloyd J. Austin III", "speaker_mention": "Austin"},
  {"text": "It's a testament to the on-the-ground impact of this contact group that it continues to grow.", "speaker": "Lloyd J. Austin III", "speaker_mention": "Austin",
   "note": "second half of a quote split by its attribution ('Austin said')"},
 ],
 "figures": [
  {"quantity": "ukraine_udcg_2022:nations", "text": "50", "value": 50, "approx": "more than", "counted": "nations pledging to help build Ukraine's defense", "ctx": "More Than 50 Nations"},
  {"quantity": "ukraine_udcg_2022:nations", "text": "50", "value": 50, "approx": "more than", "counted": "nations pledging more military capabilities for Ukraine", "source": "Lloyd J. Austin III", "ctx": "more than 50 nations"},
  {"quantity": "ukraine_udcg_2022:nations", "text": "50", "value": 50, "approx": "around", "counted": "countries whose defense leaders came together", "source": "Lloyd J. Austin III", "ctx": "some 50 countries"},
  {"text": "$1 billion", "value": 1000000000, "unit": "USD", "counted": "security assistance package for Ukraine", "source": "Lloyd J. Austin III"},
  {"text": "18", "value": 18, "counted": "more M777 towed howitzers", "source": "Lloyd J. Austin III"},
  {"text": "36,000", "value": 36000, "counted": "rounds of 155 mm ammunition", "source": "Lloyd J. Austin III"},
 ],
 "events": [
  {"actor": "Lloyd J. Austin III", "date": "2022-06-15", "date_text": "today", "what": "said 50 nations pledged help for Ukraine", "ctx": "said today in Brussels"},
 ],
 "actors": [
  {"name": "Lloyd J. Austin III", "type": "person", "aliases": ["Secretary of Defense Lloyd J. Austin III", "Austin"]},
  {"name": "Mark A. Milley", "type": "person", "aliases": ["Joint Chiefs of Staff Chairman Army Gen. Mark A. Milley"]},
  {"name": "Joe Biden", "type": "person", "aliases": ["President Joe Biden"]},
  {"name": "Ukraine Defense Contact Group", "type": "organisation", "aliases": ["Ukraine Defense Contact Group", "The group"]},
 ],
 "notes": [
  "DOD News story on the third Ukraine Defense Contact Group meeting (NATO headquarters, Brussels, 15 June 2022); story ukraine_udcg_2022.",
  "The nations count recurs three times (headline 'More Than 50', body 'more than 50', Austin's quote 'some 50'): one quantity key; 'some' = around.",
  "Deliberately excluded number tokens: '155' twice ('155 mm', a calibre that names the howitzer and ammunition type, treated as a designation), 'M777' (designation), 'third' (ordinal).",
  "'today' inside Austin's quote is left out (speech); the reporter's 'said today in Brussels' is the publication day.",
  "The $1 billion, 18 and 36,000 figures are claimed by Austin ('Austin announced that ...').",
  "second reading: every quote, figure, event date (weekdays recomputed from published) and actor checked against the text; no change.",
 ],
}
