K = "kyrgyzstan_bakiev_resignation_2010:"
RO = "Rosa Otunbayeva"
KB = "Kurmanbek Bakiyev"
OP = "Kyrgyz opposition"
IG = "Kyrgyz interim government"
ANN = {
 "article": "articles/voa_2010_kyrgyzstan_opposition_interim_government.txt",
 "gold_out": "gold/voa_2010_kyrgyzstan_opposition_interim_government.json",
 "published": "2010-04-08",
 "quotes": [
  {"text": "Certainly we want to locate him and we want to negotiate with him, negotiate just regarding the resignation not about other things", "speaker": RO, "speaker_mention": "she", "fragment": False,
   "note": "first half of a quote interrupted by 'she said.'; 'she' is Otunbayeva, named in the paragraph before ('Speaking from a parliament building, Otunbayeva demanded ...'); the trailing comma before the closing mark is dropped"},
  {"text": "And so the appeal like now, ex-speaker appeal that he should resign - his business is finished in Kyrgyzstan and so all those people who have been killed and who got wounded they are victims of this regime.", "speaker": RO, "speaker_mention": "she",
   "fragment": False,
   "note": "second sentence after 'she said.': the attribution precedes it in the same paragraph; same speaker (Otunbayeva); final full stop inside the marks kept"},
  {"text": "I think we will see how the dynamics of these events will go.  If President Bakiyev will continue to do such destructive actions, then we will react", "speaker": RO, "speaker_mention": "she", "fragment": False,
   "note": "'Otunbayeva says if President Bakiyev tries ... it will react. \"I think ... we will react,\" she said.': 'she' refers to Otunbayeva, named at the start of the paragraph; the double space after 'go.' is kept as printed; trailing comma dropped"},
 ],
 "figures": [
  {"quantity": K+"uprising_killed", "text": "65", "value": 65, "unit": None, "counted": "people killed in violent protests", "source": None, "approx": "at least",
   "note": "'At least 65 people were killed in violent protests that forced the president to flee': the outlet's own voice, no claimant named -> null; 'At least' -> at least. Same quantity as the health ministry's 'at least 75 people were killed' of the same-day voa_2010_kyrgyz_president_refuses_to_resign (a toll that changes), hence the shared key"},
  {"quantity": K+"months_to_elections", "text": "six", "value": 6, "unit": "months", "counted": "months until elections are held", "source": OP, "approx": None,
   "note": "'The opposition coalition announced a new interim government ... and said it would rule until elections are held in six months': the coalition says it -> Kyrgyz opposition. Read as a duration (a figure), as 'within six months' for the same promised elections in voa_2010_kyrgyzstan_confirms_bakiev_resignation (16 April 2010), and not as a date expression; same quantity (time until the promised elections), hence the shared key"},
  {"quantity": K+"provinces_controlled", "text": "four", "value": 4, "unit": None, "counted": "provinces the new government controls", "source": RO, "approx": None,
   "note": "'Otunbayeva says the new government controls four of the seven provinces' -> Otunbayeva"},
  {"quantity": K+"provinces_total", "text": "seven", "value": 7, "unit": None, "counted": "provinces in the former Soviet republic", "source": RO, "approx": None,
   "note": "'four of the seven provinces in the former Soviet republic': part of Otunbayeva's reported claim -> Otunbayeva (a count of the country's provinces)"},
  {"text": "one third", "value": 1/3, "unit": "share", "counted": "share of Kyrgyzstan's people living below the poverty line", "source": None, "approx": "around",
   "note": "'About one third of Kyrgyzstan's 5.3 million people live below the poverty line': background in the outlet's voice -> null; 'About' -> around; a share, value 1/3 (as 'one-third' elsewhere in the set)"},
  {"text": "5.3 million", "value": 5.3e6, "unit": None, "counted": "people in Kyrgyzstan", "source": None, "approx": None,
   "note": "'Kyrgyzstan's 5.3 million people': the population, outlet's voice -> null"},
 ],
 "events": [],
 "actors": [
  {"name": OP, "type": "group", "aliases": ["Kyrgyzstan's opposition", "The opposition coalition"]},
  {"name": IG, "type": "organisation", "aliases": ["the interim government", "the new government"]},
  {"name": RO, "type": "person", "aliases": ["Former foreign minister Rosa Otunbayeva", "Rosa Otunbayeva", "Otunbayeva"]},
  {"name": KB, "type": "person", "aliases": ["President Kurmanbek Bakiyev", "Kurmanbek Bakiyev", "President Bakiyev", "Bakiyev", "the president"]},
  {"name": "Daniyar Usenov", "type": "person", "aliases": ["Prime Minister Daniyar Usenov"]},
  {"name": "demonstrators", "type": "group", "aliases": ["demonstrators", "The demonstrators"]},
 ],
 "notes": [
  "VOA News report of Thursday 8 April 2010 (date from a word-for-word copy of the same VOA text dated 08 April 2010; see meta) on the Kyrgyz opposition proclaiming an interim government after the 7 April clashes in Bishkek; story kyrgyzstan_bakiev_resignation_2010, with voa_2010_kyrgyzstan_confirms_bakiev_resignation (16 April 2010).",
  "Quotes: three, all Otunbayeva's, every one attributed by 'she said'; she is named only in the sentence or paragraph before each quote ('Speaking from a parliament building, Otunbayeva demanded ...', 'Otunbayeva says if President Bakiyev ...'). The first two are one quotation interrupted by 'she said.'.",
  "Claimants: the six months by the opposition coalition; four and seven provinces by Otunbayeva ('Otunbayeva says'); the toll of at least 65, one third and 5.3 million are the outlet's own voice (null).",
  "Cross-item keys: months_to_elections ('in six months' here, the same words in the same-day voa_2010_kyrgyz_president_refuses_to_resign, and 'within six months' in the 16 April item, which carries no key in main, so the lead may add it there); provinces_controlled (four) and provinces_total (seven), also claimed by Otunbayeva in the sister item; uprising_killed (at least 65 here, outlet's voice; at least 75 there, the health ministry). The population (5.3 million) has no partner in the kept texts (the sister item's '5 million' was in its dropped last paragraph).",
  "Events: none. The kept text prints no date expression: 'in six months' is taken as a duration (figure), as its twin 'within six months' in the 16 April item; 'days of riots' is a duration without a number (no figure, no event); 'now' inside the quote is vague. The 'News / Asia' label and the truncated last paragraph were removed (meta edits).",
  "Actors: the opposition ('Kyrgyzstan's opposition', 'The opposition coalition') kept apart from the interim government it proclaimed ('the interim government', 'the new government', which 'controls' provinces and 'will react'); Bakiyev also as 'the president' ('forced the president to flee'); Usenov resigned; the demonstrators speak ('The demonstrators say'). 'Kyrgyzstan's armed forces and border guards' and 'police' only appear in Otunbayeva's claim or as a setting and are not actors.",
  "Not figures: 'ex-speaker' (no number), 'former Soviet republic', 'several cities' (vague, no number word).",
  "Second careful read done against FORMAT.md by the annotator: the whole item re-read; checked the three quote spans (trailing commas dropped, the final full stop of the second kept, the double space inside the third), every number token (65, six, four, seven, one third, 5.3 million), the hedges ('At least', 'About'), and that no alias is shared between actors (the 'Bakiyev' inside 'the Bakiyev government' belongs to Bakiyev); no change after the reading.",
 ],
}
