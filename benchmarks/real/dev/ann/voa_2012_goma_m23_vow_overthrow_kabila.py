M23 = "M23"
VK = "Vianney Kazarama"
JK = "Joseph Kabila"
UNSC = "U.N. Security Council"
ANN = {
 "article": "articles/voa_2012_goma_m23_vow_overthrow_kabila.txt",
 "gold_out": "gold/voa_2012_goma_m23_vow_overthrow_kabila.json",
 "published": "2012-11-21",
 "quotes": [
  {"text": "President Kabila brought war planes and big guns, but he was unable to defeat us", "speaker": VK, "speaker_mention": "he", "fragment": False,
   "note": "'... ,\" he said.': 'he' = Rebel spokesman Vianny Kazarama, named in the sentence before; the comma before the closing mark is dropped"},
  {"text": "That is a clear sign that we are part of God's plan; we were sent by God and this will not end here", "speaker": VK, "speaker_mention": "Kazarama", "fragment": False,
   "note": "'... ,\" said Kazarama.': second quotation in the same paragraph; comma dropped"},
 ],
 "figures": [
  {"text": "Hundreds", "value": None, "vague": True, "unit": None, "counted": "Congolese police and troops who surrendered their weapons at the rally", "source": None, "approx": None,
   "note": "outlet's own voice"},
  {"quantity": "goma_m23_2012:distance_goma_bukavu", "text": "100", "value": 100, "unit": "km", "counted": "kilometers to the south (Goma to Bukavu)", "source": VK, "approx": None,
   "note": "'Kazarama said the rebels' next goal is Bukavu, 100 kilometers to the south': the unit word is not glued, so the span is '100' with unit km; in Kazarama's reported speech, so he is the claimant"},
  {"quantity": "goma_m23_2012:distance_goma_kinshasa", "text": "1,500", "value": 1500, "unit": "km", "counted": "kilometers to the west (Goma to Kinshasa)", "source": VK, "approx": "more than",
   "note": "'He said the group ... plans to eventually reach Kinshasa, the capital, more than 1,500 kilometers to the west': 'He' = Kazarama (sentence before); 'more than'"},
 ],
 "events": [
  {"actor": M23, "date": "2012-11-21", "date_text": "Wednesday", "what": "the M23 rebels held a rally at a stadium in Goma",
   "note": "active 'held', subject 'The M23 rebels'; Wednesday = 21 November 2012, the report's day"},
  {"actor": M23, "date": "2012-11-20", "date_text": "a day earlier", "what": "the rebels captured Goma",
   "note": "'which they captured a day earlier': 'they' = the M23 rebels (subject of the sentence); a day before Wednesday's rally = Tuesday 20 November 2012. A date expression, so 'a day' is not a figure (as 'two days ago')"},
  {"actor": UNSC, "date": "2012-11-20", "date_text": "Tuesday", "what": "the Security Council voted unanimously to impose sanctions against M23 leaders",
   "note": "active 'voted', subject 'The U.N. Security Council'; Tuesday before the Wednesday report = 20 November 2012"},
 ],
 "actors": [
  {"name": M23, "type": "group", "aliases": ["Rebels in the Democratic Republic of Congo", "The M23 rebels", "the rebels", "M23", "the group"]},
  {"name": JK, "type": "person", "aliases": ["President Joseph Kabila", "President Kabila"]},
  {"name": VK, "type": "person", "aliases": ["Rebel spokesman Vianny Kazarama", "Vianny Kazarama", "Kazarama"]},
  {"name": "Congolese police and troops", "type": "group", "aliases": ["Congolese police and troops"]},
  {"name": UNSC, "type": "organisation", "aliases": ["The U.N. Security Council", "The French-sponsored resolution"]},
  {"name": "Democratic Republic of Congo", "type": "country", "aliases": ["The DRC"]},
  {"name": "U.N. experts", "type": "group", "aliases": ["U.N. experts"]},
  {"name": "Rwanda", "type": "country", "aliases": ["Rwanda"]},
 ],
 "notes": [
  "VOA News report of Wednesday 21 November 2012 (no date line; see the meta's published_evidence), the day after M23 took Goma; second item of story goma_m23_2012 (with the VOA items of 20 and 27 November and 1 December).",
  "Quotes: two quotations of rebel spokesman Kazarama; the first is attributed by 'he said' (named 'Vianny Kazarama' in the sentence before), the second by 'said Kazarama'. The canonical name uses the spelling of VOA's caption ('Vianney'); the body's 'Vianny' is an alias.",
  "Figures: 'Hundreds' (outlet's voice), the distances claimed by Kazarama ('100 kilometers' to Bukavu, 'more than 1,500 kilometers' to Kinshasa; keys goma_m23_2012:distance_goma_bukavu and :distance_goma_kinshasa, ready for later items). Not figures: 'M23' (name), 'a day earlier' (a date expression).",
  "Events: 'Wednesday' (the rally, M23), 'a day earlier' (M23 captured Goma, 20 November), 'Tuesday' (the Security Council vote). The surrender of weapons 'at the rally', the resolution's demand, the accusation and Rwanda's denial are undated.",
  "Actors: M23 ('Rebels in the Democratic Republic of Congo', 'The M23 rebels', 'the rebels', 'the group'); Kabila acts inside Kazarama's quote ('brought war planes'); the Congolese police and troops surrender their weapons; the Security Council votes (its 'French-sponsored resolution' demands, listed as the Council's alias); the DRC and U.N. experts accuse, Rwanda denies. 'M23 leaders' are only the target of sanctions. The sidebar box 'Who Are the M23 Rebels?' was removed as page furniture (see edits), so its dates are not in the text.",
  "second reading: re-read the item in full against FORMAT.md: text re-compared with the stored page (identical after the listed edits); 21 November 2012 a Wednesday, 'Tuesday' = 20 November = 'a day earlier'; commas before both closing marks dropped; the straight apostrophes ('God's', 'rebels'') as printed.",
 ],
}
