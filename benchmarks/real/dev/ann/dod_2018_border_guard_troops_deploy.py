MAT = "James N. Mattis"
NIE = "Kirstjen M. Nielsen"
MN = MAT + " and " + NIE
TR = "Donald J. Trump"
ANN = {
 "article": "articles/dod_2018_border_guard_troops_deploy.txt",
 "gold_out": "gold/dod_2018_border_guard_troops_deploy.json",
 "published": "2018-04-07",
 "quotes": [
  {"text": "We appreciate the governors' support and are dedicated to working with them to secure the national borders", "speaker": MN, "speaker_mention": "Mattis and Nielsen",
   "note": "from the joint statement of the two secretaries introduced in the paragraph before ('In a joint statement, Mattis and DHS Secretary Kirstjen M. Nielsen said ...'); quote first, then 'Mattis and Nielsen said'; joint speaker written as 'X and Y' of canonical names; the comma before the closing mark is dropped"},
  {"text": "using every lever of power to support the men and women of law enforcement defending our nation's sovereignty and protecting the American people", "speaker": MN, "speaker_mention": "they", "fragment": True,
   "note": "partial quote inside the paraphrase 'DoD and DHS are committed to \"...\", they said': 'they' = Mattis and Nielsen, the authors of the joint statement of the two paragraphs before (not DoD and DHS as bodies); fragment"},
  {"text": "drastic surge of illegal activity on the southern border", "speaker": TR, "speaker_mention": "he", "fragment": True,
   "note": "phrase from the presidential memorandum of April 4: 'In a presidential memorandum April 4, he said a \"...\" is threatening national security'; 'he' = President Donald J. Trump of the sentence before"},
 ],
 "figures": [
  {"quantity": "guard_border_deployment_2018:guard_troops_authorized", "text": "4,000", "value": 4000, "unit": None, "counted": "National Guard troops authorized to deploy to the border with Mexico", "source": None, "approx": "up to",
   "note": "'Mattis ... authorized up to 4,000 National Guard troops to deploy': the outlet reports Mattis's act in its own voice (Mattis is the agent of the authorizing, not a claimant of the number), so source null; 'up to' -> up to. Same ceiling as '4,000' in dod_2018_border_lengyel_965_troops and dod_2018_border_dod_dhs_outline_guard_role (same key)"},
 ],
 "events": [
  {"actor": MAT, "date": "2018-04-06", "date_text": "Friday night", "what": "Mattis authorized up to 4,000 National Guard troops to deploy to the border",
   "note": "'Defense Secretary James N. Mattis on Friday night authorized ...': active verb, Mattis is the agent; published Saturday 7 April 2018, so Friday = 6 April 2018 (the night of that Friday)"},
  {"actor": TR, "date": "2018-04-04", "date_text": "April 4", "what": "Trump's presidential memorandum on the southern border",
   "note": "'In a presidential memorandum April 4, he said ...': the date is on the memorandum (and so on his saying in it); 'he' = President Donald J. Trump, the memorandum's author and the subject of 'said'"},
 ],
 "actors": [
  {"name": MAT, "type": "person", "aliases": ["Defense Secretary James N. Mattis", "Mattis"]},
  {"name": NIE, "type": "person", "aliases": ["DHS Secretary Kirstjen M. Nielsen", "Nielsen"]},
  {"name": TR, "type": "person", "aliases": ["President Donald J. Trump"]},
  {"name": "Department of Homeland Security", "type": "organisation", "aliases": ["Department of Homeland Security", "DHS"]},
  {"name": "Defense Department", "type": "organisation", "aliases": ["DoD"]},
  {"name": "National Guard", "type": "organisation", "aliases": ["National Guard", "National Guard troops"]},
 ],
 "notes": [
  "DOD News story of Saturday 7 April 2018 (published on nationalguard.mil) on Mattis's authorization of Friday 6 April 2018; story guard_border_deployment_2018 with dod_2018_border_dod_dhs_work_with_governors (4 April), dod_2018_border_dod_dhs_outline_guard_role (16 April) and dod_2018_border_lengyel_965_troops (17 April).",
  "Cross-item figure: the ceiling of 'up to 4,000' Guard troops recurs in the 16 April item (Salesses) and the 17 April item (Lengyel): key guard_border_deployment_2018:guard_troops_authorized.",
  "'National Guard troops began deploying after the announcement of the authorization' has no date expression of its own: no event. 'DHS worked closely with border-state governors' is reported speech without a date. The governors ('border-state governors', 'the governors', 'the affected governors’ approval') do not act in a dated or reported way and are not listed as actors; U.S. Customs and Border Protection only receives support and is not listed.",
  "Not figures: 'April 4' (date). 'Title 32' was in the dropped last paragraph.",
  "The dateline 'WASHINGTON —' is kept as printed; it carries no date.",
  "Second reading against FORMAT.md (whole item re-read): quote texts, the dropped trailing commas, joint speaker 'James N. Mattis and Kirstjen M. Nielsen', 'they' -> the two secretaries, Friday = 2018-04-06 and the single figure checked; no change.",
 ],
}
