B = "Leonie Brinkema"
ANN = {
 "article": "articles/voa_2006_moussaoui_trial_halted.txt",
 "gold_out": "gold/voa_2006_moussaoui_trial_halted.json",
 "published": "2006-03-13",
 "quotes": [
  {"text": "egregious", "speaker": B, "speaker_mention": "The judge", "fragment": True, "ctx": "\"egregious,\"",
   "note": "one word inside reported speech ('The judge called the violation \"egregious,\"'); trailing comma before the closing mark dropped. The judge is named as 'Judge Brinkema' in the sentence before"},
  {"text": "very difficult for this case to go forward.", "speaker": B, "speaker_mention": "The judge", "fragment": True,
   "note": "'and added that it is \"...\"': same subject ('The judge') as the first clause; final full stop inside the marks kept"},
  {"text": "second significant error", "speaker": B, "speaker_mention": "The judge", "fragment": True,
   "note": "'The judge said this is the government's \"second significant error\"'"},
  {"text": "constitutional rights", "speaker": B, "speaker_mention": "The judge", "fragment": True,
   "note": "'affecting Moussaoui's \"constitutional rights,\"': still inside what the judge said; trailing comma dropped"},
  {"text": "integrity of the U.S. criminal justice system.", "speaker": B, "speaker_mention": "The judge", "fragment": True,
   "note": "'and said this affects the \"...\"': second verb of the same subject ('The judge'); final full stop inside the marks kept"},
 ],
 "figures": [
  {"text": "3,000", "value": 3000, "unit": None, "counted": "people killed in the September 11th, 2001, terrorist attacks", "source": None, "approx": "around",
   "note": "'which killed nearly 3,000 people': outlet's voice; 'nearly' is of the 'around' class"},
 ],
 "events": [
  {"actor": None, "date": "2001-09-11", "date_text": "September 11th, 2001", "occ": 1, "what": "terrorist attacks in connection with which Moussaoui was charged",
   "note": "a date on the noun 'the September 11th, 2001, terrorist attacks'; the text does not name who carried them out: null"},
  {"actor": "Zacarias Moussaoui", "date": "2005", "date_text": "last year", "what": "Moussaoui pleaded guilty to conspiracy charges",
   "note": "active verb with its subject ('Moussaoui last year pleaded guilty'); the year before the March 2006 report"},
  {"actor": None, "date": "2001-09-11", "date_text": "September 11th, 2001", "occ": 2, "what": "terrorist attacks in the United States that killed nearly 3,000 people",
   "note": "a date on the noun again ('conspiracy charges in the September 11th, 2001, terrorist attacks'): no agent named, null"},
 ],
 "actors": [
  {"name": B, "type": "person", "aliases": ["US Judge", "A federal judge", "U.S. District Judge Leonie Brinkema", "Judge Brinkema", "The judge"]},
  {"name": "Zacarias Moussaoui", "type": "person", "aliases": ["Zacarias Moussaoui", "confessed al-Qaida conspirator Zacarias Moussaoui", "Moussaoui"]},
  {"name": "US government", "type": "government", "aliases": ["the government"]},
  {"name": "federal lawyer", "type": "person", "aliases": ["a federal lawyer"]},
 ],
 "notes": [
  "VOA News report by Stephanie Ho (Washington), Monday 13 March 2006, on Judge Leonie Brinkema halting the sentencing trial of Zacarias Moussaoui; kept from a reprint on tingroom.com (see meta edits: the site's glossary digits were removed and the cut headline completed). Single item of story moussaoui_sentencing_trial_2006.",
  "Five quotes, all short fragments of the judge's words inside reported speech, her name given as 'Judge Brinkema' one sentence before and then 'The judge' (two sentences, each with two verbs of saying). The dropped last paragraph (cut: 'Defense lawyer Ed Mac') held the defence lawyer's reaction.",
  "Figures: only 'nearly 3,000' (killed on 11 September 2001). Not figures: 'September 11th, 2001' (a date, twice), 'second significant error' (ordinal, inside a quote), 'The other possibility', 'the only person'.",
  "Events: two noun-dated mentions of the 11 September 2001 attacks (no agent named) and Moussaoui's guilty plea 'last year' (2005; he pleaded guilty in April 2005). 'At the time' (vague, the plea) is left out; the judge's halt and recess carry no date expression.",
  "Actors: the judge is introduced as 'A federal judge' (headline 'US Judge') before her name; 'the government' requested the death penalty and made the 'second significant error'; 'a federal lawyer' violated the pretrial order (undated). Prosecutors and witnesses are only objects.",
  "second careful reading against FORMAT.md: checked every quote span between its straight marks (commas dropped, final full stops kept), that all five are fragments attributed to the judge, 'nearly' = around on 3,000, and that 'last year' is 2005.",
 ],
}
