ZEL = "Volodymyr Zelenskyy"
ANN = {
 "article": "articles/uapres_2021_judicial_reform.txt",
 "gold_out": "gold/uapres_2021_judicial_reform.json",
 "published": "2021-11-26",
 "quotes": [
  {"text": "This is my initiative, and you know very well that the Servant of the People party and some other deputies of some groups voted for these laws. The majority answered the voting question. Then they (these laws - ed.) must be implemented",
   "speaker": ZEL, "speaker_mention": "Volodymyr Zelenskyy",
   "note": "contains an editorial insertion '(these laws - ed.)' inside the marks"},
  {"text": "All this will be done. All these laws, which were submitted from us to the Verkhovna Rada of Ukraine - no matter how difficult it is - will be completed",
   "speaker": ZEL, "speaker_mention": "he",
   "note": "speaker from the previous paragraph ('the Head of State is convinced ...')"},
  {"text": "I was approached by our Western partners, ambassadors. They see that we are moving forward. I really want us to be able to elect the head of the SAP by the end of the year. I fully support that",
   "speaker": ZEL, "speaker_mention": "Volodymyr Zelenskyy"},
 ],
 "figures": [],
 "events": [
  {"actor": None, "date": "2021-12", "date_text": "by the end of the year", "what": "election of head of SAP to take place", "occ": 1,
   "note": "reported speech; 'the election ... would take place' has no agent; deadline = end of the publication year, normalised to its last month"},
  {"actor": None, "date": "2021-12", "date_text": "by the end of the year", "what": "elect head of the SAP", "occ": 2,
   "note": "inside Zelenskyy's quote; the agent is 'us' (unspecified Ukrainian leadership), left null rather than guessed"},
 ],
 "actors": [
  {"name": ZEL, "type": "person", "aliases": ["President Volodymyr Zelenskyy", "Volodymyr Zelenskyy", "The President", "the President", "the Head of State"]},
  {"name": "Verkhovna Rada", "type": "organisation", "aliases": ["the Verkhovna Rada", "Verkhovna Rada of Ukraine"]},
  {"name": "Servant of the People", "type": "party", "aliases": ["the Servant of the People party"]},
  {"name": "Office of the President of Ukraine", "type": "organisation", "aliases": ["the Office of the President of Ukraine"]},
 ],
 "notes": [
  "second reading: no change (three quotes, all Zelenskyy; no figures; the two 'by the end of the year' events and actors checked).",
  "Only three quotes, all by Zelenskyy (below the round's target of four); kept as the only courts/justice item found. Attributions: 'said Volodymyr Zelenskyy', 'he stressed', 'Volodymyr Zelenskyy summed up'.",
  "'30 questions to the President of Ukraine' is the title of a press marathon in quote marks, not a quote; its '30' is part of a title and not annotated as a figure.",
  "No figures: 'some other deputies', 'The majority' are not numbers. 'eventually' and 'already' are vague, not events.",
  "The Verkhovna Rada 'has already adopted' laws and Servant of the People 'voted' without a date expression; listed as actors only.",
 ],
}
