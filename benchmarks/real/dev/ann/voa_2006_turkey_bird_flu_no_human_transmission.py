TD = "bird_flu_pledges_2006:turkey_deaths"
WHO = "World Health Organization"
MC = "Maria Cheng"
MOH = "Turkish Ministry of Health"
ANN = {
 "article": "articles/voa_2006_turkey_bird_flu_no_human_transmission.txt",
 "gold_out": "gold/voa_2006_turkey_bird_flu_no_human_transmission.json",
 "published": "2006-01-07",
 "quotes": [
  {"text": "There is nothing to date that shows us that the virus has become more transmissible among humans. We have not seen any changes in the patterns in which it is being transmitted yet. At the same time, we are still at a very preliminary stage, and we do not have a lot of information. So, it is something that we are taking very seriously, and we are investigating to get information as soon as possible", "speaker": MC, "speaker_mention": "she",
   "note": "one quotation followed by 'she said.'; the trailing comma inside the marks is dropped; 'she' is Maria Cheng, named in the paragraph before"},
 ],
 "figures": [
  {"text": "two", "value": 2, "unit": None, "counted": "more human cases of bird flu reported by Turkey", "source": "Turkey", "approx": None, "ctx": "reporting two more human cases",
   "note": "'Turkey is reporting two more human cases': the claimant is Turkey (its health ministry, named later as 'The Turkish Ministry of Health reports that two other children ...'); an increment, not the running total (no key)"},
  {"quantity": TD, "text": "three", "value": 3, "unit": None, "counted": "siblings who have died in the town", "source": "Turkey", "approx": None,
   "note": "in the object of Turkey's report ('two more human cases of bird flu, in the same town where three siblings have died'), as the 'three children' inside the WHO's statement of 6 January. The Turkish death toll (key shared with the other items of the story and the bird_flu_pledges_2006 items)"},
  {"quantity": TD, "text": "two", "value": 2, "unit": None, "counted": "teenagers who died infected with the H5N1 strain", "source": WHO, "approx": None, "ctx": "the two teenagers",
   "note": "'The WHO says the two teenagers who died were infected with the deadly H5N1 strain': the H5N1-confirmed part of the toll; same key as the 'three' (all deaths, one still suspected)"},
  {"text": "11", "value": 11, "unit": "years", "counted": "age of the third sibling who died of suspected bird flu", "source": None, "approx": None,
   "note": "'an 11 year-old girl': a new sentence without attribution after the WHO's two sentences; the next sentence (the Turkish ministry's report) does not claim it, so null. 'third' is an ordinal"},
  {"text": "two", "value": 2, "unit": None, "counted": "other children fallen ill in the same region", "source": MOH, "approx": None, "ctx": "two other children",
   "note": "'The Turkish Ministry of Health reports that two other children aged five and eight have fallen ill': the same two new cases as the lead's 'two more human cases' (one item, one quantity, but an increment: no key across items)"},
  {"text": "five", "value": 5, "unit": "years", "counted": "age of one of the two children fallen ill", "source": MOH, "approx": None, "ctx": "aged five and eight",
   "note": "'aged five and eight': two ages, two figures"},
  {"text": "eight", "value": 8, "unit": "years", "counted": "age of the other child fallen ill", "source": MOH, "approx": None, "ctx": "five and eight"},
 ],
 "events": [],
 "actors": [
  {"name": "Turkey", "type": "country", "aliases": ["Turkey"]},
  {"name": WHO, "type": "organisation", "aliases": ["World Health Organization", "The WHO", "The world health body", "WHO"]},
  {"name": MC, "type": "person", "aliases": ["A World Health Organization spokeswoman, Maria Cheng", "Maria Cheng", "A World Health Organization spokeswoman"]},
  {"name": MOH, "type": "organisation", "aliases": ["The Turkish Ministry of Health", "The ministry"]},
  {"name": "health experts", "type": "group", "aliases": ["health experts"]},
 ],
 "notes": [
  "VOA report of Saturday 7 January 2006 (GlobalSecurity.org republication with the date line '07 January 2006'); story turkey_bird_flu_2006 with the VOA items of 6, 9, 10 and 16 January. The lead's 'A World Health Organization spokeswoman tells VOA' is Maria Cheng (named in the next paragraph): one actor.",
  "Key: bird_flu_pledges_2006:turkey_deaths for the three siblings dead (claimed in Turkey's report) and the two teenagers the WHO says died of H5N1; the other items of the story give three (WHO, 6 January), two (9 January), 'at least two' (10 January) and four (16 January).",
  "One quote (Cheng), closed by 'she said.'. 'to date' inside the quote is vague and speech: no event. The item has no date expression at all (the report's 'now' is implicit), so no events.",
  "'Turkey' in 'Turkey is reporting' is a metonym for the Turkish authorities and is the claimant of the lead's figures; every other 'Turkey' is the place (the alias is the same string). The Turkish Ministry of Health is a separate actor ('The ministry says it suspects ...').",
  "Not figures: 'third' (ordinal), 'H5N1' (designation); 'a lot of information' has no number. 'health experts fear' carries no figure but the group speaks (kept as an actor).",
  "edits: the stored copy's last paragraph ('Ms. Cheng says WHO specialists currently in the Turkish capital, Ankara, hope to go to the affected province ... \"They will be helping ... to identify ri') is cut mid-word inside a quote and was dropped whole.",
  "second reading (annotator): checked that the ages 'five' and 'eight' are two figures with unit years and the same claimant as 'two other children'; that '11' (11 year-old) has no claimant; that the 'three' siblings sit inside the object of Turkey's report (as the 'three children' of 6 January inside the WHO's); quote span ends before the comma; no change after the reading.",
 ],
}
