JH = "James Holmes"
BO = "Barack Obama"
Q = "aurora_theater_shooting_2012:"
ANN = {
 "article": "articles/voa_2012_colorado_suspect_court_monday.txt",
 "gold_out": "gold/voa_2012_colorado_suspect_court_monday.json",
 "published": "2012-07-23",
 "quotes": [
  {"text": "the senseless violence", "speaker": BO, "speaker_mention": "Mr. Obama", "fragment": True,
   "note": "a phrase of Obama's quoted inside reported speech ('Mr. Obama said he hopes that ... Americans reflect on how to address \u201cthe senseless violence\u201d that mars the country')"},
 ],
 "figures": [
  {"quantity": Q + "killed", "text": "12", "value": 12, "unit": None, "counted": "people killed in a Colorado movie theater", "source": None, "approx": None,
   "note": "'The man accused of killing 12 people': outlet's voice; same key as the post of 22 July"},
  {"quantity": Q + "wounded", "text": "58", "value": 58, "unit": None, "counted": "others wounded in a Colorado movie theater", "source": None, "approx": None,
   "note": "outlet's voice; same key as the post of 22 July"},
  {"text": "thousands", "value": None, "vague": True, "unit": None, "counted": "bullets Holmes bought from websites", "source": "authorities", "approx": None,
   "note": "'Authorities say Holmes bought thousands of bullets from websites': vague plural claimed by the authorities"},
 ],
 "events": [
  {"actor": JH, "date": "2012-07-23", "date_text": "Monday", "what": "Holmes to make his first court appearance",
   "note": "'The man accused of killing 12 people ... is scheduled to make his first court appearance Monday': the subject of 'make ... appearance' is Holmes; 'is scheduled' has no agent. Monday = the day of the post (23 July 2012)"},
  {"actor": "police", "date": "2012-07-20", "date_text": "early Friday", "what": "police arrested Holmes outside the theater",
   "note": "'since police arrested him early Friday outside the theater': active verb, subject police; Friday before Monday 23 July = 20 July 2012"},
  {"actor": BO, "date": "2012-07-22", "date_text": "Sunday", "what": "Obama met privately with victims' families",
   "note": "'President Barack Obama met privately with victims' families Sunday': subject Obama; Sunday = 22 July 2012"},
 ],
 "actors": [
  {"name": JH, "type": "person", "aliases": ["Colorado Massacre Suspect", "The man accused of killing 12 people and wounding 58 others in a Colorado movie theater", "James Holmes", "Holmes"]},
  {"name": "investigators", "type": "group", "aliases": ["investigators"]},
  {"name": "police", "type": "organisation", "aliases": ["police", "Police"]},
  {"name": "authorities", "type": "group", "aliases": ["Authorities"]},
  {"name": BO, "type": "person", "aliases": ["President Barack Obama", "Mr. Obama", "The president"]},
  {"name": "Mitt Romney", "type": "person", "aliases": ["Republican presidential candidate Mitt Romney"]},
  {"name": "proponents of ammunition sales", "type": "group", "aliases": ["Proponents of such sales"]},
 ],
 "notes": [
  "VOA breaking-news blog post of Monday 23 July 2012, 6:15 am (US Eastern), on James Holmes's first court appearance that day after the Aurora, Colorado, cinema shooting of Friday 20 July 2012; story aurora_theater_shooting_2012 with voa_2012_colorado_suspect_court_appearance (the post of the evening before). The 12 killed and 58 wounded share keys with that item.",
  "One quote, a fragment of Obama's ('the senseless violence'), attributed by 'Mr. Obama said' in the same sentence; Obama is introduced two sentences earlier as 'President Barack Obama' and referred to as 'He' in between. The film title The Dark Night Rises is printed here without quote marks.",
  "Figures: the toll (12 killed, 58 wounded) in the outlet's voice; 'thousands' of bullets claimed by the authorities. 'multiple guns', 'all of the weapons', 'large amounts' carry no number.",
  "Events: 'Monday' (the court appearance, the day of the post), 'early Friday' (police arrested Holmes) and 'Sunday' (Obama met the families). Left out: 'in the days and months to come' (vague, inside reported speech), 'in the months leading up to the attack' (vague relative span), 'later' (vague). Obama and Romney 'pulled their campaign commercials ... following the attack' carries no date expression, so no joint event.",
  "Not figures: 'first' (ordinal), 'one' in 'their loved one' (a noun phrase, not a count). The victims' families do not act. 'The president' (paragraph 7) is an alias of Obama.",
  "second reading: re-read the item in full against FORMAT.md: the only quote-mark span is Obama's fragment; every number token (12, 58) annotated plus the vague 'thousands'; weekday dates computed from Monday 23 July 2012; the figure keys match the 22 July item's.",
 ],
}
