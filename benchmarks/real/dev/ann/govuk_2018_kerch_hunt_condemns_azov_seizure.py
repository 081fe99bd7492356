K = "kerch_strait_2018:"
JH = "Jeremy Hunt"
ANN = {
 "article": "articles/govuk_2018_kerch_hunt_condemns_azov_seizure.txt",
 "gold_out": "gold/govuk_2018_kerch_hunt_condemns_azov_seizure.json",
 "published": "2018-11-26",
 "quotes": [],
 "figures": [
  {"quantity": K+"vessels_seized", "text": "Three", "value": 3, "unit": None, "counted": "Ukrainian vessels seized by Russia in the Sea of Azov", "source": None, "approx": None,
   "note": "the page's summary line, in the release's own voice"},
  {"quantity": K+"crew_seized", "text": "23", "value": 23, "unit": None, "counted": "Ukrainian sailors seized by Russia", "source": None, "approx": None,
   "note": "summary line; ShareAmerica's report of December gives '24 crew members' (state_2018_kerch_allies_press_russia_24_crew), same key: the count of the crews seized with the three vessels, which rose from 23 in the first Ukrainian reports to 24"},
  {"quantity": K+"vessels_seized", "text": "three", "value": 3, "unit": None, "counted": "Ukrainian vessels seized in Russia's act of aggression", "source": None, "approx": None, "ctx": "seizure of three Ukrainian vessels",
   "note": "narration before Hunt's statement"},
  {"quantity": K+"vessels_seized", "text": "three", "value": 3, "unit": None, "counted": "Ukrainian ships forcibly seized with their crews", "source": JH, "approx": None, "ctx": "seizure of three Ukrainian ships",
   "note": "inside Hunt's statement (unmarked block after 'The Foreign Secretary Jeremy Hunt said:'), so claimed by him"},
 ],
 "events": [
  {"actor": "Russia", "date": "2018-11-25", "date_text": "on Sunday 25 November", "what": "Russia used military force against Ukrainian vessels entering the Sea of Azov",
   "note": "'Hunt condemned Russia’s use of military force against Ukrainian vessels entering the Sea of Azov on Sunday 25 November': the date is that of the act condemned (Hunt's condemnation is of Monday 26 November), and the agent of the use of force is Russia ('Russia’s'). Year 2018 from the published date; 25 November 2018 was a Sunday"},
  {"actor": "Russia", "date": "2014", "date_text": "in 2014", "what": "illegal annexation of Crimea",
   "note": "date on a noun ('the illegal annexation of Crimea in 2014'), which the sentence counts among Russia’s violations ('Russia’s actions are further evidence of its continued violation ..., following on from the illegal annexation'): agent Russia"},
  {"actor": "Russia", "date": "2018", "date_text": "earlier this year", "what": "illegal construction of Kerch Bridge by Russia",
   "note": "'the illegal construction of Kerch Bridge by Russia earlier this year': the by-agent is Russia; 'earlier this year' = the year of publication, 2018"},
  {"actor": "Russia", "date": "2018-11-25", "date_text": "yesterday", "what": "Russia's aggression against Ukrainian vessels seeking to enter the Sea of Azov",
   "note": "inside Hunt's statement ('Russia’s aggression against the Ukrainian vessels that sought to enter the Sea of Azov yesterday'): 'yesterday' is not the bare 'today' left out of speech. It dates the incident condemned, whose agent is Russia ('Russia’s aggression'), as 'on Sunday 25 November' does in the narration; the statement is of Monday 26 November 2018"},
 ],
 "actors": [
  {"name": JH, "type": "person", "aliases": ["The Foreign Secretary Jeremy Hunt", "Foreign Secretary"]},
  {"name": "Russia", "type": "country", "aliases": ["Russia"]},
 ],
 "notes": [
  "GOV.UK news story of Monday 26 November 2018 (Foreign Office) on Russia's seizure of three Ukrainian navy vessels near the Kerch Strait on Sunday 25 November; story kerch_strait_2018 with Pompeo's press statement of the same day (state_2018_kerch_pompeo_dangerous_escalation) and ShareAmerica's report of early December (state_2018_kerch_allies_press_russia_24_crew).",
  "No quotes: Hunt's statement is an unmarked block quotation after 'The Foreign Secretary Jeremy Hunt said:' (GOV.UK layout); the figure inside it is claimed by Hunt.",
  "Keys (kerch_strait_2018:): vessels_seized (summary 'Three', narration 'three', Hunt's 'three'; also Pompeo's 'three vessels' and ShareAmerica's 'three Ukrainian vessels'), crew_seized (summary '23 sailors' against ShareAmerica's '24 crew members', a disagreement). 'their crews' and 'the Ukrainian sailors' in the statement have no number.",
  "Events: 'on Sunday 25 November' and Hunt's 'yesterday' both date the incident (agent Russia, whose use of force / aggression is condemned); 'in 2014' (the annexation of Crimea, counted among Russia’s violations) and 'earlier this year' (construction of the Kerch Bridge 'by Russia', 2018). The condemnation itself carries no date expression.",
  "Actors: Hunt ('The Foreign Secretary Jeremy Hunt', and 'Foreign Secretary' in the headline) and Russia (the agent of the seizure: 'have been seized by Russia'; called on to act in the statement). Ukraine is not listed: it does not act or speak in the text (only 'Ukraine’s sovereignty'); 'all parties' and the Ukrainian vessels and sailors are not listed either; 'Kerch Bridge', 'Crimea' and 'the Sea of Azov' are places.",
  "Not figures: none else; 'Rules-based International System' has no number.",
  "second reading (annotator): re-read against the stored copy; checked the three 'three'/'Three' spans (ctx for the two lower-case ones), the 23 against the 24 of the December report (kept as one quantity, a count that changed), 25 November 2018 = Sunday, Hunt's 'yesterday' = 25 November for a statement of Monday 26 November, and 'earlier this year' = 2018; no change.",
 ],
}
