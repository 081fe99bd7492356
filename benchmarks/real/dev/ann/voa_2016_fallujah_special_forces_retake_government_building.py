K = "iraq_displacement_mosul_fallujah_2016:"
IGF = "Iraqi government forces"
ISF = "Iraqi Special Forces"
IS = "Islamic State"
CG = "Chris Garver"
BG = "Bruno Geddo"
NM = "Nasr Muflahi"
PF = "people fleeing Fallujah"
ANN = {
 "article": "articles/voa_2016_fallujah_special_forces_retake_government_building.txt",
 "gold_out": "gold/voa_2016_fallujah_special_forces_retake_government_building.json",
 "published": "2016-06-17",
 "quotes": [
  {"text": "There are reports that IS is trying to shoot those who are leaving in the legs, trying to intimidate them", "speaker": BG, "speaker_mention": "UNHCR's Bruno Geddo",
   "note": "attributed after the quote ('..., UNHCR's Bruno Geddo told VOA'); trailing comma dropped"},
  {"text": "Many are exhausted, and some collapse on the way", "speaker": BG, "speaker_mention": "he",
   "note": "'\"...,\" he said.': the pronoun points back to Geddo, named at the start of the paragraph before ('Geddo said once the families reached safety ...'); trailing comma dropped"},
  {"text": "It is believed that among the latest flood of refugees from the city are the wives and children of IS fighters", "speaker": BG, "speaker_mention": "Geddo",
   "note": "'... Geddo said.' after the quote; trailing comma dropped. The sentence before it ('The families of IS fighters are thought to be among those fleeing.') is the outlet's paraphrase, not a quote"},
 ],
 "figures": [
  {"text": "two", "value": 2, "unit": "years", "counted": "years Fallujah was controlled by IS", "source": None, "approx": "more than", "ctx": "more than two years",
   "note": "'controlled by IS for more than two years': a duration in years, outlet's voice"},
  {"text": "two", "value": 2, "unit": None, "counted": "tactical units hit by coalition airstrikes", "source": None, "approx": None, "ctx": "two tactical units",
   "note": "'Coalition airstrikes continued to pound IS targets, hitting two tactical units': outlet's voice (the strike tally is not attributed; Garver, in the next sentence, confirms another thing, the seizure of the building)"},
  {"text": "six", "value": 6, "unit": None, "counted": "heavy machine guns destroyed", "source": None, "approx": None,
   "note": "same sentence, outlet's voice"},
  {"quantity": K + "fallujah_exodus_jun17", "text": "Thousands", "value": None, "vague": True, "unit": None, "counted": "people who flee Fallujah", "source": None, "approx": None, "ctx": "Thousands flee",
   "note": "sub-headline 'Thousands flee' over the paragraph of the 18,000 pouring out of the city: the same flight, same key; outlet's voice"},
  {"quantity": K + "fallujah_exodus_jun17", "text": "18,000", "value": 18000, "unit": None, "counted": "people who began pouring out of the city", "source": None, "approx": "around",
   "note": "'some 18,000 people began pouring out' ('some' = around); outlet's voice: the quote of Geddo that follows does not claim the number"},
  {"text": "15", "value": 15, "unit": "km", "counted": "kilometers some walked to get to safety", "source": None, "approx": None,
   "note": "'some walking 15 kilometers to get to safety': text is the number, unit km"},
  {"quantity": K + "fallujah_fled_total", "text": "50,000", "value": 50000, "unit": None, "counted": "people who have fled the fighting in the past three weeks", "source": None, "approx": "more than",
   "note": "'More than 50,000 people have fled the fighting in the past three weeks': outlet's voice (no claimant in the sentence or the next one). The running total of people displaced by the Fallujah offensive: same quantity as the '85,000 people have flooded out of the city and surrounding areas' of 26 June (voa_2016_fallujah_declared_fully_liberated), a count that grows day by day (and as the United Nations' '43,000 people have run away from the city' of 13 June in voa_2016_fallujah_thousands_flee_safe_exit, kept unkeyed by its annotator)"},
  {"text": "three", "value": 3, "unit": "weeks", "counted": "weeks of fighting in which people fled", "source": None, "approx": None, "ctx": "past three weeks",
   "note": "'in the past three weeks': a duration"},
  {"text": "thousands", "value": None, "vague": True, "unit": None, "counted": "civilians who had made it to safety", "source": NM, "approx": None, "ctx": "thousands of civilians",
   "note": "'Nasr Muflahi welcomed the news that thousands of civilians had made it to safety, but said ...': the number is in the content of Muflahi's reported statement -> Muflahi. Not keyed with the 18,000 / 'Thousands flee' (the text does not say the news he welcomed is that day's exodus only)"},
 ],
 "events": [
  {"actor": IGF, "date": "2016-06-17", "date_text": "on Friday", "what": "Iraqi security forces broke through IS defenses to reach the center of Fallujah",
   "note": "'Iraqi security forces on Friday broke through Islamic State defenses': agent the Iraqi security forces (canonical 'Iraqi government forces', as in the other items of the story); Friday = the publication day, 17 June 2016"},
 ],
 "actors": [
  {"name": IGF, "type": "organisation", "aliases": ["Iraqi security forces", "Iraqi forces", "the Iraqi army"]},
  {"name": ISF, "type": "organisation", "aliases": ["Iraqi Special Forces"]},
  {"name": IS, "type": "group", "aliases": ["Islamic State", "IS", "IS fighters"]},
  {"name": "U.S.-led coalition", "type": "organisation", "aliases": ["the coalition"]},
  {"name": CG, "type": "person", "aliases": ["Army Col. Chris Garver", "Spokesman for the coalition Army Col. Chris Garver"]},
  {"name": BG, "type": "person", "aliases": ["Bruno Geddo", "UNHCR's Bruno Geddo", "Geddo"]},
  {"name": NM, "type": "person", "aliases": ["Nasr Muflahi", "Norwegian Refugee Council's Iraq director Nasr Muflahi"]},
  {"name": PF, "type": "group", "aliases": ["those fleeing", "refugees"]},
 ],
 "notes": [
  "VOA report by Sharon Behn of Friday 17 June 2016 (kept from GlobalSecurity.org's reprint of VOA copy, see meta) on Iraqi forces reaching the center of Fallujah and taking the government compound, and the flight of civilians. Story iraq_displacement_mosul_fallujah_2016 with voa_2016_fallujah_declared_fully_liberated (VOA, 26 June 2016) and, from another annotator's folder, voa_2016_fallujah_thousands_flee_safe_exit (VOA, 13 June) and wn_2016_iraqis_flee_mosul_to_syria (Wikinews, 29 May).",
  "Quotes: three, all Bruno Geddo's (UNHCR): the first names him in the attribution ('UNHCR's Bruno Geddo told VOA'), the second is attributed by a pronoun ('he said', Geddo named a paragraph before), the third 'Geddo said'. Garver's confirmation and Muflahi's welcome are indirect speech. The cut last paragraph ('\"Aid se') was dropped (see meta edits).",
  "Figures: all in the outlet's voice except Muflahi's 'thousands of civilians'. Keys: ...:fallujah_exodus_jun17 joins the sub-headline 'Thousands' and 'some 18,000' (one flight); ...:fallujah_fled_total for 'More than 50,000' fled in three weeks, shared with the 85,000 of 26 June.",
  "Events: one, 'on Friday' (17 June 2016), Iraqi security forces. Left out: 'After weeks of fierce fighting', 'for more than two years', 'in the past three weeks' (durations, no date).",
  "Actors: Iraqi security forces / Iraqi forces / the Iraqi army under the story's canonical 'Iraqi government forces'; 'Iraqi Special Forces' kept apart (the headline's and the third sentence's agent, a named unit). The coalition acts ('Coalition airstrikes continued to pound IS targets') and speaks through its spokesman Col. Chris Garver (a separate person). 'people fleeing Fallujah' as in the other item of the story. UNHCR, VOA, ambulances and aid agencies are not listed (no act of their own beyond the quotes' attributions).",
  "Not figures: 'the southeast quadrant' (a part of the city named, not a count). 'weeks of fierce fighting' has no number.",
  "Second careful read done by the annotator against FORMAT.md sections 1-2: checked every quote's end (trailing commas dropped), the three 'two'/'three' pinned with ctx, 'some' = around, 'More than' = more than, 15 kilometers as 15 km, the sole event date (Friday 17 June 2016) and that the cut last paragraph is not in the text.",
 ],
}
