L = "Andriy Lysenko"
MIL = "Ukrainian military"
SEP = "pro-Russian separatists"
UN = "United Nations"
ANN = {
 "article": "articles/voa_2014_donetsk_troops_close_in_warn_civilians.txt",
 "gold_out": "gold/voa_2014_donetsk_troops_close_in_warn_civilians.json",
 "published": "2014-08-11",
 "quotes": [
  {"text": "We are once again addressing civilians", "speaker": L, "speaker_mention": "he", "fragment": False,
   "note": "'\"We are once again addressing civilians,\u201d he said.': 'he' is Lysenko, named in the previous paragraph ('Lysenko warned civilians ...'); opening straight mark, closing curly mark as printed; the trailing comma is dropped"},
  {"text": "If you can, leave these areas temporarily because there will be liberating operations and attacks on terrorists.", "speaker": L, "speaker_mention": "he", "fragment": False,
   "note": "second half of the quotation interrupted by 'he said' (two quotes); the final full stop inside the marks is kept"},
  {"text": "If we pause", "speaker": L, "speaker_mention": "Lysenko", "fragment": False,
   "note": "'\"If we pause,\u201d Lysenko said, \u201cthe terrorists ...\"': a quote interrupted by its attribution is two quotes; trailing comma dropped"},
  {"text": "the terrorists will have time to regroup, to get more supplies, more civilians and military will be killed; that's why we are moving forward, we are not stopping.", "speaker": L, "speaker_mention": "Lysenko", "fragment": False,
   "note": "second half of the interrupted quotation; opening curly mark, closing straight mark as printed; final full stop kept"},
 ],
 "figures": [
  {"text": "four", "value": 4, "unit": None, "counted": "directions from which forces are attacking separatist strongholds", "source": L, "approx": None,
   "note": "'Lysenko told reporters in Kyiv Monday \u201canti-terror\u201d forces are attacking separatist strongholds from four directions': part of Lysenko's reported briefing"},
  {"text": "100,000", "value": 100000, "unit": None, "counted": "people internally displaced from the two eastern regions", "source": UN, "approx": "more than",
   "note": "'The United Nations says more than 100,000 people have been internally displaced'"},
  {"text": "two", "value": 2, "unit": None, "counted": "eastern regions in Ukraine", "source": UN, "approx": None,
   "note": "'from the two eastern regions in Ukraine': a count of regions (Donetsk and Luhansk) inside the clause reported from the United Nations, so the UN is the claimant by the text"},
  {"text": "568", "value": 568, "unit": None, "counted": "Ukrainian soldiers killed in fighting with Russian-backed separatists", "source": L, "approx": None,
   "note": "'Military spokesman Lysenko said 568 Ukrainian soldiers have been killed': Kyiv's running toll of its own soldiers since the conflict began. No quantity key: no other item of the story gives the soldiers' toll (voa_2014_luhansk_refugee_convoy_dozens_killed has the conflict's overall toll of over 2,100, a different scope)"},
  {"text": "2,000", "value": 2000, "unit": None, "counted": "Ukrainian soldiers injured", "source": L, "approx": "more than",
   "note": "'and more than 2,000 injured': the same sentence reported from Lysenko; injured, not the same quantity as the killed"},
  {"text": "one", "ctx": "killing one inmate", "value": 1, "unit": None, "counted": "inmate killed", "source": None, "approx": None,
   "note": "'a prison in Donetsk was reportedly shelled late Sunday, killing one inmate': 'reportedly' names no claimant, so the outlet's voice (null)"},
 ],
 "events": [
  {"actor": L, "date": "2014-08-11", "date_text": "Monday", "what": "Lysenko told reporters in Kyiv that forces are attacking separatist strongholds from four directions",
   "note": "'Ukrainian military spokesman Andriy Lysenko told reporters in Kyiv Monday ...': the date modifies 'told'; Monday = the published day, 11 August 2014 (see meta published_evidence)"},
  {"actor": None, "date": "2014-05", "date_text": "in May", "what": "the conflict began",
   "note": "'since the conflict began in May': the start of a conflict has no agent (like 'the war began in 2008'), so null; May of the published year, 2014"},
  {"actor": None, "date": "2014-08-10", "date_text": "late Sunday", "what": "a prison in Donetsk was shelled, killing one inmate",
   "note": "'a prison in Donetsk was reportedly shelled late Sunday': passive without a by-agent, so null (the cut last paragraph said it was not clear who fired); the Sunday before Monday 11 August, 10 August 2014"},
 ],
 "actors": [
  {"name": L, "type": "person", "aliases": ["Ukrainian military spokesman Andriy Lysenko", "Military spokesman Lysenko", "Lysenko"]},
  {"name": MIL, "type": "organisation", "aliases": ["The Ukrainian military", "the military", "the armed forces"]},
  {"name": UN, "type": "organisation", "aliases": ["The United Nations"]},
  {"name": SEP, "type": "group", "aliases": ["Russian-backed separatists", "Rebels", "rebels"]},
  {"name": "Russia", "type": "country", "aliases": ["Russia"]},
  {"name": "Ukrainian government", "type": "organisation", "aliases": ["Ukraine"]},
 ],
 "notes": [
  "VOA staff report (Gabe Joselow) of Monday 11 August 2014 (date inferred, see meta) on the Ukrainian offensive closing in on rebel-held Donetsk and Luhansk; story donbas_offensive_aug_2014 with voa_2014_donetsk_ukraine_demands_rebels_surrender (Sunday 10 August, the day before) and voa_2014_luhansk_refugee_convoy_dozens_killed (Monday 18 August).",
  "Claimants: Lysenko (four directions of attack; 568 soldiers killed and more than 2,000 injured, Kyiv's own toll) and the United Nations (more than 100,000 internally displaced from the two eastern regions). The prison shelling toll (one inmate) is unattributed ('reportedly'). No figure here states the same quantity as a figure of the two sister items, so no quantity keys.",
  "Quotes: two quotations of Lysenko, each interrupted by its attribution (four quotes); the first is attributed by 'he', Lysenko being named in the sentence before. The marks are mixed straight/curly as printed. '\u201canti-terror\u201d forces' is a scare quote (the official name of the operation), not a quote.",
  "Actors: 'the armed forces' ('He added that the armed forces will do what they can') and 'the military' ('the military plans to maintain pressure') are the Ukrainian military; 'Ukraine' in 'Russia and Ukraine continue to be at odds' is the Ukrainian government (the other 'Ukraine' strings are the place); 'Russia' acts in the same clause ('near the border with Russia' is the place). Civilians, residents and the 'terrorists' inside Lysenko's quote are not listed as acting in a dated clause; 'separatist' is used only as an adjective outside 'Russian-backed separatists'.",
  "Events: 'Monday' (Lysenko's briefing), 'in May' (the conflict began, no agent) and 'late Sunday' (a passive shelling, no agent). 'Meanwhile' and 'still' are not dates.",
  "second reading: re-read the whole item against FORMAT.md sections 1-2 (four quote spans, trailing commas dropped, the two final full stops kept; every number token checked: four, 100,000, two, 568, 2,000, one; approximators 'more than' twice; 11 Aug 2014 a Monday and 10 Aug 2014 a Sunday checked with datetime; each event's agent re-checked against its verb; aliases checked as exact substrings).",
 ],
}
