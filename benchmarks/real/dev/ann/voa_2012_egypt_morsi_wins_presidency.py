K = "egypt_presidential_runoff_2012:"
MOR = "Mohamed Morsi"
MB = "Muslim Brotherhood"
ANN = {
 "article": "articles/voa_2012_egypt_morsi_wins_presidency.txt",
 "gold_out": "gold/voa_2012_egypt_morsi_wins_presidency.json",
 "published": "2012-06-24",
 "quotes": [
  {"text": "plots", "speaker": MOR, "speaker_mention": "he", "fragment": True,
   "note": "'Morsi pledged to fight sectarianism and what he called \"plots\" to destroy the country's unity': one word of Morsi's speech; 'he' = Morsi, named at the start of the sentence"},
 ],
 "figures": [
  {"text": "60", "value": 60, "unit": "years", "counted": "years of the Brotherhood versus the military in Egypt's politics", "source": None, "approx": None,
   "note": "'over the past 60 years': outlet's own voice"},
  {"text": "Thousands", "value": None, "vague": True, "unit": None, "counted": "Morsi supporters on Tahrir Square who shouted their approval", "source": None, "approx": None,
   "note": "'Thousands shouted their approval': vague plural, no noun after it; the crowd of Morsi supporters of the sentence before; outlet's own voice"},
 ],
 "events": [
  {"actor": MOR, "date": "2012-06-24", "date_text": "late Sunday", "what": "Morsi addressed the nation",
   "note": "'Morsi addressed the nation late Sunday': agent of 'addressed'; Sunday 24 June 2012, the report's day"},
 ],
 "actors": [
  {"name": MOR, "type": "person", "aliases": ["Mohamed Morsi", "The Muslim Brotherhood's Mohamed Morsi", "Morsi", "Egypt's first freely elected, civilian president"]},
  {"name": MB, "type": "organisation", "aliases": ["Muslim Brotherhood", "the long-repressed Islamist group", "the Brotherhood"]},
  {"name": "Egyptian military", "type": "organisation", "aliases": ["the military"]},
  {"name": "Morsi supporters", "type": "group", "aliases": ["A tense crowd of Morsi supporters", "Morsi supporters"]},
 ],
 "notes": [
  "VOA report by Elizabeth Arrott (Cairo) of Sunday 24 June 2012: Mohamed Morsi elected president of Egypt and his first speech as president-elect. Story egypt_presidential_runoff_2012 with voa_2012_egypt_results_due_sunday (23 June) and voa_2012_egypt_morsi_declares_win_rival_disputes (18 June).",
  "A short item (the stored copy runs into a photo gallery after five paragraphs): the one quote is the single word \"plots\", attributed by 'what he called' with the name at the start of the sentence; the one date ('late Sunday') has a clear agent.",
  "Not figures: 'first speech', 'first freely elected' (ordinals); 'Thousands' is a vague figure with no noun after it.",
  "The announcement of the result ('when the results were revealed') is a passive without agent and without a date expression: no event, and the election commission is not named in the text, so not an actor. The Brotherhood acts only as the owner of 'the Brotherhood's project' and the military only as a side of the 'drama': listed as actors because the text sets them against each other, without events.",
  "Second careful read done by the annotator against FORMAT.md: double spaces between sentences kept as printed, 'plots' a fragment with speaker mention 'he', 'late Sunday' = 24 June 2012, aliases exact as printed.",
 ],
}
