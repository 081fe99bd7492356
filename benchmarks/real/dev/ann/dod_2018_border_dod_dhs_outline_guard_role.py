SAL = "Robert G. Salesses"
OFF = "officials from the departments of Defense and Homeland Security"
ANN = {
 "article": "articles/dod_2018_border_dod_dhs_outline_guard_role.txt",
 "gold_out": "gold/dod_2018_border_dod_dhs_outline_guard_role.json",
 "published": "2018-04-16",
 "quotes": [
  {"text": "They will not perform law enforcement functions, and they will not be placed in direct contact with personnel coming to the border", "speaker": SAL, "speaker_mention": "Salesses",
   "note": "quote first, then 'Salesses explained'; he is introduced in full two paragraphs up; comma before the closing mark dropped"},
 ],
 "figures": [
  {"quantity": "guard_border_deployment_2018:guard_troops_authorized", "text": "4,000", "value": 4000, "unit": None, "counted": "National Guard troops the Defense Department will provide DHS", "source": SAL, "approx": "up to",
   "note": "'The Defense Department will provide DHS with up to 4,000 National Guard troops ..., said Robert G. Salesses, ...': claimant at the end of the same sentence; 'up to' -> up to. Same ceiling as in dod_2018_border_guard_troops_deploy and dod_2018_border_lengyel_965_troops (same key)"},
 ],
 "events": [
  {"actor": OFF, "date": "2018-04-16", "date_text": "today", "what": "DoD and DHS officials briefed reporters on the Guard's border role",
   "note": "'National Guard troops are deploying ..., officials from the departments of Defense and Homeland Security told reporters here today': 'today' modifies 'told', whose subject is the group of officials (Salesses, Hokanson and Vitiello, named in the last paragraph); today = the dateline's April 16, 2018"},
  {"actor": None, "date": "2018-04-04", "date_text": "April 4", "what": "the presidential memorandum authorizing the enhanced border presence",
   "note": "date on a noun ('the April 4 presidential memorandum'): its author is the president, who is not named in this item, so no actor (the 7 April item names him)"},
 ],
 "actors": [
  {"name": SAL, "type": "person", "aliases": ["Robert G. Salesses", "Salesses"]},
  {"name": OFF, "type": "group", "aliases": [OFF]},
  {"name": "Defense Department", "type": "organisation", "aliases": ["The Defense Department"]},
  {"name": "Department of Homeland Security", "type": "organisation", "aliases": ["Department of Homeland Security", "DHS"]},
 ],
 "notes": [
  "DOD News story of Monday 16 April 2018 (stored as a repost on worldwidenews.ca) on a DoD/DHS news conference; story guard_border_deployment_2018 with dod_2018_border_dod_dhs_work_with_governors (4 April), dod_2018_border_guard_troops_deploy (7 April) and dod_2018_border_lengyel_965_troops (17 April).",
  "Cross-item figure: 'up to 4,000' National Guard troops shares guard_border_deployment_2018:guard_troops_authorized with the 7 April and 17 April items.",
  "'The troops will work only in operational support missions, he said': indirect speech of Salesses ('he'), no quote marks, undated. 'He spoke at a news conference ...' has no date expression: no event. Hokanson and Vitiello only stand alongside Salesses and are not listed as actors.",
  "The dateline 'WASHINGTON, April 16, 2018 —' is left out of the events (datelines are not annotated); its numbers are a date, not figures.",
  "Second reading against FORMAT.md (whole item re-read): one quote, the 4,000 claimant (same sentence), 'today' -> 2018-04-16 with the officials as actor and the null actor of the dated noun 'April 4 presidential memorandum' checked; no change.",
 ],
}
