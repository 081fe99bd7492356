K = "cambodia_23_trial_2014:"
ANN = {
 "article": "articles/voa_2014_cambodia_trial_continues.txt",
 "gold_out": "gold/voa_2014_cambodia_trial_continues.json",
 "published": "2014-05-06",
 "quotes": [
  {"text": "if the court is still biased.", "speaker": "Am Sam Ath", "speaker_mention": "He", "fragment": True,
   "note": "the previous sentence introduces him ('Am Sam Ath, chief investigator for the rights group Licadho, said')"},
 ],
 "figures": [
  {"quantity": K+"activists_on_trial", "text": "23", "value": 23, "counted": "labor activists on trial", "source": None, "ctx": "against 23 labor"},
  {"quantity": K+"questioned_may6", "text": "three", "value": 3, "counted": "people questioned", "source": None, "ctx": "questioning three people"},
  {"text": "1,000", "value": 1000, "counted": "riot police deployed", "source": None, "approx": "around"},
  {"text": "100", "value": 100, "counted": "supporters gathered", "source": None, "approx": "around",
   "note": "the May 6 crowd; not the same quantity as the 100 supporters of April 25"},
  {"quantity": K+"activists_on_trial", "text": "23", "value": 23, "counted": "activists whose release is demanded", "source": None, "ctx": "all 23"},
  {"quantity": K+"questioned_may6", "text": "three", "value": 3, "counted": "defendants questioned", "source": None, "ctx": "three defendants"},
  {"quantity": K+"activists_on_trial", "text": "23", "value": 23, "counted": "accused", "source": "Am Sam Ath", "ctx": "the 23 accused",
   "note": "in Am Sam Ath's reported speech"},
 ],
 "events": [
  {"actor": "Phnom Penh Municipal Court", "date": "2014-05-06", "date_text": "on Tuesday", "what": "continued trial of 23 labor activists"},
  {"actor": None, "date": "2014-05", "date_text": "in May", "what": "activists arrested during demonstrations",
   "note": "as printed: the text says the activists were arrested 'in May' (other reports, and this one two sentences on, put the violence in January); annotated as written"},
  {"actor": None, "date": "2014-01", "date_text": "in January", "what": "demonstration violence outside a factory", "ctx": "a factory in January"},
  {"actor": None, "date": "2014-01", "date_text": "in January", "what": "violence outside Yak Ching factory", "ctx": "Yak Ching factory in January"},
  {"actor": None, "date": "2014-05-20", "date_text": "May 20", "what": "more hearings to continue"},
 ],
 "actors": [
  {"name": "Phnom Penh Municipal Court", "type": "organisation", "aliases": ["Phnom Penh Municipal Court", "the court"]},
  {"name": "Am Sam Ath", "type": "person", "aliases": ["Am Sam Ath"]},
  {"name": "Licadho", "type": "organisation", "aliases": ["the rights group Licadho", "Licadho"]},
  {"name": "Cambodian police", "type": "organisation", "aliases": ["riot police"]},
  {"name": "supporters of the 23 activists", "type": "group", "aliases": ["supporters"]},
  {"name": "the accused", "type": "group", "aliases": ["The accused"]},
  {"name": "Brigade 911", "type": "organisation", "aliases": ["special forces personnel from Brigade 911"]},
 ],
 "notes": [
  "VOA Khmer AMP page on the trial of the 23 labor activists (story cambodia_23_trial_2014); short, figure-led, one quoted fragment.",
  "'Brigade 911' is a unit designation, not a figure. 'An estimated 1,000' is approx 'around'.",
  "The text's 'arrested during demonstrations in May' is annotated as printed (2014-05), though the arrests were in January.",
 ],
}
