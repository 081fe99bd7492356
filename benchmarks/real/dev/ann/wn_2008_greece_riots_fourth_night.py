K = "Kostas Karamanlis"
P = "George Papandreou"
S = "Panagiotis Sotiris"
R = "rioters at the Athens Polytechnic"
ANN = {
 "article": "articles/wn_2008_greece_riots_fourth_night.txt",
 "gold_out": "gold/wn_2008_greece_riots_fourth_night.json",
 "published": "2008-12-10",
 "quotes": [
  {"text": "No one has the right to use this tragic incident as an excuse for acts of violence", "speaker": K,
   "speaker_mention": "Prime Minister Kostas Karamanlis, New Democracy party",
   "note": "attribution after the quote ('said Prime Minister Kostas Karamanlis, New Democracy party'); the comma before the closing mark is dropped"},
  {"text": "The government cannot handle this crisis and has lost the trust of the Greek people", "speaker": P,
   "speaker_mention": "George Papandreou of the Panhellenic Socialist Movement",
   "note": "first half of a quote interrupted by its attribution ('George Papandreou of the Panhellenic Socialist Movement said')"},
  {"text": "The best thing it can do is resign and let the people find a solution ... We will protect the public.", "speaker": P,
   "speaker_mention": "George Papandreou of the Panhellenic Socialist Movement",
   "note": "second half, after the attribution: a separate quote, same speaker; the final '.' inside the marks is kept; 'it' is the government, 'We' Papandreou's party"},
  {"text": "an uprising the likes of which Greece has never seen.", "speaker": R, "speaker_mention": "they", "fragment": True,
   "note": "'From behind their makeshift barriers, they vowed the unrest would become \"...\"': a fragment inside reported speech; 'they' are the young men and women stocking firebombs at the university (the rioters organising on the Polytechnic campus), as reported by The Guardian, which is the reporting outlet, not the speaker"},
  {"text": "We are experiencing moments of a great social revolution", "speaker": S, "speaker_mention": "leftist activist Panagiotis Sotiris",
   "note": "'... leftist activist Panagiotis Sotiris told Reuters': Reuters is the recipient, not the speaker"},
  {"text": "The protests will last as long as necessary", "speaker": S, "speaker_mention": "he",
   "note": "'\"...,\" he added.': 'he' is Sotiris, named two sentences before ('Sotiris is among those occupying a university building' stands between)"},
 ],
 "figures": [
  {"text": "15", "value": 15, "unit": "years", "counted": "year-old student Alexandros Grigoropoulos", "source": None, "approx": None,
   "note": "'a 15-year-old student': the age, number span '15' as '47' in '47-year-old'; the outlet's own voice -> null"},
  {"text": "Hundreds", "value": None, "vague": True, "unit": None, "counted": "shops and businesses destroyed", "source": None, "approx": None,
   "note": "'Hundreds of shops and businesses have been destroyed': vague plural, the outlet's own voice -> null"},
 ],
 "events": [
  {"actor": None, "date": "2008-12-06", "date_text": "on December 6", "what": "the riots in Greece started",
   "note": "'The riots in Greece that started on December 6': 'started' has the riots as subject, an occurrence with no agent -> null; Saturday 6 December 2008 (the shooting of Grigoropoulos that triggered them is dated only through this)"},
  {"actor": None, "date": "1967-01-01/1974-12-31", "date_text": "1967–1974", "what": "rule of the Greek military junta",
   "note": "'the Greek military junta of 1967–1974': a year range on a noun, dating the junta's time in power, not the overthrow or the clause; a period, no agent -> null (as 'from 1992 to 1995' for the Bosnian War in wn_2008_karadzic_caught_serbia). Written as a day interval"},
 ],
 "actors": [
  {"name": K, "type": "person", "aliases": ["Prime Minister Kostas Karamanlis", "Kostas Karamanlis"]},
  {"name": P, "type": "person", "aliases": ["George Papandreou"]},
  {"name": S, "type": "person", "aliases": ["leftist activist Panagiotis Sotiris", "Panagiotis Sotiris", "Sotiris"]},
  {"name": R, "type": "group", "aliases": ["The rioters", "young men and women"]},
  {"name": "Greek police", "type": "organisation", "aliases": ["police", "The police"]},
  {"name": "Alexandros Grigoropoulos", "type": "person", "aliases": ["Alexandros Grigoropoulos", "Grigoropoulos"]},
  {"name": "The Guardian", "type": "organisation", "aliases": ["The Guardian"]},
 ],
 "notes": [
  "Wikinews report of Wednesday 10 December 2008 on the fourth night of the riots that followed the police shooting of 15-year-old Alexandros Grigoropoulos in Athens on Saturday 6 December 2008; story greece_riots_2008 (one item so far). The age '15' has no quantity key yet; a later item giving his age could share greece_riots_2008:grigoropoulos_age if one is added.",
  "Quotes: two speakers named in the attribution (Karamanlis, Papandreou, his quote split by the attribution into two quotes), one group speaker by pronoun ('they vowed', reported by The Guardian) and Sotiris twice, the second time by 'he' after an intervening sentence.",
  "Not figures: 'No one' (pronoun, inside Karamanlis's quote), '6' of 'December 6' (a date), 'fourth night' (ordinal), '1967–1974' (years, an event instead), 'in decades' (no number).",
  "Not events: 'fourth night' (an ordinal count of nights, not a date expression; the night of 9-10 December is not named); 'was shot and killed by police' and 'The police claim' carry no date expression of their own. The dateline 'Wednesday, December 10, 2008' was removed from the text (see meta edits) and gives the published date.",
  "Actors: 'the Panhellenic Socialist Movement', 'New Democracy party', 'Reuters' and 'security forces' are named but do not act or speak (labels of speakers, recipient of Sotiris's words, object of 'prevents') and are not listed. 'police' covers the Greek police (also in 'to throw at police'); 'they', 'he' are pronouns, not aliases. 'The rioters' (organising on the campus) and the 'young men and women' stocking firebombs at the University are one group in the text.",
  "second reading (annotator): re-read the whole item against FORMAT.md sections 1-2: checked every quote span between straight double quotes (trailing commas dropped, final '.' kept in the Papandreou and 'uprising' quotes), the 'he added' speaker, that '15-year-old' is the only counted number, and the two dates against Wednesday 10 December 2008.",
 ],
}
