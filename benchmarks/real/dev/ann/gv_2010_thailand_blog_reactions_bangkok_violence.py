K = "bangkok_red_shirts_2010:"
AV = "Abhisit Vejjajiva"
T = "Thai troops"
RS = "Red Shirt protesters"
BD = "Bangkok Dazed"
BR = "Bangkok residents"
ANN = {
 "article": "articles/gv_2010_thailand_blog_reactions_bangkok_violence.txt",
 "gold_out": "gold/gv_2010_thailand_blog_reactions_bangkok_violence.json",
 "published": "2010-05-21",
 "quotes": [],
 "figures": [
  {"text": "two", "value": 2, "unit": "months", "counted": "duration of the Red Shirts' street protests", "source": None, "approx": None, "ctx": "The two-month",
   "note": "'The two-month street protests': the number of a hyphenated duration, as '47' in '47-year-old'"},
  {"text": "36", "value": 36, "unit": None, "counted": "buildings set on fire by the retreating protesters", "source": None, "approx": None,
   "note": "post's voice"},
  {"text": "two", "value": 2, "unit": None, "counted": "TV stations among the buildings set on fire", "source": None, "approx": None, "ctx": "two TV stations"},
  {"quantity": K + "killed_since_thursday", "text": "52", "value": 52, "unit": None, "counted": "people killed during the fighting between soldiers and protesters", "source": None, "approx": None,
   "note": "'Based on recent reports, 52 people were killed': the reports are not named, so no claimant. The toll of the army's operation against the Red Shirt camp that began Thursday 13 May 2010 (the 'fighting between soldiers and protesters' ending on 19 May); same quantity, a week later, as VOA's 8 (14 May) and 22 (15 May) 'killed since fighting erupted Thursday'"},
  {"quantity": K + "wounded_since_thursday", "text": "400", "value": 400, "unit": None, "counted": "people injured during the fighting", "source": None, "approx": "more than",
   "note": "'more than 400 were injured': same key as VOA's 'more than 100' (14 May) and 'at least 170' (15 May) wounded since Thursday"},
  {"text": "23", "value": 23, "unit": None, "counted": "other provinces under curfew besides Bangkok", "source": None, "approx": None},
  {"text": "thousands and thousands", "value": None, "vague": True, "unit": None, "counted": "buses stopped", "source": BD, "approx": None,
   "note": "in Bangkok Dazed's block quotation ('That’s thousands and thousands of buses'): a vague plural, the blogger's"},
 ],
 "events": [
  {"actor": T, "date": "2010-05-10/2010-05-16", "date_text": "last week", "what": "soldiers blockaded the protest zones and forced the protesters to disperse",
   "note": "'the Red Shirts finally ended when soldiers blockaded the protest zones last week': the expression modifies 'blockaded' in the 'when' clause, whose subject is the soldiers (the government troops); last week before Friday 21 May 2010 = Monday 10 to Sunday 16 May 2010 (ISO week)"},
  {"actor": None, "date": "2010-05-19", "date_text": "last May 19", "what": "violence escalated during the military's final assault",
   "note": "'Violence escalated last May 19 during the final assault operation of the military': the subject is 'Violence', no agent (the military is in a 'during' phrase)"},
  {"actor": None, "date": "2010-05-19", "date_text": "May 19", "what": "the chaos in the capital", "ctx": "the May 19 chaos",
   "note": "a date on the noun 'chaos', which has no agent"},
  {"actor": BR, "date": "2010-05-19", "date_text": "this afternoon", "what": "people in Bangkok walked home as bus service stopped",
   "note": "in Bangkok Dazed's block quotation: 'People don’t walk much in Bangkok. But this afternoon they did' - 'they' = the people of Bangkok, the agent of walking; the blog's day is that of 'the May 19 chaos' its lead-in names (buses hijacked and burned, service stopped), Wednesday 19 May 2010 (doubt: the blog's own date is not printed)"},
 ],
 "actors": [
  {"name": AV, "type": "person", "aliases": ["Thailand Prime Minister Abhisit Vejjajiva", "the Prime Minister"]},
  {"name": T, "type": "organisation", "aliases": ["government troops", "soldiers", "the military"]},
  {"name": RS, "type": "group", "aliases": ["the Red Shirts", "The Red Shirts", "the protesters", "The retreating protesters", "gangs of Red Shirt thugs"]},
  {"name": BD, "type": "person", "aliases": ["Bangkok Dazed"]},
  {"name": BR, "type": "group", "aliases": ["People"]},
 ],
 "notes": [
  "Global Voices citizen-media roundup of Friday 21 May 2010, two days after the army's final assault on the Red Shirt camp in Bangkok (19 May 2010); story bangkok_red_shirts_2010 with the VOA items of 13 March, 16 April, 14 and 15 May 2010 and wn_2010_thai_police_protesters_clash_one_dead (all in dev). Keys bangkok_red_shirts_2010:killed_since_thursday (52 here) and :wounded_since_thursday (more than 400 here).",
  "No quotes: the text has no quote marks; Bangkok Dazed's post is a block quotation (two paragraphs) introduced by 'Bangkok Dazed writes about ...', kept as printed (its lead-in line has no colon).",
  "Figures: the two-month protests, 36 buildings, two TV stations, 52 killed, more than 400 injured, 23 provinces (post's voice, the reports behind the toll are not named), and the blogger's vague 'thousands and thousands' of buses. Not figures: '19' (date), 'lots and lots and lots of them' (no number), 'several'.",
  "Events: 'last week' (troops blockaded), 'last May 19' and 'May 19' (no agent), 'this afternoon' in the blog (the people of Bangkok walked). Left out: 'all week' (a period of the blogger's present, duration), 'today' inside the blogger's text, 'now' (vague).",
  "Descriptions: 'the Prime Minister' = Abhisit; 'they'/'They' in 'whom they accuse' and 'They also want' = the Red Shirts (pronouns, not listed as aliases); 'soldiers', 'government troops' and 'the military' are one actor (Thai troops, the canonical name used in voa_2010_bangkok_clashes_8_killed).",
  "second reading (checker): re-read against FORMAT.md and the published date (Friday 21 May 2010): ISO last week = 10-16 May; 'last May 19' is past (19 May 2010); the 'when' clause's agent is the soldiers, not the Red Shirts; the two 'two' tokens pinned with ctx; quantity keys checked against the VOA items' scope (fighting since Thursday 13 May). First and second readings agree; doubts: the date of 'this afternoon' in the undated blog, and that the 52 may count the whole operation rather than strictly since 13 May.",
 ],
}
