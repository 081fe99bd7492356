K = "us_ukraine_humanitarian_aid_2016:"
JK = "John Kerry"
US = "United States"
ANN = {
 "article": "articles/state_2016_kerry_kyiv_23_million_fact_sheet.txt",
 "gold_out": "gold/state_2016_kerry_kyiv_23_million_fact_sheet.json",
 "published": "2016-07-07",
 "quotes": [],
 "figures": [
  {"quantity": K+"new_us_humanitarian_aid_23m", "text": "$23 million", "occ": 1, "value": 23e6, "unit": "USD", "counted": "in additional humanitarian assistance announced by the U.S. (headline)", "source": US, "approx": "around",
   "note": "headline 'U.S. announces nearly $23 million ...': the U.S. is the subject of 'announces' -> claimant; 'nearly' -> around. Same package as the body's 'nearly $23 million' (same key)"},
  {"quantity": K+"new_us_humanitarian_aid_23m", "text": "$23 million", "occ": 2, "value": 23e6, "unit": "USD", "counted": "in additional U.S. humanitarian assistance announced by Kerry in Kyiv", "source": JK, "approx": "around",
   "note": "'Secretary of State John Kerry announced in Kyiv that the United States is providing nearly $23 million ...': Kerry is the subject of 'announced' -> claimant; 'nearly' -> around"},
  {"text": "thousands", "ctx": "help thousands of vulnerable people affected", "value": None, "vague": True, "unit": None, "counted": "vulnerable people affected by the conflict in eastern Ukraine to be helped", "source": JK, "approx": None,
   "note": "still inside what Kerry 'announced' ('... to help thousands of vulnerable people ...')"},
  {"quantity": K+"total_us_humanitarian_aid_ukraine_since_2014", "text": "$135 million", "value": 135e6, "unit": "USD", "counted": "total of U.S. humanitarian assistance to Ukraine since the start of the crisis", "source": None, "approx": "more than",
   "note": "'This announcement brings the total ... to more than $135 million': a new sentence in the fact sheet's own voice, not what Kerry announced -> null"},
  {"text": "thousands", "ctx": "basic survival needs of thousands", "value": None, "vague": True, "unit": None, "counted": "vulnerable people whose basic survival needs UNHCR and other organizations provide for", "source": None, "approx": None},
  {"quantity": K+"vulnerable_people_in_ukraine_un", "text": "3.1 million", "value": 3.1e6, "unit": None, "counted": "vulnerable people in Ukraine", "source": "United Nations", "approx": "more than",
   "note": "'According to the most recent United Nations estimates, there are more than 3.1 million vulnerable people in Ukraine': the UN is named as the claimant"},
 ],
 "events": [
  {"actor": JK, "date": "2016-07-07", "date_text": "Today", "ctx": "Today [July 7], Secretary", "what": "Kerry announced in Kyiv nearly $23 million in additional humanitarian assistance",
   "note": "'Today [July 7], Secretary of State John Kerry announced in Kyiv ...': Kerry is the subject of 'announced'. The fact sheet's day, Thursday 7 July 2016 ('today' here is the document's own voice, not inside a quotation)"},
  {"actor": JK, "date": "2016-07-07", "date_text": "July 7", "what": "Kerry announced the aid in Kyiv (bracketed date)",
   "note": "the reprint's bracketed '[July 7]' glosses 'Today': a second date expression for the same act, annotated as 'today [11 September]' is elsewhere in the set"},
  {"actor": JK, "date": "2016-07-07", "date_text": "today", "ctx": "The funding announced today", "what": "the funding announced today (by Kerry) will support UNHCR and other organizations",
   "note": "'The funding announced today': 'today' dates the participle 'announced', whose agent (not repeated) is Kerry, who announced it in the first paragraph"},
 ],
 "actors": [
  {"name": JK, "type": "person", "aliases": ["Secretary of State John Kerry"]},
  {"name": US, "type": "country", "aliases": ["U.S.", "the United States", "The United States"]},
  {"name": "UNHCR", "type": "organisation", "aliases": ["the United Nations High Commissioner for Refugees (UNHCR)", "United Nations High Commissioner for Refugees"]},
  {"name": "United Nations", "type": "organisation", "aliases": ["United Nations"]},
 ],
 "notes": [
  "US State Department fact sheet of Thursday 7 July 2016 on the nearly $23 million in humanitarian aid that Secretary of State John Kerry announced in Kyiv, kept from The Ukrainian Weekly's reprint of 15 July 2016, which credits the State Department (meta licence, edits and published_evidence). The headline is the reprint's. Story us_ukraine_humanitarian_aid_2016 (first item).",
  "No quotes: no quote marks in the text.",
  "Figures: '$23 million' twice (headline, claimed by the U.S. as subject of 'announces'; body, claimed by Kerry as subject of 'announced'; both 'nearly' -> around; one key new_us_humanitarian_aid_23m); 'thousands' twice (vague; the first inside Kerry's announcement, the second the fact sheet's voice); '$135 million' (total since the start of the crisis, the fact sheet's voice, key total_us_humanitarian_aid_ukraine_since_2014); '3.1 million' (UN estimate, claimant United Nations, key vulnerable_people_in_ukraine_un). Not figures: 'July 7' (date).",
  "Events: 'Today' and its bracketed gloss 'July 7' (Kerry's announcement, 2016-07-07) and 'today' in 'The funding announced today' (the same announcement, agent Kerry). 'since the start of the crisis' names no date and is left out.",
  "Actors: the United States (U.S. / the United States / The United States; 'U.S.' also appears adjectivally in 'U.S. humanitarian assistance' and 'U.S. assistance', which is the same actor's form), John Kerry, UNHCR (supported by the funding), the United Nations (estimates). The alias 'United Nations' is a substring of the UNHCR's long name; the scorer resolves names, and the two actors are kept apart by their full forms. 'international non-governmental organizations' and 'the international community' are unnamed and not listed.",
  "first reading (annotator): claimants from the verbs of announcing and from 'According to ... United Nations estimates'; the reprint's bracket read as a date gloss, as in govuk_2024_lammy_blinken_kyiv_600_million.",
  "second reading (checker): re-read against the stored copy; checked the two '$23 million' occurrences (headline first), that '$135 million' is outside Kerry's announcement (new sentence 'This announcement brings ...'), that 7 July 2016 was a Thursday, and every alias as an exact substring; no change.",
 ],
}
