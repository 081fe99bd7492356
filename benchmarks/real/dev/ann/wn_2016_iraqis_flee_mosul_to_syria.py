K = "iraq_displacement_mosul_fallujah_2016:"
U = "UNHCR"
UN = "United Nations"
MF = "Melissa Fleming"
IQ = "Iraqis from Mosul"
IGF = "Iraqi government forces"
ANN = {
 "article": "articles/wn_2016_iraqis_flee_mosul_to_syria.txt",
 "gold_out": "gold/wn_2016_iraqis_flee_mosul_to_syria.json",
 "published": "2016-05-29",
 "quotes": [
  {"text": "Right now it’s a bit over 4,000 but it is in anticipation of 50,000. There are contingencies for potential numbers who could be coming in … They don’t have many other options of places to flee in that region, so we’re getting ready.", "speaker": MF, "speaker_mention": "UNHCR spokeswoman Melissa Fleming",
   "note": "paragraph-long quote with no attribution of its own: it follows the paragraph 'UNHCR spokeswoman Melissa Fleming, says that the numbers are likely to continue to grow.' and the next quote is 'Fleming said'; the speaker is named a sentence away. Final '.' inside the marks kept; the ellipsis kept as printed"},
  {"text": "We’ve seen actually a spike in the numbers of Iraqi refugees who are risking the dangerous crossing into Syria in a desperate bid. Just picture this, we have refugees fleeing to Syria", "speaker": MF, "speaker_mention": "Fleming",
   "note": "'..., Fleming said.'; trailing comma before the closing mark dropped"},
  {"text": "They, I’m sure, hear what’s going on in Fallujah and want to leave before they too are trapped. But also there is fighting in the surrounding areas that is driving people to leave.", "speaker": MF, "speaker_mention": "Fleming",
   "note": "a new paragraph in marks with no attribution, continuing Fleming's words after 'Fleming said' of the paragraph before; speaker named a paragraph away"},
 ],
 "figures": [
  {"quantity": K+"mosul_to_syria_arrivals_may", "text": "Thousands", "value": None, "vague": True, "unit": None, "counted": "Iraqis who flee Mosul to Syria", "source": None, "approx": None,
   "note": "headline 'Thousands of Iraqis flee Mosul to Syria': outlet's voice; the vague form of the 'Over 4,000' of the first paragraph, same key"},
  {"quantity": K+"mosul_to_syria_arrivals_may", "text": "4,000", "value": 4000, "unit": None, "counted": "Iraqis from the city of Mosul who have fled to Syria since May", "source": U, "approx": "more than", "ctx": "Over 4,000 Iraqis",
   "note": "'Over 4,000 Iraqis ... have fled to Syria since May, according to the United Nations refugee agency' -> UNHCR, 'Over' -> more than. Same quantity as the exact 4,266 arrivals in May and Fleming's 'a bit over 4,000' below"},
  {"quantity": K+"mosul_to_syria_expected", "text": "50,000", "value": 50000, "unit": None, "counted": "people the UN anticipates to leave Mosul and cross to Syria", "source": UN, "approx": "up to", "ctx": "up to 50,000 people",
   "note": "'The UN anticipates up to 50,000 people to leave ...': claimant printed as 'The UN' (the agency is UNHCR, whose planning figure Fleming repeats below, but the text says 'The UN': kept literal as the United Nations actor). Same quantity as Fleming's 'in anticipation of 50,000'"},
  {"quantity": K+"mosul_to_syria_arrivals_may", "text": "4,266", "value": 4266, "unit": None, "counted": "people who arrived in May at the al-Hol camp", "source": None, "approx": None,
   "note": "'A total of 4,266 people arrived in May at the al-Hol camp': no claimant in the sentence, and the next sentence (Fleming 'says that the numbers are likely to continue to grow') does not claim this number; outlet's voice -> null (other reports of the same briefing give it 'According to UNHCR', but this text does not). Same quantity as 'Over 4,000' (the Mosul arrivals in Syria in May)"},
  {"text": "14km", "value": 14, "unit": "km", "counted": "distance of the al-Hol camp from the Iraqi border", "source": None, "approx": "around",
   "note": "'approximately 14km from the Iraqi border' -> around; outlet's voice"},
  {"quantity": K+"mosul_to_syria_arrivals_may", "text": "4,000", "value": 4000, "unit": None, "counted": "Iraqi refugees arrived in Syria so far", "source": MF, "approx": "more than", "ctx": "a bit over 4,000",
   "note": "inside Fleming's quote: 'Right now it’s a bit over 4,000' -> more than ('just over' class); same quantity as the UNHCR 'Over 4,000' and the 4,266"},
  {"quantity": K+"mosul_to_syria_expected", "text": "50,000", "value": 50000, "unit": None, "counted": "refugees anticipated to arrive from Mosul", "source": MF, "approx": None, "ctx": "in anticipation of 50,000",
   "note": "inside Fleming's quote: 'it is in anticipation of 50,000' (no hedge word); same planning figure as the UN's 'up to 50,000'"},
  {"text": "50km", "value": 50, "unit": "km", "counted": "distance of Fallujah west of Baghdad", "source": None, "approx": None,
   "note": "'Fallujah, 50km west of Baghdad': outlet's voice"},
  {"quantity": K+"fallujah_trapped_civilians", "text": "50,000", "value": 50000, "unit": None, "counted": "people trapped inside Fallujah", "source": None, "approx": "around", "ctx": "50,000 people are estimated",
   "note": "'50,000 people are estimated to be trapped inside the city': passive with no agent -> source null; 'are estimated' read as 'an estimated' -> around. Same quantity as Lise Grande's 'Between 40,000 and 50,000 additional people could still be trapped in the city center' of 13 June (voa_2016_fallujah_thousands_flee_safe_exit), a count that changes as people escape"},
 ],
 "events": [
  {"actor": IQ, "date": "2016-05", "date_text": "since May", "what": "over 4,000 Iraqis from Mosul have fled to Syria",
   "note": "'since May' modifies 'have fled', whose agent is the Iraqis from Mosul (as the refugees who 'have been fleeing since mid-December' in voa_2014_car_refugees_near_death); the month of the report, 2016-05"},
  {"actor": IQ, "date": "2016-05", "date_text": "in May", "what": "4,266 people arrived at the al-Hol camp",
   "note": "'A total of 4,266 people arrived in May at the al-Hol camp': agent of 'arrived' is the people arriving, the Iraqis from Mosul of the first paragraph (the same count, 'Over 4,000 ... since May'); normalised to the month"},
  {"actor": IGF, "date": "2016-05-23", "date_text": "on Monday", "what": "the Iraqi army began an offensive against IS in Fallujah",
   "note": "'The Iraqi army began an offensive on Monday': agent the Iraqi army (merged with 'Iraqi government forces', which 'began attempting to re-take the city' in the second paragraph: the same act). Monday before Sunday 29 May 2016 = 23 May 2016"},
 ],
 "actors": [
  {"name": U, "type": "organisation", "aliases": ["UNHCR", "the United Nations refugee agency", "The UN High Commissioner for Refugees"]},
  {"name": UN, "type": "organisation", "aliases": ["The UN"]},
  {"name": MF, "type": "person", "aliases": ["UNHCR spokeswoman Melissa Fleming", "Melissa Fleming", "Fleming"]},
  {"name": IQ, "type": "group", "aliases": ["Iraqis from the city of Mosul", "Iraqi refugees"]},
  {"name": "Islamic State", "type": "group", "aliases": ["Islamic State militants", "IS", "ISIS"]},
  {"name": IGF, "type": "organisation", "aliases": ["Iraqi government forces", "The Iraqi army", "Iraqi army"]},
 ],
 "notes": [
  "Wikinews report of Sunday 29 May 2016 (kept from a verbatim mirror, en.wikiactu.com) on Iraqis fleeing Mosul to the al-Hol camp in Syria, from UNHCR's Geneva briefing of Friday 27 May (Melissa Fleming), with a paragraph on the Fallujah offensive. Story iraq_displacement_mosul_fallujah_2016 with voa_2016_fallujah_thousands_flee_safe_exit (VOA, 13 June 2016).",
  "Quotes: three, all Melissa Fleming's: the first has no attribution of its own (Fleming introduced in the paragraph before with 'says that ...'), the second is 'Fleming said', the third is a new paragraph in marks that continues her words with no attribution. 'Right now' inside her quote is left out (time word inside speech, like 'today').",
  "Figures and keys: Mosul arrivals in Syria in May share iraq_displacement_mosul_fallujah_2016:mosul_to_syria_arrivals_may ('Thousands' headline, outlet; 'Over 4,000' UNHCR, '4,266' outlet, 'a bit over 4,000' Fleming); the planning figure shares ...:mosul_to_syria_expected ('up to 50,000' The UN, 'in anticipation of 50,000' Fleming); civilians trapped in Fallujah '50,000' (null, around) shares ...:fallujah_trapped_civilians with Grande's 40,000-50,000 on 13 June. Distances 14km (around) and 50km keyless.",
  "Claimants: 'according to the United Nations refugee agency' -> UNHCR; 'The UN anticipates' -> United Nations (kept literal; a separate actor with the alias 'The UN', distinct from the UNHCR surface forms). 'The UN High Commissioner for Refugees (UNHCR) reports that Islamic State militants have been increasing executions' carries no number and no date.",
  "Events: 'since May' and 'in May' (2016-05, agent the Iraqis from Mosul who fled/arrived), 'on Monday' (23 May 2016, the Iraqi army). 'since Iraqi government forces began attempting to re-take the city' is a clause, not a date expression.",
  "Actors: the Iraqi army and 'Iraqi government forces' are one actor (the same offensive); Islamic State has 'Islamic State militants', 'IS' and 'ISIS' (in 'ISIS-controlled'). 'men and boys', the camp and Baghdad are not actors.",
  "Not figures: 'Right now' (time word in speech), 'since May', 'on Monday' (dates); 'men and boys' has no number.",
  "second reading (annotator): re-read the whole item once more against FORMAT.md sections 1-2: quote texts between the marks (trailing comma dropped in the second, final '.' kept in the first and third), the three 4,000/50,000 repeats pinned by ctx, 'a bit over' -> more than, 'approximately' -> around, the literal 'The UN' claimant, 'on Monday' = 23 May 2016 against the Sunday date line; every alias an exact substring; no change.",
 ],
}
