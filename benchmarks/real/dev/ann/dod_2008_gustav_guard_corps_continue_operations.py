K = "hurricane_gustav_us_2008:"
NG = "National Guard"
GO = "Guard officials"
MNG = "Mississippi National Guard"
ANN = {
 "article": "articles/dod_2008_gustav_guard_corps_continue_operations.txt",
 "gold_out": "gold/dod_2008_gustav_guard_corps_continue_operations.json",
 "published": "2008-09-03",
 "quotes": [],
 "figures": [
  {"quantity": K+"guard_troops_gustav", "text": "14,000", "value": 14000, "unit": None, "counted": "National Guard troops actively supporting recovery efforts following Hurricane Gustav", "source": None, "approx": "around",
   "note": "'Some 14,000 National Guard troops are actively supporting ...': 'Some' -> around; the Army News Service's own voice (no attribution in this or the next sentence). All Guard troops on Gustav duty, the same quantity as the 'More than 7,000 National Guardsmen from Florida to Texas' of 1 Sept (a total that grew)"},
  {"text": "36,000", "value": 36000, "unit": None, "counted": "additional Soldiers and Airmen ready to support civilian authorities", "source": None, "approx": None,
   "note": "'An additional 36,000 Soldiers and Airmen are ready ...': narration; 'additional' is not a hedge"},
  {"text": "1.3 million", "value": 1.3e6, "unit": None, "counted": "power outages Gustav left in Louisiana, Mississippi and Arkansas", "source": None, "approx": "around",
   "note": "'Gustav left some 1.3 million power outages': 'some' -> around; narration"},
  {"text": "three", "value": 3, "unit": None, "counted": "additional storms the Guard is monitoring", "source": GO, "approx": None, "ctx": "three additional storms",
   "note": "'the Guard is monitoring three additional storms ..., including Hanna, Ike, and Josephine.' No attribution in its own sentence; the next sentence, 'Guard officials say they are prepared to respond accordingly when those storms hit land', continues the same account (of those storms), so the claimant named in the next sentence counts (FORMAT). Not 'three years ago' (a date expression, an event)"},
  {"quantity": K+"louisiana_guard_troops_gustav", "text": "7,000", "value": 7000, "unit": None, "counted": "National Guard members on the ground throughout Louisiana", "source": None, "approx": "around",
   "note": "'In Louisiana, nearly 7,000 National Guard members are on the ground throughout the state': 'nearly' -> around; narration. Same quantity as the 'More than 7,000 National Guard troops ... across Louisiana' of 4 Sept (dod_2008_gustav_guard_supporting_evacuees); not the all-states total"},
  {"text": "1,900", "value": 1900, "unit": None, "counted": "Guard members providing support to local law enforcement in New Orleans", "source": None, "approx": "around",
   "note": "'with around 1,900 providing support ...': narration"},
  {"text": "1,500", "value": 1500, "unit": None, "counted": "National Guard Soldiers and Airmen on duty in Mississippi", "source": None, "approx": "around",
   "note": "'In Mississippi, some 1,500 National Guard Soldiers and Airmen are on duty': 'some' -> around; narration"},
  {"text": "six", "value": 6, "unit": None, "counted": "distribution sites the Mississippi National Guard has established", "source": None, "approx": None,
   "note": "narration"},
  {"text": "four", "value": 4, "unit": None, "counted": "distribution sites in Harrison County", "source": None, "approx": None,
   "note": "'four of those sites are in Harrison County': a count of sites (a part of the six), not an enumerator; narration"},
  {"text": "two", "value": 2, "unit": None, "counted": "distribution sites in Hancock County", "source": None, "approx": None,
   "note": "'and two are in Hancock County there': a count of sites (elided noun 'sites'); narration"},
 ],
 "events": [
  {"actor": None, "date": "2008-09-01", "date_text": "Sept. 1", "what": "Hurricane Gustav hit Louisiana and New Orleans",
   "note": "'Hurricane Gustav which hit Louisiana and New Orleans Sept. 1': weather, no agent; Monday 1 September 2008. The dateline '(Army News Service, Sept. 3, 2008)' is not an event"},
  {"actor": None, "date": "2005", "date_text": "three years ago", "what": "the damage inflicted by Hurricane Katrina",
   "note": "'the damage inflicted by Hurricane Katrina just three years ago': a passive participle whose by-agent is a hurricane (weather, not an actor), so null; 2008 minus three years = 2005 (Katrina, August 2005; the year as in the dev 'four years ago' -> 2004)"},
 ],
 "actors": [
  {"name": NG, "type": "organisation", "aliases": ["National Guard troops", "the National Guard", "the Guard", "National Guard members"]},
  {"name": GO, "type": "group", "aliases": ["Guard officials"]},
  {"name": "Army Corps of Engineers", "type": "organisation", "aliases": ["the Army Corps of Engineers"]},
  {"name": MNG, "type": "organisation", "aliases": ["The Mississippi National Guard"]},
 ],
 "notes": [
  "Army News Service report of Wednesday 3 September 2008 (dateline) on army.mil, on the Guard and Army Corps of Engineers after Hurricane Gustav; the last paragraph (cut mid-sentence) is dropped and the headline is taken from the stored copy of the same article at its capitalised address (meta edits). Story hurricane_gustav_us_2008 with dod_2008_gustav_slams_into_louisiana (1 Sept) and dod_2008_gustav_guard_supporting_evacuees (4 Sept).",
  "No quotes (no quote marks in the text).",
  "Keys (hurricane_gustav_us_2008:): guard_troops_gustav ('Some 14,000' here against 'More than 7,000 ... from Florida to Texas' on 1 Sept: all Guard troops on Gustav duty); louisiana_guard_troops_gustav ('nearly 7,000' in Louisiana here against 'More than 7,000 ... across Louisiana' on 4 Sept). The 36,000 on standby, the 1,900 in New Orleans and the 1,500 in Mississippi have other scopes and no key.",
  "Claimants: all figures are the Army News Service's own voice except 'three additional storms', claimed by Guard officials through the next sentence ('Guard officials say they are prepared to respond accordingly when those storms hit land'), which continues the same account.",
  "Events: 'Sept. 1' (Gustav hit, weather, null) and 'three years ago' (Katrina's damage, a hurricane as by-agent, null). 'now a tropical depression', 'upcoming elections' and the present-tense Guard activities carry no date expression. Not events: the dateline.",
  "Actors: the National Guard (its troops and members, 'the Guard', 'the National Guard'), Guard officials (who say they are prepared), the Army Corps of Engineers and the Mississippi National Guard (which established the sites, undated). 'Guardsmen in Louisiana' and 'National Guard Soldiers and Airmen' (in Mississippi) are counted groups, not listed as aliases to keep each surface form with one actor.",
  "second reading (annotator): re-read the whole item against FORMAT.md sections 1-2: every number token (14,000, 36,000, 1.3 million, three x2 - one a date expression, 7,000, 1,900, 1,500, six, four, two), the hedges (Some/some -> around, nearly -> around, around), the two keys and their scopes, 'Sept. 1' = Monday 1 September 2008 and 'three years ago' = 2005, every alias an exact substring; no change.",
 ],
}
