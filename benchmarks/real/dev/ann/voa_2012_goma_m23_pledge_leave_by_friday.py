M23 = "M23"
JR = "Jean-Marie Runiga"
RA = "Rene Abandi"
RL = "Regional leaders"
ANN = {
 "article": "articles/voa_2012_goma_m23_pledge_leave_by_friday.txt",
 "gold_out": "gold/voa_2012_goma_m23_pledge_leave_by_friday.json",
 "published": "2012-11-27",
 "quotes": [],
 "figures": [
  {"text": "A week", "value": 1, "unit": "weeks", "counted": "time since the M23 rebels took control of Goma", "source": None, "approx": None,
   "note": "'A week after the M23 rebels took control of Goma ...': a duration in the outlet's voice, counted like 'a week' elsewhere in the set (value 1, unit weeks); as a time counted from an event (like 'four days after' the Chile quake) it is not dated as an event"},
 ],
 "events": [
  {"actor": M23, "date": "2012-11-30", "date_text": "By Friday", "what": "Congo rebels pledge to leave Goma (headline)",
   "note": "headline 'Congo Rebels Pledge to Leave Goma By Friday': the deadline modifies 'Leave', whose agent is the rebels (M23); future weekday = Friday 30 November 2012"},
  {"actor": M23, "date": "2012-11-30", "date_text": "by Friday", "what": "M23's forces will leave Goma",
   "note": "'says his forces will leave the captured city of Goma by Friday': the agent of 'leave' is M23's forces (the group); future weekday = 30 November 2012"},
  {"actor": M23, "date": "2012-11-19/2012-11-25", "date_text": "last week", "what": "the rebels seized Goma",
   "note": "active 'seized', subject 'The rebels'; 'last week' = the ISO week before Tuesday 27 November (19-25 November 2012; the capture was on the 20th)"},
  {"actor": JR, "date": "2012-11-27", "date_text": "Tuesday", "what": "Runiga told VOA News M23 would leave by the end of the week", "ctx": "told VOA News Tuesday",
   "note": "active 'told', subject 'Jean-Marie Runiga of M23'; Tuesday = the report's day"},
  {"actor": M23, "date": "2012-11-26/2012-12-02", "date_text": "by the end of the week", "what": "M23 would leave Goma",
   "note": "in Runiga's reported speech: 'then they will do so [leave] by the end of the week' ('they' = M23); 'by the end of X' is dated X, as elsewhere in the set: the current ISO week, 26 November - 2 December 2012"},
  {"actor": RA, "date": "2012-11-27", "date_text": "Earlier Tuesday", "what": "Abandi told VOA the military chief had promised his forces would leave Goma",
   "note": "active 'told', subject 'Rene Abandi, M23's director of external relations'"},
  {"actor": M23, "date": "2012-11-26", "date_text": "by the end of Monday", "what": "regional leaders' deadline for M23 to pull out of Goma",
   "note": "'had demanded that M23 pull out of Goma by the end of Monday': the deadline modifies 'pull out', whose agent is M23 (the demand itself is undated); Monday before the Tuesday report = 26 November 2012"},
  {"actor": JR, "date": "2012-11-27", "date_text": "Tuesday", "what": "Runiga told reporters in Goma M23 still wants Kabila to meet its demands", "ctx": "told reporters Tuesday",
   "note": "'as he told reporters Tuesday in the city': 'he' = the group's president, Jean-Marie Runiga (sentence before)"},
 ],
 "actors": [
  {"name": M23, "type": "group", "aliases": ["Congo Rebels", "Congolese rebel group M23", "The rebels", "M23", "the group", "the M23 rebels"]},
  {"name": JR, "type": "person", "aliases": ["The political chief of Congolese rebel group M23", "Jean-Marie Runiga of M23", "Jean-Marie Runiga", "Runiga", "the group's president, Jean-Marie Runiga", "the group's president"]},
  {"name": RA, "type": "person", "aliases": ["Rene Abandi, M23's director of external relations", "Rene Abandi"]},
  {"name": "M23 military chief", "type": "person", "aliases": ["the group's military chief"]},
  {"name": RL, "type": "group", "aliases": ["Regional leaders", "regional leaders"]},
  {"name": "Joseph Kabila", "type": "person", "aliases": ["DRC President Joseph Kabila", "Kabila"]},
 ],
 "notes": [
  "VOA report (Gabe Joselow) of Tuesday 27 November 2012 (no date line; see the meta's published_evidence); third item of story goma_m23_2012 (with the VOA items of 20 and 21 November and of 1 December, when the rebels left).",
  "No quote marks: every statement is reported speech ('says', 'told VOA News', 'said'), so there are no quotes. The political chief in the lead is Jean-Marie Runiga, named in the third paragraph and again as 'the group's president'.",
  "Figures: only 'A week' (duration, outlet's voice). Not figures: 'M23' (a name, four times), 'a sign of good will', 'the army chiefs of Uganda, Rwanda and the Democratic Republic of Congo' (no number).",
  "Events: 'By Friday' (headline) and 'by Friday' (M23 to leave, 30 November), 'last week' (the seizure of Goma), 'Tuesday' twice (Runiga to VOA News and to reporters; pinned with ctx), 'by the end of the week' (M23 to leave, in Runiga's reported speech), 'Earlier Tuesday' (Abandi), 'by the end of Monday' (the deadline set by regional leaders, on the pull-out of M23). Left out: 'as soon as possible' (vague), 'A week after the M23 rebels took control of Goma' (a duration counted from an event; the figure 'A week' is kept). The capture of Sake ('have since taken') is undated.",
  "Actors: M23 ('Congo Rebels', 'Congolese rebel group M23', 'The rebels', 'the group', 'the M23 rebels'); Runiga; Abandi; the unnamed military chief who promised the withdrawal; the regional leaders who demanded it, with Kabila among them. Not actors: VOA (addressee), the Congolese army and government (only mentioned), Uganda and Rwanda (their army chiefs only met).",
  "second reading: re-read the item in full against FORMAT.md: text re-compared with the stored page (identical after the listed edits); 27 November 2012 a Tuesday, Friday = 30 November, Monday = 26 November, last week = 19-25 November; the three Tuesday expressions are 'Tuesday' (x2, pinned with ctx) and 'Earlier Tuesday'; 'By Friday' and 'by Friday' are distinct strings.",
 ],
}
