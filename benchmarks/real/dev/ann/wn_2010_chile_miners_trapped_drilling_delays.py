K = "chile_miners_2010:"
P = "Sebastián Piñera"
R = "rescuers"
ANN = {
 "article": "articles/wn_2010_chile_miners_trapped_drilling_delays.txt",
 "gold_out": "gold/wn_2010_chile_miners_trapped_drilling_delays.json",
 "published": "2010-08-11",
 "quotes": [
  {"text": "The situation is very complex, the mine continues to have collapses because there is a geological fault-line", "speaker": P, "speaker_mention": "Sebastián Piñera, President of Chile",
   "note": "quote before its attribution ('... ,\" said Sebastián Piñera, President of Chile'); the trailing comma inside the marks is dropped"},
  {"text": "pledged to do everything possible to get to the trapped miners", "speaker": P, "speaker_mention": "who", "fragment": True,
   "note": "a marked phrase inside the relative clause 'who \"pledged to do everything possible ...\"' about Piñera: it renders his pledge (worded in the third person, as the source report put it); the relative pronoun 'who' refers to Piñera, so speaker Piñera; trailing comma dropped. A short phrase -> fragment"},
 ],
 "figures": [
  {"quantity": K+"miners_trapped", "text": "33", "value": 33, "unit": None, "counted": "miners trapped by the mine collapse", "source": None, "approx": None,
   "note": "outlet's own voice; VOA of 19 September says '33 men' and 'The 33 miners' (same key)"},
  {"quantity": K+"depth_trapped", "text": "400", "value": 400, "unit": "m", "counted": "meters below the ground where the miners are trapped", "source": None, "approx": "around",
   "note": "'about 400 meters (1300 feet) below the ground': outlet's voice, 'about' -> around; meters are 'm' in the scorer's unit table. VOA of 19 September gives 'more than half-a-kilometer' and 'some 700 meters' for the same depth (same key; the reports disagree)"},
  {"quantity": K+"depth_trapped", "text": "1300", "value": 1300, "unit": None, "counted": "feet below the ground where the miners are trapped", "source": None, "approx": "around",
   "note": "the conversion in brackets of 'about 400 meters', so it shares the hedge and the key; feet are not in the scorer's unit table -> no unit"},
 ],
 "events": [
  {"actor": None, "date": "2010-08-05", "date_text": "since last Thursday", "what": "a gold mine collapse trapped 33 miners",
   "note": "'A gold mine collapse ... has trapped 33 miners since last Thursday': the subject is the collapse, an accident, not an agent -> null. 'last Thursday' from Wednesday 11 August 2010 = Thursday 5 August 2010 (the date of the San José collapse)"},
  {"actor": None, "date": "2010-08-07", "date_text": "on Saturday", "what": "another collapse occurred, suspending the rescue works",
   "note": "'Another collapse occurred on Saturday': an event without an agent -> null; Saturday 7 August 2010"},
  {"actor": R, "date": "2010-08-08", "date_text": "since Sunday", "what": "rescuers have been drilling into the mine",
   "note": "'Rescuers have been drilling into the mine since Sunday': the rescuers (a group named by a noun) are the subject; Sunday 8 August 2010, the start of the drilling"},
 ],
 "actors": [
  {"name": P, "type": "person", "aliases": ["Sebastián Piñera", "President of Chile"]},
  {"name": R, "type": "group", "aliases": ["Rescuers"]},
 ],
 "notes": [
  "Wikinews report of Wednesday 11 August 2010 on the 33 miners trapped in the San José mine near Copiapó since the collapse of Thursday 5 August 2010; story chile_miners_2010 with voa_2010_chile_miners_third_drill_pinera_visit (19 September 2010).",
  "Cross-report keys: chile_miners_2010:miners_trapped (33 here and twice in the VOA item); chile_miners_2010:depth_trapped ('about 400 meters (1300 feet)' here against VOA's 'more than half-a-kilometer' and 'some 700 meters': the same depth, stated differently a month apart).",
  "Hard cases: the second quote is a marked phrase in a relative clause whose speaker is named before it ('said Sebastián Piñera, President of Chile, who \"pledged ...\"'); the collapse that 'has trapped' the miners is not an agent (null actor); 'Rescuers' is a group named by a noun and the agent of the 'since Sunday' drilling.",
  "Not events: 'were first focused', 'attempts ... failed', 'acknowledged he was pessimistic' carry no date expression. 'he' (Piñera) is a pronoun, not an alias. 'Rescue efforts' and 'the rescue works' are acts, not actors.",
  "Not figures: none left; 'Another collapse' is not a count.",
  "second reading (annotator): re-read the whole item against FORMAT.md sections 1-2; checked the weekday dates against Wednesday 11 August 2010 (Thursday 5, Saturday 7, Sunday 8 August), the dropped trailing commas of both quotes, the conversion pair 400 m / 1300 feet, and each alias as an exact substring.",
 ],
}
