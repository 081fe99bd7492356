S = "egypt_april6_strike_2008"
G = "GEMYHOoOD"
ANN = {
 "article": "articles/gv_2008_egypt_anti_strike_facebook_group.txt",
 "gold_out": "gold/gv_2008_egypt_anti_strike_facebook_group.json",
 "published": "2008-04-17",
 "quotes": [],
 "figures": [
  {"quantity": S + ":strike_group_members", "text": "71,200", "value": 71200, "unit": None, "counted": "members of the Facebook group that spread word of the strike", "source": None, "approx": "more than",
   "note": "'which has so far attracted more than 71,200 members': Global Voices' own voice; the blogger's round '70,000 ... gathered for the strike' (Arabic and English) is the same group's following (same key)"},
  {"text": "1,000", "value": 1000, "unit": None, "counted": "followers of the anti-strike Facebook group", "source": None, "approx": "around",
   "note": "'tells us about an anti-strike Facebook group, which has around 1,000 followers': the relative clause is Global Voices' description of the group, not attributed to the blogger's words -> null (the blogger's Arabic passage does not give this number)"},
  {"quantity": S + ":strike_group_members", "text": "70 الف", "occ": 1, "value": 70000, "unit": None, "counted": "الف مع الاضراب (thousand gathered for the strike)", "source": G, "approx": None,
   "note": "in the blogger's Arabic passage: 'زى ما اتجمع 70 الف مع الاضراب' = 'just like 70,000 were gathered for the strike'; 'الف' (thousand) is part of the number, as 'million' is; his number"},
  {"quantity": S + ":anti_strike_could_gather", "text": "70 الف", "occ": 2, "value": 70000, "unit": None, "counted": "الف ضده (thousand against it)", "source": G, "approx": None,
   "note": "in the blogger's Arabic passage: 'يقدروا يجمعوا 70 الف ضده' = 'they can bring together 70,000 against it': a hypothetical count of the blogger's; same key as its English translation"},
  {"quantity": S + ":strike_group_members", "text": "70,000", "ctx": "70,000 people were gathered", "value": 70000, "unit": None, "counted": "people gathered for the strike", "source": G, "approx": None,
   "note": "Global Voices' translation of GEMYHOoOD's words (introduced by 'GEMYHOoOD ... says:'), so his number; the round figure for the strike group's following (same key as '71,200')"},
  {"quantity": S + ":anti_strike_could_gather", "text": "70,000", "ctx": "70,000 against it", "value": 70000, "unit": None, "counted": "people brought together against the strike", "source": G, "approx": None,
   "note": "translation of the blogger's hypothetical 'they can bring together 70,000 against it'"},
 ],
 "events": [
  {"actor": None, "date": "2008-04-06", "date_text": "last week's April 6", "what": "the April 6 strike in Egypt",
   "note": "a date on the noun 'strike' ('last week's April 6 strike'); the text names no organiser of the strike (word of it 'was spread on a Facebook group', passive without agent) -> null. One expression: 'last week's' and 'April 6' date the same strike, which fell on Sunday 6 April 2008 (the end of the ISO week before last; the post uses 'last week' loosely), so the printed day is the date"},
 ],
 "actors": [
  {"name": G, "type": "person", "aliases": ["GEMYHOoOD", "Egyptian blogger GEMYHOoOD"]},
  {"name": "activists in the Arab world", "type": "group", "aliases": ["activists in the Arab world"]},
  {"name": "Mubarak supporters", "type": "group", "aliases": ["President Hosni Mubarak's supporters"]},
 ],
 "notes": [
  "Global Voices post of Thursday 17 April 2008 on an anti-strike Facebook group formed after Egypt's general strike of Sunday 6 April 2008 (called on Facebook), relayed from the Egyptian blogger GEMYHOoOD; story egypt_april6_strike_2008 (one item so far).",
  "No quotes: the blogger's words are block quotations in Arabic with Global Voices' English translation, without quote marks (not quotes in the gold sense), but their numbers are his ('GEMYHOoOD ... says:' introduces them).",
  "Figures in the Arabic lines are annotated like the English ones ('70 الف' = 70,000, twice) and share keys with their translations, as a unit conversion would: strike_group_members (the pro-strike group's following: '71,200' GV, '70 الف' and '70,000' blogger) and anti_strike_could_gather (the blogger's hypothetical 70,000 against the strike).",
  "Not events: 'so far', 'Now', 'Suddenly' (vague). 'activists ... are strongly leaning on online tools' is undated. Hosni Mubarak himself does not act (only his supporters, who 'have found their way to Facebook'); the derogatory 'hypocrites and Mubarak's dogs' in the translation is the blogger's name for the same supporters and is left out of the aliases.",
  "Not figures: 'April 6' (a date), '(Ar)' (a language tag).",
  "second reading (annotator): re-read the whole item once fully against FORMAT.md sections 1-2; checked the Arabic lines character for character against the stored copy, that 6 April 2008 was a Sunday and 17 April 2008 a Thursday, and the straight apostrophes ('week's', 'Mubarak's', 'Egypt's').",
 ],
}
