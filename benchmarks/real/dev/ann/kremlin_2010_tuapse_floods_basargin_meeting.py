DM = "Dmitry Medvedev"
VB = "Viktor Basargin"
ANN = {
 "article": "articles/kremlin_2010_tuapse_floods_basargin_meeting.txt",
 "gold_out": "gold/kremlin_2010_tuapse_floods_basargin_meeting.json",
 "published": "2010-10-18",
 "quotes": [],
 "figures": [
  {"text": "one", "ctx": "within one day", "value": 1, "unit": "days", "counted": "time within which the compensation payments are to be arranged", "source": None, "approx": "up to",
   "note": "'ordered the minister to arrange within one day the compensation payments': a deadline (duration, unit days); 'within' -> up to, as 'within one day' in dev"},
  {"text": "seventeen", "value": 17, "unit": None, "counted": "settlements in Krasnodar Territory hit by flash floods", "source": None, "approx": None,
   "note": "the readout's narration, no claimant. Basargin's cut sentence ('The floods have affected 30 settlements, mostly', dropped in meta edits) gave another count of settlements"},
  {"text": "14", "value": 14, "unit": None, "counted": "people dead in the flash floods", "source": None, "approx": None},
  {"text": "four", "ctx": "four missing", "value": 4, "unit": None, "counted": "people missing after the flash floods", "source": None, "approx": None},
 ],
 "events": [
  {"actor": None, "date": "2010-10-15/2010-10-16", "date_text": "on the night of October 16", "what": "flash floods hit seventeen settlements in Krasnodar Territory",
   "note": "floods are not agents; 'the night of October 16' is the night into 16 October (Russian 'в ночь на 16 октября', as the regional press put it), written like 'overnight' (D-1/D)"},
  {"actor": DM+" and "+VB, "date": "2010-10-16", "date_text": "on Saturday", "what": "Medvedev and Basargin talked (by telephone) about the floods",
   "note": "Medvedev, in the transcript, to Basargin: 'We talked on Saturday after I spoke with the Governor': 'We' = Medvedev and Basargin (joint actor); the Saturday before Monday 18 October 2010 = 16 October (RIA Novosti reported the telephone conversation on 16 October). A transcript prints speech without quote marks: a weekday inside it is kept (only a bare 'today' would be left out)"},
 ],
 "actors": [
  {"name": DM, "type": "person", "aliases": ["Dmitry Medvedev", "President of Russia Dmitry Medvedev", "the President", "The President"]},
  {"name": VB, "type": "person", "aliases": ["Regional Development Minister Viktor Basargin", "Mr Basargin", "the minister", "Regional DEVELOPMENT MINISTER VIKTOR BASARGIN"]},
  {"name": "Regional Development Ministry", "type": "organisation", "aliases": ["the Regional Development Ministry", "Regional Development Ministry"]},
  {"name": "Interior Ministry", "type": "organisation", "aliases": ["the Interior Ministry"]},
  {"name": "Emergency Situations Ministry", "type": "organisation", "aliases": ["the Emergency Situations Ministry"]},
  {"name": "Alexander Tkachev", "type": "person", "aliases": ["the Governor"]},
  {"name": "Government of Russia", "type": "organisation", "aliases": ["the Government"]},
 ],
 "notes": [
  "President of Russia item (readout plus the opening of the transcript) of Dmitry Medvedev's working meeting with Regional Development Minister Viktor Basargin, Monday 18 October 2010, on the flash floods in Tuapse County, Krasnodar Territory, of the night into 16 October 2010; story tuapse_floods_2010 (new in this set).",
  "No quotes: the transcript marks speakers by labels ('President of Russia Dmitry Medvedev:', 'Regional DEVELOPMENT MINISTER VIKTOR BASARGIN:'), not quote marks; the apostrophe in 'victims’ families' is a possessive.",
  "Figures: 'within one day' (deadline, days, up to); seventeen settlements, 14 dead, four missing (the readout's narration, no claimant). No quantity keys: no other item of the set or of dev states these quantities.",
  "Not figures: 'for the second day now' (ordinal), 'October 16' (date).",
  "Events: 'on the night of October 16' (the floods, no agent) and 'on Saturday' (Medvedev and Basargin talked). Left out: 'then' ('I asked you then', the same Saturday call, but vague as an expression), 'now', 'right at the moment' (vague), 'immediately', 'within one day' (a duration, annotated as a figure).",
  "Actors: Medvedev, Basargin ('Mr Basargin', 'the minister', the speaker label), the three ministries he instructed, the Governor of Krasnodar Territory (Alexander Tkachev in October 2010; the text says only 'the Governor', whom Medvedev spoke with) and the Government (which 'must do everything possible').",
  "first reading (annotator): annotated against FORMAT.md; every number token listed by build_gold.py reviewed.",
  "second reading (checker): re-read the weekday against the date line (18 October 2010 a Monday, so Saturday = 16 October), the joint actor of 'We talked' (Medvedev speaking to Basargin), the night expression (the night into 16 October) and the null claimants of the narration figures; no change.",
 ],
}
