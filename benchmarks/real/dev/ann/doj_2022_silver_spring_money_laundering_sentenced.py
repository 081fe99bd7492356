ANN3 = "Erek L. Barron, Matthew R. Stohler and Marcus Jones"
FA = "Francis Arthur"
ANN = {
 "article": "articles/doj_2022_silver_spring_money_laundering_sentenced.txt",
 "gold_out": "gold/doj_2022_silver_spring_money_laundering_sentenced.json",
 "published": "2022-05-02",
 "quotes": [],
 "figures": [
  {"text": "35", "value": 35, "unit": "years", "counted": "age of Francis Arthur", "source": ANN3, "approx": None,
   "note": "'Judge Paul W. Grimm sentenced Francis Arthur, age 35, ...': the next paragraph says 'The sentence was announced by United States Attorney ... Erek L. Barron; Special Agent in Charge Matthew R. Stohler ...; and Chief Marcus Jones ...': a claimant named in the next sentence still counts (FORMAT.md); a joint source of the three announcers (as 'Jeff Sessions and Alex M. Azar III' in doj_2018_health_fraud_takedown)"},
  {"text": "one year and a day", "value": 1 + 1/365, "unit": "years", "counted": "prison term for Francis Arthur", "source": ANN3, "approx": None,
   "note": "'to one year and a day in federal prison': one duration (a year and a day, value 1.003 years); announced by the three officials of the next sentence -> joint source"},
  {"text": "three years", "value": 3, "unit": "years", "counted": "years of supervised release for Arthur", "source": ANN3, "approx": None,
   "note": "'followed by three years of supervised release': part of the announced sentence -> joint source"},
  {"text": "$339,000", "value": 339000, "unit": "USD", "counted": "restitution Arthur was ordered to pay", "source": ANN3, "approx": None,
   "note": "'As part of his sentence, Arthur has been ordered to pay $339,000 in restitution': the sentence immediately before 'The sentence was announced by ...' -> the announcers (a claimant named in the next sentence)"},
 ],
 "events": [
  {"actor": "Paul W. Grimm", "date": "2022-05-02", "date_text": "on May 2, 2022", "what": "Judge Grimm sentenced Arthur to one year and a day in prison",
   "note": "active verb with its subject: 'U.S. District Judge Paul W. Grimm sentenced Francis Arthur ... on May 2, 2022' -> the judge (Monday 2 May 2022)"},
  {"actor": "Francis Arthur and co-conspirators", "date": "2016-10-01/2017-04-30", "date_text": "from October 2016 through April 2017", "what": "Arthur and co-conspirators engaged in transactions to conceal fraud proceeds",
   "note": "active verb with a joint subject: 'from October 2016 through April 2017, Arthur and his co-conspirators engaged in financial transactions ...'; a month range written as a day interval"},
 ],
 "actors": [
  {"name": "Paul W. Grimm", "type": "person", "aliases": ["U.S. District Judge Paul W. Grimm"]},
  {"name": FA, "type": "person", "aliases": ["Francis Arthur", "Arthur", "Silver Spring Man"]},
  {"name": "co-conspirators", "type": "group", "aliases": ["his co-conspirators"]},
  {"name": "Erek L. Barron", "type": "person", "aliases": ["United States Attorney for the District of Maryland Erek L. Barron", "United States Attorney Erek L. Barron", "Mr. Barron"]},
  {"name": "Matthew R. Stohler", "type": "person", "aliases": ["Special Agent in Charge Matthew R. Stohler of the U.S. Secret Service Washington Field Office"]},
  {"name": "Marcus Jones", "type": "person", "aliases": ["Chief Marcus Jones of the Montgomery County Department of Police"]},
  {"name": "Thomas M. Sullivan", "type": "person", "aliases": ["Assistant U.S. Attorney Thomas M. Sullivan"]},
  {"name": "Christian Nauvel", "type": "person", "aliases": ["U.S. Attorney Christian Nauvel of the Department of Justice’s Money Laundering and Asset Recovery Section"]},
 ],
 "notes": [
  "US Attorney's Office for the District of Maryland (Justice Department) release on the sentence of Francis Arthur on 2 May 2022 for a money laundering conspiracy, from justice.gov; the stored copy prints no headline and no date (line 1 rebuilt from the address, published date from the text: see meta). Story silver_spring_money_laundering_2022 (one item).",
  "Quotes: none (the release has no statement in quote marks).",
  "Figures: the four figures of the first paragraph (age 35, 'one year and a day', 'three years', '$339,000') are the sentence that the next paragraph says 'was announced by' Barron, Stohler and Jones -> the joint source 'Erek L. Barron, Matthew R. Stohler and Marcus Jones' (a claimant named in the next sentence, FORMAT.md). No repeated quantity, so no keys. Not figures: the years in dates.",
  "Events: 'on May 2, 2022' (Judge Grimm sentenced Arthur -> Grimm) and 'from October 2016 through April 2017' (Arthur and his co-conspirators engaged in transactions -> joint actor). Published date: the page prints none; set to the sentencing day, the earliest the release can be (it gives the day as a date, 'on May 2, 2022', not 'today', so it may have been posted a day or so later); no relative date expression depends on it.",
  "Actors: Grimm (sentenced), Arthur ('Silver Spring Man' in the rebuilt headline), his co-conspirators, the announcers Barron ('Mr. Barron' commended and thanked), Stohler and Jones, and the prosecutors Sullivan and Nauvel ('who prosecuted the case'). Not actors: the U.S. Secret Service and the Montgomery County Department of Police (commended, named in titles), the credit union and its account holders (victims), 'the conspirators' of the third paragraph (Arthur with his co-conspirators; no dated act of its own, left unaliased).",
  "second reading (annotator): the whole item re-read against FORMAT.md sections 1-2 and the stored copy; checked the curly apostrophes (Arthur’s, cashiers’, Department of Justice’s) kept as stored, 'one year and a day' as one figure, the next-sentence announcers as joint claimant, 2 May 2022 a Monday and the 2016-10-01/2017-04-30 interval; no change.",
 ],
}
