MA = "Mari Alkatiri"
XG = "Xanana Gusmão"
RH = "Jose Ramos Horta"
ANN = {
 "article": "articles/wn_2006_east_timor_alkatiri_resigns.txt",
 "gold_out": "gold/wn_2006_east_timor_alkatiri_resigns.json",
 "published": "2006-06-26",
 "quotes": [
  {"text": "I am assuming my own share of responsibility for the crisis affecting our country, I am determined not to contribute to any deepening of the crisis",
   "speaker": MA, "speaker_mention": "Mr Alkatiri",
   "note": "full-sentence quote with the attribution after it ('... crisis,\" said Mr Alkatiri.'); the trailing comma before the closing mark is dropped"},
 ],
 "figures": [
  {"text": "thousands", "value": None, "vague": True, "unit": None, "counted": "people celebrating the resignation", "source": None, "approx": None,
   "note": "'greeted by cheers and drum beats by thousands in celebration': no noun after the number; outlet's own voice"},
  {"text": "200", "value": 200, "unit": None, "counted": "buses and vans", "source": None, "approx": "around",
   "note": "'Around 200 buses and vans drove through ... Dili': 'Around' -> around; outlet's own voice (Reuters of the same day has 'about 200 buses and vans', not in this set)"},
 ],
 "events": [
  {"actor": None, "date": "2006-05", "date_text": "in May", "what": "violence erupted in Dili",
   "note": "'the violence that erupted in Dili in May': intransitive 'erupted', no agent (Alkatiri is 'blamed' for it, a state, not the agent of erupting); May of the publication year, 2006"},
 ],
 "actors": [
  {"name": MA, "type": "person", "aliases": ["Mari Alkatiri", "The East Timorese Prime Minister Mari Alkatiri", "Mr Alkatiri", "Alkatiri", "Prime Minister Alkatiri", "the Prime Minister", "East Timor Prime Minister"]},
  {"name": XG, "type": "person", "aliases": ["Xanana Gusmão", "President Xanana Gusmão"]},
  {"name": RH, "type": "person", "aliases": ["Jose Ramos Horta", "the Foreign Minister"]},
 ],
 "notes": [
  "Wikinews report of Monday 26 June 2006 (date line of the page): East Timor's prime minister Mari Alkatiri resigns, citing the violence and President Xanana Gusmão's threat to resign; Foreign Minister Jose Ramos Horta had resigned before him. Story east_timor_alkatiri_resignation_2006 (single item; no other item of the story found among the allowed outlets, so no quantity keys).",
  "Quotes (1): Alkatiri's sentence, attribution 'said Mr Alkatiri' after the quote. Ramos Horta's reason ('stating he could not work with Alkatiri') is reported speech without marks: no quote.",
  "Figures (2): 'thousands' (vague, no noun printed after it) and 'Around 200' buses and vans, both in the outlet's voice. Not figures: 'a former Nobel Peace Prize winner' (article 'a', no count), 'SMS text message' (no number).",
  "Events (1): 'in May' (violence erupted; no agent). Left out on purpose: 'earlier in the week' (Ramos Horta resigned). The page is dated Monday 26 June 2006, the first day of its ISO week, so the set's convention ('earlier this week' = the ISO week of the report, 26 June - 2 July) would give an interval that starts on the day of publication and cannot hold an event reported as earlier; Ramos Horta in fact resigned on Sunday 25 June (the writer's week evidently starts on Sunday). Rather than a gold date that is wrong either by the convention or by the text, the expression is left out as vague. The dates of Alkatiri's resignation and of Gusmão's threat are not printed.",
  "Actors (3): Alkatiri (headline 'East Timor Prime Minister', 'The East Timorese Prime Minister Mari Alkatiri', 'Mr Alkatiri', 'Alkatiri', 'the Prime Minister' in 'the Prime Minister's imminent departure', 'Prime Minister Alkatiri'), Gusmão (threatened to resign) and Ramos Horta ('the Foreign Minister, Jose Ramos Horta', resigned). Pronouns ('He', 'he') are not aliases. Not actors: the crowd of 'thousands' (celebrating, no name or group noun).",
  "second reading (annotator): re-read the whole item once fully against FORMAT.md sections 1-2: one quote (comma dropped, speaker named after it), 'thousands' vague and 'Around 200' approx around, 'in May' = 2006-05 with null actor (intransitive), 'earlier in the week' left out with the reason above, every alias an exact substring and none shared between actors; no change.",
 ],
}
