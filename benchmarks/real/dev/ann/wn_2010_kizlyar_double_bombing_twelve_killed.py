K = "kizlyar_bombings_2010:"
M = "Vladimir Markin"
ANN = {
 "article": "articles/wn_2010_kizlyar_double_bombing_twelve_killed.txt",
 "gold_out": "gold/wn_2010_kizlyar_double_bombing_twelve_killed.json",
 "published": "2010-03-31",
 "quotes": [
  {"text": "In the blasts, twelve people have been killed, nine of them were police officers, including the Kizlyar police chief. Twenty-three others have been hospitalized, suffering with various injuries",
   "speaker": M, "speaker_mention": "a spokesman for the Investigative Committee of Russian Prosecutor General's Office, Vladimir Markin", "fragment": False,
   "note": "the speaker is introduced after the quote ('... injuries,\" commented a spokesman for the Investigative Committee ..., Vladimir Markin, to Interfax'); the trailing comma before the closing mark is dropped"},
 ],
 "figures": [
  {"quantity": K+"killed", "text": "twelve", "value": 12, "unit": None, "counted": "killed in the northern Caucasus blasts", "source": None, "approx": "at least", "ctx": "at least twelve in",
   "note": "headline, Wikinews's own voice"},
  {"text": "Two", "value": 2, "unit": None, "counted": "bombings in the northern Caucasus region", "source": None, "approx": None, "ctx": "Two bombings",
   "note": "a count of bombings in the lead"},
  {"quantity": K+"killed", "text": "twelve", "value": 12, "unit": None, "counted": "people killed", "source": None, "approx": "at least", "ctx": "at least twelve people",
   "note": "lead, Wikinews's own voice (the claimant of the same toll, Markin, is four paragraphs down, not in the next sentence)"},
  {"quantity": K+"injured", "text": "eighteen", "value": 18, "unit": None, "counted": "people injured", "source": None, "approx": None,
   "note": "'injured another eighteen': Wikinews's voice; the same quantity as Markin's 'Twenty-three others have been hospitalized, suffering with various injuries' (the two disagree)"},
  {"text": "two", "value": 2, "unit": None, "counted": "police officers killed by the first bomb", "source": None, "approx": None, "ctx": "killing two police",
   "note": "'The first bomb was detonated ..., killing two police officers': Wikinews's voice; the next sentence's 'According to ... Rashid Nurgaliyev' covers only the police's attempt to stop the car, so null"},
  {"quantity": K+"killed", "text": "twelve", "value": 12, "unit": None, "counted": "people killed in the blasts", "source": M, "approx": None, "ctx": "blasts, twelve",
   "note": "inside Markin's quote"},
  {"text": "nine", "value": 9, "unit": None, "counted": "of the dead were police officers", "source": M, "approx": None,
   "note": "inside Markin's quote: police officers among the twelve dead"},
  {"quantity": K+"injured", "text": "Twenty-three", "value": 23, "unit": None, "counted": "others hospitalized with various injuries", "source": M, "approx": None,
   "note": "inside Markin's quote; same quantity as the lead's 'another eighteen' injured"},
 ],
 "events": [
  {"actor": None, "date": "2010-03-31", "date_text": "at around 08.30 Moscow time (04.30 UTC)", "what": "the first bomb was detonated in a car near a school in Kizlyar",
   "note": "a clock time = the reference day (31 March 2010, the date line); it modifies the passive 'was detonated' (and 'killing'), which has no by-agent, so null; the UTC conversion in brackets is kept inside one expression, as 'at 9 a.m. (0600 GMT)' in voa_2006_haifa_rockets_olmert_consequences"},
 ],
 "actors": [
  {"name": "Rashid Nurgaliyev", "type": "person", "aliases": ["Russian interior minister Rashid Nurgaliyev", "Rashid Nurgaliyev"]},
  {"name": "Kizlyar police", "type": "organisation", "aliases": ["police"]},
  {"name": "Kizlyar suicide bomber", "type": "person", "aliases": ["a suicide bomber disguised as a police officer"]},
  {"name": "Russian officials", "type": "group", "aliases": ["officials"]},
  {"name": M, "type": "person", "aliases": ["Vladimir Markin", "a spokesman for the Investigative Committee of Russian Prosecutor General's Office, Vladimir Markin"]},
 ],
 "notes": [
  "Wikinews article of Wednesday 31 March 2010 (date line) on the two bombings in Kizlyar, Dagestan, two days after the Moscow metro bombings; story kizlyar_bombings_2010. Keys: killed (headline, lead and Markin's quote, all twelve) and injured (lead 'eighteen' against Markin's 'Twenty-three' hospitalized).",
  "Hard case: the one long quote is attributed after it, by a description plus name ('commented a spokesman for the Investigative Committee ..., Vladimir Markin, to Interfax'), and the next sentence continues with 'He also noted ...'. Nurgaliyev and 'officials' speak without quote marks ('According to ...').",
  "Not figures: '08.30' and '04.30' (times of day, in the event), 'first', 'second' (ordinals), 'Double' (not a count in the sense used: the lead's 'Two bombings' is annotated), 'many of the dead' (vague, no number).",
  "Only one date expression: the clock time of the first blast. The removed date line carried the weekday and date; 'has been started' has no date.",
  "Actors: the Kizlyar police chief and the police officers are victims; Interfax and the Investigative Committee only carry Markin's words and are not listed separately; 'He' (the bomber, Markin) is a pronoun, not an alias.",
  "second reading by the annotator: re-read the item fully against FORMAT.md sections 1-2; checked the quote text (trailing comma dropped, inner full stop kept), each number token, the time expression and its null agent (passive without agent), and that no surface form is shared by two actors.",
 ],
}
