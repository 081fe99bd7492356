PB = "Preet Bharara"
VB = "Viktor Bout"
K = "bout_sentence_2012:"
ANN = {
 "article": "articles/doj_2012_bout_sentenced_25_years.txt",
 "gold_out": "gold/doj_2012_bout_sentenced_25_years.json",
 "published": "2012-04-05",
 "quotes": [
  {"text": "Viktor Bout has been international arms trafficking enemy number one for many years, arming some of the most violent conflicts around the globe.  He was finally brought to justice in an American court for agreeing to provide a staggering number of military grade weapons to an avowed terrorist organization committed to killing Americans.  Today\u2019s sentence is a fitting coda for this career arms trafficker of the most dangerous order.",
   "speaker": PB, "speaker_mention": "Manhattan U.S. Attorney Preet Bharara", "fragment": False,
   "note": "attribution before the quote ('Manhattan U.S. Attorney Preet Bharara said: \u201c...\u201d'); one paragraph, the final full stop inside the closing mark kept, double spaces kept as printed"},
 ],
 "figures": [
  {"quantity": K+"prison_term", "text": "25 years", "value": 25, "unit": "years", "counted": "years in prison to which Bout was sentenced", "source": PB, "approx": None,
   "note": "'Preet Bharara ... announced that ... VIKTOR BOUT was sentenced today to 25 years in prison': in the object of Bharara's 'announced that', so claimed by him (as 'Lynch announced today that the Justice Department collected ...' in doj_2016_fy2016_collections_15_billion); VOA's '25 Years' (headline) and '25 years' share the key"},
  {"quantity": "bout_farc_case:weapons_deal_value", "text": "millions", "value": None, "vague": True, "unit": "USD", "counted": "dollars worth of weapons Bout conspired to sell", "source": PB, "approx": None, "ctx": "sell millions of dollars",
   "note": "'conspiring to sell millions of dollars worth of weapons': vague plural with the unit word 'dollars' after it; same announcing sentence -> Bharara. The same deal (the weapons agreed for the FARC in 2007-2008) is valued 'millions of dollars worth of weapons' twice in the DEA release of 6 March 2008 (doj_2008_bout_arrested_bangkok): same key across the two stories of the one case"},
  {"text": "hundreds", "value": None, "vague": True, "unit": None, "counted": "surface-to-air missiles", "source": PB, "approx": None,
   "note": "'including hundreds of surface-to-air missiles': vague plural, same announcing sentence -> Bharara"},
  {"text": "20,000", "value": 20000, "unit": None, "counted": "AK-47s", "source": PB, "approx": "more than",
   "note": "'over 20,000 AK-47s': 'over' -> more than; same announcing sentence -> Bharara. 'AK-47' is a designation (the 47 is not a figure)"},
  {"text": "four", "value": 4, "unit": None, "counted": "counts for which Bout was charged", "source": None, "approx": None,
   "note": "'BOUT was convicted on all four counts': a sentence after the announcing one with no claimant of its own -> null (as the next-sentence figures of doj_2018_health_fraud_takedown and doj_2020_elder_fraud_sweep_400_defendants)"},
  {"text": "three", "value": 3, "unit": "weeks", "counted": "weeks of the jury trial", "source": None, "approx": None, "ctx": "three-week",
   "note": "'after a three-week jury trial': a duration, unit weeks (as 'three-week conflict' in the dev set); no claimant in the sentence"},
 ],
 "events": [
  {"actor": None, "date": "2012-04-05", "date_text": "today", "what": "Bout sentenced to 25 years in prison", "ctx": "sentenced today",
   "note": "'VIKTOR BOUT was sentenced today': 'today' modifies the passive 'was sentenced', which has no by-agent (the judge is named only in the next sentence, as the judge of the trial) -> null, as 'was sentenced on Tuesday' in voa_2010_times_square_bomber_sentence; Bharara is the agent of 'announced', not of the dated verb. The release's day, Thursday 5 April 2012"},
  {"actor": None, "date": "2011-11-02", "date_text": "On November 2, 2011", "what": "Bout convicted on all four counts after a three-week jury trial",
   "note": "passive without a by-agent ('BOUT was convicted'); the jury and the judge appear only in 'after a three-week jury trial before U.S. District Judge Shira A. Scheindlin', not as agents -> null"},
  {"actor": None, "date": "1990-01-01/1999-12-31", "date_text": "Since the 1990s", "what": "Bout an international weapons trafficker",
   "note": "'Since the 1990s, BOUT has been an international weapons trafficker': a state ('has been'), not an act -> null; a decade written as a day interval (as 'the 1980s' in the dev set)"},
  {"actor": "Office of Foreign Assets Control", "date": "2004", "date_text": "in 2004", "what": "OFAC placed Bout on the Specially Designated Nationals list",
   "note": "active verb with its subject: 'the U.S. Office of Foreign Assets Control within the Department of Treasury placed him on the Specially Designated Nationals list in 2004'"},
 ],
 "actors": [
  {"name": PB, "type": "person", "aliases": ["Preet Bharara", "Manhattan U.S. Attorney Preet Bharara", "the United States Attorney for the Southern District of New York"]},
  {"name": VB, "type": "person", "aliases": ["Viktor Bout", "VIKTOR BOUT", "BOUT", "international arms dealer VIKTOR BOUT"]},
  {"name": "Office of Foreign Assets Control", "type": "organisation", "aliases": ["U.S. Office of Foreign Assets Control", "the U.S. Office of Foreign Assets Control within the Department of Treasury"]},
 ],
 "notes": [
  "US Attorney's Office for the Southern District of New York (Justice Department) release of Thursday 5 April 2012 on Viktor Bout's sentence of 25 years in prison, from the justice.gov archive; the page prints no headline, line 1 rebuilt from the address (see meta edits). Story bout_sentence_2012 with VOA's blog post of the same day (voa_2012_bout_gets_25_years).",
  "Quote: Bharara's three-sentence statement, attributed before it ('... Preet Bharara said: \u201c...\u201d'); he is introduced in the first paragraph ('Preet Bharara, the United States Attorney for the Southern District of New York, announced ...'). Not a quote: '\u201cFARC\u201d' (a name in quote marks).",
  "Figures: 25 years, 'millions' of dollars, 'hundreds' of missiles and 'over 20,000' AK-47s all sit in the object of Bharara's 'announced that ...' and are claimed by him; the 'four' counts and the 'three-week' trial of the next sentence are null. Keys: bout_sentence_2012:prison_term (with VOA's two '25 years'); bout_farc_case:weapons_deal_value (the dollar value of the FARC weapons deal, with the DEA's two 'millions' of 6 March 2008; vague on both sides). Not figures: 'number one' in 'enemy number one' (a rank, inside the quote), 'AK-47s' (a designation), the years 1990s/2004/2011 (dates), 'many years' (no number).",
  "Events: 'today' (sentenced, passive without agent -> null), 'On November 2, 2011' (convicted, passive without agent -> null), 'Since the 1990s' (a state -> null), 'in 2004' (OFAC placed him on the list -> OFAC). Left out: 'Today\u2019s sentence' inside Bharara's quote ('today' inside speech, FORMAT.md) and the removed date line.",
  "Actors: Bharara (announces, speaks; 'the United States Attorney for the Southern District of New York' is his apposition), Bout ('VIKTOR BOUT', 'BOUT', 'Viktor Bout' in the quote), OFAC (placed him on the list). Not actors: Judge Shira A. Scheindlin (named only as the judge before whom the trial was held; the sentencing is agentless in the text), the FARC (a designated organisation, does not act), the Department of Treasury (only locates OFAC), 'U.S. nationals' (objects).",
  "second reading (annotator): the whole item re-read against FORMAT.md sections 1-2 and the stored copy; checked the curly marks around the quote and its final full stop inside the closing mark, the double spaces kept in quote text, 'over' -> more than, the four announcing-sentence figures claimed by Bharara against the next-sentence figures left null, 5 April 2012 a Thursday and 2 November 2011 as printed; no change.",
 ],
}
