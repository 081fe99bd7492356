K = "iraq_displacement_mosul_fallujah_2016:"
IGF = "Iraqi government forces"
IS = "Islamic State"
AS = "Abdul-Wahab al-Saadi"
NM = "Nasr Muflahi"
AB = "Ahmed Basel"
PF = "people fleeing Fallujah"
ANN = {
 "article": "articles/voa_2016_fallujah_declared_fully_liberated.txt",
 "gold_out": "gold/voa_2016_fallujah_declared_fully_liberated.json",
 "published": "2016-06-26",
 "quotes": [
  {"text": "Fully Liberated", "speaker": AS, "speaker_mention": "Iraqi Official", "fragment": True,
   "note": "headline 'Iraqi Official Declares Fallujah 'Fully Liberated'': the words of the official named in the third line (Lieutenant General Abdul-Wahab al-Saadi, who 'said Sunday Fallujah is now \"fully liberated\"'); short phrase in a headline -> fragment"},
  {"text": "fully liberated", "speaker": AS, "speaker_mention": "Lieutenant General Abdul-Wahab al-Saadi", "fragment": True,
   "note": "quoted phrase inside reported speech ('said Sunday Fallujah is now \"fully liberated\" after ...') -> fragment"},
  {"text": "With every day that passes in the camps, the conditions for some of the most vulnerable keep deteriorating", "speaker": NM, "speaker_mention": "NRC's Iraq Country Director Nasr Muflahi",
   "note": "attributed after the quote ('..., warned NRC's Iraq Country Director Nasr Muflahi'); trailing comma dropped"},
  {"text": "We have too many people, with very few latrines, and there are no more spaces in the camps. Every five meters you find a family", "speaker": AB, "speaker_mention": "director Ahmed Basel",
   "note": "'..., said director Ahmed Basel.': Basel is the 'director of a health center in Amariyat al-Fallujah' described (unnamed) in the paragraph before; trailing comma dropped"},
  {"text": "If this crisis is not tackled we will soon see diseases spreading.", "speaker": AB, "speaker_mention": "director Ahmed Basel",
   "note": "second quote of the same paragraph after the attribution 'said director Ahmed Basel.', no cue of its own: Basel's; final '.' inside the marks kept"},
 ],
 "figures": [
  {"text": "Tens of thousands", "value": None, "vague": True, "unit": None, "counted": "people who need aid", "source": None, "approx": None,
   "note": "sub-headline 'Tens of thousands need aid', outlet's voice; people in need of aid, not the same quantity as the 85,000 who fled (no key)"},
  {"quantity": K + "fallujah_fled_total", "text": "85,000", "value": 85000, "unit": None, "counted": "people who have flooded out of the city and surrounding areas", "source": None, "approx": None,
   "note": "'Afraid of dying in the crossfire, 85,000 people have flooded out of the city and surrounding areas': outlet's voice (no claimant; Muflahi's quote that follows does not claim it). The running total displaced by the Fallujah offensive: same quantity as 'More than 50,000 people have fled the fighting in the past three weeks' of 17 June (voa_2016_fallujah_special_forces_retake_government_building)"},
  {"text": "45", "value": 45, "unit": None, "counted": "degrees of the summer temperatures the displaced live under", "source": None, "approx": "at least",
   "note": "'temperatures of 45 degrees or higher': 'or higher' = at least; degrees are not in the kit's unit list, so unit null with the unit word in 'counted' (as in the set's other temperatures)"},
  {"text": "five", "value": 5, "unit": None, "counted": "meters between families in the camps", "source": AB, "approx": None,
   "note": "inside Basel's quote ('Every five meters you find a family'); metres are not in the kit's unit list, so unit null with the unit word in 'counted'"},
 ],
 "events": [
  {"actor": AS, "date": "2016-06-26", "date_text": "Sunday", "what": "al-Saadi said Fallujah is now fully liberated",
   "note": "'Lieutenant General Abdul-Wahab al-Saadi said Sunday Fallujah is now \"fully liberated\"': 'Sunday' modifies 'said'; agent al-Saadi; Sunday = the publication day, 26 June 2016"},
 ],
 "actors": [
  {"name": AS, "type": "person", "aliases": ["Lieutenant General Abdul-Wahab al-Saadi", "a senior Iraqi official", "Iraqi Official"]},
  {"name": IGF, "type": "organisation", "aliases": ["Iraqi forces"]},
  {"name": IS, "type": "group", "aliases": ["Islamic State fighters", "IS", "the extremist fighters"]},
  {"name": NM, "type": "person", "aliases": ["Nasr Muflahi", "NRC's Iraq Country Director Nasr Muflahi"]},
  {"name": AB, "type": "person", "aliases": ["director Ahmed Basel", "Ahmed Basel", "The director of a health center in Amariyat al-Fallujah"]},
  {"name": PF, "type": "group", "aliases": ["the displaced"]},
 ],
 "notes": [
  "VOA report by Sharon Behn of Sunday 26 June 2016 (kept from a blog that reposts VOA copy word for word, see meta) on the declaration that Fallujah is fully liberated and on the 85,000 displaced. Story iraq_displacement_mosul_fallujah_2016 with voa_2016_fallujah_special_forces_retake_government_building (VOA, 17 June 2016) and, in another annotator's folder, voa_2016_fallujah_thousands_flee_safe_exit (13 June) and wn_2016_iraqis_flee_mosul_to_syria (29 May).",
  "Quotes: five. The headline's 'Fully Liberated' (single marks) and the 'fully liberated' of the third line are al-Saadi's (fragments; the headline calls him 'Iraqi Official', the lead 'a senior Iraqi official', the third line names him). Muflahi's quote is attributed after it ('warned NRC's Iraq Country Director Nasr Muflahi'). Ahmed Basel is first described without his name ('The director of a health center in Amariyat al-Fallujah ... warned of the lack of water and sanitation') and named only after his first quote ('said director Ahmed Basel'); his second quote follows with no cue.",
  "Figures: 'Tens of thousands' (sub-headline), 85,000 and 45 degrees in the outlet's voice; 'five' meters inside Basel's quote. Key ...:fallujah_fled_total joins the 85,000 to the 'More than 50,000' of 17 June. Not figures: 'month-long', 'for weeks' (no number); the apostrophe of 'Shi'ite' is not a quote mark.",
  "Events: one, 'Sunday' (26 June 2016), al-Saadi's declaration. Left out: 'a month-long military offensive', 'for weeks' (durations), 'now' (vague).",
  "Actors: al-Saadi, the Iraqi forces (canonical 'Iraqi government forces', as in the other items of the story), Islamic State ('Islamic State fighters', 'IS', 'the extremist fighters'), Muflahi, Basel and the displaced (the story's group 'people fleeing Fallujah'). 'IS militants' and 'Iraqi security forces' appear only as the dead and wounded not counted ('how many IS militants and how many Iraqi security forces died'), not as agents; the U.S.-led coalition and Shi'ite militias only back the Iraqi forces (no act of their own): not listed.",
  "Second careful read done by the annotator against FORMAT.md sections 1-2: checked the headline's single-mark quote and the lower-case repeat (different strings, no ctx needed), both trailing commas dropped and the final '.' kept in Basel's second quote, 'or higher' = at least, degrees and meters without a unit, and the one event (Sunday 26 June 2016).",
 ],
}
