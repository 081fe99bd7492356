K = "christmas_island_shipwreck_2010:"
AU = "Australian authorities"
CU = "Australian Customs"
L = "Stephen Langford"
S = "Wayne Swan"
G = "Julia Gillard"
R = "Christmas Island residents"
ANN = {
 "article": "articles/voa_2010_christmas_island_shipwreck_two_dozen_dead.txt",
 "gold_out": "gold/voa_2010_christmas_island_shipwreck_two_dozen_dead.json",
 "published": "2010-12-15",
 "quotes": [
  {"text": "people smuggler's boat", "speaker": S, "speaker_mention": "Acting Prime Minister Wayne Swan", "fragment": True,
   "note": "'Acting Prime Minister Wayne Swan described the vessel as a \"people smuggler's boat\"': Swan's words, a fragment inside reported speech"},
 ],
 "figures": [
  {"quantity": K+"dead", "text": "Two Dozen", "value": 24, "unit": None, "counted": "dead in the Christmas Island shipwreck", "source": None, "approx": "more than",
   "ctx": "More Than Two Dozen Dead",
   "note": "headline 'More Than Two Dozen Dead'; no claimant in the headline itself; 'two dozen' = 24"},
  {"quantity": K+"dead", "text": "two dozen", "value": 24, "unit": None, "counted": "people dead after the boat broke up", "source": AU, "approx": "more than",
   "note": "'Australian authorities say more than two dozen people are dead'"},
  {"quantity": K+"rescued", "text": "42", "value": 42, "unit": None, "counted": "people rescued", "source": CU, "approx": None,
   "note": "'Customs officials say 42 people have been rescued'; Wikinews of the same day has '41 of the 75' rescued (Government sources), same key"},
  {"quantity": K+"bodies_recovered", "text": "27", "value": 27, "unit": None, "counted": "bodies recovered", "source": CU, "approx": None,
   "note": "'and another 27 bodies have been recovered', in the same clause of what Customs officials say; Wikinews has the same 27 (same key); bodies recovered are kept apart from the 'dead' estimate ('more than two dozen')"},
  {"text": "several thousand", "value": None, "vague": True, "unit": "km", "counted": "kilometers northwest of Australia", "source": None, "approx": None,
   "note": "'located several thousand kilometers northwest of Australia': a vague distance, the outlet's voice"},
  {"quantity": K+"on_board", "text": "70", "value": 70, "unit": None, "counted": "people on the wooden boat (original estimate)", "source": AU, "approx": "around",
   "note": "'Officials originally estimated that about 70 people were on the wooden boat': unnamed Australian officials, taken as the Australian authorities of the lead ('Officials' is an alias of that actor); Wikinews has 'approximately 70' and '75' (same key)"},
  {"text": "three", "value": 3, "unit": None, "counted": "survivors seriously injured", "source": L, "approx": None,
   "note": "'Dr. Stephen Langford ... told VOA that medical teams have been dispatched to help three survivors who were seriously injured'"},
 ],
 "events": [
  {"actor": None, "date": "2010-12-15", "date_text": "Wednesday", "what": "boat filled with suspected asylum seekers broke up on the shores of Christmas Island",
   "ctx": "remote island Wednesday",
   "note": "'a boat ... broke up on the rugged shores of a remote island Wednesday': the boat breaking up has no agent (the heavy seas are a cause, not an actor); Wednesday of the report = 15 December 2010"},
  {"actor": S, "date": "2010-12-15", "date_text": "early Wednesday", "what": "Swan described the vessel as a people smuggler's boat at a press conference in Canberra",
   "note": "'Acting Prime Minister Wayne Swan described the vessel ... during a press conference in Canberra early Wednesday': agent Swan"},
 ],
 "actors": [
  {"name": AU, "type": "organisation", "aliases": ["Australian authorities", "Officials"]},
  {"name": CU, "type": "organisation", "aliases": ["Customs officials"]},
  {"name": L, "type": "person", "aliases": ["Dr. Stephen Langford", "Stephen Langford"]},
  {"name": R, "type": "group", "aliases": ["Residents on Christmas Island", "Several"]},
  {"name": S, "type": "person", "aliases": ["Acting Prime Minister Wayne Swan", "Wayne Swan"]},
  {"name": G, "type": "person", "aliases": ["Prime Minister Julia Gillard", "Julia Gillard"]},
 ],
 "notes": [
  "VOA News report of Wednesday 15 December 2010 (date inferred, see meta) on the asylum boat wrecked at Christmas Island; story christmas_island_shipwreck_2010 with wn_2010_christmas_island_boat_many_unaccounted (Wikinews, the same day).",
  "Cross-report figures: people rescued, 42 here (Customs officials) against 41 in Wikinews (Government sources), key christmas_island_shipwreck_2010:rescued; 27 bodies recovered in both, key :bodies_recovered; people on board, 'about 70' here (officials' original estimate) against 'approximately 70' and '75' in Wikinews, key :on_board. 'More than two dozen' dead (headline and lead, key :dead) is kept apart from the bodies count and from Wikinews's projection that the toll 'could rise to 50'.",
  "Claimants: Australian authorities (lead), Customs officials (42 rescued, 27 bodies), officials' original estimate of about 70 (unnamed officials, taken as the Australian authorities), Stephen Langford of the Royal Flying Doctor service (three seriously injured). The headline and 'several thousand kilometers' are the outlet's voice.",
  "Quote: Swan's fragment \"people smuggler's boat\" (speaker named in the same sentence). Residents 'say they tried to throw life vests' and 'Several described their horror' are reported speech without quote marks; 'Several' refers to the residents and is listed as their alias.",
  "Events: 'Wednesday' (the boat broke up, no agent) and 'early Wednesday' (Swan's press conference). Not events: 'originally' (vague). Gillard 'announced she was cutting short her holiday' carries no date expression. The Royal Flying Doctor service and VOA ('told VOA') do not act on their own and are not actors; 'medical teams have been dispatched' is a passive without agent or date.",
  "Not figures: 'Two Dozen'/'two dozen' are figures (24); 'Several' (no number), 'Wednesday'.",
  "second reading (annotator): re-read the whole item against FORMAT.md sections 1-2: 'More Than' governs both 'two dozen' figures -> more than; 'about 70' -> around; the quote text has no trailing punctuation inside the marks; the 27 bodies and 42 rescued both sit inside 'Customs officials say'; aliases checked as exact surface forms.",
 ],
}
