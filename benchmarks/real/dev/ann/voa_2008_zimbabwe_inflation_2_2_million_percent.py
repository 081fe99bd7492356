G = "Gideon Gono"
CSO = "Central Statistical Office"
CH = "Prosper Chitambara"
WFP = "United Nations World Food Program"
FAO = "Food and Agriculture Organization"
K = "zimbabwe_hyperinflation_2008:"
ANN = {
 "article": "articles/voa_2008_zimbabwe_inflation_2_2_million_percent.txt",
 "gold_out": "gold/voa_2008_zimbabwe_inflation_2_2_million_percent.json",
 "published": "2008-07-16",
 "quotes": [
  {"text": "into the economic abyss.", "speaker": CH, "speaker_mention": "British-based Zimbabwean economist Prosper Chitambara", "fragment": True,
   "note": "'Prosper Chitambara told reporter Blessing Zulu ... that the inflation estimate ... points to continued deterioration and a plunge \"into the economic abyss.\"': Chitambara's phrase inside his reported speech; the final '.' inside the marks kept"},
 ],
 "figures": [
  {"quantity": K + "annual_inflation_official_estimate_jul2008", "text": "2.2 Million Percent", "value": 2.2e6, "unit": "%", "counted": "annual inflation rate (official estimate)", "source": None, "approx": None,
   "note": "headline: 'Officially Estimated' is a passive without agent, so the outlet's voice; same quantity as the two '2.2 million percent' of the body"},
  {"quantity": K + "annual_inflation_official_estimate_jul2008", "text": "2.2 million percent", "ctx": "some 2.2 million percent", "value": 2.2e6, "unit": "%", "counted": "annual inflation rate", "source": G, "approx": "around",
   "note": "'Zimbabwe's central bank governor made known on Wednesday that inflation has reached an annual rate of some 2.2 million percent': the governor (named in the next paragraph, Gideon Gono) is the claimant; 'some' -> around"},
  {"text": "165,000%", "value": 165000, "unit": "%", "counted": "annual inflation rate for February", "source": CSO, "approx": None,
   "note": "'the country's Central Statistical Office announced a rate of 165,000% for February': a different quantity (February's rate) from the 2.2 million percent"},
  {"quantity": K + "annual_inflation_official_estimate_jul2008", "text": "2.2 million percent", "ctx": "estimate of 2.2 million percent", "value": 2.2e6, "unit": "%", "counted": "inflation estimate", "source": CH, "approx": None,
   "note": "inside Chitambara's reported speech ('Prosper Chitambara told ... that the inflation estimate of 2.2 million percent points to ...'): the verb of saying of the sentence is his, so he is the source here (the rule of the other VOA items: the claim verb of the figure's sentence), although the estimate itself is Gono's; same quantity key"},
  {"text": "2 million", "ctx": "More than 2 million", "value": 2e6, "unit": None, "counted": "Zimbabweans going hungry in the months ahead", "source": WFP + " and " + FAO, "approx": "more than",
   "note": "'More than 2 million Zimbabweans will be going hungry in the months ahead, according to the United Nations World Food Program and Food and Agriculture Organization': the two agencies are a joint claimant; 'More than' -> more than"},
  {"text": "5 million", "value": 5e6, "unit": None, "counted": "Zimbabweans going hungry by early next year", "source": WFP + " and " + FAO, "approx": "more than",
   "note": "'..., which say that figure could surge to more than 5 million by early next year': 'which' = the two agencies; a different quantity (a later projection) from the 2 million"},
 ],
 "events": [
  {"actor": G, "date": "2008-07-16", "date_text": "on Wednesday", "what": "central bank governor made known the 2.2 million percent inflation estimate",
   "note": "'Zimbabwe's central bank governor made known on Wednesday ...': the governor (Gideon Gono, named in the next paragraph) is the agent; Wednesday 16 July 2008, the day of the report"},
  {"actor": None, "date": "2008-02", "date_text": "for February", "what": "period of the 165,000% inflation rate",
   "note": "'announced a rate of 165,000% for February': 'for February' modifies the noun 'rate' (the month measured), not 'announced' (the announcing came later and is undated), so no agent; like 'March's inflation' in govuk_2014_unemployment_below_7"},
  {"actor": CSO, "date": "2008-02", "date_text": "February", "ctx": "February report", "what": "the Central Statistical Office's February inflation report",
   "note": "date on a noun: 'His office stopped issuing inflation data after the February report' - the report is the act of 'His office' (Nyoni's Central Statistical Office), so the office is the agent; normalised to the month named"},
  {"actor": None, "date": "2009", "date_text": "by early next year", "what": "number of hungry Zimbabweans could surge to more than 5 million",
   "note": "dates the projected surge (no agent; the agencies' saying is undated); 'next year' from 2008 = 2009"},
 ],
 "actors": [
  {"name": G, "type": "person", "aliases": ["Zimbabwe's central bank governor", "Reserve Bank of Zimbabwe Governor Gideon Gono", "Gideon Gono"]},
  {"name": CSO, "type": "organisation", "aliases": ["Central Statistical Office", "the country's Central Statistical Office"]},
  {"name": "Moffat Nyoni", "type": "person", "aliases": ["Central Statistical Office Acting Director Moffat Nyoni", "Moffat Nyoni"]},
  {"name": "Government of Zimbabwe", "type": "organisation", "aliases": ["the government"]},
  {"name": "Robert Mugabe", "type": "person", "aliases": ["President Robert Mugabe", "Robert Mugabe"]},
  {"name": CH, "type": "person", "aliases": ["British-based Zimbabwean economist Prosper Chitambara", "Prosper Chitambara"]},
  {"name": WFP, "type": "organisation", "aliases": ["United Nations World Food Program", "the United Nations World Food Program", "WFP"]},
  {"name": FAO, "type": "organisation", "aliases": ["Food and Agriculture Organization"]},
  {"name": "Richard Lee", "type": "person", "aliases": ["WFP Southern Africa spokesman Richard Lee", "Richard Lee"]},
 ],
 "notes": [
  "VOA News report (Studio 7 for Zimbabwe, English, on voazimbabwe.com) of Wednesday 16 July 2008 on the central bank governor's disclosure of an official annual inflation estimate of 2.2 million percent. Single item of story zimbabwe_hyperinflation_2008 in this folder.",
  "One quote: Chitambara's fragment 'into the economic abyss.' Nyoni's confirmation, Mugabe's blaming of Britain, the government's description of the program and Richard Lee's statement are reported speech without quote marks.",
  "Key zimbabwe_hyperinflation_2008:annual_inflation_official_estimate_jul2008 joins the headline and the two body mentions of 2.2 million percent (one figure, stated three times, claimed by the outlet, Gono and Chitambara in turn). The 165,000% February rate is a different quantity; 2 million and 5 million hungry Zimbabweans are two projections of different periods (no shared key).",
  "Speakers and actors: Gono is introduced by description ('Zimbabwe's central bank governor') a paragraph before his name. 'His office' (Nyoni's office) is not listed as an alias (pronoun phrase); 'Britain' is blamed and accused but does not act in the text, and the VOA journalists Blessing Zulu and Delia Robertson are only addressees: none are actors. 'Reserve Bank of Zimbabwe' occurs only inside Gono's title.",
  "Not figures: 'Studio 7' (a programme name), 'first' (ordinal). Not events: 'in the months ahead' (vague).",
  "Second careful read done against FORMAT.md (quote span and final '.', 'some' -> around, 'More than'/'more than' -> more than, joint source written with canonical names, date on nouns 'for February' / 'the February report', 'next year' = 2009) by the annotator.",
 ],
}
