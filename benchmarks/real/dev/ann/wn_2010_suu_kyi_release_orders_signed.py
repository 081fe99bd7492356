S = "suu_kyi_release_2010"
ASSK = "Aung San Suu Kyi"
BZ = "Benjamin Zawacki"
J = "Burmese military junta"
LAW = "Suu Kyi's lawyer"
ANN = {
 "article": "articles/wn_2010_suu_kyi_release_orders_signed.txt",
 "gold_out": "gold/wn_2010_suu_kyi_release_orders_signed.json",
 "published": "2010-11-13",
 "quotes": [
  {"text": "I don't anticipate they will release her without conditions", "speaker": BZ, "speaker_mention": "Zawacki", "fragment": False,
   "note": "'\"I don't anticipate they will release her without conditions,\" Zawacki added.': the trailing comma inside the marks is dropped; Zawacki is named in full (with his role at Amnesty International) in the sentence before"},
 ],
 "figures": [
  {"text": "20", "value": 20, "unit": "years", "counted": "years in which she has been held under house arrest numerous times", "source": None, "approx": None,
   "note": "'She has been held under house arrest numerous times in the last 20 years.': a duration in years; a new sentence with no cue of its own after the lawyer's 'He added that ...', so the lawyer's claim is not carried over -> source null"},
  {"text": "a year", "value": 1, "unit": "years", "counted": "year between the NLD's election win and the Nobel Peace Prize", "source": None, "approx": None,
   "note": "'In 1991, a year after her National League for Democracy won the Burmese general election': a duration of one year (as 'a week', 'a month' in the set); the outlet's voice"},
 ],
 "events": [
  {"actor": None, "date": "2010-11-12", "date_text": "yesterday", "what": "Suu Kyi rumoured to be freed",
   "note": "'Rumours spread that Suu Kyi would be freed yesterday': the expression modifies the passive 'would be freed' (no by-agent) -> null; Friday 12 November 2010"},
  {"actor": None, "date": "2010-11-13", "date_text": "today", "what": "Suu Kyi expected to be freed as her arrest period expires",
   "note": "'she is now expected to be freed today when her arrest period expires': in the article's own voice, not inside speech; a passive without agent -> null; Saturday 13 November 2010, the day of the article"},
  {"actor": None, "date": "2010-11-13", "date_text": "after Saturday", "what": "no law to continue the arrest after Saturday",
   "note": "in the lawyer's reported speech ('He added that there was no law to continue the arrest after Saturday'): a weekday, not 'today', so not left out; the lawyer spoke 'earlier' that week, and Saturday is the day the arrest period expires, 13 November 2010 (the article's own day, a Saturday). The continuing of the arrest is named without an agent -> null"},
  {"actor": None, "date": "1991", "date_text": "In 1991", "what": "Suu Kyi awarded the Nobel Peace Prize",
   "note": "passive without a by-agent ('she was awarded the Nobel Peace Prize'; the Nobel committee is not named) -> null"},
 ],
 "actors": [
  {"name": ASSK, "type": "person", "aliases": ["Aung San Suu Kyi", "pro-democracy leader Aung San Suu Kyi", "Suu Kyi"]},
  {"name": J, "type": "organisation", "aliases": ["Burmese military generals", "the military junta"]},
  {"name": BZ, "type": "person", "aliases": ["Benjamin Zawacki", "Zawacki", "Amnesty International's Myanmar specialist"]},
  {"name": LAW, "type": "person", "aliases": ["Suu Kyi's lawyer"]},
  {"name": "National League for Democracy", "type": "organisation", "aliases": ["National League for Democracy"]},
 ],
 "notes": [
  "Wikinews report of Saturday 13 November 2010 on reports that Burma's military rulers had signed the release order of Aung San Suu Kyi, whose house-arrest term expired that day (she was freed later that day); story suu_kyi_release_2010 (one item so far).",
  "Quotes: one, Zawacki's, attributed after the quote by surname ('Zawacki added') with his full name and role in the sentence before. Not a quote: the headline's 'signed' in single quote marks is a scare quote (the outlet distancing itself from the unconfirmed reports, as the headline 'Annuls' of voa_2008_serbia_annuls_kosovo_independence); build_gold lists it as an unannotated span.",
  "Reported speech without quote marks: Zawacki 'says that the release will only take place if ... Than Shwe believes it's in his advantage'; the lawyer 'had earlier said that she would only accept an unconditional release' and 'added that there was no law ...' ('He' is the lawyer, a pronoun, not an alias). 'Reports say that Burmese military generals have signed ...' attributes the headline claim to unnamed reports (no actor).",
  "Actors: the generals who signed the release papers and 'the military junta' that nullified the 1990 win are the same ruling body (one actor). Senior General Than Shwe is named inside Zawacki's reported speech only as the one whose belief decides, and acts in nothing; not listed. Amnesty International appears only in Zawacki's title.",
  "Not events: 'earlier' (vague), 'in the last 20 years' (a duration), 'a year after her National League for Democracy won the Burmese general election' (relative, anchored on the 1991 event; the election year is not printed), 'now'.",
  "Not figures: '1991' (a year), 'numerous times' (no number).",
  "second reading (annotator): re-read the whole item against FORMAT.md sections 1-2; checked 'yesterday', 'today' and 'after Saturday' against Saturday 13 November 2010, the quote span (straight double marks, trailing comma dropped), the headline's single marks and every alias as an exact substring.",
 ],
}
