Q = "hurricane_sandy_2012:ia_approved_total"
ANN = {
 "article": "articles/fema_2012_sandy_158_million_approved.txt",
 "gold_out": "gold/fema_2012_sandy_158_million_approved.json",
 "published": "2012-11-04",
 "quotes": [
  {"text": "Our priority remains getting assistance directly to the survivors of this storm", "speaker": "Craig Fugate", "speaker_mention": "FEMA Administrator Craig Fugate",
   "note": "quote first, attribution after ('said FEMA Administrator Craig Fugate'); the comma before the closing mark is dropped"},
 ],
 "figures": [
  {"quantity": Q, "text": "$158 million", "value": 158e6, "unit": "USD", "counted": "Individual Assistance approved for disaster survivors", "source": None, "approx": "more than",
   "note": "sub-headline, FEMA's own voice: no claimant in the text. Cumulative Individual Assistance approved for Sandy survivors to date; the same running total is 'More than $455 million' a week later (fema_2012_sandy_455_million_approved), same key"},
 ],
 "events": [
  {"actor": "Barack Obama", "date": "2012-11-04", "date_text": "Today", "what": "convened a call with his response team", "ctx": "Today, the President convened",
   "note": "'Today, the President convened a call ...': the President is the agent; release dated Sunday 4 November 2012"},
  {"actor": "Janet Napolitano", "date": "2012-11-04", "date_text": "Today", "what": "traveled to Monmouth County and Hoboken, New Jersey", "ctx": "Today, Secretary of Homeland Security",
   "note": "'Today, Secretary of Homeland Security Janet Napolitano traveled ...'"},
 ],
 "actors": [
  {"name": "Barack Obama", "type": "person", "aliases": ["President Obama", "the President", "The President"]},
  {"name": "FEMA", "type": "organisation", "aliases": ["Federal Emergency Management Agency", "FEMA"]},
  {"name": "Janet Napolitano", "type": "person", "aliases": ["Homeland Security Secretary Janet Napolitano", "Secretary of Homeland Security Janet Napolitano"]},
  {"name": "Craig Fugate", "type": "person", "aliases": ["FEMA Administrator Craig Fugate"]},
 ],
 "notes": [
  "FEMA headquarters release of Sunday 4 November 2012, six days after Hurricane Sandy's landfall; story hurricane_sandy_2012 with the FEMA release of 11 November (fema_2012_sandy_455_million_approved) and an American Forces Press Service story of 28 November (dod_2012_sandy_little_recovery_update).",
  "Cross-item figure: the running total of Individual Assistance approved ('More than $158 million' here, 'More than $455 million' on 11 November, twice there) shares hurricane_sandy_2012:ia_approved_total, a total that grows, like a changing toll.",
  "Fugate's trip to New York City ('FEMA Administrator Craig Fugate traveled to New York City ...') carries no date expression: no event. 'At the direction of President Obama' is not dated.",
  "John Brennan, the governors, senators and mayors are only met or called (objects), not actors. 'the President' inside 'Assistant to the President for Homeland Security John Brennan' is a title; the alias list keeps 'the President' for Obama, who is the one acting in 'the President convened'.",
  "Not figures: none besides $158 million (no other numbers in the text).",
  "second reading: checked the quote span (comma dropped), both 'Today' events (agents named in each sentence), the 2012-11-04 date (a Sunday) and that the last paragraph of the stored copy was kept only up to its complete first sentence; no change.",
 ],
}
