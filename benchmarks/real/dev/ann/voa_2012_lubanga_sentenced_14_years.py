ICC = "International Criminal Court"
TL = "Thomas Lubanga"
AF = "Adrian Fulford"
K = "lubanga_icc_2012:"
ANN = {
 "article": "articles/voa_2012_lubanga_sentenced_14_years.txt",
 "gold_out": "gold/voa_2012_lubanga_sentenced_14_years.json",
 "published": "2012-07-10",
 "quotes": [
  {"text": "The trial and the sentence has sent a very strong message about the seriousness of the crime of recruiting children and using them in war",
   "speaker": "Anneke van Woudenberg", "speaker_mention": "Human Rights Watch's (HRW) senior researcher Anneke van Woudenberg", "fragment": False,
   "note": "attribution after the quote ('said Human Rights Watch's (HRW) senior researcher Anneke van Woudenberg'); trailing comma before the closing mark dropped"},
 ],
 "figures": [
  {"quantity": K+"sentence_years", "text": "14 Years", "value": 14, "unit": "years", "counted": "years in prison to which the ICC sentenced the warlord", "source": None, "approx": None,
   "note": "headline, outlet's voice"},
  {"quantity": K+"sentence_years", "text": "14", "ctx": "a 14-year prison term", "value": 14, "unit": "years", "counted": "year prison term handed to Lubanga", "source": None, "approx": None,
   "note": "'14' of '14-year' (as '47' in '47-year-old'); 'the ... ICC handed a 14-year prison term': the court is the agent of the sentencing, not a claimant; outlet's voice -> null"},
  {"quantity": K+"prosecution_request_years", "text": "30 years", "value": 30, "unit": "years", "counted": "years in prison prosecutors had requested", "source": "ICC prosecutors", "approx": None,
   "note": "'far less than the 30 years prosecutors had requested': the prosecutors' figure"},
  {"text": "13", "ctx": "terms of 13, 12", "value": 13, "unit": "years", "counted": "years in prison for conscripting child soldiers", "source": None, "approx": None,
   "note": "first of three terms 'of 13, 12 and 14 years respectively' (unit printed once after the list); the judge gave the terms (agent of the act, not a claimant) -> null"},
  {"text": "12", "ctx": "13, 12 and", "value": 12, "unit": "years", "counted": "years in prison for enlisting child soldiers", "source": None, "approx": None,
   "note": "second term of the list, for enlisting"},
  {"text": "14 years", "ctx": "12 and 14 years respectively", "value": 14, "unit": "years", "counted": "years in prison for using child soldiers", "source": None, "approx": None,
   "note": "third term of the list, for using child soldiers; not keyed with the overall 14-year sentence (a term for one crime, not the total)"},
  {"quantity": K+"sentence_years", "text": "14 years", "ctx": "overall sentence of 14 years", "value": 14, "unit": "years", "counted": "years of the overall sentence", "source": None, "approx": None,
   "note": "'with an overall sentence of 14 years': the total term, same quantity as the headline and lead"},
  {"quantity": K+"child_age_limit", "text": "15", "ctx": "under 15 years old", "value": 15, "unit": "years", "counted": "years old, the age of the boys and girls recruited", "source": None, "approx": "less than",
   "note": "'the Hague court found him guilty of recruiting boys and girls under 15 years old': the finding narrated in the outlet's voice (the court is the agent, not quoted) -> null; 'under' -> less than. Same key as the age limit in the 14 March blog item (voa_2012_lubanga_found_guilty_first_verdict)"},
 ],
 "events": [
  {"actor": None, "date": "2006", "date_text": "since 2006", "what": "Lubanga's pre-trial detention began",
   "note": "'time Lubanga spent in pre-trial detention since 2006': a date on the noun 'detention'; the text does not say who detained him -> null"},
  {"actor": ICC, "date": "2012-03", "date_text": "In March", "what": "the Hague court found Lubanga guilty",
   "note": "active verb with its subject ('In March, the Hague court found him guilty'); March of the report's year (the verdict of 14 March 2012)"},
 ],
 "actors": [
  {"name": ICC, "type": "organisation", "aliases": ["ICC", "the Hague-based International Criminal Court", "International Criminal Court", "the Hague court"]},
  {"name": TL, "type": "person", "aliases": ["Congolese Warlord", "former warlord Thomas Lubanga", "Lubanga"]},
  {"name": AF, "type": "person", "aliases": ["presiding International Criminal Court Judge Adrian Fulford", "Judge Fulford"]},
  {"name": "Anneke van Woudenberg", "type": "person", "aliases": ["Human Rights Watch's (HRW) senior researcher Anneke van Woudenberg", "Anneke van Woudenberg"]},
  {"name": "Human Rights Watch", "type": "organisation", "aliases": ["Human Rights Watch", "HRW"]},
  {"name": "rights groups", "type": "group", "aliases": ["Rights groups"]},
  {"name": "ICC prosecutors", "type": "group", "aliases": ["prosecutors"]},
 ],
 "notes": [
  "VOA report by Lisa Bryant (Paris) of Tuesday 10 July 2012: the International Criminal Court sentences Thomas Lubanga to 14 years for recruiting and using child soldiers (the page prints no date line; date from the removed photo caption, see meta). Story lubanga_icc_2012 with the VOA breaking-news post of 14 March 2012 on the verdict (voa_2012_lubanga_found_guilty_first_verdict): the age limit of the children (15) shares key child_age_limit.",
  "One quote: Human Rights Watch's Anneke van Woudenberg, attribution after the quote. The judge's own words were in the last paragraph, cut mid-word in the stored copy and dropped (see meta edits), so no quote of Judge Fulford is kept.",
  "Figures: the 14-year sentence three times (headline '14 Years', '14-year', 'overall sentence of 14 years': key sentence_years); the prosecutors' request of 30 years (source ICC prosecutors); the three terms '13, 12 and 14 years' for conscripting, enlisting and using (three figures, unit years, not keyed: each is one crime's term); the age limit 'under 15 years old' (less than). Not figures: 'first' (ordinal in 'its first sentencing'), '2006' (a year).",
  "Events: 'since 2006' (the pre-trial detention, a dated noun without a named agent -> null) and 'In March' (the Hague court found him guilty, active -> ICC, 2012-03). The sentencing itself carries no date expression in the kept text (the caption with 'July 10, 2012' was removed).",
  "Actors: the ICC ('the Hague-based International Criminal Court (ICC)', 'the Hague court'), Lubanga, the presiding judge Adrian Fulford (reads the sentence, 'underscored'), van Woudenberg and Human Rights Watch, 'Rights groups' (cheered), 'prosecutors' (had requested). 'Those sentences will be served concurrently' is a passive without agent.",
  "second careful reading against FORMAT.md sections 1-2 (annotator): re-read the whole item; checked the quote span (trailing comma outside), each of the four 14s pinned by ctx or its own text, the list '13, 12 and 14 years' as three figures with the unit from the end of the list, 'under 15' = less than, 'In March' = 2012-03 and the dropped cut paragraph listed in the meta edits.",
 ],
}
