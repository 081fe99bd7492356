LL = "Leopoldo López"
ANN = {
 "article": "articles/gv_2014_venezuela_leopoldo_lopez_turns_himself_in.txt",
 "gold_out": "gold/gv_2014_venezuela_leopoldo_lopez_turns_himself_in.json",
 "published": "2014-02-18",
 "quotes": [],
 "figures": [],
 "events": [
  {"actor": LL, "date": "2014-02-18", "date_text": "on February 18", "what": "López turned himself in at the massive demonstration",
   "note": "'The massive demonstration where López turned himself in on February 18 was peaceful': the expression sits in the relative clause and modifies 'turned himself in', whose agent is López; Tuesday 18 February 2014, the post's day"},
  {"actor": None, "date": "2014-02-18", "date_text": "February 18", "what": "the demonstration of February 18", "ctx": "Venezuela- February 18 demonstration",
   "note": "the title of the embedded photo compilation: a date on the noun 'demonstration', which names no agent here (as the gold does for dates on 'election')"},
 ],
 "actors": [
  {"name": LL, "type": "person", "aliases": ["Venezuelan opposition leader Leopoldo López", "Leopoldo López", "López"]},
  {"name": "Venezuelan National Guard", "type": "organisation", "aliases": ["the National Guard forces"]},
  {"name": "court in Caracas", "type": "organisation", "aliases": ["a court in Caracas"]},
  {"name": "López supporters", "type": "group", "aliases": ["his followers"]},
  {"name": "Venezuelan protesters", "type": "group", "aliases": ["the crowd of protesters"]},
 ],
 "notes": [
  "Global Voices breaking-news post of Tuesday 18 February 2014: opposition leader Leopoldo López surrenders to the National Guard at a mass demonstration in Caracas; story venezuela_protests_2014 with voa_2014_venezuela_guardsman_killed (in dev).",
  "No quotes (no quote marks in the text) and no figures: '18' is part of dates; the print view's link numbers were removed (see meta edits).",
  "Events: 'on February 18' (López turned himself in) and the photo compilation's title 'February 18 demonstration' (no agent). Left out: 'Up until the moment that the Spanish version of this post was written' (relative, vague), 'above', 'still'. Undated acts: López 'has turned himself in', 'announced', the court issued the warrant (passive with by-agent, no date), his followers shouting.",
  "Descriptions and pronouns: 'he' in 'as he announced he would' and 'him' = López; 'his followers' = López's supporters; 'the crowd of protesters' whom he addressed from the police car is kept as its own group (the text does not say they are the same people).",
  "second reading (checker): re-read against FORMAT.md and the published date: the post is dated 18 February 2014 by its URL and 'on February 18' is that day; the agent of 'turned himself in' is López (not the National Guard, which receives him); the embedded title is kept as printed as the tweet's text (as the dev set keeps embedded tweets). First and second readings agree.",
 ],
}
