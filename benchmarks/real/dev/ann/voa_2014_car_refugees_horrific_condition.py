U = "UNHCR"
S = "Paul Spiegel"
ANN = {
 "article": "articles/voa_2014_car_refugees_horrific_condition.txt",
 "gold_out": "gold/voa_2014_car_refugees_horrific_condition.json",
 "published": "2014-04-11",
 "quotes": [
  {"text": "So, what we see\u2026You can see the other side there. It is not too far. You see refugees walking over. This day, over 1,000 actually came over", "speaker": S, "speaker_mention": "Paul Spiegel",
   "note": "speaker named after the quote ('..., said Paul Spiegel.') and introduced only in the next paragraph; trailing comma dropped"},
  {"text": "If you look, it looks as if their legs, their knees are actually quite swollen. But, they are not. It is that you have severe malnutrition, not just in children, which is more the norm, but in adults. And, so they have lost so much body mass\u2026 These people have come over. They have been walking for up to three months, many from Bangui\u2026They have been hiding out in the evenings. They have been eating mostly leaves, very poor water", "speaker": S, "speaker_mention": "he",
   "note": "opens with a curly mark and closes with a straight one as printed; 'he said' refers back to Spiegel of the paragraph before; trailing comma dropped"},
 ],
 "figures": [
  {"quantity": "car_refugees_cameroon_2014:arrivals", "text": "thousands", "value": None, "vague": True, "unit": None, "counted": "refugees fleeing the Central African Republic arriving in Cameroon", "source": U, "approx": None,
   "note": "'The United Nations refugee agency reports thousands of refugees ... are arriving'; same quantity (refugees from the C.A.R. arriving in Cameroon) as the UN aid agencies' 'thousands' of 23 May (voa_2014_car_refugees_near_death)"},
  {"text": "Two", "value": 2, "unit": None, "counted": "senior officials who have just visited the region", "source": None, "approx": None},
  {"text": "1,000", "value": 1000, "unit": None, "counted": "refugees crossing at Gbiti that day", "source": S, "approx": "more than",
   "note": "'over 1,000' in Spiegel's quote, of the day his video was taken at the Gbiti crossing"},
  {"quantity": "car_refugees_cameroon_2014:time_on_road", "text": "three", "value": 3, "unit": "months", "counted": "months the refugees have been walking", "source": S, "approx": "up to",
   "note": "in Spiegel's quote; same quantity as UNHCR's 'up to seven weeks' on the road of 14 March (voa_2014_car_refugees_sick_and_dying)"},
 ],
 "events": [],
 "actors": [
  {"name": U, "type": "organisation", "aliases": ["UNHCR", "The United Nations refugee agency", "the U.N. refugee agency"]},
  {"name": S, "type": "person", "aliases": ["Paul Spiegel", "Spiegel"]},
  {"name": "UNHCR senior officials", "type": "group", "aliases": ["senior officials"]},
  {"name": "refugees from the Central African Republic", "type": "group", "aliases": ["the refugees"]},
  {"name": "anti-Balaka", "type": "group", "aliases": ["anti-Balaka militiamen", "anti-Balaka militias"]},
 ],
 "notes": [
  "VOA report of about Friday 11 April 2014 (date inferred, see meta; the text has no relative date, so nothing depends on the exact day); story car_refugees_cameroon_2014 with voa_2014_car_refugees_sick_and_dying (14 March) and voa_2014_car_refugees_near_death (23 May).",
  "Two quotes, both Paul Spiegel's: the first is attributed after the quote ('said Paul Spiegel') before Spiegel is introduced, the second by 'he said' a paragraph later. The paragraph 'Spiegel says ... He says ... This, he says, ...' is indirect speech.",
  "Figures: 'thousands' arriving is UNHCR's ('The United Nations refugee agency reports'); 'over 1,000' and 'up to three months' are Spiegel's, inside his quotes. 'up to three months' shares car_refugees_cameroon_2014:time_on_road with UNHCR's 'up to seven weeks' of 14 March; 'thousands' arriving shares car_refugees_cameroon_2014:arrivals with the UN aid agencies' 'thousands' of 23 May.",
  "No events: 'This day' inside Spiegel's quote is a deictic day of the video, like a bare 'today' in speech, and left out; 'have just visited', 'in the evenings' are not dates. The caption date (8 April 2014) was removed as furniture.",
  "Actors: the two senior officials speak ('say the refugees report ...'), the refugees speak ('report'), the anti-Balaka act ('trying to prevent civilians from leaving', 'block main roads'). 'civilians' and 'children' are not actors.",
  "Not figures: 'many from Bangui', 'many of the refugees' (no number); 'over 1,000' is annotated with approx 'more than'.",
  "second reading: checked the quote boundaries (the ellipsis characters kept, both trailing commas dropped); 'over 1,000' -> more than; 'Two' senior officials is the outlet's count, no claimant; added the arrivals key shared with the 23 May item.",
 ],
}
