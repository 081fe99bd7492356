K = "mogadishu_fighting_may_2006:"
ICU = "Islamic Court Union"
AR = "ARPCT"
MD = "Mohammed Dare"
ANN = {
 "article": "articles/voa_2006_somalia_mogadishu_fighting_continues.txt",
 "gold_out": "gold/voa_2006_somalia_mogadishu_fighting_continues.json",
 "published": "2006-05-11",
 "quotes": [
  {"text": "People in Mogadishu are fed up with the fighting going on here day and night. People can’t go out, no cars, no movement, check points everywhere, and militias firing, a really bad situation in Mogadishu.",
   "speaker": MD, "speaker_mention": "He", "fragment": False,
   "note": "a quotation with no attribution of its own, placed after 'He described the stuation in the Somali capital to English to Africa reporter Ashenafi Abedje.'; 'He' is Mohammed Dare, named a sentence before ('Mohammed Dare is the general editor of VOA affiliate Hornafrik Radio ...'); the final '.' inside the marks is kept"},
  {"text": "Originally, the Islamic Courts group was supported for securing the people and maintaining law and order, as Somalia has been without government for at least fourteen years. But because of the fighting underway now, the group is losing the support of the people.",
   "speaker": MD, "speaker_mention": "He", "fragment": False,
   "note": "a quotation with no attribution of its own, after 'Dare says ... He says whatever public support the militia groups enjoyed is being lost fast.': the speaker is Dare ('He'); final '.' kept"},
 ],
 "figures": [
  {"text": "20", "ctx": "At least 20 more", "value": 20, "unit": None, "counted": "more people reported killed", "source": None, "approx": "at least",
   "note": "'At least 20 more people were reported killed': a passive with no reporter named -> outlet's voice, null. The overnight deaths, not the running toll: no key with 120"},
  {"text": "five", "ctx": "five days", "value": 5, "unit": "days", "counted": "days of fighting", "source": None, "approx": None,
   "note": "'in five days of fighting': a duration"},
  {"quantity": K+"death_toll_since_may_7", "text": "120", "value": 120, "unit": None, "counted": "people killed in five days of fighting (the death toll)", "source": None, "approx": "around",
   "note": "'bringing the death toll in five days of fighting to about 120': outlet's voice (the sentence continues the passive 'were reported')"},
  {"text": "two", "ctx": "two rival militias", "value": 2, "unit": None, "counted": "rival militias", "source": None, "approx": None,
   "note": "'gunmen belonging to two rival militias': a count in the outlet's voice"},
  {"text": "15", "value": 15, "unit": "years", "counted": "years of sporadic violence", "source": None, "approx": None,
   "note": "'Somalia has suffered 15 years of sporadic violence since the ouster ... in 1991': a duration, outlet's voice"},
  {"text": "two", "ctx": "the two militia groups", "value": 2, "unit": None, "counted": "militia groups battling to control the capital", "source": MD, "approx": None,
   "note": "'Dare says the two militia groups are battling to control the capital'"},
  {"text": "fourteen", "value": 14, "unit": "years", "counted": "years Somalia has been without government", "source": MD, "approx": "at least",
   "note": "inside Dare's quote: 'as Somalia has been without government for at least fourteen years'. Not keyed with the outlet's '15 years of sporadic violence': a different thing measured (years without government against years of violence)"},
 ],
 "events": [
  {"actor": ICU+" and "+AR, "date": "2006-05-10/2006-05-11", "date_text": "overnight", "what": "more fighting in Mogadishu",
   "note": "'More overnight fighting was reported ...': a date on the noun 'fighting'; the text says who fights (the next paragraph: 'The clashes pit gunmen belonging to two rival militias -- the Alliance for the Restoration of Peace and Counterterrorism, and the Islamic Court Union'), so the joint actor. overnight = the night before Thursday 11 May 2006"},
  {"actor": None, "date": "2006-05-11", "date_text": "Thursday", "what": "more overnight fighting was reported in Mogadishu",
   "note": "'More overnight fighting was reported in Somalia's capital, Mogadishu, Thursday': the date modifies 'was reported', a passive with no reporter named -> null; Thursday = the publication day"},
  {"actor": ICU+" and "+AR, "date": "2006-05-07", "date_text": "since Sunday", "what": "Islamic militias and an alliance of warlords have been fighting for control of parts of Mogadishu",
   "note": "'Islamic militias and an alliance of warlords have been fighting for control of parts of Mogadishu ... since Sunday': joint subject of 'have been fighting' (the Islamic Court Union's militias and the warlords' alliance named in the sentence before); Sunday 7 May 2006, the start of the fighting"},
  {"actor": None, "date": "1991", "date_text": "in 1991", "what": "ouster of former dictator Mohamed Siad Barre",
   "note": "'since the ouster of former dictator Mohamed Siad Barre in 1991': a date on the noun 'ouster', whose agent the text does not name -> null"},
 ],
 "actors": [
  {"name": ICU, "type": "organisation", "aliases": ["the Islamic Court Union", "Islamic militias", "the Islamic Courts group"]},
  {"name": AR, "type": "organisation", "aliases": ["the Alliance for the Restoration of Peace and Counterterrorism", "an alliance of warlords"]},
  {"name": "witnesses", "type": "group", "aliases": ["Witnesses"]},
  {"name": "United Nations", "type": "organisation", "aliases": ["the United Nations"]},
  {"name": MD, "type": "person", "aliases": ["Mohammed Dare", "Dare", "the general editor of VOA affiliate Hornafrik Radio In Mogadishu"]},
 ],
 "notes": [
  "VOA News report (no byline) of Thursday 11 May 2006 (date in the URL) on the fifth day of fighting in Mogadishu between the Islamic courts' militias and the warlords' Alliance for the Restoration of Peace and Counterterrorism, with an interview of Mohammed Dare of VOA affiliate Hornafrik Radio; story mogadishu_fighting_may_2006 (a single item). The stored copy is cut in its last paragraph; that paragraph is dropped (see meta edits).",
  "Quotes: two paragraph-internal quotations of Dare with no attribution of their own; Dare is named a sentence before the first ('Mohammed Dare is ... He described the stuation ...') and referred to by 'He' before each.",
  "Figures: at least 20 more killed and the toll of about 120 (outlet's voice, passives with no reporter; different quantities, the overnight deaths and the running total: the 120 has a key in case other items of the story are added), five days, two rival militias and 15 years in the outlet's voice; 'the two militia groups' and 'at least fourteen years' claimed by Dare. Not figures: 'day and night', 'no cars', '1991' (a year).",
  "Events: 'overnight' (a dated noun 'fighting'; its doers, the two militias, are named in the next paragraph: joint actor), 'Thursday' (was reported, no agent), 'since Sunday' (the two sides have been fighting: joint actor), 'in 1991' (the ouster of Siad Barre, no named agent). 'now' in Dare's quote is not a date expression of the format's kind (vague).",
  "Joint actor: the warlords' alliance is named 'ARPCT' (its usual initials, not printed here) because its full name contains 'and', which would split a joint 'X and Y' name; its aliases are the text's 'the Alliance for the Restoration of Peace and Counterterrorism' and 'an alliance of warlords'. 'Islamic militias' and Dare's 'the Islamic Courts group' are the Islamic Court Union. 'two rival militias', 'the two militia groups' and 'the militia groups' name both sides together: not aliases. 'an unnamed country' acts only undated and is unnamed; the reporter Ashenafi Abedje only receives the interview: not actors.",
  "second reading by the annotator: re-read the whole item against FORMAT.md sections 1-2; checked the two 'two's (ctx), 'at least' on 20 and fourteen, 'about' on 120, both quote spans (curly marks, final '.' kept, ’ kept inside), the interval for 'overnight' and 'since Sunday' against Thursday 11 May 2006, and that no surface form is shared by two actors.",
 ],
}
