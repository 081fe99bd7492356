K = "west_bengal_derailment_2010:"
MR = "Maoist rebels"
ANN = {
 "article": "articles/voa_2010_west_bengal_train_toll_140.txt",
 "gold_out": "gold/voa_2010_west_bengal_train_toll_140.json",
 "published": "2010-05-30",
 "quotes": [],
 "figures": [
  {"quantity": K+"deaths", "text": "140", "ctx": "Death Toll Reaches 140", "value": 140, "unit": None, "counted": "death toll in India train wreck", "source": None, "approx": None,
   "note": "headline, outlet's voice; 'Reaches 140' has no hedge (the body says 'more than 140')"},
  {"quantity": K+"deaths", "text": "140", "ctx": "more than 140 people", "value": 140, "unit": None, "counted": "people (death toll)", "source": None, "approx": "more than",
   "note": "'The death toll stands at more than 140 people.': outlet's voice, no claimant in this or the next sentence; the Wikinews and VOA items of 28 May give 'at least 65' (same key)"},
  {"quantity": K+"injured", "text": "Hundreds", "value": None, "vague": True, "unit": None, "counted": "people injured", "source": None, "approx": None,
   "note": "'Hundreds of people were injured': vague plural, outlet's voice; same key as 'over 200' (Wikinews) and 'more than 100' (VOA 28 May)"},
  {"text": "five", "ctx": "five days", "value": 5, "unit": "days", "counted": "days of protests called by the Maoist rebels", "source": None, "approx": None,
   "note": "the length of the protests the rebels called for, told in the outlet's voice (the rebels' call is their act, not a claim of a number): source null"},
  {"text": "five", "ctx": "five eastern", "value": 5, "unit": None, "counted": "eastern and central states where the rebels are dominant", "source": None, "approx": None,
   "note": "outlet's voice"},
 ],
 "events": [
  {"actor": "rescue workers", "date": "2010-05-30", "date_text": "Sunday", "ctx": "more bodies Sunday", "what": "recovered more bodies from the wreckage",
   "note": "'Rescue workers in India recovered more bodies Sunday': active verb, the rescue workers are the agent; Sunday = the publication day, 30 May 2010"},
  {"actor": None, "date": "2010-05-28", "date_text": "early Friday", "what": "the express train crashed in West Bengal",
   "note": "'... when the express train ... crashed in a remote part of West Bengal state early Friday': the date modifies 'crashed', which has no agent (the train), and the main clause is a passive without agent ('were injured'): null. Friday before Sunday 30 May = 28 May 2010"},
  {"actor": MR, "date": "2010-05-28", "date_text": "starting Friday", "what": "five days of protests called by the Maoist rebels begin",
   "note": "'Maoist rebels called for five days of protests starting Friday': the date is on the noun 'protests', whose agents the text names (the rebels who called them); the calling itself is undated. Friday = 28 May 2010"},
 ],
 "actors": [
  {"name": "rescue workers", "type": "group", "aliases": ["Rescue workers"]},
  {"name": MR, "type": "group", "aliases": ["Maoists", "Maoist rebels", "Moast rebels", "the rebels", "Naxalites"]},
  {"name": "Indian authorities", "type": "organisation", "aliases": ["Officials", "Authorities"]},
  {"name": "Indian railway officials", "type": "organisation", "aliases": ["Railway officials"]},
  {"name": "Indian government", "type": "organisation", "aliases": ["The government"]},
 ],
 "notes": [
  "VOA News report of Sunday 30 May 2010 (date worked out, see meta published_evidence), two days after the derailment of the Gyaneshwari Express in West Bengal early on Friday 28 May 2010; story west_bengal_derailment_2010 with wn_2010_west_bengal_derailment_65_dead (Wikinews, 28 May) and voa_2010_west_bengal_train_wreck_65 (VOA, 28 May).",
  "Keys shared across the story: " + K + "deaths ('Reaches 140' headline, 'more than 140' body here; 'at least 65' on 28 May in both other items) and " + K + "injured ('Hundreds' here; 'over 200' Wikinews, 'more than 100' VOA of 28 May). All tolls in this item are the outlet's own (null source).",
  "No quotes. Speakers in reported speech: 'Officials blame Maoists', 'Authorities ... They say it appears that a portion of the track was removed' ('They' = the authorities, the same actor as 'Officials': both are the unnamed Indian officials), 'The government calls the Maoists ...'. 'Railway officials have canceled all night trains' is undated (no event).",
  "'Maoists', 'Maoist rebels', 'Moast rebels' (typo kept as printed), 'the rebels' and 'Naxalites' are one group. The 'who say they are fighting for ...' clause is the rebels' reported speech.",
  "Second careful read done by the annotator against FORMAT.md (sections 1-2): three date expressions (Sunday, early Friday, starting Friday) all annotated; both 'five' figures pinned by ctx; actors' surface forms checked against the text.",
 ],
}
