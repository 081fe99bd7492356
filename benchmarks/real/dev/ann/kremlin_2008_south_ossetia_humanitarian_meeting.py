K = "south_ossetia_war_2008:"
DM = "Dmitry Medvedev"
SS = "Sergei Sobyanin"
GOV = "Russian Government"
ANN = {
 "article": "articles/kremlin_2008_south_ossetia_humanitarian_meeting.txt",
 "gold_out": "gold/kremlin_2008_south_ossetia_humanitarian_meeting.json",
 "published": "2008-08-09",
 "quotes": [],
 "figures": [
  {"text": "several", "value": None, "vague": True, "unit": None, "counted": "meetings held to provide humanitarian assistance to victims in South Ossetia", "source": SS, "approx": None,
   "note": "'we have held several meetings' (Sobyanin's turn of the transcript): a vague count of meetings, annotated as vague as 'several' is elsewhere in the set"},
  {"text": "two", "value": 2, "unit": None, "counted": "facilities organized (a headquarters in the Emergencies Situations Ministry and one in Vladikavkaz)", "source": SS, "approx": None,
   "note": "'We have organized two facilities: a central headquarters in the Emergencies Situations Ministry [ESM] and in Vladikavkaz': Sobyanin's words"},
  {"quantity": K+"requests_to_fms_since_aug_2_3", "text": "twenty thousand", "value": 20000, "unit": None, "counted": "people who have made requests to the Federal Migration Service", "source": SS, "approx": "more than",
   "note": "'In the past few days, as of the second or third [of August], more than twenty thousand people have made requests to the Federal Migration Service': Sobyanin reports it in his own turn; the Federal Migration Service is where the requests were made, not the claimant in the text. Not the same quantity as the dropped sentence's 'more than thirty thousand' who crossed the border in a day and a half (a different count)"},
 ],
 "events": [
  {"actor": DM, "date": "2008-08-08", "date_text": "yesterday", "ctx": "your orders yesterday", "what": "Medvedev's orders to the government cabinet to provide humanitarian aid",
   "note": "'in accordance with your orders yesterday to the government cabinet': 'yesterday' dates the event noun 'orders', whose agent is 'your' = Medvedev, whom Sobyanin addresses ('Dmitry Anatolyevich'). Inside transcript speech; the day before Saturday 9 August 2008"},
  {"actor": GOV, "date": "2008-08-08", "date_text": "Yesterday", "ctx": "Yesterday we sent", "what": "the government sent the necessary supplies to the conflict zone (a hospital deployed by the ESM)",
   "note": "'Yesterday we sent the necessary supplies': 'we' is Sobyanin speaking for the government cabinet he reports for (the same 'we' as 'we have held several meetings'); the hospital deployed 'by the ESM' is an apposed explanation, not what 'Yesterday' modifies"},
  {"actor": "South Ossetian refugees", "date": "2008-08-02/2008-08-03", "date_text": "as of the second or third [of August]", "what": "more than twenty thousand people have made requests to the Federal Migration Service since 2 or 3 August",
   "note": "'as of the second or third [of August]' (with the site's bracketed month) marks the start of the period of the requests: either 2 or 3 August 2008, written as the two-day interval. The agent of 'have made requests' is the people (refugees from South Ossetia, the 'refugees' Sobyanin speaks of), canonical 'South Ossetian refugees'. 'In the past few days' (vague) is left out"},
 ],
 "actors": [
  {"name": DM, "type": "person", "aliases": ["President of Russia Dmitry Medvedev", "Dmitry Anatolyevich"]},
  {"name": SS, "type": "person", "aliases": ["Deputy Prime Minister Sergei Sobyanin"]},
  {"name": "Georgia", "type": "country", "aliases": ["Georgia"]},
  {"name": GOV, "type": "government", "aliases": ["the government cabinet"]},
  {"name": "Emergencies Situations Ministry", "type": "organisation", "aliases": ["the Emergencies Situations Ministry [ESM]", "the ESM"]},
  {"name": "Federal Migration Service", "type": "organisation", "aliases": ["the Federal Migration Service"]},
  {"name": "South Ossetian refugees", "type": "group", "aliases": ["refugees"]},
 ],
 "notes": [
  "Kremlin transcript (accessible-version mirror) of the opening of Dmitry Medvedev's meeting on humanitarian assistance to the population of South Ossetia, Saturday 9 August 2008, the second day of the Russia-Georgia war; the stored copy prints no date or headline (meta published_evidence). Story south_ossetia_war_2008 (first item of it in the set).",
  "Speech is marked by speaker labels ('President of Russia Dmitry Medvedev:', 'Deputy Prime Minister Sergei Sobyanin:'), not quote marks: no quotes. Every figure is in Sobyanin's turn and is his ('several' meetings, 'two' facilities, 'more than twenty thousand' requests).",
  "Events: 'yesterday' (Medvedev's orders, 8 August), 'Yesterday' (the government sent supplies, 8 August), 'as of the second or third [of August]' (start of the refugees' requests, 2008-08-02/2008-08-03). Left out: 'Today' (Medvedev, inside speech), 'today there are initiatives' (inside speech), 'In the past few days' (vague), 'already'.",
  "Actors: Georgia is the agent of 'the act of aggression'; the Emergencies Situations Ministry deployed a hospital; the Federal Migration Service receives the requests; Moscow and the Moscow region are places from which 'initiatives' come (not listed: no agent beyond 'regions'). 'Russian peacekeepers' and 'victims' are not actors. 'the government cabinet' (to which Medvedev gave his orders) is the Russian Government, for whom Sobyanin says 'we'.",
  "Not figures: 'the second or third [of August]' (dates), 'first aid', 'one' in 'a very difficult one' (a pronoun). The cut sentence with 'more than thirty thousand' (border crossings in a day and a half) is dropped (meta edits).",
  "first reading (annotator): speakers from the labels; Sobyanin claims all three figures; 'yesterday' twice, told apart by ctx; 9 August 2008 was a Saturday, so 'yesterday' = Friday 8 August.",
  "second reading (checker): re-read the text against the stored copy and FORMAT.md: no quote marks anywhere; 'two' and 'twenty thousand' are the only number words besides 'second'/'third' (dates) and 'first' (in 'first aid'); event actors re-checked (orders -> Medvedev via 'your'; sent -> the government 'we'; requests -> the people, refugees); the interval for 'the second or third' kept as the honest reading of an either-or day; no change.",
 ],
}
