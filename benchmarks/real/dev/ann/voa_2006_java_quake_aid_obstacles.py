K = "java_quake_2006:"
BC = "Barry Came"
ANN = {
 "article": "articles/voa_2006_java_quake_aid_obstacles.txt",
 "gold_out": "gold/voa_2006_java_quake_aid_obstacles.json",
 "published": "2006-05-31",
 "quotes": [
  {"text": "So essentially the food disappears, we really don't know what happens - we can't monitor it", "speaker": BC, "speaker_mention": "he", "fragment": False,
   "note": "'... it,\" he said.': the speaker is named in the paragraph before ('W.F.P. spokesperson Barry Came says ...'); the comma before the closing mark is dropped"},
 ],
 "figures": [
  {"text": "165", "value": 165, "unit": "tonnes", "counted": "metric tons of food flown in to earthquake stricken areas", "source": None, "approx": "more than",
   "note": "'The U.N. World Food Program has flown in more than 165 metric tons of food': VOA's voice (the WFP does the flying; no verb of saying)"},
  {"text": "22", "value": 22, "unit": None, "counted": "countries that have responded with money and personnel", "source": BC, "approx": "around",
   "note": "'Some' = around. 'Came says he expects ... by Thursday. Some 22 countries have responded ...': the sentence continues Came's account in the same paragraph (as the Burma item's '41-thousand' after 'Burmese officials say'), so Came is the claimant"},
  {"quantity": K+"deaths", "text": "5,800", "value": 5800, "unit": None, "counted": "people who have died from the quake", "source": None, "approx": "more than",
   "note": "VOA's voice; same quake toll as 3,000 (27 May), 4,000 (28 May) and 5,427 (Wikinews)"},
  {"quantity": K+"magnitude", "text": "6.3", "value": 6.3, "unit": None, "counted": "earthquake magnitude", "source": None, "approx": None},
  {"quantity": K+"homeless", "text": "200,000", "value": 200000, "unit": None, "counted": "people homeless after the quake", "source": None, "approx": "around",
   "note": "'Some 200,000 people are homeless': 'Some' = around; VOA's voice. Same quantity as the Red Cross's 'about 200,000' of 28 May"},
  {"text": "three", "value": 3, "unit": "months", "counted": "length of the emergency declared by the Indonesian government", "source": None, "approx": None, "ctx": "three-month",
   "note": "'a three-month emergency': the number in 'three-month', unit months"},
  {"text": "$107 million", "value": 107000000, "unit": "USD", "counted": "money earmarked by the Indonesian government for recovery", "source": None, "approx": None,
   "note": "the government earmarked the money (an act, no verb of saying): VOA's voice"},
 ],
 "events": [
  {"actor": None, "date": "2006-05-27", "date_text": "Saturday's", "what": "earthquake in Indonesia", "ctx": "Saturday's earthquake",
   "note": "possessive weekday on 'earthquake': a natural event, no agent; the Saturday before the Wednesday report"},
  {"actor": None, "date": "2006-06-01", "date_text": "by Thursday", "what": "aid delivery problems expected to be overcome",
   "note": "'Came says he expects these problems to be overcome by Thursday': the date modifies the passive 'to be overcome', which has no agent (Came only expects it); a future-tense weekday looks forward from Wednesday 31 May"},
  {"actor": None, "date": "2006-05-27", "date_text": "Saturday's", "what": "6.3 magnitude quake on Java Island", "ctx": "Saturday's 6.3",
   "note": "natural event, no agent"},
 ],
 "actors": [
  {"name": "International relief workers", "type": "group", "aliases": ["International relief workers"]},
  {"name": "World Food Programme", "type": "organisation", "aliases": ["The U.N. World Food Program", "W.F.P."]},
  {"name": BC, "type": "person", "aliases": ["W.F.P. spokesperson Barry Came", "Barry Came", "Came"]},
  {"name": "Indonesian government", "type": "organisation", "aliases": ["The Indonesian government"]},
 ],
 "notes": [
  "VOA News report of Wednesday 31 May 2006 on aid deliveries four days after the Yogyakarta earthquake. Story java_quake_2006 with voa_2006_java_quake_kills_3000 and wn_2006_java_quake_kills_thousands (27 May) and voa_2006_java_quake_rescuers_search (28 May).",
  "Keys across the story: deaths ('More than 5,800' here), magnitude (6.3), homeless ('Some 200,000' here, the Red Cross's 'about 200,000' on 28 May).",
  "One quote (Came, 'he said'); his other claims are reported speech ('Came says there are few trucks ...', 'Came says he expects ...'). 'here' in 'earthquake stricken areas here' is the dateline place, not a date.",
  "Not figures: 'few trucks', 'few food storage facilities' (no number word). 'W.F.P.' inside 'W.F.P. spokesperson Barry Came' is also listed as an alias of the World Food Programme (a separate, shorter surface form).",
  "Second careful read (annotator): text re-read against the stored copy; 'by Thursday' checked to be 1 June 2006 (datetime) and to modify the agentless passive; the two 'Saturday's' pinned with ctx; no change after the reading.",
 ],
}
