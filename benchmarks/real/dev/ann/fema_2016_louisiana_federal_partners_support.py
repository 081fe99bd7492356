K = "louisiana_floods_2016:"
OB = "Barack Obama"
ANN = {
 "article": "articles/fema_2016_louisiana_federal_partners_support.txt",
 "gold_out": "gold/fema_2016_louisiana_federal_partners_support.json",
 "published": "2016-08-18",
 "quotes": [],
 "figures": [
  {"text": "seven", "value": 7, "unit": "days", "counted": "days a week the toll-free telephone numbers operate", "source": None, "approx": None,
   "note": "'will operate from 7:00 a.m. to 10:00 p.m. (Central Time) seven days a week': a duration like '24-hours a day' in the dev set (unit days); 'a week' is the rate, not a figure"},
  {"quantity": K+"registrations", "text": "80,000", "value": 80000, "unit": None, "counted": "Louisianans registered for FEMA assistance", "source": None, "approx": "more than",
   "note": "running total of registrations in FEMA's own voice (no claimant); 'More than 110,000 individuals and households have registered with FEMA' on 23 August (fema_2016_louisiana_127_million_so_far), same key"},
  {"quantity": K+"fema_individual_assistance_approved", "text": "$3.7 million", "value": 3.7e6, "unit": "USD", "counted": "FEMA assistance approved", "source": None, "approx": "more than",
   "note": "'More than 80,000 Louisianans have registered for FEMA assistance and more than $3.7 million has been approved': the FEMA assistance approved for registrants (passive without agent or claimant). The 23 August release gives the same running total as 'FEMA approved more than $107 million in grants to help survivors with temporary rental assistance, essential home repairs ...' (same key); the 23 August overall total of 'more than $127 million' (grants plus flood insurance advances and loans) is a different quantity"},
  {"quantity": K+"nfip_claims", "text": "17,000", "value": 17000, "unit": None, "counted": "National Flood Insurance policyholders submitting flood loss claims", "source": None, "approx": "more than",
   "note": "'Close to 26,000 NFIP policyholders have submitted claims for flood loss' on 23 August, same key"},
 ],
 "events": [
  {"actor": OB, "date": "2016-08-18", "date_text": "throughout the day", "what": "President Obama received updates from his team on response and recovery efforts",
   "note": "'President Obama received updates throughout the day from his team': Obama is the subject of 'received'; 'the day' is the release's day (Thursday 18 August 2016), as 'throughout the day' in voa_2010_bangkok_clashes_8_killed"},
  {"actor": "Jeh Johnson and Joseph Nimmich", "date": "2016-08-18", "date_text": "Today", "what": "Johnson and Nimmich visiting the impacted region to meet local officials",
   "note": "'Today, ... Secretary Jeh Johnson and FEMA Deputy Administrator Joseph Nimmich are visiting the impacted region': joint subject"},
  {"actor": OB, "date": "2016-08-14", "date_text": "on August 14", "what": "Obama declared a major disaster for Louisiana",
   "note": "'President Barack Obama declared a major disaster for Louisiana on August 14': active, Obama is the agent; year from the release date (Sunday 14 August 2016)"},
 ],
 "actors": [
  {"name": OB, "type": "person", "aliases": ["President Barack Obama", "President Obama"]},
  {"name": "FEMA", "type": "organisation", "aliases": ["Federal Emergency Management Agency", "FEMA"]},
  {"name": "Jeh Johnson", "type": "person", "aliases": ["U.S. Department of Homeland Security Secretary Jeh Johnson", "Jeh Johnson"]},
  {"name": "Joseph Nimmich", "type": "person", "aliases": ["FEMA Deputy Administrator Joseph Nimmich", "Joseph Nimmich"]},
 ],
 "notes": [
  "FEMA headquarters release of Thursday 18 August 2016 on the response to the August 2016 Louisiana floods; story louisiana_floods_2016 with the FEMA release of Tuesday 23 August 2016 (fema_2016_louisiana_127_million_so_far).",
  "Cross-item figures (quantity keys): registrations (more than 80,000 here, more than 110,000 on 23 August), FEMA individual assistance approved (more than $3.7 million here, more than $107 million in grants on 23 August) and flood insurance claims (more than 17,000 here, close to 26,000 on 23 August). All running totals in FEMA's own voice: no claimant is named, so every source is null.",
  "No quotes: '\u201cFile Your Claim\u201d' names a section of a web page (a title in quote marks, not someone's words).",
  "Events: 'throughout the day' (Obama received updates), 'Today' (Johnson and Nimmich visiting; joint actor), 'on August 14' (Obama declared the disaster). Not events: 'from 7:00 a.m. to 10:00 p.m. (Central Time)' (a daily schedule of times of day, not a dated act), 'until further notice' (vague), 'recent flooding' (vague).",
  "Not figures: the phone numbers '1-800-621-FEMA (3362)', '1-800-462-7585', '800-621-3362' and '711 relay' (designations), the times of day '7:00 a.m.' and '10:00 p.m.'.",
  "Actors: Obama, FEMA (leading the federal effort), Johnson and Nimmich. 'his team', 'local officials' and the policyholders act only in undated clauses and are not listed.",
  "second reading (annotator): the whole item re-read against FORMAT.md sections 1-2; checked that each 'More than'/'more than' is printed before 80,000, $3.7 million and 17,000; 18 August 2016 was a Thursday and 14 August a Sunday; every alias an exact substring; the three keys against the 23 August item; no change.",
 ],
}
