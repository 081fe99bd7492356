K = "kyrgyzstan_bakiev_resignation_2010:"
RO = "Rosa Otunbayeva"
KB = "Kurmanbek Bakiyev"
OP = "Kyrgyz opposition"
IG = "Kyrgyz interim government"
HM = "Kyrgyz Health Ministry"
PR = "protesters"
SF = "Kyrgyz security forces"
BW = "Bryan Whitman"
ANN = {
 "article": "articles/voa_2010_kyrgyz_president_refuses_to_resign.txt",
 "gold_out": "gold/voa_2010_kyrgyz_president_refuses_to_resign.json",
 "published": "2010-04-08",
 "quotes": [],
 "figures": [
  {"quantity": K+"months_to_elections", "text": "six", "value": 6, "unit": "months", "counted": "months until elections are held", "source": OP, "approx": None,
   "note": "'The political opposition in Kyrgyzstan has proclaimed a new government that it says will rule the country until elections are held in six months': 'it says' -> the opposition. A duration (figure), not a date expression, as 'in six months' in voa_2010_kyrgyzstan_opposition_interim_government and 'within six months' in the 16 April item; same quantity, shared key"},
  {"quantity": K+"provinces_controlled", "text": "four", "value": 4, "unit": None, "counted": "provinces the new government is in control of", "source": RO, "approx": None,
   "note": "'Otunbayeva also said the new government is in control of four of Kyrgyzstan's seven provinces' -> Otunbayeva; same claim as 'four of the seven provinces' in voa_2010_kyrgyzstan_opposition_interim_government"},
  {"quantity": K+"provinces_total", "text": "seven", "value": 7, "unit": None, "counted": "provinces of Kyrgyzstan", "source": RO, "approx": None,
   "note": "'four of Kyrgyzstan's seven provinces': part of Otunbayeva's reported claim -> Otunbayeva; the same count as 'the seven provinces' in the sister item"},
  {"text": "Thousands", "value": None, "vague": True, "unit": None, "counted": "protesters who clashed with security forces in Bishkek", "source": None, "approx": None,
   "note": "'Thousands of protesters clashed with security forces in Bishkek Wednesday': a vague plural in the outlet's voice -> value null, vague, source null"},
  {"quantity": K+"uprising_killed", "text": "75", "value": 75, "unit": None, "counted": "people killed", "source": HM, "approx": "at least",
   "note": "'The country's health ministry says at least 75 people were killed and more than 1,000 were wounded' -> the health ministry; 'at least'. The toll of the 7 April uprising, the same quantity as the outlet's 'At least 65 people were killed in violent protests' of voa_2010_kyrgyzstan_opposition_interim_government (a toll that changes), hence the shared key"},
  {"quantity": K+"uprising_wounded", "text": "1,000", "value": 1000, "unit": None, "counted": "people wounded", "source": HM, "approx": "more than",
   "note": "'... and more than 1,000 were wounded': same sentence and claimant (the health ministry); 'more than' -> more than; no noun after the number (the people of the clause)"},
 ],
 "events": [
  {"actor": KB, "date": "2010-04-08", "date_text": "Thursday", "what": "Bakiyev, speaking on a Russian radio station, acknowledged he has little influence and said he fled Bishkek",
   "note": "'Speaking on a Russian radio station Thursday, Mr. Bakiyev acknowledged ...': Bakiyev is the subject of 'Speaking' and 'acknowledged'; Thursday of the publication week = the publication day, 8 April 2010"},
  {"actor": PR + " and " + SF, "date": "2010-04-07", "date_text": "Wednesday", "what": "thousands of protesters clashed with security forces in Bishkek",
   "note": "'Thousands of protesters clashed with security forces in Bishkek Wednesday': a clash of two sides, written as a joint actor (as 'protesters clashed with the police' in a dev item); Wednesday before Thursday 8 April = 7 April 2010"},
 ],
 "actors": [
  {"name": KB, "type": "person", "aliases": ["Kyrgyz President Kurmanbek Bakiyev", "Mr. Bakiyev", "President Bakiyev"]},
  {"name": OP, "type": "group", "aliases": ["the opposition", "The political opposition in Kyrgyzstan"]},
  {"name": IG, "type": "organisation", "aliases": ["the new interim government", "the interim government", "the new government"]},
  {"name": RO, "type": "person", "aliases": ["Opposition leader Rosa Otunbayeva", "Rosa Otunbayeva", "Otunbayeva"]},
  {"name": PR, "type": "group", "aliases": ["protesters", "The demonstrators", "demonstrators"]},
  {"name": SF, "type": "organisation", "aliases": ["security forces"]},
  {"name": HM, "type": "organisation", "aliases": ["The country's health ministry"]},
  {"name": "witnesses", "type": "group", "aliases": ["witnesses"]},
  {"name": BW, "type": "person", "aliases": ["a Pentagon spokesman, Bryan Whitman", "Bryan Whitman", "Whitman"]},
 ],
 "notes": [
  "VOA News report of Thursday 8 April 2010 (no date printed; worked out in the meta) on Bakiyev refusing to resign after the 7 April uprising; story kyrgyzstan_bakiev_resignation_2010, with voa_2010_kyrgyzstan_opposition_interim_government (same day) and voa_2010_kyrgyzstan_confirms_bakiev_resignation (16 April 2010).",
  "No quotes: the page prints no quote marks; everything is reported speech ('He said he fled ...', 'She said ...', 'Whitman said ...'). 'She' (twice) refers to Otunbayeva, named in the paragraph before.",
  "Claimants: the six months by the opposition ('it says'); four and seven provinces by Otunbayeva; at least 75 killed and more than 1,000 wounded by the health ministry; 'Thousands' of protesters is the outlet's voice (null).",
  "Cross-item keys with the same-day sister item: months_to_elections (six months, also 'within six months' on 16 April, which has no key in main), provinces_controlled (four), provinces_total (seven), uprising_killed (at least 65 there, outlet's voice; at least 75 here, the health ministry). uprising_wounded has no partner yet.",
  "Events: 'Thursday' (Bakiyev's radio remarks -> Bakiyev), 'Wednesday' (the Bishkek clash, joint actor protesters and security forces). No date on the proclamation, the dissolution, the fires or Whitman's remarks ('In Washington' is a place).",
  "Not figures: 'the former foreign minister' (no number); the dropped last paragraph held '5 million people' (not in the item). Not actors: 'a Russian radio station' (a venue), 'rioters and police' in the background sentence (no act of their own beyond 'clashes', a noun without date).",
  "Second careful read done against FORMAT.md by the annotator: re-read the whole item; checked that no quote-mark span exists, every number token (six, four, seven, Thousands, 75, 1,000), the hedges ('at least', 'more than'), Wednesday 7 and Thursday 8 April 2010 against the calendar, and that no alias is shared ('the new government' vs 'the new interim government' are distinct strings of one actor); no change after the reading.",
 ],
}
