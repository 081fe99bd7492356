COM = "United States Department of Commerce"
ANN = {
 "article": "articles/voa_2010_gdp_growth_slides_second_quarter.txt",
 "gold_out": "gold/voa_2010_gdp_growth_slides_second_quarter.json",
 "published": "2010-07-30",
 "quotes": [
 ],
 "figures": [
  {"text": "2.4 percent", "value": 2.4, "unit": "%", "counted": "GDP growth in the second quarter", "source": COM,
   "note": "'Friday's Commerce Department report says the gross domestic product grew just 2.4 percent in the second quarter'"},
  {"text": "3.7-percent", "value": 3.7, "unit": "%", "counted": "growth in the first part of the year", "source": None,
   "note": "'That is much slower than the 3.7-percent growth ...': new sentence with no cue of its own; the report of the sentence before is not carried over, so source null. The number span keeps the glued '-percent' (like '47' of '47-year-old' but with the unit attached)"},
  {"quantity": "us_economy_mid_2010:unemployment_rate_june", "text": "9.5-percent", "value": 9.5, "unit": "%", "counted": "unemployment rate", "source": None,
   "note": "the rate of June 2010, still the latest on 30 July; same quantity as '9.5 percent' in voa_2010_june_jobs_net_loss_125000"},
  {"text": "7 million", "value": 7e6, "counted": "people unemployed for six months or more", "approx": "around", "source": None,
   "note": "'nearly 7 million' -> around"},
  {"text": "six", "value": 6, "unit": "months", "counted": "months unemployed", "approx": "at least", "source": None,
   "note": "'for six months or more' -> at least"},
 ],
 "events": [
  {"actor": None, "date": "2010-04-01/2010-06-30", "date_text": "in April, May and June", "what": "U.S. economic recovery lost some momentum",
   "note": "three months written as one interval (the second quarter of 2010); the recovery losing momentum has no agent"},
  {"actor": COM, "date": "2010-07-30", "date_text": "Friday’s", "what": "Commerce Department report on second-quarter GDP",
   "note": "date on the noun 'report': 'Friday's Commerce Department report' - the department is the agent"},
  {"actor": None, "date": "2010-04-01/2010-06-30", "date_text": "in the second quarter", "what": "GDP grew 2.4 percent",
   "note": "the second calendar quarter of 2010, written as its first and last day; no agent"},
  {"actor": None, "date": "2010", "date_text": "for the rest of 2010", "what": "GDP growth predicted to be even slower",
   "note": "the expression dates the slower growth (not the economists' predicting, which is undated); normalised to the year named"},
 ],
 "actors": [
  {"name": COM, "type": "organisation", "aliases": ["Commerce Department"]},
 ],
 "notes": [
  "VOA News item of Friday 30 July 2010 on the advance estimate of second-quarter GDP, kept from a repost on eagleworldnews.com credited 'Source: VOA News'. Story us_economy_mid_2010 with voa_2010_june_jobs_net_loss_125000 (2 July 2010): the 9.5 percent unemployment rate shares us_economy_mid_2010:unemployment_rate_june.",
  "No quotes. 'Many economists predict ...' names no economist and is not an actor; 'the nation' is not an actor.",
  "'in the first part of the year' (the 3.7-percent growth) is left out as vague: the text does not say which months (it is the first quarter, but the text says only 'the first part'). The dateline 'WASHINGTON - ' is not an event.",
  "Only the 2.4 percent is claimed by the Commerce Department ('report says'); the other figures are VOA's voice.",
  "Second careful read done against FORMAT.md (glued '-percent' spans, 'nearly' -> around, 'or more' -> at least, quarter intervals) by the annotator.",
 ],
}
