AO = "Afghan officials"
B = "Kabul embassy suicide bomber"
W = "witnesses"
MF = "Michael Finney"
Q = "kabul_indian_embassy_bombing_2008:"
ANN = {
 "article": "articles/voa_2008_kabul_indian_embassy_bomb_kills_40.txt",
 "gold_out": "gold/voa_2008_kabul_indian_embassy_bomb_kills_40.json",
 "published": "2008-07-07",
 "quotes": [
  {"text": "The security services are endeavoring to make Kabul and Afghanistan in general a safer place. But the insurgents are determined and they do not seem to care about all of the civilian casualties",
   "speaker": MF, "speaker_mention": "Finney", "fragment": False,
   "note": "two sentences in one pair of marks, attributed after it ('said Finney'), introduced in the paragraph before as 'ISAF spokesman Captain Michael Finney'; trailing comma dropped"},
 ],
 "figures": [
  {"quantity": Q + "killed", "text": "40", "value": 40, "unit": None, "counted": "people killed", "source": None, "approx": None, "ctx": "Kills 40",
   "note": "headline 'Suicide Attacker Kills 40': outlet's voice"},
  {"quantity": Q + "killed", "text": "40", "value": 40, "unit": None, "counted": "people killed", "source": AO, "approx": None, "ctx": "killing 40 people",
   "note": "'Afghan officials say a suicide car bomber detonated a blast ..., killing 40 people and wounding 140 others'"},
  {"quantity": Q + "wounded", "text": "140", "value": 140, "unit": None, "counted": "others wounded", "source": AO, "approx": None,
   "note": "same sentence, same claimants"},
  {"text": "two", "value": 2, "unit": None, "counted": "diplomatic vehicles", "source": W, "approx": None,
   "note": "'Witnesses said the bomber attempted to ram two diplomatic vehicles'"},
 ],
 "events": [],
 "actors": [
  {"name": AO, "type": "group", "aliases": ["Afghan officials"]},
  {"name": B, "type": "person", "aliases": ["Suicide Attacker", "a suicide car bomber", "the bomber"]},
  {"name": W, "type": "group", "aliases": ["Witnesses"]},
  {"name": "Indian Ministry of External Affairs", "type": "organisation", "aliases": ["the Indian Ministry of External Affairs"]},
  {"name": "Abdul Hakim Ashar", "type": "person", "aliases": ["Abdul Hakim Ashar", "A spokesman for Afghanistan's interior ministry"]},
  {"name": "White House spokesman", "type": "person", "aliases": ["A White House spokesman"]},
  {"name": "NATO officials in Kabul", "type": "group", "aliases": ["NATO officials in Kabul"]},
  {"name": MF, "type": "person", "aliases": ["ISAF spokesman Captain Michael Finney", "Finney"]},
 ],
 "notes": [
  "VOA report by Barry Newhouse (Islamabad) of Monday 7 July 2008, kept from a testbig.com/voa reprint, on the suicide car bombing outside the Indian embassy in Kabul; the only item of story kabul_indian_embassy_bombing_2008 in this folder.",
  "Figures: the toll (headline 40, 'killing 40' by Afghan officials) and 140 wounded (Afghan officials); two diplomatic vehicles (witnesses). Not figures: 'several large Afghan development projects', 'some vehicles' (no number), 'one of the deadliest' (not a count).",
  "Quotes: one, ISAF spokesman Michael Finney ('said Finney'). Ashar's words ('He says the enemies of peace ...') are indirect speech without quote marks: not a quote.",
  "Events: none. The kept text has no date expression: 'in months' is vague, 'later' (White House spokesman) is vague; the only one, 'Monday's blast', was in the last paragraph, cut mid-sentence and dropped.",
  "Actors: Barry Newhouse (the reporter) not listed; the Afghan government, the United States and the insurgents appear only inside reported speech or as objects.",
  "Second careful read done by the annotator against FORMAT.md: text re-compared with the stored copy; the two '40' pinned by ctx; quote span without the trailing comma.",
 ],
}
