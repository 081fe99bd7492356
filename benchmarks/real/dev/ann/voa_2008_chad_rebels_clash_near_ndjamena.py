GOV = "Chadian government"
GF = "Chadian government forces"
RB = "Chadian rebels"
MN = "Makaila Nguebla"
FDM = "French Defense Ministry"
ANN = {
 "article": "articles/voa_2008_chad_rebels_clash_near_ndjamena.txt",
 "gold_out": "gold/voa_2008_chad_rebels_clash_near_ndjamena.json",
 "published": "2008-02-01",
 "quotes": [
  {"text": "mercenaries from Sudan", "speaker": GOV, "speaker_mention": "they", "fragment": True,
   "note": "'Government officials say they were able to ... push back the rebel offensive, making what they called \"mercenaries from Sudan\" flee': the pronoun 'they' points back to 'Government officials' in the same sentence (an alias of the Chadian government)"},
  {"text": "dictatorship", "speaker": MN, "speaker_mention": "he", "fragment": True,
   "note": "'what he called a \"dictatorship\"': 'he' is the exiled rebel spokesman Makaila Nguebla, named two paragraphs earlier ('Nguebla was angered ...', 'He said ...'); a one-word quote of his words, not a scare quote"},
 ],
 "figures": [
  {"text": "100", "value": 100, "unit": "km", "counted": "distance of the fighting northeast of the capital", "source": None, "approx": "around",
   "note": "'about 100 kilometers northeast of the capital' (number and unit word not glued, so the span is '100'); the outlet's own account of where the fighting started -> no claimant"},
  {"text": "dozens", "value": None, "vague": True, "unit": None, "counted": "army tanks and vehicles set on fire", "source": RB, "approx": None,
   "note": "'Rebels taking part in the offensive said they had been able to set fire to dozens of army tanks and vehicles': the rebels' claim (the text adds there was no independent confirmation)"},
  {"text": "80", "value": 80, "unit": "km", "counted": "distance of Massaguet from the capital", "source": RB, "approx": "around",
   "note": "'about 80 kilometers from the capital' sits inside the same reported clause of the rebels ('said they ... were pushing toward the area of Massaguet, about 80 kilometers from the capital'), so the literal claimant is the rebels; a geographic distance, not a disputed figure"},
  {"text": "150", "value": 150, "unit": None, "counted": "additional troops sent in", "source": FDM, "approx": None,
   "note": "'The French Defense Ministry said it had sent in an additional 150 troops to Chad'"},
 ],
 "events": [
  {"actor": None, "date": "2008-02-01", "date_text": "Friday", "what": "fighting with heavy artillery started near Massakory",
   "note": "'Fighting with heavy artillery started in the morning hours, Friday': the subject is the fighting itself (between government forces and rebels), an occurrence with no agent, like 'the war began' -> null. Friday is the day of writing, 1 February 2008"},
 ],
 "actors": [
  {"name": GF, "type": "organisation", "aliases": ["Government forces", "the army", "Chadian government troops"]},
  {"name": RB, "type": "group", "aliases": ["rebels", "Rebels", "Rebels taking part in the offensive"]},
  {"name": GOV, "type": "organisation", "aliases": ["Government officials"]},
  {"name": "France", "type": "country", "aliases": ["France", "the former colonial power France"]},
  {"name": "Idriss Deby", "type": "person", "aliases": ["President Idriss Deby", "Mr. Deby", "President Deby"]},
  {"name": MN, "type": "person", "aliases": ["An exiled rebel spokesman, Makaila Nguebla", "Makaila Nguebla", "Nguebla"]},
  {"name": FDM, "type": "organisation", "aliases": ["The French Defense Ministry"]},
  {"name": "French military", "type": "organisation", "aliases": ["The French military"]},
 ],
 "notes": [
  "VOA report by Nico Colombant (Dakar) of Friday 1 February 2008, the day rebels fought government forces about 100 km northeast of N'Djamena; first item of story chad_ndjamena_2008 with voa_2008_chad_says_it_crushed_rebellion (4 February) and voa_2008_chad_aid_agencies_thousands_fleeing (5 February). The stored copy prints no headline: the file starts with the standfirst paragraph.",
  "Speakers named away from their words: 'mercenaries from Sudan' is said by 'they' = 'Government officials' (the Chadian government); 'dictatorship' by 'he' = Makaila Nguebla, named two paragraphs before the quote. The quotes are one-word or short phrases inside reported speech (fragment).",
  "Figures claimed by named sources: 'dozens' of tanks and vehicles (rebels), 150 extra troops (French Defense Ministry); the two distances are given with 'about' (around). No figure here states a quantity found in the other items of the story, so no quantity keys.",
  "Only one date expression ('Friday'), the start of the fighting, which has no agent. Not figures: 'Mirage' (jet type), 'one'-less phrases like 'from other directions'. Not actors: Nico Colombant (the reporter), Massakory and Massaguet (places).",
  "second reading: re-read the whole item against FORMAT.md sections 1-2 (both quote spans and their speakers, every number token, the single weekday against Friday 1 February 2008, actor aliases as printed).",
 ],
}
