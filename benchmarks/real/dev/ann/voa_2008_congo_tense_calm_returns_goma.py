MON = "MONUC"
M = "Madnodje Mounoubai"
C = "CNDP"
N = "Laurent Nkunda"
A = "Congolese army"
R = "Radio Okapi"
ANN = {
 "article": "articles/voa_2008_congo_tense_calm_returns_goma.txt",
 "gold_out": "gold/voa_2008_congo_tense_calm_returns_goma.json",
 "published": "2008-10-30",
 "quotes": [
  {"text": "We ceased fire and now we are back to about 12 kilometers from Goma", "speaker": N, "speaker_mention": "he",
   "note": "'...,' he said: the pronoun points to Nkunda, named in the sentence before ('Nkunda told the France 24 television network ...'); comma dropped"},
  {"text": "We did it because the town was destabilized in the evening by FARDC government forces, looting, raping, and robbing people in Goma.", "speaker": N, "speaker_mention": "he",
   "note": "second quotation of the paragraph, after 'he said': Nkunda's; keeps its final stop"},
  {"text": "The town appears to be calm, quiet, even though we can see some tension. There was some fighting around the town till about 1:00 am this morning, but after that everything is quiet. MONUC is patrolling the streets. We have no shooting, we have no fighting. The troops are not advancing so we think the ceasefire is holding", "speaker": M, "speaker_mention": "he",
   "note": "'...,' he said: Mounoubai, named and described in the paragraph before; comma dropped"},
 ],
 "figures": [
  {"text": "Tens of thousands", "value": None, "vague": True, "unit": None, "counted": "civilians displaced in recent days", "source": None, "approx": None,
   "note": "vague plural in the outlet's voice"},
  {"text": "four days", "value": 4, "unit": "days", "counted": "days of fighting before the cease-fire", "source": None, "approx": None,
   "note": "'After four days of fighting': a duration, outlet's voice"},
  {"text": "nine", "value": 9, "unit": None, "counted": "people killed in Goma", "source": R, "approx": None,
   "note": "'The U.N. Radio Okapi reported ... that nine people had been killed and three raped'"},
  {"text": "three", "value": 3, "unit": None, "counted": "people raped in Goma", "source": R, "approx": None, "ctx": "three raped",
   "note": "same report; 'three [people] raped', a different quantity from the killed"},
  {"text": "12 kilometers", "value": 12, "unit": "km", "counted": "distance of the rebels from Goma after pulling back", "source": N, "approx": "around",
   "note": "'about 12 kilometers' inside Nkunda's quotation -> around"},
  {"text": "800", "value": 800, "unit": None, "counted": "MONUC troops in Goma", "source": None, "approx": "around",
   "note": "'MONUC has about 800 troops in Goma.': a sentence of its own in the outlet's voice after 'Mounoubai said many of the government soldiers had left Goma ...'; the text does not say Mounoubai gave the number, so null"},
 ],
 "events": [
  {"actor": N, "date": "2008-10-29", "date_text": "late Wednesday", "what": "Nkunda declared a unilateral cease-fire", "ctx": "cease-fire late Wednesday",
   "note": "subject 'the group's leader Laurent Nkunda' of 'declared'; the Wednesday before the report of Thursday 30 October 2008"},
  {"actor": R, "date": "2008-10-29", "date_text": "late Wednesday", "what": "Radio Okapi reported widespread looting in Goma", "ctx": "looting late Wednesday",
   "note": "'The U.N. Radio Okapi reported widespread looting late Wednesday': the adverbial at the end of the verb phrase is read on 'reported', whose subject is Radio Okapi (it may also date the looting itself, which happened the same evening)"},
  {"actor": A, "date": "2008-10-29", "date_text": "in the evening", "what": "the town was destabilized by FARDC government forces",
   "note": "in Nkunda's quotation: passive with a by-agent ('was destabilized in the evening by FARDC government forces'); the evening of Wednesday 29 October, when he declared the cease-fire"},
  {"actor": None, "date": "2008-10-30", "date_text": "till about 1:00 am this morning", "what": "some fighting around the town went on",
   "note": "in Mounoubai's quotation: 'There was some fighting around the town till about 1:00 am this morning' - existential 'there was', no agent; 'this morning' = the day of speaking, Thursday 30 October (the report's day). '1:00 am' is a time of day, not a figure"},
 ],
 "actors": [
  {"name": N, "type": "person", "aliases": ["the group's leader Laurent Nkunda", "Laurent Nkunda", "Nkunda"]},
  {"name": C, "type": "organisation", "aliases": ["rebels from the National Congress for People's Defense", "National Congress for People's Defense", "the rebels", "rebels"]},
  {"name": A, "type": "organisation", "aliases": ["government forces", "government soldiers", "the government soldiers", "FARDC government forces", "FARDC"]},
  {"name": R, "type": "organisation", "aliases": ["The U.N. Radio Okapi", "Radio Okapi"]},
  {"name": M, "type": "person", "aliases": ["Madnodje Mounoubai", "Mounoubai", "a spokesman for the U.N. peacekeeping force"]},
  {"name": MON, "type": "organisation", "aliases": ["the U.N. peacekeeping force", "MONUC", "the mission"]},
 ],
 "notes": [
  "VOA report (Derek Kilner, Nairobi) of Thursday 30 October 2008 on the calm in Goma after Laurent Nkunda's unilateral cease-fire of Wednesday 29 October. Story congo_nkunda_offensive_2008 with voa_2008_congo_monuc_demands_rebels_leave_base (27 October, the seizure of Rumangabo). No figure states the same quantity as in that item (50 km there is Rumangabo's distance from Goma; 12 km here is the rebels' position after the pull-back), so no quantity keys.",
  "Three quotes, each attributed by 'he said' with the speaker named in the paragraph before: two Nkunda's (one paragraph, split by 'he said'), one Madnodje Mounoubai's.",
  "Claimed figures: Radio Okapi's nine killed and three raped; Nkunda's 'about 12 kilometers'. 'about 800' MONUC troops and the rest are in the outlet's voice.",
  "Events: 'late Wednesday' twice (Nkunda's cease-fire; Radio Okapi's report), 'in the evening' (passive with by-agent FARDC, in the quotation) and 'till about 1:00 am this morning' (existential, no agent). Left out: 'in recent days' (vague), 'now' and 'after that' (vague).",
  "Not figures: 'a few kilometers' (a vague determiner, as 'a few' elsewhere in the dev set), '1:00 am' (time of day), '24' in 'France 24' (part of the network's name). France 24 and Derek Kilner do not act: not actors. 'the troops' in Mounoubai's quotation are the rebels' troops (not listed as an alias).",
  "Second reading against FORMAT.md sections 1-2 (whole item re-read): quote spans (commas dropped, stop kept in Nkunda's second quotation), the two 'late Wednesday' told apart by ctx, 'about' -> around, and the null source of the 800 troops checked; no change.",
 ],
}
