M = "Mohammed Merah"
A = "French authorities"
ANN = {
 "article": "articles/voa_2012_toulouse_suspect_dies_firefight.txt",
 "gold_out": "gold/voa_2012_toulouse_suspect_dies_firefight.json",
 "published": "2012-03-22",
 "quotes": [],
 "figures": [
  {"quantity": "toulouse_shootings_2012:deaths", "text": "seven", "value": 7, "unit": None, "counted": "people killed in the string of shootings in southwestern France", "source": None, "approx": None,
   "note": "outlet's voice (the sentence's 'French authorities are investigating' is about accomplices, not a claim of the toll)"},
  {"text": "23", "value": 23, "unit": "years", "counted": "age of the gunman", "source": A, "approx": None,
   "note": "'Authorities say the gunman, 23, kept shooting': the age sits inside the authorities' reported statement"},
  {"text": "a week", "value": 1, "unit": "weeks", "counted": "period of the killings in the Toulouse area", "source": None, "approx": "more than",
   "note": "'more than a week of killings': duration, outlet's voice; text 'a week' as in other items"},
  {"text": "eight", "value": 8, "unit": "years", "counted": "age of the girl chased into the school courtyard", "source": A, "approx": None, "ctx": "eight-year-old",
   "note": "'French authorities say the suspect acted methodically, at one point chasing an eight-year-old girl': inside the authorities' statement"},
 ],
 "events": [
  {"actor": None, "date": "2012-03-22", "date_text": "Thursday", "what": "Merah died after a firefight with French police",
   "note": "'died Thursday': the date modifies the intransitive 'died', whose subject (Merah) is not an agent; the shooting by police is told later, undated, so null. Report of the same day (see meta)."},
 ],
 "actors": [
  {"name": M, "type": "person", "aliases": ["Mohammed Merah", "Merah", "The suspected killer", "the gunman", "the suspect", "suspect Mohammed Merah"]},
  {"name": A, "type": "organisation", "aliases": ["French authorities", "Authorities"]},
  {"name": "French police", "type": "organisation", "aliases": ["French police", "police"]},
  {"name": "Paris prosecutor", "type": "person", "aliases": ["A Paris prosecutor"]},
  {"name": "Nicolas Sarkozy", "type": "person", "aliases": ["French President Nicolas Sarkozy"]},
 ],
 "notes": [
  "VOA report by Lisa Bryant of Thursday 22 March 2012 (date inferred, see meta), the day Mohammed Merah died at the end of the Toulouse siege; story toulouse_shootings_2012 (one item).",
  "The attacker is named several ways: 'a suspect', 'The suspected killer, Mohammed Merah', 'suspect Mohammed Merah', 'the gunman, 23', 'the suspect', 'Merah'; 'a man on a motorcycle' is left out of the aliases (an indefinite description). No quotes in the kept text (the page's quotes, if any, came after the cut).",
  "Figures: seven killed (outlet), the gunman's age 23 and the girl's age eight (both inside 'Authorities say' / 'French authorities say' statements, source French authorities), 'more than a week' of killings (duration, outlet).",
  "One event: 'died Thursday' (no agent). 'shortly after the firefight' is a relative, undated expression and is left out; 'for hours' is a duration without a number.",
  "Not figures: 'at one point' (idiom, not a count), 'a rabbi', 'the same weapon', 'a man on a motorcycle' (no counts meant).",
  "second reading: re-read the whole item against FORMAT.md: every number token checked, 'Authorities' and 'French authorities' kept as one actor, 'police' (the prosecutor's 'police shot him') belongs to French police.",
 ],
}
