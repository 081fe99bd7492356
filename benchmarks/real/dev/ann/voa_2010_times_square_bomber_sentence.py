ANN = {
 "article": "articles/voa_2010_times_square_bomber_sentence.txt",
 "gold_out": "gold/voa_2010_times_square_bomber_sentence.json",
 "published": "2010-10-05",
 "quotes": [
  {"text": "How can this court judge me without understanding the suffering of my people?", "speaker": "Faisal Shahzad", "speaker_mention": "Shahzad"},
  {"text": "The war with Muslims has just begun. Defeat is imminent.", "speaker": "Faisal Shahzad", "speaker_mention": "He"},
  {"text": "you appear to be somebody who was capable of education and I do hope that you will spend lots of time in prison thinking if the Quran wants you to kill people.", "speaker": "Miriam Goldman-Cedarbaum", "speaker_mention": "the judge"},
 ],
 "figures": [
  {"text": "10", "value": 10, "counted": "weapons and terrorism charges", "source": None},
 ],
 "events": [
  {"actor": "Faisal Shahzad", "date": "2010-05", "date_text": "in May", "what": "loaded van with explosives, parked it in Times Square"},
  {"actor": None, "date": "2010-10-05", "date_text": "on Tuesday", "what": "Shahzad sentenced to life in prison",
   "note": "passive without agent ('was sentenced on Tuesday'); the sentencing judge is named only later"},
  {"actor": "Faisal Shahzad", "date": "2010-06", "date_text": "in June", "what": "pleaded guilty to 10 weapons and terrorism charges"},
  {"actor": "Faisal Shahzad", "date": "2010-05-09", "date_text": "on May 9", "what": "attempted to kill Americans",
   "note": "reported speech of the judge; the page prints 'May 9' although the attempted bombing was on May 1: annotated as printed"},
  {"actor": "Faisal Shahzad", "date": "2009-12", "date_text": "in December 2009", "what": "received explosives training in Pakistan"},
 ],
 "actors": [
  {"name": "Faisal Shahzad", "type": "person", "aliases": ["Times Square Bomber", "The Pakistani-American man", "Faizal Shahzad", "Shahzad"]},
  {"name": "Miriam Goldman-Cedarbaum", "type": "person", "aliases": ["District court judge Miriam Goldman-Cedarbaum", "Miriam Goldman-Cedarbaum", "Judge Goldman-Cedarbaum", "Goldman-Cedarbaum", "the judge"]},
  {"name": "Preet Bharara", "type": "person", "aliases": ["U.S, Attorney Preet Bharara", "Preet Bharara"]},
 ],
 "notes": [
  "VOA staff court report on the sentencing of the Times Square bomber (story times_square_bomb_2010; the other item of the story is gv_2010_pakistan_times_square_reactions, Global Voices, on the arrest in May 2010). The page spells the defendant 'Faizal Shahzad'; canonical name Faisal Shahzad.",
  "Quotes introduced by 'saying,' after a reported-speech clause; the third quote begins with a lower-case 'you' as printed. 'He warned Americans ...' - 'He' is Shahzad from the previous paragraph.",
  "Number tokens '9' ('on May 9') and '2009' ('in December 2009') are dates inside annotated events, not figures. Deliberately excluded: 'life in prison', 'the rest of his life' (not numbers), 'U.S, Attorney' typo kept as printed. The last paragraph in the stored copy ('\"So he's no longe') was cut and dropped, so Bharara has no quote.",
 ],
}
