K = "tropical_storm_agatha_2010:"
CA = "Authorities in Central America"
GA = "Guatemalan authorities"
EU = "European Union"
KG = "Kristalina Georgieva"
ANN = {
 "article": "articles/voa_2010_agatha_kills_up_to_180.txt",
 "gold_out": "gold/voa_2010_agatha_kills_up_to_180.json",
 "published": "2010-06-01",
 "quotes": [],
 "figures": [
  {"quantity": K + "central_america_deaths", "text": "180", "value": 180, "unit": None, "counted": "people killed in Central America", "source": None, "approx": "up to", "ctx": "Up to 180",
   "note": "headline 'Kills Up to 180 in Central America': 'Up to' -> up to; the headline names no claimant (VOA's voice). Same toll as 'nearly 180' in the lead"},
  {"quantity": K + "central_america_deaths", "text": "180", "value": 180, "unit": None, "counted": "people killed by flooding and landslides from Tropical Storm Agatha", "source": CA, "approx": "around", "ctx": "nearly 180",
   "note": "'Authorities in Central America say flooding and landslides ... have killed nearly 180 people': claimed by the authorities; 'nearly' -> around. Headline and lead give one toll with different hedges (up to / around)"},
  {"quantity": K + "guatemala_deaths", "text": "152", "value": 152, "unit": None, "counted": "people reported killed in Guatemala", "source": None, "approx": None,
   "note": "'In hardest-hit Guatemala, 152 people were reported killed': passive 'were reported' with no reporter named, and the sentence after is about shelters, not a claimant -> null. A part of the Central America toll, so not the same quantity as the 180"},
  {"quantity": K + "guatemala_missing", "text": "100", "value": 100, "unit": None, "counted": "others missing in Guatemala", "source": None, "approx": "at least",
   "note": "'at least 100 others are missing from the weekend storm': in the same unattributed passive sentence -> null"},
  {"text": "Thousands", "value": None, "vague": True, "unit": None, "counted": "people in emergency shelters", "source": None, "approx": None,
   "note": "vague plural, no key"},
  {"quantity": K + "eu_emergency_aid", "text": "$3.6 million", "value": 3600000, "unit": "USD", "counted": "emergency aid for victims of the tropical storm", "source": None, "approx": None,
   "note": "'The European Union has granted $3.6 million in emergency aid': an act reported in VOA's voice, no verb of saying; Georgieva's 'said' in the next sentence is about monitoring the situation, not this sum, so she is not taken as its claimant"},
  {"quantity": K + "honduras_deaths", "text": "17", "value": 17, "unit": None, "counted": "people who died in Honduras due to the storm", "source": None, "approx": "at least",
   "note": "'In Honduras, at least 17 people died due to the storm': VOA's voice"},
  {"quantity": K + "el_salvador_deaths", "text": "10", "value": 10, "unit": None, "counted": "people killed in El Salvador", "source": None, "approx": None, "ctx": "10 people were killed",
   "note": "'in El Salvador, 10 people were killed': VOA's voice"},
  {"text": "8,700", "value": 8700, "unit": None, "counted": "people evacuated in El Salvador", "source": None, "approx": "more than",
   "note": "'more than 8,700 evacuated': more than; an evacuation count, not a toll, no key"},
  {"text": "200", "value": 200, "unit": None, "counted": "landslides in El Salvador", "source": None, "approx": "around",
   "note": "'after nearly 200 landslides': nearly -> around"},
 ],
 "events": [
  {"actor": None, "date": "2010-05-29/2010-05-30", "date_text": "weekend", "what": "the weekend storm (Agatha) left 152 dead and at least 100 missing in Guatemala",
   "note": "a date on a noun ('from the weekend storm'): a storm, no agent -> null. The weekend before the Tuesday report, 29-30 May 2010 (the same days as 'Saturday and Sunday' in the last paragraph)"},
  {"actor": None, "date": "2010", "date_text": "2010", "what": "the 2010 eastern Pacific hurricane season, of which Agatha was the first tropical storm",
   "note": "a year on a noun ('the 2010 eastern Pacific hurricane season'), as 'the 2008 season' elsewhere in the dev set; a season, no agent"},
  {"actor": None, "date": "2010-05-24/2010-05-30", "date_text": "last week's", "what": "eruption of the Pacaya volcano, which coated parts of Guatemala City with ash",
   "note": "a date on the noun 'eruption' ('last week's eruption of the Pacaya volcano'): a volcano, no agent -> null. 'last week' = the ISO week before the report's (24-30 May 2010); the eruption began on Thursday 27 May"},
  {"actor": None, "date": "2010-05-29/2010-05-30", "date_text": "Saturday and Sunday", "what": "Tropical Storm Agatha pounded Central America and Mexico",
   "note": "one span for the two days, as 'Sunday and Monday' elsewhere in the dev set; the subject is the storm (weather), no agent -> null. Saturday 29 and Sunday 30 May 2010"},
 ],
 "actors": [
  {"name": CA, "type": "group", "aliases": ["Authorities in Central America"]},
  {"name": "Rescuers in Central America", "type": "group", "aliases": ["rescuers"]},
  {"name": GA, "type": "organisation", "aliases": ["Guatemalan authorities"]},
  {"name": EU, "type": "organisation", "aliases": ["The European Union", "the bloc"]},
  {"name": KG, "type": "person", "aliases": ["EU Humanitarian Aid Commissioner Kristalina Georgieva", "Kristalina Georgieva"]},
 ],
 "notes": [
  "VOA News report of Tuesday 1 June 2010 (no date in the stored copy, see meta) on Tropical Storm Agatha, which hit Guatemala, Honduras and El Salvador on 29-30 May 2010. Story tropical_storm_agatha_2010; the only item of the story in this folder.",
  "Keys: central_america_deaths (headline 'Up to 180' in VOA's voice, lead 'nearly 180' claimed by the authorities in Central America) and, for later items of the story, guatemala_deaths (152), guatemala_missing (at least 100), honduras_deaths (at least 17), el_salvador_deaths (10) and eu_emergency_aid ($3.6 million). The country tolls are parts of the regional toll and do not share its key.",
  "No quotes: the item has no quote marks. Georgieva's words are reported speech ('said the bloc will continue to monitor the situation').",
  "Claimants: only the lead's 'nearly 180' has one ('Authorities in Central America say'). '152 people were reported killed' is a passive without a reporter; the EU's $3.6 million is an act in VOA's voice (see its note).",
  "Not figures: '2010' (year, annotated as an event on 'season'); 'first' (ordinal). Not events: 'as rescuers reach villages', 'were also coping', 'has been complicated' (undated). The closing credit line ('Some information for this report provided by Reuters, AP and AFP.') is kept as printed; the agencies supplied copy, claim nothing in the text and are not actors (as in other VOA items of the dev set).",
  "Actors: 'the bloc' is the European Union (Georgieva's reported speech); 'EU' appears only inside Georgieva's title and is part of her alias. 'Guatemalan authorities' (coping with the sinkhole) are kept apart from the regional 'Authorities in Central America' (the toll). Guatemala, Honduras and El Salvador are places here, not actors.",
  "Second careful read done by the annotator: re-read the whole item against FORMAT.md sections 1-2 and the stored copy: the two '180' pinned with ctx and their hedges (Up to -> up to; nearly -> around), 'nearly 200' -> around, 'more than 8,700', the weekday arithmetic (29 May 2010 a Saturday, 1 June a Tuesday), 'last week's' as the ISO week 24-30 May, and that no surface form belongs to two actors; no change after the reading.",
 ],
}
