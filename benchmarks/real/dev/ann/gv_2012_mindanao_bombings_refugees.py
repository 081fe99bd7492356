ANN = {
 "article": "articles/gv_2012_mindanao_bombings_refugees.txt",
 "gold_out": "gold/gv_2012_mindanao_bombings_refugees.json",
 "published": "2012-05-28",
 "quotes": [
  {"text": "zero", "speaker": "Armed Forces of the Philippines", "speaker_mention": "the Armed Forces of the Philippines", "fragment": True,
   "note": "one word of the military's stated commitment ('zero' human rights abuses for 2012), quoted from it"},
 ],
 "figures": [
  {"text": "zero", "value": 0, "counted": "human rights abuses (military's target for 2012)", "source": "Armed Forces of the Philippines"},
  {"text": "scores", "value": None, "vague": True, "counted": "refugees created by storm Sendong and floods", "source": None},
  {"text": "thousands", "value": None, "vague": True, "counted": "people fleeing fighting between rebels and government forces", "source": None},
 ],
 "events": [
  {"actor": "Armed Forces of the Philippines", "date": "2012", "date_text": "for 2012", "what": "committed to zero human rights abuses"},
  {"actor": None, "date": "2011", "date_text": "last year", "what": "storm Sendong and floods hit Mindanao",
   "note": "weather: no agent"},
 ],
 "actors": [
  {"name": "Armed Forces of the Philippines", "type": "organisation", "aliases": ["the Armed Forces of the Philippines", "the military", "military forces"]},
  {"name": "Karapatan", "type": "organisation", "aliases": ["The human rights alliance Karapatan", "Karapatan"]},
  {"name": "Communist Party of the Philippines", "type": "party", "aliases": ["the Communist Party of the Philippines", "CPP"]},
  {"name": "New People's Army", "type": "group", "aliases": ["the New People's Army", "NPA"]},
 ],
 "notes": [
  "Global Voices report. The only span in quote marks is “zero”, taken from the military's stated commitment; annotated as a one-word fragment quote by the Armed Forces of the Philippines (a borderline case: it could also be read as a scare quote). The same word is also a figure (value 0).",
  "'in the past few months' and 'lately' are vague and not events.",
  "Vague counts: 'scores' of refugees, 'thousands' of people; 'many have been forced to leave' is not a figure.",
  "Statement by a body: Karapatan 'has warned' (reported speech, no quote marks).",
  "second reading: no change (quotes, figures, events, actors and quantity keys checked against the text)",
 ],
}
