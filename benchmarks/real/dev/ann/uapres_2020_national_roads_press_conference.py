Z = "Volodymyr Zelenskyy"
ANN = {
 "article": "articles/uapres_2020_national_roads_press_conference.txt",
 "gold_out": "gold/uapres_2020_national_roads_press_conference.json",
 "published": "2020-05-20",
 "quotes": [
  {"text": "We have really increased by nine times the number of roads we will build this year. Despite the problems, the economic crisis, COVID-19, we will build roads. How many? About 4.5 thousand kilometers",
   "speaker": Z, "speaker_mention": "the President"},
  {"text": "showcase", "speaker": Z, "speaker_mention": "him", "fragment": True,
   "note": "one word of the President's inside reported speech ('According to him, ... become a \"showcase\" of the Ukrainian state')"},
  {"text": "We come to the cities and see that the situation there is not so fast. Unfortunately, we have no influence on this yet. But there will be local elections, and I am sure that in many cities we will have influence and build all roads in the cities",
   "speaker": Z, "speaker_mention": "the President"},
 ],
 "figures": [
  {"text": "nine", "value": 9, "unit": None, "counted": "times more roads to be built this year", "source": Z, "approx": None,
   "note": "a multiplier ('increased by nine times the number of roads')"},
  {"text": "4.5 thousand", "value": 4500, "unit": "km", "counted": "kilometers of roads to be built this year", "source": Z, "approx": "around"},
  {"text": "$ 3 billion", "value": 3000000000, "unit": "USD", "counted": "needed to upgrade and build Ukraine's bridges", "source": Z, "approx": None,
   "note": "the sentence continues what 'Volodymyr Zelenskyy also clarified'"},
 ],
 "events": [
  {"actor": "Ukrainian authorities", "date": "2020", "date_text": "this year", "what": "will build about 4.5 thousand km of roads",
   "note": "inside the President's quote; 'we' = the authorities building the roads (the next paragraph: 'the task of the authorities is to build all national roads')"},
 ],
 "actors": [
  {"name": Z, "type": "person", "aliases": ["President of Ukraine Volodymyr Zelenskyy", "Volodymyr Zelenskyy", "the President"]},
  {"name": "Ukrainian authorities", "type": "organisation", "aliases": ["the authorities"]},
 ],
 "notes": [
  "President's Office report of a press conference: two long quotes, each attributed by 'the President said'; 'showcase' in quote marks inside 'According to him' is taken as a fragment of his words (it could be read as a scare quote).",
  "'Great Construction' is the name of a programme (not in quote marks here).",
  "Not figures: 'COVID-19' (a designation). Not events: 'After the quarantine exit' (relative to an event, no date), 'currently' (vague), 'there will be local elections' (no date expression).",
  "second reading: quotes and speakers re-checked ('the President said' twice, 'According to him'); 'About 4.5 thousand kilometers' = around 4500 km; 'this year' in the quote = 2020 (published 2020-05-20); no change.",
 ],
}
