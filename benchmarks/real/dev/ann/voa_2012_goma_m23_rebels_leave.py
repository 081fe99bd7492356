M23 = "M23"
JB = "Joseph Byabuze"
ANN = {
 "article": "articles/voa_2012_goma_m23_rebels_leave.txt",
 "gold_out": "gold/voa_2012_goma_m23_rebels_leave.json",
 "published": "2012-12-01",
 "quotes": [
  {"text": "The movement we are seeing is leaving in military clothing", "speaker": JB, "speaker_mention": "he", "fragment": False,
   "note": "'\u201c...,\u201d he said.': 'he' = Joseph Byabuze, named in the sentence before ('residents here, like Joseph Byabuze, said ...'); the comma before the closing mark is dropped"},
  {"text": "But we are seeing them return in civilian clothes.", "speaker": JB, "speaker_mention": "he", "fragment": False,
   "note": "continuation after 'he said.' (a quotation interrupted by its attribution is two quotes); final full stop kept"},
 ],
 "figures": [
  {"text": "Hundreds", "value": None, "vague": True, "unit": None, "counted": "M23 rebels who packed up and headed out of Goma", "source": None, "approx": None,
   "note": "outlet's own voice"},
  {"quantity": "goma_m23_2012:withdrawal_distance", "text": "20", "value": 20, "unit": "km", "counted": "kilometers outside the city the rebels agreed to move", "source": None, "approx": None, "ctx": "20 kilometers",
   "note": "'the rebels agreed to move 20 kilometers outside the city': the unit word is not glued, so the span is '20' with unit km; the outlet's statement of the terms, no claimant"},
 ],
 "events": [
  {"actor": M23, "date": "2012-12-01", "date_text": "on Saturday", "what": "hundreds of M23 rebels packed up, piled into cargo trucks and headed out of Goma",
   "note": "active verbs, subject 'Hundreds of M23 rebels'; Saturday = 1 December 2012, the report's day"},
  {"actor": None, "date": "2012-11-17", "date_text": "nearly two weeks ago", "what": "the road was used to storm Goma",
   "note": "'along the same road used to storm the town nearly two weeks ago': a passive participle ('used') with no by-agent, so no actor although the context implies the rebels; 'two weeks ago' is normalised as in the set (published minus 14 days; M23 in fact entered Goma on 20 November, which 'nearly' allows). A date expression, so 'two' is not a figure"},
  {"actor": None, "date": "2012-04", "date_text": "in April", "what": "the rebel movement began",
   "note": "'the rebel movement, which began in April': a beginning with no agent (like 'the war began in 2008'); April of the report's year, 2012"},
  {"actor": None, "date": "2009", "date_text": "2009", "what": "the 2009 peace agreement that reintegrated rebels into the military",
   "note": "a date on a noun ('a 2009 peace agreement'); the text does not say who made the agreement, so no actor"},
 ],
 "actors": [
  {"name": M23, "type": "group", "aliases": ["Soldiers from the M23 rebel movement", "Hundreds of M23 rebels", "M23 rebels", "rebel fighters", "the rebel movement", "the rebels", "M23 soldiers", "M23"]},
  {"name": "United Nations", "type": "organisation", "aliases": ["The United Nations"]},
  {"name": "Rwanda", "type": "country", "aliases": ["Kigali"]},
  {"name": "Residents of Goma", "type": "group", "aliases": ["residents here"]},
  {"name": JB, "type": "person", "aliases": ["Joseph Byabuze"]},
 ],
 "notes": [
  "VOA report of Saturday 1 December 2012 (no date line; see the meta's published_evidence) on M23's withdrawal from Goma; last of four VOA items of story goma_m23_2012 (20, 21 and 27 November, 1 December). The last paragraph, on U.N. spokesman Kieran Dwyer, was cut mid-sentence in the stored copy and dropped, so his quoted words are not in the text.",
  "Quotes: Byabuze's two sentences, interrupted by 'he said' ('he' = Joseph Byabuze, named in the sentence before).",
  "Figures: 'Hundreds' of M23 rebels and the '20 kilometers' of the agreed pull-back (key goma_m23_2012:withdrawal_distance). Not figures: 'two' in 'nearly two weeks ago' (a date expression, as 'two weeks ago' elsewhere in the set), '2009' (a year), 'M23' (a name), 'several towns' ('several' is not a number word), 'some areas'.",
  "Events: 'on Saturday' (the withdrawal, M23), 'nearly two weeks ago' (the storming of Goma, passive 'used' without agent), 'in April' (the movement began, no agent), '2009' (the peace agreement, a date on a noun with no named parties). Left out: 'Since then' (anaphoric, no date of its own). Undated acts: the rebels 'agreed to move', the United Nations 'has accused Rwanda', Kigali 'has denied', the rebels 'defected' and 'have taken control of several towns'.",
  "Actors: M23 under eight forms; the United Nations (accuses Rwanda); Rwanda as 'Kigali' (denies; the bare 'Rwanda' in the text is only the accused and a language area, so it is not listed as an alias); 'residents here' who speak, and Byabuze. Not actors: the Congolese government (party to the agreement, does not act in a clause of its own), regional leaders (only 'pressure'), the Congolese army and forces (only defected from or overpowered).",
  "second reading: re-read the item in full against FORMAT.md: text re-compared with the stored page (identical after the listed edits); 1 December 2012 a Saturday; the curly quote marks as printed; comma before the first closing mark dropped, full stop of the second kept; judgment call: 'nearly two weeks ago' normalised literally to 17 November 2012 with a null actor (passive without by-agent).",
 ],
}
