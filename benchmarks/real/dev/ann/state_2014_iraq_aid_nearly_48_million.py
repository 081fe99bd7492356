JK = "John Kerry"
US = "United States"
DART = "USAID Disaster Assistance Response Team"
ANN = {
 "article": "articles/state_2014_iraq_aid_nearly_48_million.txt",
 "gold_out": "gold/state_2014_iraq_aid_nearly_48_million.json",
 "published": "2014-09-10",
 "quotes": [],
 "figures": [
  {"text": "$48 million", "value": 48e6, "unit": "USD", "counted": "additional humanitarian aid for Iraqi internally displaced and refugees", "source": JK, "approx": "around",
   "note": "'Today, Secretary Kerry announced that the United States is providing nearly $48 million ...': claimed by Kerry; 'nearly' -> around"},
  {"text": "$37 million", "value": 37e6, "unit": "USD", "counted": "aid through international and non-governmental organizations within Iraq", "source": None, "approx": "around",
   "note": "list item after 'This assistance includes:' (a new sentence in the release's voice), so null; 'Nearly' -> around"},
  {"text": "$11 million", "value": 11e6, "unit": "USD", "counted": "aid through non-governmental organizations for Iraqi refugees in Jordan, Lebanon and Syria", "source": None, "approx": "around"},
  {"text": "$186 million", "value": 186e6, "unit": "USD", "counted": "total U.S. humanitarian assistance to displaced Iraqis in fiscal year 2014", "source": None, "approx": "more than",
   "note": "'Today’s announcement brings the total ... to more than $186 million in fiscal year 2014': release's own voice"},
  {"text": "1.8 million", "value": 1.8e6, "unit": None, "counted": "people displaced inside Iraq since January", "source": None, "approx": None},
  {"text": "141,000", "value": 141000, "unit": None, "counted": "Iraqi refugees in the region", "source": None, "approx": "more than"},
  {"text": "60", "value": 60, "unit": "tonnes", "counted": "metric tons of USAID relief supplies air lifted", "source": None, "approx": None,
   "note": "'60 metric tons' -> unit tonnes; the number span is '60' (the unit words are not glued)"},
 ],
 "events": [
  {"actor": JK, "date": "2014-09-10", "date_text": "Today", "what": "Kerry announced nearly $48 million in additional humanitarian aid for the Iraq crisis", "ctx": "Today, Secretary Kerry",
   "note": "'Today, Secretary Kerry announced that ...': Wednesday 10 September 2014 (release date line)"},
  {"actor": JK, "date": "2014-09-10", "date_text": "Today’s", "what": "today's announcement (by Kerry) brings the FY2014 total to more than $186 million",
   "note": "possessive date on a noun ('Today’s announcement'): the announcer is named in the first sentence (Kerry), as 'Friday's verdict' -> the court"},
  {"actor": US, "date": "2013-10-01/2014-09-30", "date_text": "in fiscal year 2014", "what": "the United States' humanitarian assistance to displaced Iraqis totals more than $186 million",
   "note": "dates the United States' assistance ('the United States’ humanitarian assistance ... in fiscal year 2014'), as 'the United States is providing ... in fiscal year 2012' in state_2012_clinton_syria_aid_30_million; US federal FY2014 = 1 October 2013 - 30 September 2014"},
  {"actor": None, "date": "2014-01", "date_text": "since January", "what": "1.8 million people displaced inside Iraq",
   "note": "'who have been displaced inside Iraq since January': passive without agent, so null; January 2014"},
  {"actor": DART, "date": "2014-09-01/2014-09-07", "date_text": "Last week", "what": "the DART air lifted 60 metric tons of USAID relief supplies",
   "note": "'Last week, the DART air lifted ...': subject of 'air lifted'; the ISO week before Wednesday 10 September 2014 = Monday 1 - Sunday 7 September"},
 ],
 "actors": [
  {"name": JK, "type": "person", "aliases": ["Secretary Kerry"]},
  {"name": US, "type": "country", "aliases": ["the United States"]},
  {"name": DART, "type": "organisation", "aliases": ["The USAID Disaster Assistance Response Team", "DART", "the DART"]},
  {"name": "International Organization for Migration", "type": "organisation", "aliases": ["International Organization for Migration", "IOM"]},
  {"name": "Islamic State of Iraq and the Levant", "type": "organisation", "aliases": ["Islamic State of Iraq and the Levant", "ISIL"]},
 ],
 "notes": [
  "State Department fact sheet (Office of the Spokesperson) of Wednesday 10 September 2014 on new U.S. humanitarian aid for the Iraq crisis, kept from a blog that reposts it word for word; story iraq_us_humanitarian_aid_2014 (single item in this batch).",
  "Claimants: only the tranche in Kerry's 'announced that ...' clause ($48 million) is sourced to Kerry; the list items, the FY2014 total and the counts of displaced people and refugees are the release's own voice (null). No quantity keys (no other item of this story here).",
  "No quotes (no quote marks). Events: Today (Kerry), Today’s (announcement by Kerry), in fiscal year 2014 (U.S. assistance), since January (passive displacement, null), Last week (the DART air lifted supplies). 'recently liberated' is vague; the passive 'being distributed by the International Organization for Migration' has no date.",
  "Actors: 'USAID' alone is not listed (it only modifies 'relief supplies' and the team's name); local officials, the UN, other donors are partners named once and do not act as claimants or dated agents. Not figures: '2014' in 'fiscal year 2014'.",
  "Second careful reading against FORMAT.md done by the annotator: 'Nearly'/'nearly' x3 -> around, 'more than' x2, '60 metric tons' unit tonnes, the last-week interval (10 September 2014 was a Wednesday); apostrophes in 'Today’s' and 'States’' are not quotes.",
 ],
}
