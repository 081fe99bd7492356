K = "syria_humanitarian_aid_2012:"
HC = "Hillary Clinton"
ANN = {
 "article": "articles/state_2012_syria_aid_5_5_million_istanbul.txt",
 "gold_out": "gold/state_2012_syria_aid_5_5_million_istanbul.json",
 "published": "2012-08-11",
 "quotes": [],
 "figures": [
  {"text": "$5.5 million", "value": 5.5e6, "unit": "USD", "counted": "additional U.S. humanitarian assistance announced in Istanbul", "source": HC, "approx": None,
   "note": "'Today in Istanbul, Secretary Clinton announced the United States is providing an additional $5.5 million ...': claimed by Clinton (announced that ...); a new tranche, not the same quantity as the 'nearly $30 million' tranche of 28 September"},
  {"quantity": K+"us_humanitarian_total", "text": "$82 million", "value": 82e6, "unit": "USD", "counted": "total U.S. humanitarian contribution for the Syria crisis", "source": HC, "approx": "around",
   "note": "'bringing the total U.S. contribution for this crisis to nearly $82 million': same announcing sentence, claimed by Clinton; 'nearly' -> around. Running total of U.S. humanitarian aid for the crisis; 'more than $132 million in fiscal year 2012' on 28 September (state_2012_clinton_syria_aid_30_million) is the same running total seven weeks on, same key, like a toll that grows: 'for this crisis' here and 'in fiscal year 2012' there name one total, the U.S. humanitarian aid for the Syria crisis as the State Department updated it tranche by tranche (USAID's Syria fact sheet of early September 2012, between the two, gives 'nearly $103 million' for it)"},
  {"text": "eleven", "value": 11, "unit": None, "counted": "camps along the Turkey-Syria border", "source": None, "approx": None},
  {"text": "four", "value": 4, "unit": None, "counted": "provinces along the Turkey-Syria border with camps", "source": None, "approx": None},
  {"text": "50,000", "value": 50000, "unit": None, "counted": "people who fled to camps in Turkey", "source": None, "approx": "more than",
   "note": "'the more than 50,000 people who fled to camps in Turkey': the release's own voice"},
  {"text": "$27.5 million", "value": 27.5e6, "unit": "USD", "counted": "U.S. funding to the World Food Program (WFP)", "source": None, "approx": None,
   "note": "list item after 'In total, ..., the United States is providing:' (the release's own voice; the United States is the giver, not a claimant)"},
  {"text": "$23.1 million", "value": 23.1e6, "unit": "USD", "counted": "U.S. funding to UNHCR", "source": None, "approx": None},
  {"text": "$15.1 million", "value": 15.1e6, "unit": "USD", "counted": "U.S. funding to nongovernmental organizations (NGOs)", "source": None, "approx": None},
 ],
 "events": [
  {"actor": HC, "date": "2012-08-11", "date_text": "Today", "what": "Clinton announced an additional $5.5 million in humanitarian assistance in Istanbul",
   "note": "'Today in Istanbul, Secretary Clinton announced ...': Clinton is the agent; 'Today' = the release date, Saturday 11 August 2012 (not speech: the release's own narration)"},
 ],
 "actors": [
  {"name": HC, "type": "person", "aliases": ["Secretary Clinton"]},
  {"name": "United States", "type": "country", "aliases": ["The United States", "the United States"]},
  {"name": "Government of Turkey", "type": "organisation", "aliases": ["The Government of Turkey"]},
  {"name": "Turkish Red Crescent", "type": "organisation", "aliases": ["the Turkish Red Crescent"]},
 ],
 "notes": [
  "State Department media note (Office of the Spokesperson) of Saturday 11 August 2012, issued while Secretary Clinton was in Istanbul; story syria_humanitarian_aid_2012 with the IIP Digital article of 2 October 2012 on Clinton's 28 September announcement (state_2012_clinton_syria_aid_30_million).",
  "Figures claimed by a named official: the new $5.5 million and the running total of nearly $82 million are what 'Secretary Clinton announced' (source Hillary Clinton). The rest (eleven camps, four provinces, more than 50,000 people, the three list amounts) are the release's own voice (source null).",
  "Cross-item figure: the running total of U.S. humanitarian aid for the Syria crisis (nearly $82 million here; more than $132 million in fiscal year 2012 on 28 September) shares syria_humanitarian_aid_2012:us_humanitarian_total.",
  "No quotes. One event ('Today', Clinton's announcement). The header date 'August 11, 2012' was removed with the header block (furniture).",
  "Actors: Clinton, the United States (pursuing access, providing aid), the Government of Turkey and the Turkish Red Crescent (providing assistance). UNHCR, IOM, WFP and NGOs appear only as channels or recipients of U.S. money and are not listed.",
  "Not figures: 'Turkey-Syria border' contains none; the cut last list item ('$') was dropped.",
  "second reading (annotator): checked both Clinton-claimed figures sit in the 'announced' sentence, 'nearly' -> around, 'the more than 50,000' -> more than, the three list amounts, 11 August 2012 (a Saturday) and every alias as an exact substring; no change.",
 ],
}
