AT = "Paris police station attacker"
PO = "Paris police"
GOV = "French government"
ANN = {
 "article": "articles/wn_2016_paris_police_station_knife_man_shot.txt",
 "gold_out": "gold/wn_2016_paris_police_station_knife_man_shot.json",
 "published": "2016-01-08",
 "quotes": [
  {"text": "Allahu Akbar", "speaker": AT, "speaker_mention": "The suspect", "fragment": False,
   "note": "'The suspect wore a replica of a suicide vest ... and shouted \"Allahu Akbar\"': the whole shouted utterance, direct speech; the subject of 'shouted' is 'The suspect' (the unnamed attacker)"},
  {"text": "just committed one or several murders and [are] likely to repeat these crimes.", "speaker": GOV, "speaker_mention": "the government", "fragment": True,
   "note": "'the government said they planned to allow authorities to use lethal force on people who \"...\"': a phrase inside reported speech (fragment); the bracketed '[are]' is the outlet's insertion; the final full stop inside the marks is kept"},
 ],
 "figures": [
  {"text": "one", "value": 1, "unit": None, "counted": "murders just committed (criterion for lethal force)", "source": GOV, "approx": "at least", "ctx": "one or several murders",
   "note": "inside the government's quoted criterion: 'one or several murders' = one or more, so 'at least' 1; claimed by the government (speaker of the quote)"},
  {"text": "twelve", "value": 12, "unit": None, "counted": "people killed in the shooting at the Charlie Hebdo offices", "source": None, "approx": None,
   "note": "'a shooting killed twelve at the Paris offices of ... Charlie Hebdo': outlet's voice; elliptical, no noun after the number"},
 ],
 "events": [
  {"actor": AT, "date": "2016-01-07", "date_text": "yesterday", "what": "a man entered a Paris police station brandishing a knife", "ctx": "police station yesterday",
   "note": "'a man ... entered a Paris, France police station yesterday brandishing a knife': active verb, the man (the attacker) is the agent; 'before police fatally shot him' is a clause of its own, undated except through this one; yesterday before Friday 8 January 2016 = Thursday 7 January"},
  {"actor": None, "date": "2013", "date_text": "2013", "what": "the robbery case in which the attacker was involved", "ctx": "a 2013 robbery case",
   "note": "date on a noun ('a 2013 robbery case'); the text says only that he 'was involved', not who committed the robbery, so no agent"},
  {"actor": None, "date": "2015-01-07", "date_text": "Exactly a year ago yesterday", "what": "a shooting killed twelve at the Charlie Hebdo offices",
   "note": "a year before 'yesterday' (7 January 2016) = 7 January 2015; the subject of 'killed' is 'a shooting', an event, and the text names no gunmen, so null"},
 ],
 "actors": [
  {"name": AT, "type": "person", "aliases": ["a man", "the man", "The suspect", "The Morocco-born suspect", "the attacker"]},
  {"name": PO, "type": "organisation", "aliases": ["police"]},
  {"name": "French officials", "type": "organisation", "aliases": ["officials"]},
  {"name": "investigators", "type": "group", "aliases": ["Investigators", "investigators"]},
  {"name": "French authorities", "type": "organisation", "aliases": ["Authorities", "authorities"]},
  {"name": GOV, "type": "organisation", "aliases": ["the government"]},
 ],
 "notes": [
  "Wikinews report of Friday 8 January 2016 (kept from a verbatim reposting of the Wikinews feed, headline rebuilt from the Wikinews address; see meta edits) on a man shot dead by police after threatening officers with a knife at a Paris police station on Thursday 7 January 2016, a year after the Charlie Hebdo shooting. Story paris_police_station_attack_2016 (single item).",
  "Quotes: the attacker's shout 'Allahu Akbar' (speaker named by the description 'The suspect' in the same sentence; he is never named) and the government's criterion for lethal force (a fragment inside reported speech, speaker 'the government', i.e. the French government).",
  "Figures: 'one' in 'one or several murders' (inside the government's quote, at least 1) and the twelve killed at Charlie Hebdo (outlet's voice). Not figures: '2013' (year).",
  "Events: 'yesterday' (the man entered the station: the attacker), 'a 2013 robbery case' (noun-dated, null), 'Exactly a year ago yesterday' (the Charlie Hebdo shooting: 7 January 2015, null). Left out: 'Earlier' (vague). 'Authorities locked down local schools ... following the incident' has no date expression of its own.",
  "Actors: several unnamed official voices are kept apart as printed: 'officials' (According to officials), 'Investigators'/'investigators', 'Authorities'/'authorities', 'the government' and 'police'; the attacker is one actor with the descriptions 'a man', 'the man', 'The suspect', 'The Morocco-born suspect', 'the attacker'. ISIS, i-Télé and Charlie Hebdo do not act in the text (the witness account to i-Télé is reported without a quote) and are not actors.",
  "Second careful read done by the annotator against FORMAT.md: the two quote spans (straight double marks; full stop kept in the second), the attacker as agent of 'entered ... yesterday', the null agents of the noun-dated robbery case and of 'a shooting killed', and the 'one' figure's hedge.",
 ],
}
