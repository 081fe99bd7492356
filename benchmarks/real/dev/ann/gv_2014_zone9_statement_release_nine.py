S = "zone9_bloggers_2014"
Z = "Zone 9 blogging collective"
GV = "Global Voices"
ANN = {
 "article": "articles/gv_2014_zone9_statement_release_nine.txt",
 "gold_out": "gold/gv_2014_zone9_statement_release_nine.json",
 "published": "2014-05-02",
 "quotes": [],
 "figures": [
  {"quantity": S + ":detained_total", "text": "Nine", "value": 9, "unit": None, "counted": "Journalists in Ethiopia whose release is called for", "source": None, "approx": None, "ctx": "Release of Nine Journalists",
   "note": "headline; the statement's own voice (Global Voices is the author, not a claimant named by the text) -> null. The nine are the six Zone 9 bloggers and three journalists listed in the second paragraph"},
  {"quantity": S + ":detained_total", "text": "nine", "value": 9, "unit": None, "counted": "journalists arrested in Ethiopia", "source": None, "approx": None, "ctx": "release of nine journalists arrested",
   "note": "the same nine as the headline; 'Nine bloggers and journalists' in the 18 July item (same key)"},
  {"quantity": S + ":gv_members_detained", "text": "four", "value": 4, "unit": None, "counted": "Global Voices translators among those detained", "source": None, "approx": None,
   "note": "Hailu, Wabela, Kassaye and Kibret; 'four of them Global Voices members' in the 18 July item names the same four (same key)"},
  {"text": "137", "value": 137, "unit": None, "counted": "countries", "source": None, "approx": None,
   "note": "'translators from 137 countries': the size of the Global Voices community, in its own voice"},
 ],
 "events": [
  {"actor": None, "date": "2014-04-25/2014-04-26", "date_text": "on April 25 and 26, 2014", "what": "six Zone 9 bloggers and three journalists arrested in Addis Ababa",
   "note": "passive without a by-agent ('were arrested on April 25 and 26, 2014 in Addis Ababa') -> null; two days written as an interval"},
  {"actor": Z, "date": "2012", "date_text": "Since 2012", "what": "the Zone 9 collective has worked to foster civic engagement",
   "note": "'Since 2012, the Zone 9 blogging collective has worked ...': the collective is the subject; the start year of the activity"},
  {"actor": GV, "date": "2014-05-03", "date_text": "On May 3", "what": "Global Voices community demands the release of the bloggers",
   "note": "'On May 3 — World Press Freedom Day — we as a community demand that Ethiopian authorities release ...': 'we' is the Global Voices community (the statement's author; the pronoun is not an alias); Saturday 3 May 2014, the day after the statement. 'World Press Freedom Day' is an apposition naming the same day, not a second expression"},
 ],
 "actors": [
  {"name": GV, "type": "organisation", "aliases": ["Global Voices", "The Global Voices community"]},
  {"name": Z, "type": "organisation", "aliases": ["the Zone 9 blogging collective"]},
  {"name": "Ethiopian authorities", "type": "organisation", "aliases": ["Ethiopian authorities"]},
 ],
 "notes": [
  "Statement of the Global Voices community of Friday 2 May 2014 calling for the release of the six Zone 9 bloggers and three journalists arrested on 25-26 April 2014; story zone9_bloggers_2014 with gv_2014_zone9_netizen_report_arrests (30 April), gv_2014_zone9_police_request_more_time (14 May) and gv_2014_zone9_charged_with_terrorism (18 July).",
  "No quote marks in the text: no quotes. All figures are the statement's own voice (source null, as in the press releases of the set).",
  "Cross-item keys: the nine detained (headline and first paragraph here, 'Nine bloggers and journalists' on 18 July) share zone9_bloggers_2014:detained_total; the four Global Voices translators here and 'four of them Global Voices members' on 18 July share zone9_bloggers_2014:gv_members_detained (the same four people). The 'six men and women' of 14 May (those in court) and the six bloggers arrested on 25 April (30 April item) are other quantities.",
  "Ethiopian authorities are the addressee of the demand and arrest no one in the text's words (the arrests are passive); kept as an actor named in the demand. The nine detainees are listed by name but do not act or speak in the text and are not actors; 'they have exercised their right' (undated) is the collective's.",
  "Not events: 'World Press Freedom Day' (apposition to 'On May 3'). Not figures: '2014', '2012' (years), 'Zone 9' (a name).",
  "second reading (annotator): re-read the whole item against FORMAT.md sections 1-2; checked each number token (Nine, nine, four, 137; 'Zone 9' twice is a name), the interval for 'April 25 and 26, 2014' and 'On May 3' = 2014-05-03 against the statement's date.",
 ],
}
