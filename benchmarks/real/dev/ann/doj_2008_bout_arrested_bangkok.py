VB = "Victor Bout"
AS = "Andrew Smulian"
LG = "Michele M. Leonhart and Michael J. Garcia"
ANN = {
 "article": "articles/doj_2008_bout_arrested_bangkok.txt",
 "gold_out": "gold/doj_2008_bout_arrested_bangkok.json",
 "published": "2008-03-06",
 "quotes": [],
 "figures": [
  {"quantity": "bout_farc_case:weapons_deal_value", "text": "millions", "value": None, "vague": True, "unit": "USD", "counted": "dollars worth of weapons Bout was charged with conspiring to sell", "source": LG, "approx": None, "occ": 1,
   "note": "'Leonhart and ... Garcia ... announced the arrest of Victor Bout, an international arms dealer charged with conspiring to sell millions of dollars worth of weapons': in the object of the joint 'announced', so claimed by both announcers (a joint source, as 'Jeff Sessions and Alex M. Azar III' in doj_2018_health_fraud_takedown); vague plural with the unit word 'dollars'. Same key as the next paragraph's 'millions' and the 2012 SDNY release's 'millions of dollars worth of weapons' (the same FARC deal)"},
  {"quantity": "bout_farc_case:weapons_deal_value", "text": "millions", "value": None, "vague": True, "unit": "USD", "counted": "dollars worth of weapons Bout and Smulian agreed to sell to the FARC", "source": None, "approx": None, "occ": 2,
   "note": "'According to court documents, ... Bout and Smulian agreed to sell to the FARC millions of dollars worth of weapons': the claim is the court documents', which the text does not tie to a named body (no author, unlike 'the allegations in the indictment' returned by a named grand jury) -> null"},
  {"text": "two", "value": 2, "unit": None, "counted": "confidential sources working with the DEA", "source": None, "approx": None,
   "note": "'two confidential sources (CSs) working with the DEA': in the same 'According to court documents' paragraph, second sentence; no named claimant -> null"},
 ],
 "events": [
  {"actor": "Thai authorities", "date": "2008-03-05", "date_text": "yesterday", "what": "Bout and Smulian arrested on the U.S. charges in Bangkok",
   "note": "passive with a by-agent: 'Bout and co-defendant Andrew Smulian were arrested yesterday on the U.S. charges by Thai authorities in Bangkok'; the day before the 6 March 2008 release (US date; Wikinews of 8 March has the arrest on Thursday 6 March, Bangkok time)"},
  {"actor": "Victor Bout and Andrew Smulian", "date": "2007-11-01/2008-02-29", "date_text": "between November 2007 and February 2008", "what": "Bout and Smulian agreed to sell weapons to the FARC",
   "note": "active verb with a joint subject: 'between November 2007 and February 2008, Bout and Smulian agreed to sell to the FARC ...'; a month range written as a day interval (2008 is a leap year, so 29 February)"},
 ],
 "actors": [
  {"name": "Michele M. Leonhart", "type": "person", "aliases": ["DEA Acting Administrator Michele M. Leonhart"]},
  {"name": "Michael J. Garcia", "type": "person", "aliases": ["Michael J. Garcia", "the United States Attorney for the Southern District of New York"]},
  {"name": VB, "type": "person", "aliases": ["Victor Bout", "Bout", "an international arms dealer"]},
  {"name": AS, "type": "person", "aliases": ["co-defendant Andrew Smulian", "Smulian"]},
  {"name": "Thai authorities", "type": "organisation", "aliases": ["Thai authorities"]},
  {"name": "confidential sources", "type": "group", "aliases": ["confidential sources", "CSs"]},
 ],
 "notes": [
  "Drug Enforcement Administration (a Justice Department component) news release of Thursday 6 March 2008 on usdoj.gov/dea, kept from the End of Term 2008 web archive's capture; announces, with the US Attorney for the Southern District of New York, the arrest of Victor (Viktor) Bout and Andrew Smulian in Bangkok. Story bout_arrest_2008 with Wikinews of 8 March 2008 (wn_2008_bout_arrested_thailand).",
  "Quotes: none (the stored opening ends before any statement). Not a quote: '\"FARC\"' (a name in quote marks).",
  "Figures: two 'millions' of dollars worth of weapons (the first claimed jointly by Leonhart and Garcia, who 'announced' the charge; the second 'According to court documents', an unnamed author -> null) and the 'two' confidential sources (null). Key bout_farc_case:weapons_deal_value joins both 'millions' with the 2012 SDNY release's 'millions of dollars worth of weapons' (doj_2012_bout_sentenced_25_years): the same deal, stated in two stories of one case. Not figures: '6' in the dateline 'MAR 6', the years 2007/2008 (dates).",
  "Events: 'yesterday' (arrest, passive with by-agent 'by Thai authorities' -> Thai authorities; 5 March 2008 by the release's US date, while Wikinews dates the arrest Thursday 6 March: the two items disagree by the time zone) and 'between November 2007 and February 2008' (Bout and Smulian agreed to sell, joint actor). Left out: the dateline 'MAR 6 --' (FORMAT.md: datelines are not events) and the removed date line.",
  "Actors: Leonhart and Garcia (announced; the joint source is 'Michele M. Leonhart and Michael J. Garcia'), Bout (spelled 'Victor Bout' throughout this release; 'an international arms dealer' in apposition), Smulian ('co-defendant Andrew Smulian'), Thai authorities (arrested them), the confidential sources ('held themselves out as FARC representatives'). Not actors: the FARC (the intended buyer, an object), the DEA as a body ('DEA Investigation' in the sub-headline, 'working with the DEA'; it acts only through Leonhart here).",
  "second reading (annotator): the whole item re-read against FORMAT.md sections 1-2 and the stored copy; checked the straight marks around FARC, the dateline kept in the text and left out of the events, 'yesterday' = 5 March 2008, the 2007-11-01/2008-02-29 interval (leap year), the two 'millions' told apart with occ and the claimants (joint announcers vs unnamed court documents); no change.",
 ],
}
