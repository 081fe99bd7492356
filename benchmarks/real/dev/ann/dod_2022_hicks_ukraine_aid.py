ANN = {
 "article": "articles/dod_2022_hicks_ukraine_aid.txt",
 "gold_out": "gold/dod_2022_hicks_ukraine_aid.json",
 "published": "2022-04-12",
 "quotes": [
  {"text": "I've never seen anything like it in terms of the ability to identify what's needed, work with allies and partners, work with industry, work inside the services and then move that capability forward and get it into Ukraine", "speaker": "Kathleen H. Hicks", "speaker_mention": "she"},
  {"text": "Just an incredibly impressive set of work.", "speaker": "Kathleen H. Hicks", "speaker_mention": "she",
   "note": "follows 'she said' of the previous quote in the same paragraph; 'she' = Hicks, the only woman named"},
 ],
 "figures": [
  {"text": "$2 billion", "value": 2e9, "unit": "USD", "counted": "US aid to Ukraine over the past year", "source": None},
  {"text": "$1.7 billion", "value": 1.7e9, "unit": "USD", "counted": "US aid to Ukraine since the invasion began", "source": None},
 ],
 "events": [
  {"actor": "Kathleen H. Hicks", "date": "2022-04-12", "date_text": "today", "what": "said US continues delivering capabilities to Ukraine"},
  {"actor": "Vladimir Putin", "date": "2022-02-24", "date_text": "Feb. 24", "what": "Putin's attack on Ukraine began",
   "note": "'Putin's attack began Feb. 24': the attack is Putin's"},
  {"actor": "United States", "date": "2021-04-12/2022-04-12", "date_text": "Over the past year", "what": "provided $2 billion in aid to Ukraine",
   "note": "the twelve months up to the publication day"},
 ],
 "actors": [
  {"name": "Kathleen H. Hicks", "type": "person", "aliases": ["Deputy Secretary of Defense Kathleen H. Hicks", "Hicks"]},
  {"name": "Vladimir Putin", "type": "person", "aliases": ["Russian President Vladimir Putin", "Putin"]},
  {"name": "United States", "type": "country", "aliases": ["the United States"]},
 ],
 "notes": [
  "'24' in 'Feb. 24' is a date, not a figure.",
  'second reading: no change; quote texts copied from the article (first quote drops the comma before the closing mark, second keeps its full stop); 2022-04-12 was a Tuesday.',
  "DOD News story (defense.gov) on Deputy Secretary of Defense Kathleen Hicks' meeting with the Defense Writers Group on 12 April 2022.",
  "The two aid figures ($2 billion, $1.7 billion) are in the article's narration without a claimant ('the United States provided'), so source is null even though the story reports Hicks' remarks; $1.7 billion is a part of the $2 billion, a different quantity.",
  "Not events: 'since the invasion began' (no date expression), 'for the short term and the long term' (vague).",
  "The two quotes are one utterance split into two sentences with separate marks; both are Hicks' ('she said' between them).",
 ],
}
