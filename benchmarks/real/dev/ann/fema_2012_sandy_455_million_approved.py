Q = "hurricane_sandy_2012:ia_approved_total"
CS = "hurricane_sandy_2012:emergency_work_cost_share_100"
ANN = {
 "article": "articles/fema_2012_sandy_455_million_approved.txt",
 "gold_out": "gold/fema_2012_sandy_455_million_approved.json",
 "published": "2012-11-11",
 "quotes": [
  {"text": "More than $455 million has already been approved for individuals to assist with housing and other disaster-related needs", "speaker": "Craig Fugate", "speaker_mention": "FEMA Administrator Craig Fugate",
   "note": "quote interrupted by its attribution ('said FEMA Administrator Craig Fugate'): two quotes; trailing comma dropped"},
  {"text": "Impacted residents and business owners in Connecticut, New Jersey and New York should apply for assistance today.", "speaker": "Craig Fugate", "speaker_mention": "FEMA Administrator Craig Fugate",
   "note": "second half of the same statement, after the attribution; final '.' kept"},
 ],
 "figures": [
  {"quantity": Q, "text": "$455 million", "value": 455e6, "unit": "USD", "counted": "Individual Assistance approved for disaster survivors", "source": None, "approx": "more than", "ctx": "More than $455 million in Individual",
   "note": "sub-headline, FEMA's own voice; same running total as Fugate's figure in the quote and as '$158 million' on 4 November"},
  {"quantity": CS, "text": "100 percent", "value": 100, "unit": "%", "counted": "federal cost share for emergency work", "source": None, "approx": None, "ctx": "the 100 percent cost share"},
  {"quantity": CS, "text": "100 percent", "value": 100, "unit": "%", "counted": "federal funding for emergency power and transport work", "source": None, "approx": None, "ctx": "The 100 percent funding",
   "note": "the same 100 percent cost share, restated as 'The 100 percent funding'"},
  {"text": "ten", "ctx": "last ten days", "value": 10, "unit": "days", "counted": "days the 100 percent funding was originally set to last", "source": None, "approx": None},
  {"text": "75 percent", "value": 75, "unit": "%", "counted": "cost share for other Category B public assistance", "source": None, "approx": None},
  {"quantity": Q, "text": "$455 million", "value": 455e6, "unit": "USD", "counted": "assistance approved for individuals for housing and other needs", "source": "Craig Fugate", "approx": "more than", "ctx": "More than $455 million has",
   "note": "inside Fugate's quotation: claimed by the speaker"},
 ],
 "events": [
  {"actor": "Janet Napolitano", "date": "2012-11-11", "date_text": "Today", "what": "traveled to Staten Island, N.Y.",
   "note": "'Today, Secretary of Homeland Security Janet Napolitano traveled to Staten Island'; release dated Sunday 11 November 2012"},
  {"actor": "Barack Obama", "date": "2012-11-14", "date_text": "through November 14, 2012", "what": "extension of the 100 percent cost share for emergency work runs to this day",
   "note": "'the President has approved an extension to the 100 percent cost share ... through November 14, 2012': the date ends the extended period and sits on the noun 'extension', whose agent the text names (the President). The approval itself is undated"},
  {"actor": None, "date": "2012-10-31", "date_text": "starting October 31", "what": "100 percent funding period began",
   "note": "'The 100 percent funding was set originally to last ten days, starting October 31': passive ('was set') without agent; year from the context (2012)"},
 ],
 "actors": [
  {"name": "Barack Obama", "type": "person", "aliases": ["President Barack Obama", "the President"]},
  {"name": "FEMA", "type": "organisation", "aliases": ["Federal Emergency Management Agency", "FEMA"]},
  {"name": "Janet Napolitano", "type": "person", "aliases": ["Secretary of Homeland Security Janet Napolitano", "Secretary Napolitano"]},
  {"name": "Craig Fugate", "type": "person", "aliases": ["FEMA Administrator Craig Fugate"]},
 ],
 "notes": [
  "FEMA headquarters release of Sunday 11 November 2012 on Hurricane Sandy; story hurricane_sandy_2012 with the FEMA release of 4 November (fema_2012_sandy_158_million_approved) and the AFPS story of 28 November (dod_2012_sandy_little_recovery_update).",
  "Recurring figures: '$455 million' twice (sub-headline, FEMA's voice; Fugate's quotation, claimed by him) and '$158 million' of 4 November share hurricane_sandy_2012:ia_approved_total; '100 percent' twice (cost share, then 'The 100 percent funding') share a key within the item.",
  "'today' at the end of Fugate's quote is inside speech and left out. 'Secretary Napolitano also toured the Father Capodanno Disaster Recovery Center' has no date expression of its own.",
  "'Category B' is a designation, not a figure; '2012' in 'November 14, 2012' is part of a date.",
  "second reading: checked the split quote (two spans), the three events, the ctx of the two '$455 million' and two '100 percent' figures; 'ten days' kept as a duration figure (unit days), not an event; no change.",
 ],
}
