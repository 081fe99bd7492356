K = "haiti_gang_violence_2006:"
MI = "U.N. stabilization mission in Haiti"
PK = "U.N. peacekeepers in Haiti"
GA = "Port-au-Prince gangs"
AM = "Anibal Molero"
DW = "David Wimhurst"
ANN = {
 "article": "articles/voa_2006_haiti_three_peacekeepers_injured.txt",
 "gold_out": "gold/voa_2006_haiti_three_peacekeepers_injured.json",
 "published": "2006-07-14",
 "quotes": [
  {"text": "The roadblock was made with a school bus, which was tipped over", "speaker": AM, "speaker_mention": "he",
   "note": "'he said' = Major Anibal Molero, the mission's spokesman named in the paragraph before; trailing comma dropped"},
  {"text": "As we approached, we were shot at by unknown individuals. As self-defense, we shot back with the precise force used against us.", "speaker": AM, "speaker_mention": "he",
   "note": "second part of the quotation interrupted by 'he said': a separate quote, same speaker"},
  {"text": "This is a very disturbing development, because it means the gangs are now back in the business of violence, which they sort of indicated they were going to stop doing, once the president was elected", "speaker": DW, "speaker_mention": "he",
   "note": "'he said' = David Wimhurst, the mission's communications chief named in the paragraph before; trailing comma dropped"},
  {"text": "Also, they are back in the business of kidnapping.", "speaker": DW, "speaker_mention": "he",
   "note": "second part of Wimhurst's quotation after 'he said'"},
 ],
 "figures": [
  {"quantity": K+"peacekeepers_injured", "text": "Three", "value": 3, "unit": None, "counted": "UN peacekeepers injured in the clash", "source": MI, "approx": None, "ctx": "Three UN Peacekeepers",
   "note": "headline; the claimant opens the next sentence ('The U.N. mission in Haiti says three U.N. peacekeepers have been injured'), same count (same key)"},
  {"quantity": K+"peacekeepers_injured", "text": "three", "value": 3, "unit": None, "counted": "U.N. peacekeepers injured in a clash with gangs", "source": MI, "approx": None, "ctx": "says three U.N.",
   "note": "'The U.N. mission in Haiti says three U.N. peacekeepers have been injured ...'"},
  {"quantity": K+"deaths_last_week", "text": "20", "value": 20, "unit": None, "counted": "people whose lives gang violence claimed in the city", "source": None, "approx": "more than", "ctx": "lives of more than 20 people",
   "note": "outlet's voice: the sentence after the mission's 'says' turns to the earlier violence ('The latest violence comes a week after ...') with no claimant; the same toll as the 20 of paragraph 5 (same key)"},
  {"quantity": K+"deaths_last_week", "text": "20", "value": 20, "unit": None, "counted": "people killed in gang violence late last week in Port-au-Prince", "source": None, "approx": "more than", "ctx": "more than 20 people were killed",
   "note": "outlet's voice, same quantity as in the standfirst"},
 ],
 "events": [
  {"actor": PK + " and " + GA, "date": "2006-07-13", "date_text": "early Thursday morning", "what": "U.N. troops exchanged gunfire with gang members",
   "note": "'U.N. troops in Haiti exchanged gunfire with gang members early Thursday morning': a reciprocal act ('exchanged gunfire with'), so a joint actor (the troops are the subject; either member is accepted); Thursday before the Friday 14 July 2006 report = 13 July"},
  {"actor": GA, "date": "2006-07-03/2006-07-09", "date_text": "late last week", "what": "gang violence in Port-au-Prince that killed more than 20 people",
   "note": "the date sits on the noun 'gang violence' ('since gang violence late last week in Port-au-Prince, in which more than 20 people were killed'): the agent of gang violence is the gangs; 'last week' from Friday 14 July 2006 = ISO week Monday 3 to Sunday 9 July ('late' narrows it but the interval of the week is kept)"},
  {"actor": GA, "date": "2006-07-03/2006-07-09", "date_text": "last week's", "what": "deadly violence that concerned Wimhurst",
   "note": "date on a noun ('last week's deadly violence'), the same gang violence as the paragraph before, so the gangs; previous ISO week"},
 ],
 "actors": [
  {"name": MI, "type": "organisation", "aliases": ["The U.N. mission in Haiti", "U.N. stabilization mission in Haiti"]},
  {"name": PK, "type": "organisation", "aliases": ["U.N. troops in Haiti", "peacekeepers", "the Brazilian-commanded U.N. force in Haiti"]},
  {"name": GA, "type": "group", "aliases": ["gang members", "gangs"]},
  {"name": AM, "type": "person", "aliases": ["Major Anibal Molero", "A spokesman with the U.N. stabilization mission in Haiti, Major Anibal Molero"]},
  {"name": DW, "type": "person", "aliases": ["David Wimhurst", "the communications chief for the U.N. stabilization mission in Haiti, David Wimhurst"]},
  {"name": "United Nations", "type": "organisation", "aliases": ["The United Nations"]},
  {"name": "Port-au-Prince resident", "type": "person", "aliases": ["one resident of Port-au-Prince"]},
 ],
 "notes": [
  "VOA report by Lisa Ferdinando (Miami bureau) of Friday 14 July 2006 on a clash between U.N. troops and gangs in Port-au-Prince on Thursday 13 July, a week after gang violence that killed more than 20 people (the Grand Ravine killings of early July 2006); story haiti_gang_violence_2006 (the only item of the story in this folder).",
  "Keys within the item: " + K + "peacekeepers_injured (headline 'Three', body 'three', both claimed by the U.N. mission, the headline by the claimant of the next sentence) and " + K + "deaths_last_week (the 'more than 20' of the standfirst and of paragraph 5, outlet's voice).",
  "Quotes: two quotations each interrupted by 'he said', the speakers named in the paragraph before each (Molero, Wimhurst): four quotes. The resident's words are reported without quote marks ('in his words'), so no quote.",
  "Events: 'early Thursday morning' (the exchange of fire, joint actor), 'late last week' and 'last week's' (the gang violence, agent the gangs). Left out: 'a week after gang violence' (an interval measured from another event, not a date of its own; not a figure either, as in voa_2010_yushu_quake_day_of_mourning), 'months after the election of Rene Preval' and 'In an earlier interview' (vague), 'every day' (a frequency).",
  "Not figures: 'a week' (no number word, see above), 'one resident of Port-au-Prince' (an indefinite 'one' = a resident, not a count), 'a number of others injured' (no number), 'a school bus'.",
  "Actors: the mission (claims the injured), its troops ('U.N. troops in Haiti', 'peacekeepers', the 'Brazilian-commanded U.N. force' the resident complains of) as a separate actor, the gangs ('gang members', 'gangs'), Molero and Wimhurst (speakers), 'The United Nations' (has increased its patrols, undated) and the resident (reported speech). VOA (addressee of the interview), Rene Preval (elected, passive) and 'the Brazilians' (in the resident's words) are not listed.",
  "Second careful read done by the annotator against FORMAT.md: text re-compared with the stored copy; the four quote spans checked (trailing commas dropped, final '.' kept); 'Thursday' = 13 July from the URL date; both 'last week' expressions resolve to 3-9 July 2006.",
 ],
}
