K = "haiti_quake_2010:"
SC = "U.S. Southern Command"
KE = "Ken Keen"
USM = "U.S. military"
AW = "1st Special Operations Wing airmen"
ANN = {
 "article": "articles/dod_2010_southcom_completes_haiti_response.txt",
 "gold_out": "gold/dod_2010_southcom_completes_haiti_response.json",
 "published": "2010-06-01",
 "quotes": [
  {"text": "I am proud of Joint Task Force Haiti's accomplishments and the men and women who filled its ranks", "speaker": KE, "speaker_mention": "Army Lt. Gen. Ken Keen",
   "note": "the attribution follows the quote with an apposition between name and verb ('..., Army Lt. Gen. Ken Keen, the first commander of the command's Joint Task Force-Haiti, said.'); the comma before the closing mark is dropped"},
 ],
 "figures": [
  {"text": "two", "value": 2, "unit": None, "counted": "annual military exercises in the region", "source": None, "approx": None},
  {"quantity": K+"magnitude", "text": "7", "value": 7, "unit": None, "counted": "earthquake magnitude", "source": None, "approx": None, "ctx": "magnitude 7 earthquake",
   "note": "a measure, unit null; the sentence ends 'according to Southcom officials', but the magnitude describes the earthquake and is not part of what the officials count, so null"},
  {"quantity": K+"us_forces_total", "text": "22,000", "value": 22000, "unit": None, "counted": "U.S. forces in the response at its peak", "source": SC,
   "approx": None,
   "note": "'at its peak, included 22,000 forces - ... according to Southcom officials': Southcom officials -> U.S. Southern Command. Shares us_forces_total with '9,000 to 10,000' expected by the weekend of 16-17 January (dod_2010_haiti_gates_mullen_aid_streaming)"},
  {"quantity": K+"us_forces_on_land", "text": "7,000", "value": 7000, "unit": None, "counted": "forces based on land at the peak", "source": SC, "approx": None,
   "note": "part of the 22,000; shares us_forces_on_land with 'Some 1,000 U.S. servicemembers ... on the ground in Haiti' on 15 January"},
  {"text": "58", "value": 58, "unit": None, "counted": "aircraft the forces operated aboard at the peak", "source": SC, "approx": None},
  {"quantity": K+"us_ships_supporting", "text": "15", "value": 15, "unit": None, "counted": "nearby vessels the forces operated aboard at the peak", "source": SC, "approx": None,
   "note": "shares us_ships_supporting with the 19 U.S. ships supporting the effort 'as of' 1 February, also claimed by Southcom (dod_2010_haiti_carrier_leaves_mission_continues); the two disagree"},
  {"text": "30", "value": 30, "unit": "hours", "counted": "hours after the earthquake within which the airmen landed", "source": SC, "approx": "up to", "ctx": "within 30 hours",
   "note": "'within 30 hours of the earthquake' -> up to (a ceiling, as 'within' in score.py's max class); the sentence closes with 'a Southcom official said', so the official (Southern Command) claims it"},
  {"text": "30", "value": 30, "unit": "minutes", "counted": "minutes after landing when the airmen controlled airfield operations", "source": SC, "approx": None, "ctx": "30 minutes after",
   "note": "same sentence and claimant"},
  {"text": "hundreds", "value": None, "vague": True, "unit": None, "counted": "aircraft landed and taken off", "source": SC, "approx": None,
   "note": "vague plural; same sentence, claimed by 'a Southcom official'"},
 ],
 "events": [
  {"actor": USM, "date": "2010-06-01", "date_text": "today", "what": "the U.S. military officially ended its disaster response in Haiti", "occ": 1,
   "note": "'The U.S. military today officially ended ...': the subject of 'ended'; Tuesday 1 June 2010 (date line of the page)"},
  {"actor": USM, "date": "2010-06-01", "date_text": "today", "what": "the U.S. military officially ended its disaster response in Haiti (second 'today' of the sentence)", "occ": 2,
   "note": "the sentence prints 'today' twice ('today officially ended ... in Haiti today'): one event per date expression, both modify 'ended'"},
  {"actor": None, "date": "2010-01-12", "date_text": "Jan. 12", "what": "magnitude 7 earthquake in Haiti",
   "note": "a date on a noun ('The Jan. 12, magnitude 7 earthquake triggered ...'): the earthquake is the subject of 'triggered' but a natural event has no agent"},
  {"actor": AW, "date": "2010-01-12/2010-01-13", "date_text": "within 30 hours of the earthquake", "what": "airmen of the 1st Special Operations Wing landed in Haiti",
   "note": "'The airmen landed on the island within 30 hours of the earthquake': anchored on the earthquake of Tuesday 12 January 2010 (late afternoon local time), so the landing falls on 12 or 13 January; the airmen are the agent. '30 minutes after landing' (they controlled airfield operations) is anchored on this landing, not on a date, and is not annotated as a separate event"},
 ],
 "actors": [
  {"name": USM, "type": "organisation", "aliases": ["The U.S. military", "the military"]},
  {"name": SC, "type": "organisation", "aliases": ["U.S. Southern Command", "Southcom", "Southcom officials", "a Southcom official", "the command"]},
  {"name": KE, "type": "person", "aliases": ["Army Lt. Gen. Ken Keen", "Keen"]},
  {"name": AW, "type": "group", "aliases": ["airmen with the 1st Special Operations Wing", "The airmen"]},
 ],
 "notes": [
  "American Forces Press Service story by Lisa Daniel of Tuesday 1 June 2010 (on nationalguard.mil): Southern Command ends the Haiti earthquake response; story haiti_quake_2010 (see dod_2010_haiti_gates_mullen_aid_streaming for the list of items). The text twice says 'hurricane' for the earthquake response, as printed.",
  "One quote, by Lt. Gen. Ken Keen, attributed after the quote with a long apposition between name and 'said'; 'Keen added that ...' is reported speech without quote marks.",
  "Figures: the peak force (22,000; 7,000 on land; 58 aircraft; 15 vessels) is claimed by 'Southcom officials'; the airfield sentence (30 hours, 30 minutes, hundreds of aircraft) by 'a Southcom official' at its end; both mapped to U.S. Southern Command. Cross-item keys: us_forces_total (22,000; '9,000 to 10,000' on 15 Jan), us_forces_on_land (7,000; 'Some 1,000' on 15 Jan), us_ships_supporting (15; 19 on 1 Feb), magnitude.",
  "Not figures: '1st Special Operations Wing' (a unit name), 'the first commander', 'One of the first military contributions' (ordinals / pronoun 'One of'), 'one of the largest medical outreach efforts' (pronoun).",
  "Events: 'today' twice (the U.S. military ended the response), 'Jan. 12' (the earthquake, null), 'within 30 hours of the earthquake' (the airmen landed, 12-13 January). 'at its peak' is not a date.",
  "Actors: 'Southcom officials', 'a Southcom official' and 'the command' (in 'the command's Joint Task Force-Haiti') are forms of U.S. Southern Command; the State Department, nongovernmental organizations and the Haitian government are only collaborators in Keen's reported speech and are not listed; 'Joint Task Force-Haiti' does not act.",
  "second reading (annotator): the quote span checked against the straight marks (trailing comma dropped); both 'today' pinned with occ; 'within 30 hours' -> up to, interval 2010-01-12/2010-01-13; 1 June 2010 was a Tuesday; 'L'Ouverture' is an apostrophe, not a quote mark; no change.",
 ],
}
