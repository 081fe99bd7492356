K = "hurricane_gustav_us_2008:"
FO = "FEMA official"
FOS = "FEMA officials"
NG = "National Guard"
ANN = {
 "article": "articles/dod_2008_gustav_slams_into_louisiana.txt",
 "gold_out": "gold/dod_2008_gustav_slams_into_louisiana.json",
 "published": "2008-09-01",
 "quotes": [
  {"text": "Now, we pray", "speaker": FO, "speaker_mention": "an official at the Federal Emergency Management Agency",
   "note": "'\"Now, we pray,\" said an official at the Federal Emergency Management Agency today': inverted attribution after the quote; the comma before the closing mark is dropped. The official is not named: canonical 'FEMA official', a person distinct from the group 'FEMA officials' of the next paragraph"},
 ],
 "figures": [
  {"quantity": K+"guard_troops_gustav", "text": "7,000", "value": 7000, "unit": None, "counted": "National Guardsmen from Florida to Texas called up for state missions", "source": FOS, "approx": "more than",
   "note": "'More than 7,000 National Guardsmen from Florida to Texas have been called up ... and are patrolling New Orleans ...'. No attribution in its own sentence; the next sentence of the same paragraph ends 'Active-duty military personnel are standing by ..., FEMA officials said', which continues the same account of the military posture (FORMAT: a claimant named in the next sentence counts; as the 7,000 'through the officials said of the next sentence' in the dev Florence items). Scope: Guard troops of all Gulf states on Gustav duty, the same quantity as the 'Some 14,000' of 3 September (dod_2008_gustav_guard_corps_continue_operations); not the Louisiana-only counts"},
  {"text": "16,000", "value": 16000, "unit": None, "counted": "\"special needs\" citizens whose evacuation U.S. Transportation Command coordinated", "source": None, "approx": None,
   "note": "narration: no attribution in this or the next sentence (the next is 'Canada sent ...'); 'FEMA officials said' is two sentences back and covers the active-duty standby only"},
 ],
 "events": [
  {"actor": FO, "date": "2008-09-01", "date_text": "today", "what": "a FEMA official said 'Now, we pray' as Gustav hit the Louisiana coast",
   "note": "'said an official at the Federal Emergency Management Agency today': the date modifies 'said', whose subject is the unnamed official; Monday 1 September 2008, the page's date"},
 ],
 "actors": [
  {"name": FO, "type": "person", "aliases": ["an official at the Federal Emergency Management Agency"]},
  {"name": FOS, "type": "group", "aliases": ["FEMA officials"]},
  {"name": NG, "type": "organisation", "aliases": ["National Guardsmen"]},
  {"name": "active-duty military personnel", "type": "group", "aliases": ["Active-duty military personnel"]},
  {"name": "U.S. Northern Command", "type": "organisation", "aliases": ["U.S. Northern Command", "its U.S. counterpart"]},
  {"name": "U.S. Transportation Command", "type": "organisation", "aliases": ["U.S. Transportation Command"]},
  {"name": "Canada", "type": "country", "aliases": ["Canada"]},
  {"name": "Canada Command", "type": "organisation", "aliases": ["Canada Command", "The command"]},
 ],
 "notes": [
  "American Forces Press Service report by Jim Garamone, dated Monday 1 September 2008 on nationalguard.mil, written as Hurricane Gustav made landfall in Louisiana; the last paragraph (cut mid-word) is dropped. Story hurricane_gustav_us_2008 with dod_2008_gustav_guard_corps_continue_operations (3 Sept) and dod_2008_gustav_guard_supporting_evacuees (4 Sept). Not the Global Voices story hurricane_gustav_caribbean_2008 (Gustav in Haiti and Jamaica).",
  "One quote: '\"Now, we pray,\" said an official at the Federal Emergency Management Agency today' (unnamed speaker, inverted attribution). '\"special needs\"' is a scare quote (a label), not a quote.",
  "Figures: 7,000 Guardsmen (FEMA officials, through the attribution of the next sentence of the same paragraph) and 16,000 special-needs evacuees (narration, null). Key hurricane_gustav_us_2008:guard_troops_gustav: all Guard troops on Gustav duty 'from Florida to Texas', the same quantity as the 'Some 14,000 National Guard troops' of 3 Sept; the Louisiana-only 7,000 of 3 and 4 Sept is another scope (key louisiana_guard_troops_gustav).",
  "Not figures: 'CC-177', 'Globemaster 3' and 'C-17' are aircraft designations; 'Operation Unify' a name.",
  "Events: only 'today' (the official said). The present-tense acts ('U.S. Northern Command is working', 'will provide ... if asked'), the undated past acts ('U.S. Transportation Command ... coordinated the evacuation', 'Canada sent', 'the ... crew flew') carry no date expression. Their agents are listed as actors. 'The command' is Canada Command (the sentence after the one that names it); 'its U.S. counterpart' is U.S. Northern Command (apposition). The Canadian Forces crew is not listed separately: 'Canadian Forces' also names a base and a formation in the text.",
  "second reading (annotator): re-read the whole item against FORMAT.md sections 1-2: quote span (comma before the closing mark dropped), every number token (7,000, 16,000; 177, 3, 17 in designations excluded), the 'More than' hedge, the claimant of 7,000 through the next sentence, 'today' = Monday 1 September 2008, every alias an exact substring; no change.",
 ],
}
