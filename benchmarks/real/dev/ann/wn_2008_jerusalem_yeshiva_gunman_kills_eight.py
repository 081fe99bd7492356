K = "jerusalem_yeshiva_attack_2008:"
G = "Palestinian gunman"
BR = "Shmuel Ben Ruby"
AF = "Aharon Franco"
YD = "Yitzhak Dadon"
SAZ = "Sami Abu Zuhri"
ANN = {
 "article": "articles/wn_2008_jerusalem_yeshiva_gunman_kills_eight.txt",
 "gold_out": "gold/wn_2008_jerusalem_yeshiva_gunman_kills_eight.json",
 "published": "2008-03-07",
 "quotes": [
  {"text": "A terrorist infiltrated the Mercaz HaRav seminary and opened fire. He was killed in an exchange of fire and apparently had an explosives belt",
   "speaker": BR, "speaker_mention": "police spokesperson Shmuel Ben Ruby", "fragment": False,
   "note": "attribution after the quote, inverted ('said police spokesperson Shmuel Ben Ruby'); trailing comma before the closing mark dropped"},
  {"text": "hid the weapon in a cardboard box.", "speaker": AF, "speaker_mention": "Police chief Aharon Franco", "fragment": True,
   "note": "short phrase inside Franco's reported speech ('Police chief Aharon Franco said the attack was carried out by a lone gunman who \"...\"'); the final full stop inside the marks is kept"},
  {"text": "He came out of the library spraying automatic fire. ... The terrorist came to the entrance and I shot him twice in the head",
   "speaker": YD, "speaker_mention": "Dadon", "fragment": False,
   "note": "Dadon is named in the sentence before ('Seminary student Yitzhak Dadon, however, claims ...') and attributed after the quote ('Dadon told reporters'); one span between marks, the ellipsis is part of the quoted text; trailing comma dropped"},
  {"text": "I saw the gunman and he fired a long burst in the air. But then he disappeared. I saw him again when he approached the door of the library. I shot him twice in the head. He started to sway and then someone else with a rifle fired at him, and he died",
   "speaker": YD, "speaker_mention": "Dadon", "fragment": False,
   "note": "second Dadon quote, own paragraph, 'Dadon said' after it; trailing comma dropped"},
  {"text": "We bless the (Jerusalem) operation. It will not be the last", "speaker": "Hamas", "speaker_mention": "Hamas", "fragment": False,
   "note": "words of Hamas's text message ('Hamas sent a text message to reporters, stating, \"...\"'); the organisation is the speaker; the bracketed '(Jerusalem)' is inside the marks and kept; trailing comma dropped"},
  {"text": "blesses the heroic operation in Jerusalem, which was a natural reaction to the Zionist massacre", "speaker": SAZ, "speaker_mention": "Sami Abu Zuhri", "fragment": True,
   "note": "phrase inside Abu Zuhri's reported speech ('said the group \"...\"'): the words are his, 'the group' is its subject (Hamas); trailing comma dropped"},
 ],
 "figures": [
  {"quantity": K + "killed", "text": "eight", "ctx": "Gunman kills eight", "value": 8, "unit": None, "counted": "people killed at the Jerusalem school", "source": None, "approx": None,
   "note": "headline, outlet's voice; the same toll as the body's 'killing eight people'"},
  {"quantity": K + "killed", "text": "eight", "ctx": "killing eight people", "value": 8, "unit": None, "counted": "people killed", "source": None, "approx": None,
   "note": "'He opened fire ..., killing eight people': outlet's voice, no claimant in this or the next sentence (Ben Ruby's quote two paragraphs on gives no toll)"},
  {"quantity": K + "wounded", "text": "ten", "value": 10, "unit": None, "counted": "people wounded", "source": None, "approx": None,
   "note": "'and wounding another ten': outlet's voice; the people wounded, a different quantity from the killed"},
  {"text": "two years", "value": 2, "unit": "years", "counted": "years since a more lethal attack on Israeli civilians", "source": None, "approx": None,
   "note": "duration: 'the most lethal attack on Israeli civilians in two years'; outlet's voice"},
  {"text": "three years", "value": 3, "unit": "years", "counted": "years since the last attack in Jerusalem", "source": None, "approx": "more than",
   "note": "duration: 'the first attack in Jerusalem in more than three years' -> more than; outlet's voice"},
  {"text": "58", "value": 58, "unit": None, "counted": "Palestinian civilians killed in the Israeli offensive in the Gaza Strip", "source": None, "approx": "at least",
   "note": "'the recent Israeli offensive in the Gaza Strip which killed at least 58 Palestinian civilians': the outlet's own gloss after Abu Zuhri's quote ('referring to ...'), not his claim, so source null; a different incident from the school attack, no key"},
 ],
 "events": [
  {"actor": G, "date": "2008-03-06", "date_text": "On Thursday night", "what": "a Palestinian gunman entered the library of the Mercaz HaRav seminary (and opened fire)",
   "note": "the expression modifies 'entered', whose subject is 'a Palestinian gunman'; Thursday before the Friday 7 March 2008 date line = 6 March 2008"},
 ],
 "actors": [
  {"name": G, "type": "person", "aliases": ["a Palestinian gunman", "a lone gunman", "the gunman", "Gunman"]},
  {"name": BR, "type": "person", "aliases": ["Shmuel Ben Ruby", "police spokesperson Shmuel Ben Ruby"]},
  {"name": AF, "type": "person", "aliases": ["Aharon Franco", "Police chief Aharon Franco"]},
  {"name": "Israeli army officer", "type": "person", "aliases": ["an Israeli army officer"]},
  {"name": YD, "type": "person", "aliases": ["Yitzhak Dadon", "Seminary student Yitzhak Dadon", "Dadon"]},
  {"name": "Hamas", "type": "organisation", "aliases": ["Hamas", "the group"]},
  {"name": SAZ, "type": "person", "aliases": ["Sami Abu Zuhri", "a senior spokesperson for Hamas"]},
 ],
 "notes": [
  "Wikinews report of Friday 7 March 2008 on the attack of Thursday night 6 March 2008 at the Mercaz HaRav seminary in Jerusalem; story jerusalem_yeshiva_attack_2008 (keys killed and wounded given for later items of the story).",
  "Quotes: police spokesperson Ben Ruby (inverted attribution), a fragment of police chief Franco's reported speech, two quotes of seminary student Dadon (named in the sentence before the first, 'Dadon told reporters' / 'Dadon said' after), Hamas's text message and a fragment of Hamas spokesperson Abu Zuhri. The Mayor's quote (pull-quote box and the cut last paragraph) was removed with them (see meta edits).",
  "Figures: the toll (eight killed, ten wounded) is in the outlet's voice; the police are quoted on the attack but give no number. 'at least 58' Palestinian civilians killed in the Gaza offensive is the outlet's gloss.",
  "Not figures: 'twice' ('I shot him twice in the head', in both Dadon quotes; a frequency adverb, not a number token, as dev items leave it); 'the first attack' (ordinal); 'a lone gunman', 'a long burst', 'the last' (no number). 'explosives belt', 'automatic weapon' are not counts.",
  "Events: only 'On Thursday night' (the gunman entered). 'in two years' / 'in more than three years' are durations (figures), not dates; 'subsequently', 'recent' are vague; 'tonight' was only in the removed pull-quote box. The killing of the gunman by the army officer, the Hamas message and the statements carry no date.",
  "Actors: the unnamed gunman is one actor (canonical 'Palestinian gunman'); 'A terrorist' / 'The terrorist' inside quotes and the pronoun 'He' are not listed. 'the group' in Abu Zuhri's sentence is Hamas. The Israeli army officer (killed the gunman, per Franco) acts but is not dated.",
  "Second careful read of the whole item against FORMAT.md done by the annotator: quote spans and trailing commas, the full stop inside Franco's fragment, the headline/body 'eight' pinned by ctx with one key, 'more than' on three years, the 58 left without source, and Thursday night = 6 March 2008 rechecked.",
 ],
}
