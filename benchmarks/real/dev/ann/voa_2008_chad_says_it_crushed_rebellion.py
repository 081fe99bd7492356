GOV = "Chadian government"
RB = "Chadian rebels"
BKM = "Ban Ki-moon"
UNSC = "U.N. Security Council"
ANN = {
 "article": "articles/voa_2008_chad_says_it_crushed_rebellion.txt",
 "gold_out": "gold/voa_2008_chad_says_it_crushed_rebellion.json",
 "published": "2008-02-04",
 "quotes": [
  {"text": "profound alarm", "speaker": BKM, "speaker_mention": "U.N. Secretary-General Ban Ki-moon", "fragment": True,
   "note": "phrase of the Secretary-General's statement inside reported speech ('expressed \"profound alarm\" about the fighting')"},
 ],
 "figures": [
  {"quantity": "chad_ndjamena_2008:fled_to_cameroon", "text": "thousands", "value": None, "vague": True, "unit": None, "counted": "people fled the country into Cameroon", "source": "witnesses", "approx": None,
   "note": "'Witnesses say thousands of people have fled the country, crossing the Chari River into Cameroon'. Same quantity (people fled from N'Djamena across the river into Cameroon) as UNHCR's 'about 20,000' in the 5 February item"},
 ],
 "events": [
  {"actor": RB, "date": "2008-02-04", "date_text": "Monday", "what": "rebel leaders said they deliberately withdrew to the outskirts",
   "note": "'Rebel leaders said Monday they deliberately withdrew ...': the weekday dates the saying; its subject, the rebel leaders (alias of the rebels). Monday is the day of writing, 4 February 2008"},
  {"actor": GOV, "date": "2008-02-03", "date_text": "Sunday", "ctx": "said Sunday that", "what": "government said it beat back the rebellion",
   "note": "'Chad's government said Sunday that it beat back the rebellion': subject of 'said'"},
  {"actor": UNSC, "date": "2008-02-04", "date_text": "today", "what": "Security Council to continue emergency talks on Chad",
   "note": "'The U.N. Security Council plans to continue emergency talks today': the outlet's own sentence (not inside speech), the day of writing; the Council is the agent of the talks it plans"},
  {"actor": BKM, "date": "2008-02-03", "date_text": "On Sunday", "what": "Ban Ki-moon expressed profound alarm about the fighting",
   "note": "subject of 'expressed'"},
  {"actor": RB, "date": "2008-01-28/2008-02-03", "date_text": "last week", "what": "rebels began advancing on N'Djamena",
   "note": "'Rebels began advancing on N'Djamena last week': subject of 'began advancing'; the ISO week before Monday 4 February 2008 (28 January - 3 February)"},
  {"actor": None, "date": "1990", "date_text": "since 1990", "what": "Deby in power since then",
   "note": "'Mr. Deby has been in power since 1990': a state, not an act -> null"},
 ],
 "actors": [
  {"name": RB, "type": "group", "aliases": ["Rebels in Chad", "rebel leaders", "Rebel leaders", "Rebels", "the rebels"]},
  {"name": GOV, "type": "organisation", "aliases": ["the government", "Chad's government", "Officials"]},
  {"name": "Chadian government forces", "type": "organisation", "aliases": ["government forces"]},
  {"name": "witnesses", "type": "group", "aliases": ["Witnesses"]},
  {"name": UNSC, "type": "organisation", "aliases": ["The U.N. Security Council"]},
  {"name": BKM, "type": "person", "aliases": ["U.N. Secretary-General Ban Ki-moon", "Ban Ki-moon"]},
  {"name": "Idriss Deby", "type": "person", "aliases": ["President Idriss Deby", "President Deby", "Mr. Deby"]},
 ],
 "notes": [
  "VOA News report of Monday 4 February 2008 (headline-feed copy, no byline), after the rebels left N'Djamena; story chad_ndjamena_2008 with voa_2008_chad_rebels_clash_near_ndjamena (1 February) and voa_2008_chad_aid_agencies_thousands_fleeing (5 February). Line 2 is the feed's teaser (sub-headline); the body is printed as one block in the stored copy and kept as one paragraph (line 3).",
  "Dated acts with agents: rebel leaders said (Monday), the government said (Sunday), Ban Ki-moon expressed alarm (On Sunday), the Security Council's talks (today, outlet's voice), the rebels' advance (last week, 28 January - 3 February); 'since 1990' dates a state (null). 'recently' (confidants defected) is vague: no event.",
  "Cross-item key: chad_ndjamena_2008:fled_to_cameroon ('thousands' here, claimed by witnesses; 'about 20,000' by UNHCR and the headline's 'Thousands' by aid agencies on 5 February).",
  "'Officials' ('Officials also said government forces repelled a rebel attack on ... Adre') are the Chadian government's officials, listed as its alias; that attack carries no date expression. Not actors: AFP, AP, Reuters (credit line removed), 'His opponents' (no act).",
  "second reading: re-read the whole item against FORMAT.md sections 1-2 (the one quote, the one number word, every date expression against Monday 4 February 2008: Sunday = 3 February, last week = 28 January - 3 February).",
 ],
}
