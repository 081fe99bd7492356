S = "zone9_bloggers_2014"
Z = "Zone 9 blogging collective"
ANN = {
 "article": "articles/gv_2014_zone9_police_request_more_time.txt",
 "gold_out": "gold/gv_2014_zone9_police_request_more_time.json",
 "published": "2014-05-14",
 "quotes": [],
 "figures": [
  {"text": "six", "value": 6, "unit": None, "counted": "men and women brought before the court", "source": None, "approx": None,
   "note": "'The six men and women': the three bloggers and three journalists brought before the court last Wednesday (listed in the first paragraph); a part of the nine detained, not the same quantity as the nine or as the six bloggers arrested on 25 April -> no key"},
 ],
 "events": [
  {"actor": None, "date": "2014-05-07", "date_text": "Last Wednesday", "what": "three Zone 9 bloggers and three journalists brought before an Addis Ababa court",
   "note": "passive without a by-agent ('were brought before an Addis Ababa court') -> null; published on Wednesday 14 May 2014, so 'Last Wednesday' is Wednesday 7 May 2014 (not the day of publication)"},
  {"actor": None, "date": "2014-04-25", "date_text": "on April 25", "what": "detention of the bloggers and journalists",
   "note": "a date on a noun ('since their detention on April 25'): the text does not say who detained them -> null"},
  {"actor": None, "date": "2014-04", "date_text": "in late April", "what": "the six and three more Zone 9 bloggers arrested",
   "note": "passive without agent ('were arrested in late April') -> null; 'late April' normalised to the month"},
 ],
 "actors": [
  {"name": "Ethiopian police", "type": "organisation", "aliases": ["police"]},
  {"name": "defence attorneys", "type": "group", "aliases": ["their attorneys"]},
  {"name": Z, "type": "organisation", "aliases": ["the Zone 9 blogging collective", "the Zone 9 group"]},
  {"name": "friends of the Global Voices community", "type": "group", "aliases": ["friends of the Global Voices community"]},
  {"name": "supporters", "type": "group", "aliases": ["Supporters"]},
 ],
 "notes": [
  "Global Voices Advocacy post of Wednesday 14 May 2014 on the first court appearance (Wednesday 7 May 2014) of three Zone 9 bloggers and three journalists detained since 25 April; story zone9_bloggers_2014 with gv_2014_zone9_netizen_report_arrests (30 April), gv_2014_zone9_statement_release_nine (2 May) and gv_2014_zone9_charged_with_terrorism (18 July).",
  "No quotes: '“inciting violence through social media.”' is the name of a charge ('will face charges related to accepting assistance from a foreign NGO and “...”'), the charge the detainees will face; as in the dev items ('charged with “instigating criminal acts”'), a charge name in quote marks is not anyone's words. 'According to their attorneys' attributes the account of the charges, so the attorneys are kept as an actor.",
  "'At the brief hearing, police requested more time for their investigation': the police act at the hearing of 'Last Wednesday', but the sentence has no date expression of its own (no event); 'ever since' is vague.",
  "The account of the closed hearing is attributed to 'friends of the Global Voices community who were on the scene' (no figure or quote of theirs); supporters 'waved their hands' (undated). The detainees are named but act in no dated event (passives) and are not listed as actors.",
  "Not figures: 'the first time' (ordinal), 'Zone 9' (name), 'many attempts' (no number).",
  "second reading (annotator): re-read the whole item against FORMAT.md sections 1-2; checked 'Last Wednesday' = 2014-05-07 (the post is itself of a Wednesday), the passive events, and the only number token 'six' (Zone 9 is a name).",
 ],
}
