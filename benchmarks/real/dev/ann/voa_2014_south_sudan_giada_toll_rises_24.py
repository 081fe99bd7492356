K = "south_sudan_giada_clashes_2014:"
KC = "south_sudan_conflict_2014:"
AY = "Malaak Ayuen Ajook"
ARMY = "South Sudanese army"
E = "ECHO"
MN = "Martin Nesirsky"
ANN = {
 "article": "articles/voa_2014_south_sudan_giada_toll_rises_24.txt",
 "gold_out": "gold/voa_2014_south_sudan_giada_toll_rises_24.json",
 "published": "2014-03-06",
 "quotes": [
  {"text": "The number is no longer five", "speaker": AY, "speaker_mention": "army spokesman Brigadier General Malaak Ayuen Ajook", "fragment": False,
   "note": "'\"...,\" army spokesman Brigadier General Malaak Ayuen Ajook said': attribution after the quote; comma dropped"},
  {"text": "difficult to give exact figures", "speaker": AY, "speaker_mention": "Ayuen", "fragment": True,
   "note": "'Ayuen said ... but added that it was \"difficult to give exact figures\"': a phrase inside reported speech"},
  {"text": "because now there are buildings which have collapsed on the soldiers, so we don\u2019t know how many are under those stones.", "speaker": AY, "speaker_mention": "Ayuen", "fragment": False,
   "note": "continues the same sentence 'Ayuen said ... added that ...': a whole clause of his words (first person 'we'), not a short phrase; opens with a straight mark and closes with a curly one as printed; final stop kept"},
  {"text": "shelling, mortars and shooting were reported in different parts of the city", "speaker": E, "speaker_mention": "The European Commmission's Humanitarian Aid and Civil Protection agency (ECHO)", "fragment": False,
   "note": "'ECHO reported that \"...\" during the fighting': a whole clause of ECHO's report"},
  {"text": "Substantial shooting", "speaker": E, "speaker_mention": "ECHO", "fragment": True,
   "note": "'\"Substantial shooting\" was reported near one of the compounds ..., ECHO said': attribution at the end of the sentence"},
  {"text": "sporadic shooting", "speaker": MN, "speaker_mention": "A spokesman for U.N. Secretary-General Ban Ki-moon, Martin Nesirsky", "fragment": True,
   "note": "'Martin Nesirsky, told reporters in New York that there were reports of \"sporadic shooting\"': a phrase inside his reported speech"},
  {"text": "We have enemies among ourselves who are trying to provoke a situation", "speaker": AY, "speaker_mention": "he",
   "note": "'\"...,\" he said': he = Ayuen, named in the sentence before ('But Ayuen played down the overnight tensions'); comma dropped"},
 ],
 "figures": [
  {"quantity": K+"soldiers_killed", "text": "five", "occ": 1, "value": 5, "unit": None, "counted": "dead in the Giada fighting (earlier toll)", "source": ARMY, "approx": None,
   "note": "'army officials on Thursday raised the death toll ... from five to 24': the earlier toll, as the officials state it; same key as the five soldiers killed in voa_2014_south_sudan_giada_fighting_contained"},
  {"quantity": K+"soldiers_killed", "text": "24", "occ": 1, "value": 24, "unit": None, "counted": "dead in the Giada fighting (new toll)", "source": ARMY, "approx": None,
   "note": "same sentence: the raised toll, claimed by the army officials"},
  {"quantity": K+"soldiers_killed", "text": "five", "ctx": "no longer five", "value": 5, "unit": None, "counted": "dead (the number no longer valid)", "source": AY, "approx": None,
   "note": "'\"The number is no longer five,\"' in Ayuen's quotation: the earlier toll, same quantity"},
  {"quantity": KC+"deaths", "text": "thousands", "value": None, "vague": True, "unit": None, "counted": "lives claimed by the conflict since mid-December", "source": None, "approx": None,
   "note": "'months of conflict that has claimed thousands of lives': outlet's voice; the whole conflict (shared key with the other two South Sudan 2014 items)"},
  {"quantity": KC+"displaced", "text": "900,000", "value": 900000, "unit": None, "counted": "people displaced around the country", "source": None, "approx": "around",
   "note": "'displaced around 900,000 people around the young country': outlet's voice; 'around' -> around; the conflict's displaced (shared key)"},
  {"quantity": K+"soldiers_killed", "text": "24", "ctx": "bodies of 24", "value": 24, "unit": None, "counted": "soldiers whose bodies have been recovered at Giada", "source": AY, "approx": None,
   "note": "'Ayuen said the bodies of 24 soldiers have been recovered at Giada': the same 24 as the raised toll, claimed by Ayuen"},
 ],
 "events": [
  {"actor": ARMY, "date": "2014-03-06", "date_text": "on Thursday", "what": "army officials raised the death toll from five to 24",
   "note": "'South Sudanese army officials on Thursday raised the death toll': agent of 'raised'; Thursday 6 March 2014, the publication day (see meta)"},
  {"actor": None, "date": "2014-03-05", "date_text": "Wednesday", "ctx": "broke out Wednesday", "what": "clashes broke out at Giada over a pay dispute",
   "note": "'where clashes broke out Wednesday over a pay dispute': intransitive 'broke out', no agent; the Wednesday before the Thursday report"},
  {"actor": None, "date": "2013-12", "date_text": "in mid-December", "what": "fighting broke out at the same barracks",
   "note": "'Fighting broke out at the same barracks in mid-December': no agent; December 2013 (15 December), the month before the new year of the March report"},
  {"actor": None, "date": "2014-03-05", "date_text": "Wednesday", "ctx": "Wednesday's fighting", "what": "the fighting at Giada (fatalities hard to count)",
   "note": "a date on the noun 'fighting'; the text names no agent of the fighting, so null"},
  {"actor": None, "date": "2014-03-05", "date_text": "on Wednesday", "what": "reports of sporadic shooting at several places around Juba",
   "note": "'told reporters in New York that there were reports of \"sporadic shooting\" at several places around Juba on Wednesday': the expression closes the embedded existential clause ('there were reports of shooting ... around Juba on Wednesday') and dates the shooting, not Nesirsky's briefing (which may have been on Thursday); existential, no agent -> null"},
  {"actor": None, "date": "2014-03-05/2014-03-06", "date_text": "overnight", "what": "the overnight tensions in Juba",
   "note": "'But Ayuen played down the overnight tensions': a date on the noun 'tensions', which has no agent (Ayuen's act, 'played down', is not what the expression dates); the night of Wednesday 5 to Thursday 6 March 2014"},
 ],
 "actors": [
  {"name": ARMY, "type": "organisation", "aliases": ["South Sudanese army officials"]},
  {"name": AY, "type": "person", "aliases": ["army spokesman Brigadier General Malaak Ayuen Ajook", "Malaak Ayuen Ajook", "Ayuen"]},
  {"name": E, "type": "organisation", "aliases": ["The European Commmission's Humanitarian Aid and Civil Protection agency", "ECHO"]},
  {"name": MN, "type": "person", "aliases": ["A spokesman for U.N. Secretary-General Ban Ki-moon", "Martin Nesirsky"]},
 ],
 "notes": [
  "VOA report (Philip Aleu) of Thursday 6 March 2014 (date inferred, see meta) on the toll of the Giada barracks fighting of Wednesday 5 March in Juba; story south_sudan_giada_clashes_2014 with voa_2014_south_sudan_giada_fighting_contained (the first toll of five). The four Giada toll figures (five, 24, 'no longer five', 24 bodies) share key south_sudan_giada_clashes_2014:soldiers_killed with the five of the other item; 'thousands of lives' and 'around 900,000' share the conflict-wide keys south_sudan_conflict_2014:deaths / :displaced with both other South Sudan 2014 items.",
  "Quotes: seven; four of Malaak Ayuen Ajook (one with his full title after the quote, two inside 'Ayuen said ... added that ...', one with 'he said' a sentence after his name), two of ECHO (a clause after 'reported that'; 'Substantial shooting' with 'ECHO said' at the end) and one of Martin Nesirsky. The clause quotes of Ayuen ('because now ...') and ECHO are whole clauses, so fragment false.",
  "Figures: the toll 'from five to 24' (army officials), 'no longer five' and 24 bodies (Ayuen), 'thousands of lives' and 'around 900,000' displaced (outlet's voice, whole conflict). Not figures: 'months of conflict' (no number word), 'exact figures' (no number), 'one' in 'near one of the compounds' (picks one of several, not a count; build_gold lists it as unannotated).",
  "Events: 'on Thursday' (army officials raised the toll), 'Wednesday' (clashes broke out, null), 'in mid-December' (null), 'Wednesday's fighting' (noun, null), 'on Wednesday' (dates the reported shooting, existential, null), 'overnight' (noun 'tensions', null; night before the Thursday). Left out: 'after a tense night' (no date expression of its own, the same night as 'overnight'), 'now' in the quotation.",
  "Actors: 'South Sudanese army officials' are the army; Ban Ki-moon, UNMISS and the World Food Programme do not act (not listed). 'the soldiers' and 'undisciplined soldiers' are not listed.",
  "Second reading by the annotator: re-read the whole item against FORMAT.md sections 1-2; checked the mixed quote marks of Ayuen's clause, the occurrences of 'five' and '24' (ctx/occ), that every Wednesday resolves to 5 March 2014 and 'overnight' to 5/6 March, and the attachment of 'on Wednesday' in Nesirsky's sentence.",
 ],
}
