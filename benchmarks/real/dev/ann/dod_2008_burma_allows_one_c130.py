K = "burma_cyclone_2008:"
J = "Gordon Johndroe"
WH = "White House officials"
BG = "Burmese government"
DO = "Defense Department official"
PR = "press reports"
ESG = "USS Essex Strike Group"
ANN = {
 "article": "articles/dod_2008_burma_allows_one_c130.txt",
 "gold_out": "gold/dod_2008_burma_allows_one_c130.json",
 "published": "2008-05-09",
 "quotes": [
  {"text": "We hope this is the beginning of major U.S. assistance to the Burmese people", "speaker": J, "speaker_mention": "he",
   "note": "'... people,\" he said.': 'he' is Johndroe, named at the start of the same paragraph ('Gordon Johndroe, deputy White House press secretary, said ...'); the comma before the closing mark is dropped"},
  {"text": "We certainly appreciate the efforts that some countries such as China and others have made to talk to the junta about the need to get help in", "speaker": J, "speaker_mention": "Johndroe",
   "note": "'... help in,\" Johndroe said.'; the comma before the closing mark is dropped"},
  {"text": "Clearly the junta has determined that the magnitude of this disaster requires additional assistance, and so we're pleased to be able to offer that.", "speaker": J, "speaker_mention": "Johndroe",
   "note": "second quote after the attribution 'Johndroe said.' of the first (a quote continued after its attribution is a separate quote, same speaker, no cue of its own); the straight apostrophe of 'we're' is printed so and is not a quote mark; final full stop kept"},
  {"text": "The helicopters and some relief supplies are being staged in Thailand because they could reach Burma in a matter of hours with relief supplies", "speaker": DO, "speaker_mention": "a Defense Department official",
   "note": "'... relief supplies,\" a Defense Department official said today.': an unnamed official, kept as the actor 'Defense Department official'; comma before the closing mark dropped"},
 ],
 "figures": [
  {"text": "One", "value": 1, "unit": None, "counted": "U.S. C-130 aircraft allowed into Burma", "source": WH, "approx": None, "ctx": "Allows One U.S.",
   "note": "headline 'Burma Allows One U.S. C-130 to Deliver Relief Supplies'; the next sentence (the lead: permission for an Air Force C-130 to deliver supplies on May 12, 'White House officials said here') names the claimant (FORMAT: a claimant named in the next sentence counts). 'C-130' is a designation, not a figure"},
  {"quantity": K+"deaths", "text": "100,000", "value": 100000, "unit": None, "counted": "death toll from Cyclone Nargis", "source": PR, "approx": "more than",
   "note": "'Press reports out of the Asian nation have put the death toll at more than 100,000': the reports are the claimant (dev precedent: 'News reports' as a group actor). The national death toll: shares burma_cyclone_2008:deaths with the Burmese officials' 'more than 25,000' confirmed dead of the next sentence, the official 78,000 of 20 May (dod_2008_burma_whitman_36_flights) and the 5-7 May items' 10,000 / 15,000 / 22,500"},
  {"quantity": K+"deaths", "text": "25,000", "value": 25000, "unit": None, "counted": "people confirmed dead", "source": BG, "approx": "more than",
   "note": "'Burmese officials said more than 25,000 have been confirmed dead': 'Burmese officials' is an alias of the Burmese government (the same officials gave the flight permission in the lead). The official national toll, the same quantity as the press reports' estimate (the two disagree)"},
  {"quantity": K+"missing", "text": "45,000", "value": 45000, "unit": None, "counted": "people missing", "source": BG, "approx": None,
   "note": "'and another 45,000 people are missing': the second half of the Burmese officials' statement. Nationwide missing: shares burma_cyclone_2008:missing with the 56,000 'still unaccounted for' of 20 May and the May 5-7 items' 3,000 / 41-thousand"},
  {"text": "a dozen", "value": 12, "unit": None, "counted": "helicopters deployed to a Royal Thai Air Force base", "source": None, "approx": None,
   "note": "'USS Essex Strike Group has deployed a dozen helicopters to a Royal Thai Air Force base': 'a dozen' = 12. Narration without a cue; the next sentence (the official's quote about the helicopters being staged in Thailand) states no number and is not taken as the claimant (as in the Haiti and Pakistan DOD items), so null"},
 ],
 "events": [
  {"actor": None, "date": "2008-05-12", "date_text": "on May 12", "what": "an Air Force C-130 to deliver supplies to Rangoon",
   "note": "'permission for an Air Force C-130 Hercules aircraft to deliver supplies to Rangoon on May 12': the date modifies 'deliver' (the permission was already given, 'have given'); the subject of 'deliver' is the aircraft, and dev gives aircraft subjects no actor (dod_2010_pakistan items). Monday 12 May 2008"},
  {"actor": None, "date": "2008-05-05", "date_text": "May 5", "what": "Cyclone Nargis hit the Irrawaddy River delta",
   "note": "'Cyclone Nargis, which hit the Irrawaddy River delta May 5': a storm has no agent. The date is printed so (the cyclone struck on 2-3 May; the 15 May item and other reports say 'May 2'); the gold follows the text"},
  {"actor": DO, "date": "2008-05-09", "date_text": "today", "what": "a Defense Department official said the helicopters and supplies are staged in Thailand",
   "note": "'a Defense Department official said today': Friday 9 May 2008, the dateline day"},
 ],
 "actors": [
  {"name": J, "type": "person", "aliases": ["Gordon Johndroe", "Johndroe"]},
  {"name": WH, "type": "group", "aliases": ["White House officials"]},
  {"name": BG, "type": "organisation", "aliases": ["Burmese officials", "the Burmese government", "the government of Burma", "the junta", "the Burmese junta"]},
  {"name": "United States", "type": "country", "aliases": ["the United States", "The U.S. government"]},
  {"name": PR, "type": "group", "aliases": ["Press reports"]},
  {"name": ESG, "type": "organisation", "aliases": ["USS Essex Strike Group"]},
  {"name": DO, "type": "person", "aliases": ["a Defense Department official"]},
 ],
 "notes": [
  "American Forces Press Service story by Jim Garamone on defense.gov, dated Friday 9 May 2008: Burma allows the first U.S. C-130 relief flight for 12 May after Cyclone Nargis. Story burma_cyclone_2008 with the Wikinews and VOA items of 5-7 May, the GOV.UK release of 9 July and this round's DOD items dod_2008_burma_five_more_flights_morrell (15 May) and dod_2008_burma_whitman_36_flights (20 May).",
  "Quotes: three by Johndroe (one attributed by 'he', named in the sentence before; a quote split by 'Johndroe said.') and one by an unnamed Defense Department official.",
  "Figures: the headline's 'One' C-130 (claimant White House officials, named in the lead), the death toll by two claimants that disagree (press reports 'more than 100,000', Burmese officials 'more than 25,000' confirmed) and the Burmese officials' 45,000 missing (keys burma_cyclone_2008:deaths and :missing, shared with the 20 May item and the earlier items of the story); 'a dozen' helicopters in narration. Not figures: 'C-130' (designation), 'a matter of hours' (no number), 'May 12', 'May 5', the dateline.",
  "Events: 'on May 12' (the planned delivery; aircraft subject, null), 'May 5' (the cyclone, null) and 'today' (the official's statement). The dateline 'WASHINGTON, May 9, 2008 –' is not an event. 'have given permission', 'has deployed' are undated.",
  "Actors: 'Burmese officials', 'the Burmese government', 'the government of Burma' and 'the junta' are one actor (the officials are those who gave the permission). China (which talked to the junta, inside Johndroe's quote), USAID and the aid agencies are only mentioned and are not listed; the U.S. government will 'continue to work' (undated) and is listed as the United States.",
  "Second reading against FORMAT.md sections 1-2 (whole item re-read): quote spans and dropped commas, the split Johndroe quote, the headline claimant, 'more than' on both toll figures, the dates (9 May 2008 a Friday, 12 May a Monday) and the aircraft-subject null actor checked; no change.",
 ],
}
