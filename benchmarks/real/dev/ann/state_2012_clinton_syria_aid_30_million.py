K = "syria_humanitarian_aid_2012:"
HC = "Hillary Clinton"
US = "United States"
ANN = {
 "article": "articles/state_2012_clinton_syria_aid_30_million.txt",
 "gold_out": "gold/state_2012_clinton_syria_aid_30_million.json",
 "published": "2012-10-02",
 "quotes": [],
 "figures": [
  {"text": "$30 million", "value": 30e6, "unit": "USD", "counted": "more U.S. humanitarian assistance announced for those affected by the Syria conflict", "source": HC, "approx": "around",
   "note": "'Clinton announced September 28 in New York that the United States is providing nearly $30 million more ...': claimed by Clinton (announced that ...); 'nearly' -> around. A new tranche, not the same quantity as the $5.5 million tranche of 11 August"},
  {"quantity": K+"us_humanitarian_total", "text": "$132 million", "value": 132e6, "unit": "USD", "counted": "U.S. humanitarian assistance in fiscal year 2012 for the Syria crisis", "source": None, "approx": "more than",
   "note": "'With this new assistance, the United States is providing more than $132 million in fiscal year 2012 ...': the sentence after Clinton's announcement names no claimant of its own, so source null (as the next-sentence figures of doj_2018_health_fraud_takedown). The running total of U.S. humanitarian aid for the crisis: 'nearly $82 million' on 11 August (state_2012_syria_aid_5_5_million_istanbul), same key"},
  {"text": "975,000", "value": 975000, "unit": None, "counted": "people inside Syria to be helped", "source": None, "approx": "more than"},
  {"text": "300,000", "value": 300000, "unit": None, "counted": "people who have fled to the safety of neighboring countries", "source": None, "approx": "around",
   "note": "'the nearly 300,000 who have fled': 'nearly' -> around; the counted noun is implied (people)"},
 ],
 "events": [
  {"actor": HC, "date": "2012-09-28", "date_text": "September 28", "what": "Clinton announced nearly $30 million more in humanitarian assistance, in New York",
   "note": "'Secretary of State Hillary Rodham Clinton announced September 28 in New York that ...': she is the agent; year from the publication date (2 October 2012)"},
  {"actor": US, "date": "2011-10-01/2012-09-30", "date_text": "in fiscal year 2012", "what": "the United States is providing more than $132 million in humanitarian aid",
   "note": "the fiscal year dates the providing, whose agent is the United States ('the United States is providing ... in fiscal year 2012'); US federal FY 2012 = 1 October 2011 - 30 September 2012 (as the FY events of doj_2016_fy2016_collections_15_billion)"},
 ],
 "actors": [
  {"name": HC, "type": "person", "aliases": ["Secretary of State Hillary Rodham Clinton"]},
  {"name": US, "type": "country", "aliases": ["the United States", "The United States"]},
 ],
 "notes": [
  "IIP Digital (State Department, Bureau of International Information Programs) article of Tuesday 2 October 2012 on Secretary Clinton's announcement of 28 September in New York (at the Friends of the Syrian People meeting, which the text does not name); story syria_humanitarian_aid_2012 with the State Department media note of 11 August 2012 (state_2012_syria_aid_5_5_million_istanbul).",
  "Figures: the new tranche ('nearly $30 million') is what Clinton 'announced ... that' (source Hillary Clinton); the fiscal-year total and the counts of people helped stand in the next sentence without a claimant (source null). Cross-item figure: the running total of U.S. humanitarian aid for the crisis (more than $132 million here, nearly $82 million on 11 August) shares syria_humanitarian_aid_2012:us_humanitarian_total; the tranches ($30 million, $5.5 million) are different quantities and get no key.",
  "No quotes. Events: 'September 28' (Clinton's announcement) and 'in fiscal year 2012' (the U.S. providing aid, normalised to the federal fiscal year). The date line '02 October 2012' and the photo caption (which dated a refugee crossing 'September 15' and carried a U.N. figure) were removed as furniture; 'Washington \u2014' is a dateline, not an event.",
  "Actors: Clinton and the United States. NGOs, UNRWA, UNHCR, WHO and UNICEF appear only as channels of the funding and are not listed.",
  "Not figures: '2012' in 'fiscal year 2012' (a date).",
  "second reading (annotator): checked the two 'nearly' -> around and two 'more than', that only the $30 million sits in Clinton's 'announced ... that' clause, the fiscal-year interval, 2 October 2012 (a Tuesday) and 28 September 2012 (a Friday), and every alias as an exact substring; no change.",
 ],
}
