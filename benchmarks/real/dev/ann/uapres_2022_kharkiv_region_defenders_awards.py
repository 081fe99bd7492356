Z = "Volodymyr Zelenskyy"
S = "Oleksandr Syrsky"
ANN = {
 "article": "articles/uapres_2022_kharkiv_region_defenders_awards.txt",
 "gold_out": "gold/uapres_2022_kharkiv_region_defenders_awards.json",
 "published": "2022-09-14",
 "quotes": [
  {"text": "I want to thank you for your service, for liberating the temporarily occupied territories. Thank you for protecting the most important thing we have - Ukraine, our sovereignty and territorial integrity",
   "speaker": Z, "speaker_mention": "the Head of State",
   "note": "attribution after the quote by description only ('said the Head of State'); Zelenskyy is named in the paragraph before; trailing comma before the closing mark dropped"},
  {"text": "You are heroic people. Take care of yourself and the people of Ukraine. Children and grandchildren will never forget your feat",
   "speaker": Z, "speaker_mention": "the President",
   "note": "'the President noted' after the quote; 'Volodymyr Zelenskyy wished the defenders ...' in the paragraph before; trailing comma dropped"},
 ],
 "figures": [],
 "events": [],
 "actors": [
  {"name": Z, "type": "person", "aliases": ["President of Ukraine Volodymyr Zelenskyy", "Volodymyr Zelenskyy", "the Head of State", "The Head of State", "the President", "The President"]},
  {"name": S, "type": "person", "aliases": ["Commander of the Ground Forces of the Armed Forces of Ukraine Oleksandr Syrsky"]},
  {"name": "Khortytsia operative strategic group of troops", "type": "organisation", "aliases": ["Khortytsia operative strategic group of troops"]},
 ],
 "notes": [
  "President of Ukraine readout of Zelenskyy's working trip to the Kharkiv region published Wednesday 14 September 2022, during the Kharkiv counteroffensive the readout mentions; story zelenskyy_kharkiv_region_trip_2022 (only item of the story here).",
  "Two quotes, both Zelenskyy's, attributed after the quote by description only: 'said the Head of State' and 'the President noted'; his name stands in the paragraph before each. No nested quotes, no scare quotes.",
  "No figures: no number tokens ('Kharkiv and Luhansk directions', 'state awards' carry no number). No events: the readout prints no date expression in the kept text (the removed date line '14 September 2022 - 13:35' gives the published date); 'is conducting a counteroffensive operation' is an ongoing state without a date.",
  "Actors: Zelenskyy (presented awards, said, noted, held a meeting, listened); Syrsky, whose report the President listened to (his only surface form is the titled one); the Khortytsia group, 'which is conducting a counteroffensive operation'. The servicemen/defenders and their families are recipients, not actors; 'the Armed Forces of Ukraine' and 'the Ground Forces' appear only inside Syrsky's title. Kharkiv and Luhansk are places.",
  "second reading (annotator): re-read the whole item once fully against FORMAT.md sections 1-2: both quotes between straight double quotes with the trailing comma dropped; speakers by description ('the Head of State', 'the President'); no number tokens, no date expressions; every alias an exact substring and none shared by two actors; no change.",
 ],
}
