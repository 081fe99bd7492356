R = "rescuers"
OFF = "Afghan officials"
O = "Barack Obama"
OL = "Aidan O'Leary"
Q = "afghan_landslide_2014:"
ANN = {
 "article": "articles/voa_2014_afghan_landslide_thousands_feared_dead.txt",
 "gold_out": "gold/voa_2014_afghan_landslide_thousands_feared_dead.json",
 "published": "2014-05-03",
 "quotes": [
  {"text": "Just as the United States has stood with the people of Afghanistan through a difficult decade, we stand ready to help our Afghan partners as they respond to this disaster for even as our war comes to an end this year, our commitment to Afghanistan and its people will endure",
   "speaker": O, "speaker_mention": "he",
   "note": "a paragraph of its own closed by 'he said'; Obama is named in the paragraph before ('U.S. President Barack Obama expressed his support'); trailing comma dropped"},
 ],
 "figures": [
  {"quantity": Q + "feared_dead", "text": "Thousands", "value": None, "vague": True, "unit": None, "counted": "feared dead in the landslide", "source": None, "approx": None, "ctx": "Thousands Feared Dead",
   "note": "headline, outlet's voice; same quantity as 'Hundreds Feared Dead' (VOA, 2 May)"},
  {"quantity": Q + "deaths", "text": "250 to 2,000", "value": 250, "value_max": 2000, "unit": None, "counted": "dead (estimates of the death toll)", "source": None, "approx": None,
   "note": "'Estimates of the death toll range from 250 to 2,000': the outlet's summary of unnamed estimates, no claimant"},
  {"text": "10", "value": 10, "unit": "m", "counted": "depth of mud and rock", "source": None, "approx": "around", "ctx": "some 10 meters",
   "note": "'some 10 meters' -> around; metres given the unit 'm', which score.py normalises (meter/metre -> m), as in several dev items"},
  {"quantity": Q + "homes_buried", "text": "hundreds", "value": None, "vague": True, "unit": None, "counted": "homes buried", "source": None, "approx": None, "ctx": "buried hundreds of homes",
   "note": "outlet's voice"},
  {"quantity": Q + "homes_buried", "text": "300", "value": 300, "unit": None, "counted": "homes buried in the village Ab Barak", "source": OL, "approx": "around",
   "note": "'some 300' -> around. O'Leary 'said a series of flash floods has hit the area in the past week. Then Friday, the entire side of a mountain collapsed, ... buried some 300 homes ...', and the next paragraph closes with 'he said': the 'Then Friday' sentence continues his account, so he is the claimant"},
 ],
 "events": [
  {"actor": R, "date": "2014-05-03", "date_text": "on Saturday", "what": "rescuers were trying to dig through some 10 meters of mud and rock",
   "note": "'rescuers on Saturday were trying to dig': subject of 'were trying'; Saturday 3 May 2014, the report's day"},
  {"actor": None, "date": "2014", "date_text": "this year", "what": "the US war in Afghanistan comes to an end",
   "note": "inside Obama's quote ('as our war comes to an end this year'); intransitive, no agent"},
  {"actor": None, "date": "2014-04-26/2014-05-03", "date_text": "in the past week", "what": "a series of flash floods hit the area",
   "note": "in O'Leary's reported speech; floods are a natural force, no agent; 'the past week' written as the seven days up to the report's day, as 'over the past week' elsewhere in the set"},
  {"actor": None, "date": "2014-05-02", "date_text": "Then Friday", "what": "the side of a mountain collapsed, burying some 300 homes",
   "note": "a natural event (the mountainside collapsed), no agent; Friday 2 May 2014"},
 ],
 "actors": [
  {"name": R, "type": "group", "aliases": ["Rescuers", "rescuers"]},
  {"name": OFF, "type": "group", "aliases": ["officials"]},
  {"name": O, "type": "person", "aliases": ["U.S. President Barack Obama", "Barack Obama"]},
  {"name": OL, "type": "person", "aliases": ["The local head of the U.N. Office for the Coordination of Humanitarian Affairs, Aidan O\u2019Leary", "Aidan O\u2019Leary"]},
 ],
 "notes": [
  "VOA News report of Saturday 3 May 2014 (date inferred, see meta) on the search after the Badakhshan landslide of Friday 2 May; story afghan_landslide_2014 with voa_2014_afghan_landslide_hundreds_feared_dead (2 May) and voa_2014_afghan_landslide_search_ends (3 May).",
  "Cross-report keys: afghan_landslide_2014:feared_dead (headline 'Thousands'), :deaths ('250 to 2,000', estimates of the death toll), :homes_buried ('hundreds of homes', 'some 300 homes' by O'Leary). The 10 meters of mud has no key.",
  "Claimants: only O'Leary's 300 homes (his reported account runs over two sentences and is closed by 'he said' in the next paragraph). 'officials said' covers only the difficulty of delivering equipment (no figure). The estimates range and the headline are the outlet's voice.",
  "Quote: Obama's statement, a paragraph of its own, speaker by 'he said' and his name in the paragraph before. 'Rescuers who rushed in to help ... were caught in subsequent landslides, he said' is reported speech without marks (O'Leary), not a quote.",
  "The last paragraph of the stored copy (a quotation opening '“It’s also expected that the intent is to designate the overall site as a mass grave', with 'approximately another 4,000 Afghans who have been displaced') is cut mid-sentence and dropped (edits); its figure is not in the item.",
  "Not figures: 'a difficult decade', 'a series of flash floods', 'Not many' (no number); 'tons of mud' (no number). Not events: 'after hearing reports' (no date).",
  "Actors: 'Rescuers' (lead) and 'rescuers' (digging on Saturday) are one group; the villagers who 'rushed in to help' and were caught are victims, not agents. The United States and 'our Afghan partners' inside the quote do not act in the text.",
  "second reading: re-read the item in full against FORMAT.md: Saturday = 3 May, 'Then Friday' = 2 May 2014, 'this year' (in a quote) = 2014; 'some' -> around twice; curly quotes and the curly apostrophe of O\u2019Leary kept as printed (the canonical name uses a straight one).",
 ],
}
