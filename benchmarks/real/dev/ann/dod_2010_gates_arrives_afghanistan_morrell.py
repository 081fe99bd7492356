G = "Robert M. Gates"
M = "Geoff Morrell"
ANN = {
 "article": "articles/dod_2010_gates_arrives_afghanistan_morrell.txt",
 "gold_out": "gold/dod_2010_gates_arrives_afghanistan_morrell.json",
 "published": "2010-12-07",
 "quotes": [
  {"text": "So clearly, what the secretary learns here, what he sees here, what he thinks here will inform the discussion that is taking place back in Washington",
   "speaker": M, "speaker_mention": "Morrell",
   "note": "'...,” Morrell said.': the comma before the closing mark is dropped"},
  {"text": "I think that coming into this visit, we have a pretty good sense that the strategy is working on the security side and elsewhere, but I think this [visit] is important to inform that discussion back in Washington.",
   "speaker": M, "speaker_mention": "Morrell",
   "note": "second quote after 'Morrell said.', no cue of its own: same speaker; the bracketed '[visit]' is the reporter's insertion; final full stop kept"},
  {"text": "feeling very good", "speaker": M, "speaker_mention": "Morrell", "fragment": True,
   "note": "'Morrell added that he thinks the secretary arrives here “feeling very good” about the progress': a short phrase inside reported speech"},
 ],
 "figures": [
  {"text": "a year", "value": 1, "unit": "years", "counted": "time since Obama announced the new U.S. strategy for the war", "source": M, "approx": None,
   "note": "'Pentagon Press Secretary Geoff Morrell said that ... it comes a year after President Barack Obama announced the new U.S. strategy': a duration inside Morrell's reported speech -> Morrell"},
  {"text": "18", "value": 18, "unit": None, "counted": "soldiers Gates is to meet at Forward Operating Base Connolly", "source": None, "approx": None,
   "note": "narration of the schedule, no claimant"},
  {"text": "six", "value": 6, "unit": None, "counted": "members of the platoon killed Nov. 29", "source": None, "approx": None,
   "note": "'18 soldiers who lost six members of their platoon Nov. 29': narration, no claimant"},
 ],
 "events": [
  {"actor": G, "date": "2010-12-07", "date_text": "today", "what": "Gates arrived in Afghanistan for troop visits and meetings", "ctx": "Afghanistan today",
   "note": "'Defense Secretary Robert M. Gates arrived in Afghanistan today': the dateline's day, Tuesday 7 December 2010"},
  {"actor": None, "date": "2010-12-07", "date_text": "at about noon local time", "what": "Gates' aircraft touched down at Bagram Airfield",
   "note": "'Gates’ aircraft touched down at Bagram Airfield at about noon local time': the subject is the aircraft, not an actor -> null (as 'second plane from China landed', 'plane to fly', no agent, in dev); the reference day, 7 December 2010"},
  {"actor": "Afghan border guard", "date": "2010-11-29", "date_text": "Nov. 29", "what": "an Afghan border guard opened fire, killing six members of a platoon",
   "note": "'18 soldiers who lost six members of their platoon Nov. 29 when an Afghan border guard opened fire on them': the soldiers 'lost' their comrades (experiencers, not agents); the killing dated Nov. 29 is the border guard's act (the 'when' clause), so the guard is the agent (as 'an attack during which the subject killed is the subject's'). 29 November 2010, before the published date"},
 ],
 "actors": [
  {"name": G, "type": "person", "aliases": ["Defense Secretary Robert M. Gates", "Gates", "the secretary"]},
  {"name": M, "type": "person", "aliases": ["Pentagon Press Secretary Geoff Morrell", "Morrell"]},
  {"name": "Barack Obama", "type": "person", "aliases": ["President Barack Obama"]},
  {"name": "National Security Council", "type": "organisation", "aliases": ["the National Security Council"]},
  {"name": "Afghan border guard", "type": "person", "aliases": ["an Afghan border guard"]},
 ],
 "notes": [
  "American Forces Press Service story of Tuesday 7 December 2010 on Defense Secretary Robert Gates's arrival in Afghanistan (dateline 'KABUL, Afghanistan, Dec. 7, 2010'), reposted by GlobalDefence.net with the credit 'Source: U.S. Department of Defense, Office of the Assistant Secretary of Defense (Public Affairs)'. Story gates_afghanistan_gulf_trip_dec2010 (one item here).",
  "Quotes: three, all Geoff Morrell's (two full quotes around 'Morrell said.', and the fragment 'feeling very good' inside 'Morrell added that ...').",
  "Figures: 'a year' (duration in Morrell's reported speech -> Morrell), '18' soldiers and 'six' platoon members (narration, null). Not figures: '1st and 2nd Battalions, 327th Infantry Regiment' and '1st Squadron, 61st Cavalry' (unit designations), 'quarterly' (a frequency with no number), the dateline's date.",
  "Events: 'today' (Gates arrived), 'at about noon local time' (his aircraft touched down: null), 'Nov. 29' (the border guard opened fire; the soldiers lost six comrades). Left out: the dateline, 'a year after President Barack Obama announced ...' (a distance in time measured from an undated event, not a date of its own; kept as a figure), 'over the past year' (a period measured back from the report, a duration without number; dev treats VOA's 'over the past year' the same way), 'Later' (vague), 'From there' (a place).",
  "Actors: Gates ('the secretary' three times, once inside Morrell's quote), Morrell (speaker), Obama (announced the strategy), the National Security Council (assesses it), the Afghan border guard (opened fire). Not actors: Karzai, Petraeus, Rodriguez and Eikenberry (only the people Gates is to meet), the '18 soldiers' (to be met; they suffered the loss), 'his party' (boarded helicopters, no name).",
  "first reading (annotator): annotated against FORMAT.md; 7 December 2010 was a Tuesday; quote spans checked against the curly marks (one trailing comma dropped, the final full stop of the second quote kept).",
  "second reading (checker): re-read every attribution (all three quotes Morrell's; 'he' in the second paragraph of quotes is the secretary, not a speaker), claimants (only 'a year' sits in reported speech), event actors ('Nov. 29' weighed between null and the guard; kept the guard because the dated loss is the killing in the 'when' clause) and dates against 2010-12-07; no change.",
 ],
}
