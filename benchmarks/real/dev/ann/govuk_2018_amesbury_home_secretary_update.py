J = "Sajid Javid"
ANN = {
 "article": "articles/govuk_2018_amesbury_home_secretary_update.txt",
 "gold_out": "gold/govuk_2018_amesbury_home_secretary_update.json",
 "published": "2018-07-09",
 "quotes": [],
 "figures": [
  {"text": "2", "value": 2, "unit": None, "counted": "people found unwell at a home in Amesbury", "source": J, "approx": None,
   "note": "oral statement: every word after the standfirst is the Home Secretary's, so he is the claimant"},
 ],
 "events": [
  {"actor": J, "date": "2018-07-02/2018-07-08", "date_text": "last week", "what": "told the House about the Amesbury incident",
   "note": "'As I told the House last week': agent 'I' = the Home Secretary; previous ISO week from Monday 9 July 2018"},
  {"actor": None, "date": "2018-07-03", "date_text": "on Tuesday", "what": "major incident declared in Wiltshire",
   "note": "passive without a by-agent ('a major incident was declared'); past weekday before Monday 9 July 2018"},
  {"actor": None, "date": "2018-07-08", "date_text": "last night", "what": "Dawn Sturgess died at Salisbury District Hospital",
   "note": "dying has no agent"},
  {"actor": J, "date": "2018-07-07/2018-07-08", "date_text": "at the weekend", "what": "met some of the emergency workers",
   "note": "'I met some of the emergency workers at the weekend'; the weekend before Monday 9 July"},
 ],
 "actors": [
  {"name": J, "type": "person", "aliases": ["The Home Secretary", "Home Secretary"]},
  {"name": "Dawn Sturgess", "type": "person", "aliases": ["Dawn Sturgess"]},
  {"name": "Charlie Rowley", "type": "person", "aliases": ["Charlie Rowley"]},
  {"name": "police", "type": "organisation", "aliases": ["The police", "the police"]},
 ],
 "notes": [
  "GOV.UK oral statement to Parliament by the Home Secretary, Sajid Javid, delivered on Monday 9 July 2018, on the Amesbury Novichok poisoning; story salisbury_novichok_2018 (the Skripals' poisoning in Salisbury in March and its aftermath).",
  "Transcript-like text: speech without quote marks, so no quotes; the figure is claimed by the speaker.",
  "Not figures: 'one of the patients' ('one' picks out a member of a group, a pronoun use), 'Both' (a determiner). 'Mr Speaker'/'Mr Deputy Speaker' are forms of address.",
  "Four events: 'last week' (Javid told the House; ISO week 2-8 July 2018), 'on Tuesday' (3 July 2018, passive, no agent), 'last night' (8 July 2018, Dawn Sturgess died: no agent), 'at the weekend' (7-8 July 2018, Javid met emergency workers). 'since' in 'has since left the hospital' is vague.",
  "'Yulia and Sergei Skripal' were contaminated (passive) and do not act; the unnamed police officer and 'the staff at Salisbury District Hospital' are not listed. 'The police' (working to support the family) is listed as a group actor.",
  "second reading: re-checked the weekday arithmetic against Monday 9 July 2018 (Tuesday = 3 July, last night = 8 July, the weekend = 7-8 July), that '2' is the only number token, and that 'Home Secretary' in the headline is Javid; no change.",
 ],
}
