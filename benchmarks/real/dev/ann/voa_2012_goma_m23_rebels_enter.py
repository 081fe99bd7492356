M23 = "M23"
TV = "Thierry Vircoulon"
RO = "Radio Okapi"
JO = "Journalists"
ANN = {
 "article": "articles/voa_2012_goma_m23_rebels_enter.txt",
 "gold_out": "gold/voa_2012_goma_m23_rebels_enter.json",
 "published": "2012-11-20",
 "quotes": [
  {"text": "My feeling is that the city is about to fall and we\u2019ll know that during the course of the day, that\u2019s for sure", "speaker": TV, "speaker_mention": "Vircoulon", "fragment": False,
   "note": "first part of a quotation interrupted by its attribution ('said Vircoulon'); Vircoulon is introduced in the paragraph before ('Congo analyst Thierry Vircoulon of the International Crisis Group said ...'); opens with a curly mark, closes with a straight one as printed; the comma before the closing mark is dropped"},
  {"text": "And there have been exchanges of fire between Rwanda and the DRC, which means we may not be very far from an open conflict between the two countries.", "speaker": TV, "speaker_mention": "Vircoulon", "fragment": False,
   "note": "second part of the interrupted quotation (straight opening mark, curly closing mark as printed); the final full stop inside the marks is kept"},
 ],
 "figures": [
  {"text": "two", "value": 2, "unit": None, "counted": "main border crossings from Goma to Rwanda", "source": JO, "approx": None, "ctx": "the two main border crossings",
   "note": "'Journalists say the rebels also have captured one of the two main border crossings': the count is part of what the journalists say; 'one of' is a pronoun use, not a figure"},
  {"text": "two", "value": 2, "unit": None, "counted": "countries (Rwanda and the DRC)", "source": TV, "approx": None, "ctx": "the two countries",
   "note": "inside Vircoulon's quotation ('an open conflict between the two countries'): counted as 'the two countries' is elsewhere in the set; the speaker is the claimant"},
  {"quantity": "goma_m23_2012:mortar_killed_nov19", "text": "four", "value": 4, "unit": None, "counted": "people killed in Goma by mortar rounds", "source": RO, "approx": None,
   "note": "'U.N. radio in the DRC, Radio Okapi, reports that mortar rounds ... killed four people Monday': the radio is the claimant"},
 ],
 "events": [
  {"actor": None, "date": "2012-11-19", "date_text": "Monday", "what": "mortar rounds apparently fired from Rwanda killed four people in Goma",
   "note": "the date modifies 'killed', whose subject is 'mortar rounds' (a thing, not an actor); 'apparently fired from Rwanda' is a passive without a by-agent ('from Rwanda' gives the origin, hedged), so no actor; Monday before the Tuesday report = 19 November 2012"},
 ],
 "actors": [
  {"name": M23, "type": "group", "aliases": ["The rebel group M23", "M23 rebels", "The rebels", "the rebels", "M23"]},
  {"name": "Witnesses", "type": "group", "aliases": ["witnesses"]},
  {"name": "Residents of Goma", "type": "group", "aliases": ["Some residents"]},
  {"name": JO, "type": "group", "aliases": ["several journalists", "Journalists"]},
  {"name": TV, "type": "person", "aliases": ["Congo analyst Thierry Vircoulon of the International Crisis Group", "Congo analyst Thierry Vircoulon", "Thierry Vircoulon", "Vircoulon"]},
  {"name": RO, "type": "organisation", "aliases": ["U.N. radio in the DRC, Radio Okapi", "U.N. radio in the DRC", "Radio Okapi"]},
 ],
 "notes": [
  "VOA report (Nick Long) of Tuesday 20 November 2012 (no date line; see the meta's published_evidence) on the M23 rebels entering Goma; first of four VOA items of story goma_m23_2012 (with voa_2012_goma_m23_vow_overthrow_kabila of 21 November, voa_2012_goma_m23_pledge_leave_by_friday of 27 November and voa_2012_goma_m23_rebels_leave of 1 December).",
  "Quotes: one quotation of Vircoulon interrupted by 'said Vircoulon', so two quotes; he is named in full in the paragraph before. The marks are mixed as printed (curly open, straight close; straight open, curly close).",
  "Figures: the two border crossings (what journalists say), the two countries (Vircoulon, inside his quote), four killed by mortar rounds (Radio Okapi). Not figures: 'one of the two' ('one' as pronoun), 'M23' (a name), 'After days of fighting' (no number word), 'several others' ('several' is not a number word).",
  "Events: only 'Monday' (the mortar deaths, a thing as subject, no actor). Left out: 'during the course of the day' (inside Vircoulon's quote, vague like 'today' in speech), 'After days of fighting' (vague duration). The rebels' entry into Goma, their capture of the airport and of a border crossing are undated in the text.",
  "Actors: M23 ('The rebel group M23', 'M23 rebels', 'The rebels', 'M23'); the witnesses, 'Some residents' and 'several journalists'/'Journalists' who speak; Vircoulon; Radio Okapi ('U.N. radio in the DRC'). Not actors: the Congolese army, U.N. peacekeepers, 'government and United Nations troops' (only opposed, they do not act), the International Crisis Group (Vircoulon's employer), Rwanda and the DRC (only inside the quote).",
  "second reading: re-read the item in full against FORMAT.md: text re-compared with the stored page (identical after the listed edits); both 'two' pinned with ctx; 20 November 2012 a Tuesday, so 'Monday' = 19 November; the trailing comma of the first quote part dropped, the full stop of the second kept.",
 ],
}
