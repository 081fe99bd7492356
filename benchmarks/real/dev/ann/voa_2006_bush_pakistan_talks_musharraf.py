GWB = "George W. Bush"
PM = "Pervez Musharraf"
MMS = "Manmohan Singh"
SB = "suicide bomber in Karachi"
K = "bush_south_asia_trip_2006"
ANN = {
 "article": "articles/voa_2006_bush_pakistan_talks_musharraf.txt",
 "gold_out": "gold/voa_2006_bush_pakistan_talks_musharraf.json",
 "published": "2006-03-04",
 "quotes": [],
 "figures": [
  {"quantity": K + ":karachi_bombing_killed", "text": "three", "value": 3, "unit": None, "counted": "other people killed by the suicide bomber outside the U.S. consulate in Karachi", "source": None, "approx": None,
   "ctx": "three other people",
   "note": "'killed himself and three other people, including a U.S. diplomat': VOA's voice. Same quantity as 'killed three people' in voa_2006_pakistan_security_tight_bush_visit (the bomber is not counted in either)"},
  {"text": "hundreds", "value": None, "vague": True, "unit": None, "counted": "protesters dispersed by police in Rawalpindi", "source": None, "approx": None},
  {"text": "thousands", "value": None, "vague": True, "unit": None, "counted": "Muslims marching in Hyderabad", "source": None, "approx": None},
  {"text": "three", "value": 3, "unit": None, "counted": "people killed in the Hindu-Muslim clash in Lucknow", "source": None, "approx": "at least",
   "ctx": "at least three people dead",
   "note": "'at least three people dead'; VOA's voice"},
  {"text": "17", "value": 17, "unit": None, "counted": "people injured in the Hindu-Muslim clash in Lucknow", "source": None, "approx": "at least",
   "note": "'at least 17 injured'; the head noun 'people' is shared with the dead count before it"},
 ],
 "events": [
  {"actor": GWB, "date": "2006-03-04", "date_text": "Later Saturday", "what": "Bush to meet Musharraf and hold a round-table with Pakistani society",
   "note": "'Later Saturday Mr. Bush will meet with General Musharraf': Bush is the agent of 'will meet'; Saturday is the day of the report (written from Islamabad)"},
  {"actor": GWB, "date": "2006-03-03", "date_text": "a day after", "what": "the president's visit to Pakistan began",
   "note": "'the president's visit which began a day after a suicide bomber killed ... on Thursday': dates the start of the visit (Friday 3 March), a day after the Thursday bombing; the visit is the president's act (as 'a day after' is annotated in other dev items)"},
  {"actor": SB, "date": "2006-03-02", "date_text": "on Thursday", "ctx": "Karachi on Thursday", "what": "suicide bomber killed himself and three others outside the U.S. consulate in Karachi",
   "note": "the bomber is the agent of 'killed'"},
  {"actor": "police in Rawalpindi", "date": "2006-03-03", "date_text": "On Friday", "what": "police used batons to disperse protesters in Rawalpindi",
   "note": "'On Friday in Rawalpindi, near Islamabad, police used batons ...': police are the agent"},
  {"actor": GWB, "date": "2006-03-03", "date_text": "on Friday", "ctx": "departed India on Friday", "what": "Bush departed India after remarks on Pakistan",
   "note": "'In remarks before he departed India on Friday': the date modifies 'departed', whose agent is 'he' = President Bush"},
  {"actor": GWB + " and " + MMS, "date": "2006-03-02", "date_text": "Thursday", "ctx": "talks Thursday", "what": "Bush-Singh talks that finalized the nuclear deal",
   "note": "date on the noun 'talks Thursday with Indian Prime Minister Manmohan Singh' (in Bush's reported speech): the talks were held by Bush ('He') with Singh, a joint actor; 'finalized' is a passive without agent"},
 ],
 "actors": [
  {"name": GWB, "type": "person", "aliases": ["President Bush", "Mr. Bush", "the president", "the U.S. leader"]},
  {"name": PM, "type": "person", "aliases": ["Pakistani President Pervez Musharraf", "President Musharraf", "General Musharraf"]},
  {"name": SB, "type": "person", "aliases": ["a suicide bomber"]},
  {"name": "police in Rawalpindi", "type": "organisation", "aliases": ["police"]},
  {"name": "protesters in Rawalpindi", "type": "group", "aliases": ["protesters"]},
  {"name": "Muslims in Hyderabad", "type": "group", "aliases": ["thousands of Muslims"]},
  {"name": MMS, "type": "person", "aliases": ["Indian Prime Minister Manmohan Singh"]},
  {"name": "Pakistan", "type": "country", "aliases": ["Pakistan", "the government"]},
  {"name": "India", "type": "country", "aliases": ["India", "New Delhi"]},
  {"name": "United States", "type": "country", "aliases": ["Washington"]},
 ],
 "notes": [
  "VOA News report from Islamabad on Saturday 4 March 2006 (the URL carries 3 March; the published date is worked out from 'Later Saturday' and 'is in Islamabad', see meta published_evidence), on Bush's talks with Musharraf. Third of three VOA items of story bush_south_asia_trip_2006 (with voa_2006_bush_en_route_india_visit of 1 March and voa_2006_pakistan_security_tight_bush_visit of 3 March).",
  "No quotes: Bush's remarks are reported speech without quote marks ('President Bush said ...', 'He said ...' three times, 'He' = President Bush named two sentences before).",
  "Figures: the Karachi bombing's 'three other people' killed (key bush_south_asia_trip_2006:karachi_bombing_killed, shared with the 3 March item's 'killed three people'), 'hundreds' of protesters and 'thousands' of Muslims (vague), and the Lucknow clash's 'at least three' dead and 'at least 17' injured, all in VOA's voice. Not figures: 'a day after' (annotated as an event), 'both countries' (not a number word).",
  "Events: 'Later Saturday' (Bush meets Musharraf), 'a day after' (the visit began), 'on Thursday' (Karachi bombing), 'On Friday' (Rawalpindi police), 'on Friday' (Bush left India), 'Thursday' (Bush-Singh talks, a joint actor). 'As Mr. Bush spoke' dates the Hyderabad march only relatively: no event.",
  "Actors: Bush ('President Bush', 'Mr. Bush', 'the president', 'the U.S. leader'), Musharraf ('President Musharraf' in the headline, 'General Musharraf'), the Karachi bomber, Rawalpindi police and protesters, the Hyderabad marchers, Singh, Pakistan ('the government' does not allow U.S. troops), India ('New Delhi' in 'relations with New Delhi and Islamabad'; India has the responsibility ...) and the United States ('Washington's closer relations'). 'Islamabad' is mostly the city here and is not listed as an alias. AFP, AP and Reuters (the credit line) and Osama bin Laden do not act in the report and are not listed.",
  "second reading (annotator): re-read the whole item once against the stored copy and FORMAT.md sections 1-2: the two 'three' and the 'Thursday'/'on Friday' occurrences pinned by ctx, the six dates (2 March 2006 Thursday, 3 Friday, 4 Saturday) and the actor of each event rechecked; no change.",
 ],
}
