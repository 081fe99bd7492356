K = "jaipur_bombings_2008:"
R = "Vasundhara Raje"
P = "Jaipur police"
ANN = {
 "article": "articles/voa_2008_jaipur_blasts_kill_maim_scores.txt",
 "gold_out": "gold/voa_2008_jaipur_blasts_kill_maim_scores.json",
 "published": "2008-05-13",
 "quotes": [
  {"text": "It clearly shows a lot of planning and meticulous thought has been given to this", "speaker": "Sachin Pilot", "speaker_mention": "he",
   "note": "'\"...,\" he said.': he = Sachin Pilot, named in the paragraph before ('A Member of Parliament from Rajasthan, Sachin Pilot, speaking to the CNN-IBN network, called the attacks well-coordinated.'); trailing comma dropped"},
  {"text": "All of these areas in the heart of Jaipur city are one of the most densely populated areas. Evening time is a bustling time for bazaars. I think the idea was to inflict maximum damage to life and property.", "speaker": "Sachin Pilot", "speaker_mention": "he",
   "note": "second part of the quotation split by 'he said'; same speaker; the final '.' inside the marks is kept"},
 ],
 "figures": [
  {"text": "Scores", "value": None, "vague": True, "unit": None, "counted": "people killed and maimed in the western India blasts", "source": None, "approx": None,
   "note": "headline 'Bomb Blasts Kill, Maim Scores in Western India': a vague plural (value null); outlet's voice"},
  {"quantity": K+"deaths", "text": "60", "value": 60, "unit": None, "counted": "people killed in bomb explosions in Jaipur", "source": None, "approx": "at least",
   "note": "'At least 60 people have been killed and 200 injured ...': no attribution in the sentence; the next sentence's 'Initial reports say' is about the bombs, not the toll, and names no actor: outlet's voice. The 15 May item's 'more than 60' shares the key"},
  {"quantity": K+"injured", "text": "200", "value": 200, "unit": None, "counted": "people injured in the bomb explosions", "source": None, "approx": None,
   "note": "'At least 60 people have been killed and 200 injured': the hedge is printed before the first number only and is taken to govern only it (as 'more than 85,850 blankets and 46,800 ...' and 'approximately 495,000 ... and 115,000 ...' in the dev set): null; outlet's voice"},
  {"text": "seven", "value": 7, "unit": None, "counted": "bombs detonated", "source": None, "approx": None,
   "note": "'Initial reports say seven bombs detonated': the claimant is 'initial reports', which names no body: source null. Not the same quantity as the 'eight bombs' planted of the 15 May item (bombs detonated vs bombs planted): no key"},
  {"text": "12", "value": 12, "unit": "minutes", "counted": "period during which the blasts occurred", "source": None, "approx": None,
   "note": "'The blasts, occurring during a period of 12 minutes, ...': outlet's voice"},
  {"text": "two", "value": 2, "unit": "km", "counted": "radius within which the bombs were placed", "source": P, "approx": "up to", "ctx": "two-kilometer",
   "note": "'Police say the bombs were placed within a two-kilometer radius': text is the number of 'two-kilometer' (like '45' of '45-minute'); 'within' = upper bound (up to), as in voa_2008_delhi_blasts_at_least_20_killed"},
  {"text": "thousands", "value": None, "vague": True, "unit": None, "counted": "foreign tourists the city attracts daily", "source": None, "approx": None,
   "note": "vague plural, outlet's voice"},
  {"text": "two", "value": 2, "unit": None, "counted": "largest cities put on high alert", "source": None, "approx": None, "ctx": "two largest cities",
   "note": "'India's two largest cities New Delhi and Mumbai were put on high alert': a count of cities; outlet's voice"},
 ],
 "events": [],
 "actors": [
  {"name": P, "type": "organisation", "aliases": ["Police", "police"]},
  {"name": R, "type": "person", "aliases": ["Vasundhara Raje", "The state's chief minister", "The state's top politician"]},
  {"name": "Indian Home Ministry", "type": "organisation", "aliases": ["The home ministry"]},
  {"name": "Sachin Pilot", "type": "person", "aliases": ["Sachin Pilot", "A Member of Parliament from Rajasthan"]},
 ],
 "notes": [
  "VOA report by Steve Herman (New Delhi) of Tuesday 13 May 2008 (URL date), the evening of the serial bomb blasts in Jaipur; story jaipur_bombings_2008 with voa_2008_jaipur_40_detained_mujahideen_claim (Thursday 15 May).",
  "Keys shared with the 15 May item: " + K + "deaths ('At least 60' here; 'more than 60' there). " + K + "injured (200 here) has no partner there: the 15 May item's 'more than 100 of the wounded' are those treated at one hospital (another scope). The seven bombs 'detonated' here and the eight bombs 'planted' there count different things: no key.",
  "Quotes: Sachin Pilot's quotation, split by 'he said' into two quotes; he is named in the paragraph before (a speaker a paragraph away, referred to by 'he'). Vasundhara Raje and the home ministry speak only in reported speech ('says she will not tolerate terrorism', 'says it has told all state governments').",
  "Claimants: only the two-kilometre radius is claimed by a named body ('Police say'); the toll, the seven bombs ('Initial reports say', no body named) and the 12 minutes are in the outlet's voice.",
  "No events: the item prints no date expression. 'during the busy evening rush hour' is the hour of the same day, not a date of its own (left out, like 'at the busiest hour of the week' in voa_2008_delhi_blasts_at_least_20_killed); 'daily' is a frequency; 'Following the blasts' is relative to an event, not a date.",
  "Not figures: '18th century' and 'the first time' (ordinals), 'one of the most densely populated areas' (pronoun 'one of'), 'all state governments' (no number), 'so many innocent people' (no number).",
  "Actors: 'Police' (the bombs' placement) and 'police' ('which police believe were placed on bicycles') are one actor, the Jaipur police; Raje is named with two descriptions ('The state's chief minister', 'The state's top politician'). The residents and tourists who stampeded act without a date and are not listed; CNN-IBN (the network Pilot spoke to) and the correspondent are not actors.",
  "Second careful read done by the annotator against FORMAT.md sections 1-2: text re-compared with the stored copy (only the listed edits); both quote spans checked for marks and punctuation (comma dropped from the first, final '.' kept in the second); every number token checked (Scores, 60, 200, seven, 12, two, 18th, thousands, two, one); 'At least' taken to govern only the 60 (dev precedent), 200 left without a hedge; no date expression found.",
 ],
}
