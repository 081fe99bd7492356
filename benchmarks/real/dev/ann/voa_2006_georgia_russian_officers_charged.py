K = "georgia_russia_spy_row_2006:"
GO = "Georgian officials"
IV = "Sergei Ivanov"
VM = "Vano Merabishvili"
ANN = {
 "article": "articles/voa_2006_georgia_russian_officers_charged.txt",
 "gold_out": "gold/voa_2006_georgia_russian_officers_charged.json",
 "published": "2006-09-29",
 "quotes": [
  {"text": "confirmed the guilt of the arrested officers.", "speaker": VM, "speaker_mention": "his", "fragment": True,
   "note": "'tapes that, in his words, \"confirmed the guilt of the arrested officers.\"': the minister's words set in the reporter's sentence; the attribution is the possessive 'in his words', which refers back to 'Georgian Interior Minister Vano Merabisvhili' at the start of the sentence; final full stop inside the marks kept"},
  {"text": "in connection with a growing threat to their security", "speaker": "Russia", "speaker_mention": "Moscow", "fragment": True,
   "note": "'Moscow also ordered a partial evacuation ... \"in connection with a growing threat to their security\".': the wording of Moscow's order (Russia, named 'Moscow' in this sentence and 'It'/'Russia' in the sentences before); the full stop is printed outside the closing mark"},
  {"text": "hysteria.", "speaker": "Mikhail Saakashvili", "speaker_mention": "Georgia president Mikhail Saakashvili", "fragment": True,
   "note": "'described Moscow's reaction to the arrests as \"hysteria.\"': one word of Saakashvili's, full stop inside the marks kept"},
 ],
 "figures": [
  {"quantity": K+"russian_officers_detained", "text": "four", "value": 4, "unit": None, "counted": "Russian officers detained in Tbilisi and charged with spying", "source": GO, "approx": None,
   "note": "'Georgian officials say four Russian officers detained in Tbilisi have been charged with spying': the officials claim it. Same quantity as the 'five' Russian officers of voa_2006_georgia_moscow_ridicules_spy_charges (28 September): the reports disagree"},
  {"text": "three", "value": 3, "unit": None, "counted": "police officers killed in the Gori attack", "source": GO, "approx": None, "ctx": "killed three police",
   "note": "'Georgian officials also say the officers are linked to an attack in the town of Gori in February 2005 which killed three police officers and injured 26': the number sits in what the officials say -> Georgian officials"},
  {"text": "26", "value": 26, "unit": None, "counted": "people injured in the Gori attack", "source": GO, "approx": None,
   "note": "'... which killed three police officers and injured 26': same sentence as the dead, claimed by the Georgian officials; no noun is printed after the number"},
  {"text": "three", "value": 3, "unit": "months", "counted": "months since the officers arrived in Georgia", "source": IV, "approx": None, "ctx": "only three months ago",
   "note": "'He says ... the officers could have not participated in the attack as they arrived to serve in Georgia only three months ago': 'He' is Ivanov (named in the sentence before) -> Ivanov. 'three months ago' is also an event (as 'six months ago' in the dev set)"},
 ],
 "events": [
  {"actor": VM, "date": "2006-09-28", "date_text": "On Thursday", "what": "Merabishvili showed journalists video and audiotapes of the arrested officers",
   "note": "'On Thursday, Georgian Interior Minister Vano Merabisvhili showed journalists video and audiotapes': the minister is the subject of 'showed'; Thursday before the Friday publication day = 28 September 2006"},
  {"actor": None, "date": "2005-02", "date_text": "in February 2005", "what": "an attack in Gori killed three police officers and injured 26",
   "note": "'an attack in the town of Gori in February 2005 which killed three police officers': a dated noun ('attack') whose agent the text does not state (the officers are only said to be 'linked' to it) -> null"},
  {"actor": "Russian officers", "date": "2006-06", "date_text": "three months ago", "what": "the Russian officers arrived to serve in Georgia",
   "note": "'as they arrived to serve in Georgia only three months ago' (Ivanov's reported words): 'they' are the officers, the subject of 'arrived'; three months before 29 September 2006 = June 2006 (a month, as 'six months ago' in the dev set)"},
 ],
 "actors": [
  {"name": GO, "type": "organisation", "aliases": ["Georgian officials"]},
  {"name": "Russia", "type": "country", "aliases": ["Russia", "Moscow"]},
  {"name": VM, "type": "person", "aliases": ["Georgian Interior Minister Vano Merabisvhili"]},
  {"name": "Russian officers", "type": "group", "aliases": ["the arrested officers", "the officers"]},
  {"name": IV, "type": "person", "aliases": ["Russian Defense Minister Sergei Ivanov"]},
  {"name": "Mikhail Saakashvili", "type": "person", "aliases": ["Georgia president Mikhail Saakashvili"]},
  {"name": "Irakli Okruashvili", "type": "person", "aliases": ["Iralki Orukashvili"]},
 ],
 "notes": [
  "VOA News report of Friday 29 September 2006 on the charging of the Russian officers held in Georgia and Russia's response; story georgia_russia_spy_row_2006, with voa_2006_georgia_moscow_ridicules_spy_charges (28 September 2006).",
  "Hard cases: Merabishvili's quote is attributed by 'in his words' inside a relative clause (mention 'his'); Ivanov's 'absolutely forced' is marked only by 'in his words' and carries no quote marks, so it is no quote; Moscow's order is quoted with the full stop outside the marks; Ivanov is named one sentence before the 'He says' that carries his figure and his dated claim.",
  "Cross-item key russian_officers_detained: 'four' here (Georgian officials) against 'five' twice in the 28 September report (outlet; Ivanov).",
  "Claimants: the four officers and the Gori toll (three dead, 26 injured) are claimed by 'Georgian officials'; the 'three months' by Ivanov. 'Orukashvili' (Okruashvili, spelt 'Iralki Orukashvili' on the page) speaks without a number.",
  "Not figures: 'February 2005' (a date), 'Georgian-Armenian' (a name); 'a partial evacuation', 'an exchange of cash', 'a Russian officer' have no number word. The last paragraph (cut mid-word) was dropped, so Orukashvili's NTV words are not in the item.",
  "Events: 'On Thursday' (Merabishvili), 'in February 2005' (the Gori attack, no agent), 'three months ago' (the officers arrived). Russia's call for a Security Council meeting, the recall of the ambassador and the evacuation order carry no date in the kept text.",
  "Second careful read done against FORMAT.md by the annotator: every quote-mark span (three, all fragments), every number token (four, three twice, 26; 2005 a date), the pronoun and possessive attributions, the agent of each date expression and no alias shared between actors; no change after the reading.",
 ],
}
