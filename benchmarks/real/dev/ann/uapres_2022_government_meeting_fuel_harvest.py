Z = "Volodymyr Zelenskyy"
CM = "members of the Cabinet of Ministers"
ANN = {
 "article": "articles/uapres_2022_government_meeting_fuel_harvest.txt",
 "gold_out": "gold/uapres_2022_government_meeting_fuel_harvest.json",
 "published": "2022-05-27",
 "quotes": [],
 "figures": [],
 "events": [
  {"actor": None, "date": "2022-09-01", "date_text": "starting from September 1", "what": "start of the organised educational process in the country (proposals discussed)",
   "note": "'proposals for organizing the educational process in the country starting from September 1': the date is on the noun phrase (the educational process from 1 September), and the text names no one who will organise it: no agent. Year of publication; 1 September 2022 lies ahead of the meeting of Friday 27 May 2022"},
 ],
 "actors": [
  {"name": Z, "type": "person", "aliases": ["President of Ukraine Volodymyr Zelenskyy", "Volodymyr Zelenskyy", "the President"]},
  {"name": CM, "type": "group", "aliases": ["members of the Cabinet of Ministers", "members of the Government of Ukraine", "government officials"]},
  {"name": "officials at the meeting", "type": "group", "aliases": ["Officials"]},
 ],
 "notes": [
  "President of Ukraine readout of Zelenskyy's working meeting with members of the Cabinet of Ministers on Friday 27 May 2022 (fuel supply, harvest, displaced citizens, the school year); story zelenskyy_government_meeting_may_2022 (only item of the story here).",
  "No quotes: no quote marks in the kept text ('It was stressed that ...' is reported speech without a named speaker). No figures: the only number token is the day in 'September 1' (a date).",
  "One event: 'starting from September 1' (2022-09-01), a date on the educational process with no agent, so actor null. Not events: no other date expression ('immediately' is vague; 'the end of the school year' names no date).",
  "Actors: Zelenskyy (held the meeting, was informed; 'the President' also inside 'the President's meeting'); the members of the Cabinet of Ministers, the same group as 'members of the Government of Ukraine' (headline) and 'government officials' ('the President's meeting with government officials'); 'Officials' who 'reported to the President' kept as a group of its own, since the meeting was also attended by the Deputy Heads of the Office of the President and the text does not say which officials reported. 'The parties' = Zelenskyy and the ministers jointly, not an alias of either. The Deputy Heads of the Office only attended; the Russian Federation only owns the assets; 'the state' is generic: not actors.",
  "Thin item, kept for its speakerless readout of a domestic meeting (a test that nothing is invented) and one forward date without an agent.",
  "second reading (annotator): re-read the whole item once fully against FORMAT.md sections 1-2: no quote marks, no figures; 'starting from September 1' = 2022-09-01 with no agent; every alias an exact substring and none shared by two actors; no change.",
 ],
}
