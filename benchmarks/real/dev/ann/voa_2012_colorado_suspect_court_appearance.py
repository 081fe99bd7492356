JH = "James Holmes"
BO = "Barack Obama"
Q = "aurora_theater_shooting_2012:"
ANN = {
 "article": "articles/voa_2012_colorado_suspect_court_appearance.txt",
 "gold_out": "gold/voa_2012_colorado_suspect_court_appearance.json",
 "published": "2012-07-22",
 "quotes": [],
 "figures": [
  {"quantity": Q + "killed", "text": "12", "value": 12, "unit": None, "counted": "people killed in a Colorado movie theater", "source": None, "approx": None,
   "note": "'The gunman who allegedly killed 12 people': outlet's voice (the hedge 'allegedly' is about who killed, not the number); same key in the item of 23 July"},
  {"quantity": Q + "wounded", "text": "58", "value": 58, "unit": None, "counted": "others wounded in a Colorado movie theater", "source": None, "approx": None,
   "note": "outlet's voice; same key in the item of 23 July"},
  {"text": "6", "ctx": "6-year-old", "value": 6, "unit": "years", "counted": "age of the youngest fatality, a girl", "source": None, "approx": None,
   "note": "age glued to 'year-old' (as '47' in '47-year-old')"},
  {"text": "60", "value": 60, "unit": None, "counted": "explosive devices rigged in Holmes's apartment", "source": None, "approx": None,
   "note": "the sentence is unattributed ('Police have taken his computer from his apartment, which Holmes had rigged with 60 explosive devices'): police are the subject of 'have taken', not the claimant of the relative clause; outlet's voice"},
 ],
 "events": [
  {"actor": JH, "date": "2012-07-23", "date_text": "on Monday", "what": "Holmes to make his first court appearance",
   "note": "'The gunman ... is scheduled to make his first court appearance on Monday': the expression dates 'make his first court appearance', whose subject is the gunman (Holmes); 'is scheduled' has no agent. Future Monday after Sunday 22 July 2012 = 23 July"},
  {"actor": BO, "date": "2012-07-22", "date_text": "on Sunday", "what": "Obama met privately in Aurora with the victims' families",
   "note": "'After meeting privately in Aurora with the victims' families on Sunday, President Barack Obama said ...': the subject of the meeting (and of 'said') is Obama; Sunday = the day of the post"},
 ],
 "actors": [
  {"name": JH, "type": "person", "aliases": ["Colorado Massacre Suspect", "The gunman", "James Holmes", "Holmes"]},
  {"name": "Prison authorities", "type": "organisation", "aliases": ["Prison authorities"]},
  {"name": "police", "type": "organisation", "aliases": ["Police"]},
  {"name": BO, "type": "person", "aliases": ["President Barack Obama"]},
 ],
 "notes": [
  "VOA breaking-news blog post of Sunday 22 July 2012, 8:55 pm (US Eastern), two days after the Aurora, Colorado, cinema shooting of 20 July 2012; story aurora_theater_shooting_2012 with voa_2012_colorado_suspect_court_monday (the post of the next morning). The 12 killed and 58 wounded share keys with that item.",
  "No quotes: \u201cThe Dark Night Rises,\u201d is a film title in quote marks (the blog's misspelling of 'Knight'), not speech; Obama's words are reported without quote marks ('said he came to them not as a president but as a father').",
  "All figures are in the outlet's voice: the toll (12 killed, 58 wounded), the 6-year-old girl, the 60 explosive devices (an unattributed relative clause after 'Police have taken his computer').",
  "Events: 'on Monday' (Holmes's first court appearance, future) and 'on Sunday' (Obama met the families). Not date expressions: 'during a midnight screening' (a showing time without a date), 'every day' (a frequency, inside reported speech). Police 'arrested him' and 'have taken his computer' without a date: no events.",
  "Not figures: 'first' (ordinal), 'several weapons', 'Ph.D.'. The families and the girl's mother do not act; the production note naming Oates was removed as furniture, so Dan Oates is not an actor here.",
  "second reading: re-read the item in full against FORMAT.md: every number token (12, 58, 6, 60) annotated, the film title excluded from quotes, the weekday dates computed from Sunday 22 July 2012, and the actor aliases checked as exact surface forms.",
 ],
}
