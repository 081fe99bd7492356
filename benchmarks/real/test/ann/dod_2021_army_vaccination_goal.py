DIN = "R. Scott Dingle"
ARMY = "U.S. Army"
Q = "army_covid_vaccination_2021:soldiers_vaccinated_target_share"
ANN = {
 "article": "articles/dod_2021_army_vaccination_goal.txt",
 "gold_out": "gold/dod_2021_army_vaccination_goal.json",
 "published": "2021-04-14",
 "quotes": [
  {"text": "full-court press", "speaker": DIN, "speaker_mention": "Lt. Gen. R. Scott Dingle", "fragment": True},
  {"text": "One thing that is going to allow us to meet that goal is that the distribution of the vaccine has increased", "speaker": DIN, "speaker_mention": "Dingle"},
  {"text": "Initially, it was a supply and demand issue. Now that the federal vaccine movement is producing and distributing more [vaccines], our numbers are constantly going up.", "speaker": DIN, "speaker_mention": "Dingle",
   "note": "second half of a quote split by 'Dingle said'"},
 ],
 "figures": [
  {"quantity": Q, "text": "80%", "value": 80, "unit": "%", "counted": "share of Soldiers to be vaccinated by the Fourth of July", "source": DIN, "occ": 1,
   "note": "claimant 'its surgeon general' (subject of 'said' in the same sentence), named as Lt. Gen. R. Scott Dingle in the next sentence"},
  {"quantity": Q, "text": "80%", "value": 80, "unit": "%", "counted": "share of Soldiers in the vaccination goal", "source": DIN, "occ": 2},
 ],
 "events": [
  {"actor": None, "date": "2021-06-01/2021-08-31", "date_text": "by summer", "what": "majority of Soldiers to be vaccinated",
   "note": "headline; passive without agent; 'summer' normalised to June-August 2021 as an interval"},
  {"actor": ARMY, "date": "2021-07-04", "date_text": "by the Fourth of July", "what": "vaccinate 80% of its Soldiers"},
  {"actor": DIN, "date": "2021-04-12", "date_text": "Monday", "what": "said Army on target for 80% vaccination",
   "note": "published Wednesday 14 April 2021; past tense, so the previous Monday"},
 ],
 "actors": [
  {"name": DIN, "type": "person", "aliases": ["Lt. Gen. R. Scott Dingle", "Dingle", "its surgeon general", "The surgeon general", "Army surgeon general"]},
  {"name": ARMY, "type": "organisation", "aliases": ["The Army", "the Army"]},
  {"name": "Diamond D. Hough", "type": "person", "aliases": ["Command Sgt. Maj. Diamond D. Hough"]},
  {"name": "U.S. Army Medical Command", "type": "organisation", "aliases": ["U.S. Army Medical Command", "MEDCOM"]},
  {"name": "Association of the U.S. Army", "type": "organisation", "aliases": ["the Association of the U.S. Army"]},
 ],
 "notes": [
  "second reading: no annotation change; corrected the wording of the first 80% note (the claimant 'its surgeon general' is in the same sentence, not the next). Checked: 'Monday' = 2021-04-12 (published Wednesday 2021-04-14), every quote, figure and actor against the text.",
  "Army News Service story (army.mil). Only three quotes survive in the stored copy (below the round's target of four): the fragment 'full-court press' and a quote split by 'Dingle said'; Hough's quote was in the dropped, truncated last paragraph.",
  "The speaker is introduced first as 'its surgeon general' (no name; subject of 'said' in the sentence of the first 80%) and named only in the next sentence; the first 80% is sourced to him on that basis. Both 80% figures state the same target and share a quantity key.",
  "'Majority' in the headline is not a number; 'the Fourth of July' is a date; 'WASHINGTON --' is a dateline, not an event.",
  "'One thing' (determiner/enumerator) and 'needed one' (pronoun) are not figures.",
  "'Initially' and 'Before the surge of available shots' are vague, not events. '[vaccines]' is an editorial insertion inside the quote and kept.",
 ],
}
