K = "al_jazeera_trial_2014:"
AA = "Al Anstey"
ANN = {
 "article": "articles/wn_2014_egypt_al_jazeera_journalists_jailed.txt",
 "gold_out": "gold/wn_2014_egypt_al_jazeera_journalists_jailed.json",
 "published": "2014-06-23",
 "quotes": [
  {"text": "Today three colleagues and friends were sentenced, and will continue behind bars for doing a brilliant job of being great journalists. \u2018Guilty\u2019 of covering stories with great skill and integrity. \u2018Guilty\u2019 of defending people\u2019s right to know what is going on in their world.",
   "speaker": AA, "speaker_mention": "Al Antsey, the managing director for Al Jazeera English", "fragment": False,
   "note": "attribution before the quote ('Al Antsey, the managing director for Al Jazeera English said of the judgment: \u201c...\u201d'); three sentences in one pair of curly marks, the final full stop inside the closing mark kept; the inner \u2018Guilty\u2019 marks are kept in the text"},
 ],
 "figures": [
  {"quantity": K+"journalists_sentenced", "text": "three", "value": 3, "unit": None, "counted": "Al-Jazeera journalists sent to jail", "source": None, "approx": None,
   "ctx": "sends three",
   "note": "headline, outlet's voice; same key as VOA's 'three Al Jazeera journalists' (voa_2014_egypt_al_jazeera_journalists_sentenced)"},
  {"quantity": K+"journalists_sentenced", "text": "Three", "value": 3, "unit": None, "counted": "journalists from Al-Jazeera sentenced", "source": None, "approx": None,
   "ctx": "Three journalists from",
   "note": "outlet's voice ('Three journalists ... have been sentenced')"},
  {"quantity": K+"prison_term_years", "text": "seven", "value": 7, "unit": "years", "counted": "years in jail", "source": None, "approx": None,
   "note": "'sentenced to seven years in jail by a court in Cairo today': the court's sentence narrated by the outlet -> null; VOA's 'seven years each in prison' shares the key"},
  {"quantity": K+"journalists_sentenced", "text": "three", "value": 3, "unit": None, "counted": "journalists convicted", "source": None, "approx": None,
   "ctx": "The three journalists",
   "note": "'The three journalists \u2014 ... \u2014 were convicted': anaphoric count of the same three, annotated because it counts"},
  {"quantity": K+"baher_extra_years", "text": "three", "value": 3, "unit": "years", "counted": "years for Baher Mohamed on a second charge", "source": None, "approx": None,
   "ctx": "sentenced to three years",
   "note": "'Baher Mohamed was sentenced to three years on a second charge for possessing weapons': outlet's voice; VOA's 'an extra three years on another charge' shares the key"},
  {"quantity": K+"journalists_sentenced", "text": "three", "value": 3, "unit": None, "counted": "colleagues and friends sentenced", "source": AA, "approx": None,
   "ctx": "Today three colleagues",
   "note": "inside Antsey's quote -> Al Anstey; the same three journalists"},
 ],
 "events": [
  {"actor": "Egyptian court", "date": "2014-06-23", "date_text": "today", "what": "three Al-Jazeera journalists sentenced to seven years in jail", "ctx": "in Cairo today",
   "note": "passive with a by-agent: 'have been sentenced to seven years in jail by a court in Cairo today' -> the court; today = the date line, Monday 23 June 2014"},
 ],
 "actors": [
  {"name": "Egyptian court", "type": "organisation", "aliases": ["Egyptian court", "a court in Cairo"]},
  {"name": AA, "type": "person", "aliases": ["Al Antsey", "Al Antsey, the managing director for Al Jazeera English"]},
 ],
 "notes": [
  "Wikinews report of Monday 23 June 2014 (date line) on the sentencing of three Al-Jazeera journalists in Cairo, kept from a verbatim mirror (en.wikiactu.com; see meta). Story al_jazeera_trial_2014 with VOA of the same day (voa_2014_egypt_al_jazeera_journalists_sentenced).",
  "Quote: Al Anstey's statement (printed 'Al Antsey'; canonical name spelt as VOA and the network spell it, the printed form is the alias), attributed before it. The two inner \u2018Guilty\u2019 are ironic scare quotes (his own echo of the verdict word, not words of another speaker), so not separate quotes.",
  "Figures: five counts of the three journalists (headline 'three', 'Three journalists', the anaphoric 'The three journalists', and 'three colleagues' inside Antsey's quote -> Al Anstey) share al_jazeera_trial_2014:journalists_sentenced with VOA; 'seven' years (prison_term_years) and Baher Mohamed's 'three years' on a second charge (baher_extra_years) also shared with VOA. 'others tried in absentia' has no number.",
  "Events: only 'today' (passive with the by-agent 'by a court in Cairo' -> the court). Left out: 'Today' at the head of Antsey's quote ('today' inside speech) and the removed date line.",
  "Actors: the court (sentenced, and the headline's 'Egyptian court sends ... to jail'), Al Anstey (speaks). Not actors: the three journalists (sentenced and convicted, passives; they do not act), Al-Jazeera and the Muslim Brotherhood (do not act in the text).",
  "Second reading (annotator): the whole item re-read against FORMAT.md sections 1-2 and the stored copy: the quote span with its inner marks and final full stop, the by-agent of 'today', the Antsey-sourced 'three', the four ctx strings unique; no change.",
 ],
}
