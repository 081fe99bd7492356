BW = "Billy J. Williams"
FLE = "federal law enforcement officers"
OIG = "Department of Justice Office of the Inspector General"
ANN = {
 "article": "articles/doj_2020_portland_williams_statement_july_20.txt",
 "gold_out": "gold/doj_2020_portland_williams_statement_july_20.json",
 "published": "2020-07-20",
 "quotes": [
  {"text": "The overarching goal of law enforcement is public protection and, during tense and dangerous situations, de-escalation. Federal law enforcement officers protecting the Mark O. Hatfield U.S. Courthouse and other federal buildings have been operating with those two critical goals. Night after night for the past 50 nights, they have protected the federal courthouse from incursion and fire. They have rebuffed efforts to enter the building by force and have been met with an onslaught of commercial fireworks, laser strikes, glass, mortars, paint, and anything else near at hand. They have endeavored to find the individuals within the crowd who are committing these violent acts and arrest them in a manner that is safe for both the officers and nearby non-violent protesters. In limited instances, their conduct has been questioned and the Department of Justice Office of the Inspector General appropriately opened an investigation into the use of less lethal ammunition directed at a protestor last week. Based on news accounts circulating that allege federal law enforcement detained two protestors without probable cause, I have requested the Department of Homeland Security Office of the Inspector General to open a separate investigation directed specifically at the actions of DHS personnel. As U.S. Attorney, I will continue to work in concert with local and federal law enforcement and city and community leaders to bring about an end to this violence.",
   "speaker": BW, "speaker_mention": "U.S. Attorney Billy J. Williams",
   "note": "the whole statement, introduced by 'U.S. Attorney Billy J. Williams released the following statement today on ...:' in the same paragraph; the final full stop inside the closing mark is kept"},
 ],
 "figures": [
  {"text": "two", "value": 2, "unit": None, "counted": "critical goals federal officers have been operating with", "source": BW, "approx": None, "ctx": "two critical goals",
   "note": "inside Williams's statement ('those two critical goals': public protection and de-escalation) -> Williams"},
  {"text": "50", "value": 50, "unit": None, "counted": "nights officers have protected the federal courthouse", "source": BW, "approx": None, "ctx": "50 nights",
   "note": "'Night after night for the past 50 nights, they have protected the federal courthouse': a duration counted in nights, which has no unit in the list (as 'two nights' elsewhere in dev), so unit null with 'nights' in counted; Williams's statement -> Williams"},
  {"text": "two", "value": 2, "unit": None, "counted": "protestors detained without probable cause, as news accounts allege", "source": None, "approx": None, "ctx": "two protestors",
   "note": "'Based on news accounts circulating that allege federal law enforcement detained two protestors without probable cause': Williams reports the count as the allegation of unnamed news accounts, he does not claim it; the claimants are not named (no outlet), so null"},
 ],
 "events": [
  {"actor": BW, "date": "2020-07-20", "date_text": "July 20", "ctx": "Protests, July 20", "what": "the U.S. Attorney's statement on the Portland protests",
   "note": "headline 'US Attorney on Portland Protests, July 20': the date dates the U.S. Attorney's statement (the headline's subject 'US Attorney' = Williams, who releases it 'today'), Monday 20 July 2020"},
  {"actor": BW, "date": "2020-07-20", "date_text": "today", "what": "Williams released a statement on federal law enforcement's response to the protests",
   "note": "'U.S. Attorney Billy J. Williams released the following statement today': active verb, Williams its subject"},
  {"actor": OIG, "date": "2020-07-13/2020-07-19", "date_text": "last week", "what": "the Justice Department's Inspector General opened an investigation into the use of less lethal ammunition against a protestor",
   "note": "inside the statement: '... the Department of Justice Office of the Inspector General appropriately opened an investigation into the use of less lethal ammunition directed at a protestor last week.' Read as dating the clause's verb 'opened' (the Inspector General its agent). The phrase could also be read as dating the shooting ('directed at a protestor last week', no agent named); the main-verb reading is taken. 'last week' = the ISO week before Monday 20 July 2020: 2020-07-13/2020-07-19"},
 ],
 "actors": [
  {"name": BW, "type": "person", "aliases": ["U.S. Attorney Billy J. Williams", "US Attorney", "U.S. Attorney"]},
  {"name": FLE, "type": "organisation", "aliases": ["Federal law enforcement officers", "federal law enforcement"]},
  {"name": OIG, "type": "organisation", "aliases": ["the Department of Justice Office of the Inspector General", "Department of Justice Office of the Inspector General"]},
 ],
 "notes": [
  "Statement of Monday 20 July 2020 by U.S. Attorney Billy J. Williams (District of Oregon, Justice Department) on federal law enforcement's response to the protests at the Mark O. Hatfield courthouse in Portland; kept from oregontoday.net's repost (meta edits). Story portland_federal_courthouse_protests_2020 with doj_2020_portland_protester_arrested_hatfield_courthouse (3 July).",
  "Quotes: one long quote, the whole statement after 'released the following statement today on ...:'. Williams speaks as 'I' inside it; no nested quote.",
  "Figures: 'two critical goals' and '50 nights' are Williams's own (inside his statement) -> Williams; 'two protestors' is the count alleged by unnamed 'news accounts' that Williams reports, so null. No quantity key: nothing here counts what the 3 July release counts.",
  "Events: the headline's 'July 20' and 'today' (Williams's statement), and 'last week' inside the statement (the Inspector General opened an investigation; see its note for the attachment read). 'Night after night for the past 50 nights' is a duration, not an event. Left out: the dateline 'PORTLAND, Ore.—'.",
  "Actors: Williams ('US Attorney' in the headline, 'U.S. Attorney' in the statement), federal law enforcement officers (protected the courthouse, rebuffed, endeavored; 'federal law enforcement' detained two protestors in the news accounts), the Justice Department's Office of the Inspector General (opened an investigation). Not actors: the DHS Office of the Inspector General (only asked to open an investigation, not acting), 'DHS personnel' (object), the unnamed 'news accounts' and protesters.",
  "second reading (annotator): re-read the whole item once against FORMAT.md sections 1-2 and the stored copy: checked the quote span (opening after the colon, final full stop kept), each number token ('two' twice, '50') annotated, 20 July 2020 a Monday and the ISO week 13-19 July for 'last week', and every alias an exact substring; no change.",
 ],
}
