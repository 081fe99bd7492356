K = "israel_hezbollah_2006:"
MH = "Maura Harty"
ANN = {
 "article": "articles/state_2006_lebanon_harty_departure_briefing_jul20.txt",
 "gold_out": "gold/state_2006_lebanon_harty_departure_briefing_jul20.json",
 "published": "2006-07-20",
 "quotes": [],
 "figures": [
  {"quantity": K+"departures_lebanon_jul20", "text": "2250", "value": 2250, "unit": None, "counted": "people who will have left Lebanon by dusk today", "source": MH, "approx": "around", "occ": 1,
   "note": "'approximately 2250 people will have left -- excuse me, Cyprus and Beirut -- ...': Harty's turn (transcript convention: the speaker claims the figure); 'approximately' -> around. She corrects herself and repeats the figure"},
  {"quantity": K+"departures_lebanon_jul20", "text": "2250", "value": 2250, "unit": None, "counted": "people who will have left Lebanon by chopper and vessels by dusk today", "source": MH, "approx": "around", "occ": 2,
   "note": "the repeat after the self-correction: same quantity, same key"},
  {"quantity": K+"americans_evacuated_total", "text": "3850", "value": 3850, "unit": None, "counted": "assisted departures from Lebanon to date (total)", "source": MH, "approx": "around",
   "note": "'that brings the total of assisted departures to approximately 3850': the running total of the U.S. assisted departure (a later figure of the same total is the DOD item's 14,876, which carries no key in dev)"},
  {"text": "400", "value": 400, "unit": None, "counted": "people who made it out by land to Syria", "source": "U.S. Embassy in Damascus", "approx": None,
   "note": "'There are another 400 people, our Embassy in Damascus has confirmed, made it out by land to Syria': the claimant named in the sentence is the embassy ('has confirmed'); 'another' is not a hedge"},
  {"text": "138", "value": 138, "unit": None, "counted": "people carried by the first charter flight to Baltimore-Washington International Airport", "source": MH, "approx": None},
 ],
 "events": [
  {"actor": None, "date": "2006-07-20", "date_text": "By dusk today", "what": "about 2,250 people will have left Lebanon by helicopter and ship",
   "note": "'By dusk today in Cyprus, approximately 2250 people will have left ...': kept (a time of the day, not a bare 'today'); the subject of 'will have left' is the counted departing people, a number and not a named actor, so null"},
 ],
 "actors": [
  {"name": "Tom Casey", "type": "person", "aliases": ["MR. CASEY"]},
  {"name": MH, "type": "person", "aliases": ["ASSISTANT SECRETARY HARTY", "Assistant Secretary of State for Consular Affairs Maura Harty", "Assistant Secretary for Consular Affairs Maura Harty"]},
  {"name": "Michael Barbero", "type": "person", "aliases": ["Brigadier General Barbero"]},
  {"name": "US Department of State", "type": "organisation", "aliases": ["the State Department"]},
  {"name": "US Department of Defense", "type": "organisation", "aliases": ["Department of Defense", "Defense Department"]},
  {"name": "U.S. Embassy in Damascus", "type": "organisation", "aliases": ["our Embassy in Damascus"]},
 ],
 "notes": [
  "State Department special briefing of Thursday 20 July 2006 ('round three' of the daily briefings on the assisted departure from Lebanon; the date worked out in the meta file), kept from thesop.org's repost; story israel_hezbollah_2006 with state_2006_lebanon_rice_authorizes_30_million (24 July) and state_2006_lebanon_bush_pledges_230_million (21 August) of this folder.",
  "Transcript: turns labelled 'MR. CASEY:' and 'ASSISTANT SECRETARY HARTY:' without quote marks, so no quotes; figures in Harty's turn are claimed by Harty, except the 400 who went to Syria, which 'our Embassy in Damascus has confirmed' (source: the embassy).",
  "Keys: israel_hezbollah_2006:departures_lebanon_jul20 for the repeated 2250 (one day's departures); israel_hezbollah_2006:americans_evacuated_total for the running total 3850 (the DOD item's 14,876 'total of Americans evacuated' is the same quantity at a later date but has no key in dev; the lead may add it).",
  "Events: only 'By dusk today' (null actor: the subject is the counted people). Left out: 'being here again today' and 'arrived today' (bare 'today' in speech), 'To date' (vague: up to now), 'in the past' (vague), 'daily'. The date of the briefing is not printed in the kept text.",
  "Actors: Casey (introduces the briefers), Harty (briefs; the short title's bare 'With Assistant Secretary of State' names no person and is not listed as an alias), Barbero (briefer; full name Michael Barbero, not printed), the State Department and Defense Department (their efforts), and the U.S. Embassy in Damascus (confirms). The HHS, the Red Cross and Henrietta Fore were 'on hand' at the arrival but do not act otherwise; not listed. 'we' in the turns is the State Department.",
  "Not figures: 'round three' (a designation of the briefing), 'the first charter flight' (ordinal), 'A quick update'.",
  "The full title line (line 2) keeps the repost's missing space in 'theJoint' as printed (see meta edits).",
  "second reading (annotator): re-read the whole item once against FORMAT.md sections 1-2: no quote marks; the two '2250' occurrences, '3850', '400', '138' checked (approximately -> around; 'another' not a hedge); the one event's date (20 July 2006, Thursday) and the left-out expressions rechecked; every alias an exact substring and no surface form shared ('Department of Defense' in line 2, 'Defense Department' in line 3). No change.",
 ],
}
