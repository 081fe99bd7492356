P = "Vladimir Putin"
VP = "Vladimir Puchkov"
DL = "Dmitry Livanov"
ANN = {
 "article": "articles/kremlin_2016_government_meeting_wildfires_exams.txt",
 "gold_out": "gold/kremlin_2016_government_meeting_wildfires_exams.json",
 "published": "2016-06-07",
 "quotes": [],
 "figures": [
  {"text": "77", "value": 77, "unit": None, "counted": "wildfires extinguished in the past 24 hours", "source": VP, "approx": None,
   "note": "'According to him, 77 wildfires were extinguished ...': 'him' = Emergencies Minister Vladimir Puchkov of the previous sentence"},
  {"text": "2,000", "value": 2000, "unit": None, "counted": "hectares on which the wildfires were extinguished", "source": VP, "approx": "around",
   "note": "'on an area of almost 2,000 hectares': almost -> around; hectares are not in the unit table, so unit null and the unit in counted; same 'According to him' sentence"},
  {"text": "24", "value": 24, "unit": "hours", "counted": "hours in which the 77 wildfires were extinguished", "source": VP, "approx": None,
   "note": "'in the past 24 hours alone': a duration (a figure, not an event); same sentence"},
  {"text": "49", "value": 49, "unit": None, "counted": "regions of the Russian Federation where a special fire hazard regime was introduced", "source": VP, "approx": None,
   "note": "no cue in its own sentence, but it continues the account of Puchkov's report in the same paragraph ('Puchkov reported on efforts to fight ... fires. According to him, ... A special fire hazard regime had to be introduced in 49 regions'): the Kremlin summarises his report, so the claimant is Puchkov"},
  {"text": "two", "value": 2, "unit": None, "counted": "regions on emergency alert due to the situation in local forests", "source": VP, "approx": None,
   "note": "second clause of the same uncued sentence of Puchkov's reported account (see '49')"},
 ],
 "events": [
  {"actor": None, "date": "2016", "date_text": "this year’s", "what": "this year's National Final School Exam",
   "note": "a date on a noun ('the statistics for this year’s National Final School Exam'); the exam has no agent in the text (Livanov speaks about its statistics, he does not hold it); 'this year' = 2016"},
  {"actor": None, "date": "2016", "date_text": "this year", "what": "school-leavers were offered an exam in the Chinese language for the first time", "ctx": "first time this year",
   "note": "inside Livanov's reported speech ('He said for the first time this year school-leavers were offered an exam ...'): a passive without agent, so null; 'this year' = 2016 (reported, not 'today' in speech)"},
  {"actor": None, "date": "2020", "date_text": "until 2020", "what": "demand for specialists expected to grow",
   "note": "'the demand for specialists ... is expected to grow until 2020' (Livanov's account, 'According to the Minister'): growth of demand has no agent; a year"},
 ],
 "actors": [
  {"name": P, "type": "person", "aliases": ["Vladimir Putin"]},
  {"name": "Government members", "type": "group", "aliases": ["Government members"]},
  {"name": VP, "type": "person", "aliases": ["Emergencies Minister Vladimir Puchkov"]},
  {"name": "National Crisis Management Centre", "type": "organisation", "aliases": ["The National Crisis Management Centre"]},
  {"name": "Emergency Situations Ministry", "type": "organisation", "aliases": ["the Emergency Situations Ministry"]},
  {"name": DL, "type": "person", "aliases": ["Education and Science Minister Dmitry Livanov"]},
 ],
 "notes": [
  "Kremlin news item of Putin's regular meeting with Government members on Tuesday 7 June 2016 (date line removed, meta edits): Emergencies Minister Vladimir Puchkov's report on wildfires and floods and Education Minister Dmitry Livanov's on the school exam. Story russia_wildfires_2016 with the Kremlin transcript of the wildfire relief meeting of 11 May 2016 (kremlin_2016_wildfire_relief_meeting); no figure is shared (that item has only 'Several dozen' fires at its opening), so no quantity keys.",
  "No quotes (no quote marks): the item reports both ministers' words in indirect speech ('According to him', 'he noted that', 'He said', 'According to the Minister').",
  "Figures: all five are Puchkov's: 77, almost 2,000 (hectares) and 24 (hours) in the 'According to him' sentence; 49 and two regions in the uncued sentence after it, which continues his report in the same paragraph (the project's convention: a speaker who 'reported on' a topic introduces the uncued account after it).",
  "Events: 'this year’s' (dated noun, the exam, no agent), 'this year' (passive 'were offered', no agent) and 'until 2020' (expected growth of demand, no agent). 'in the past 24 hours alone' is a duration (left out of events; it is a figure). The removed date line 'June 7, 2016, The Kremlin, Moscow' gives the published date.",
  "'The Minister' (Puchkov, 'The Minister also reported') and 'the Minister' (Livanov, 'According to the Minister') are one surface form for two actors, so neither is listed as an alias (build_gold.py forbids a shared form); 'he'/'He'/'him' are pronouns. 'Government members' are listed as a group ('They discussed ...'). The federal and regional authorities (cooperated with) are not listed.",
  "second reading (annotator): re-read the whole item against FORMAT.md sections 1-2 and the stored copy: checked the cut last sentence was dropped whole ('This year'), the curly apostrophe in 'this year’s', 'almost' -> around, 'two' (a count of regions, not an enumerator), and the five sources; no change.",
 ],
}
