K = "us_caatsa_russia_sanctions_2018:"
ST = "US Department of State"
TR = "US Department of the Treasury"
RU = "Russia"
ANN = {
 "article": "articles/state_2018_russia_sanctions_12_lsp_project_lakhta.txt",
 "gold_out": "gold/state_2018_russia_sanctions_12_lsp_project_lakhta.json",
 "published": "2018-12-19",
 "quotes": [],
 "figures": [
  {"quantity": K+"lsp_added_dec19", "text": "12", "value": 12, "unit": None, "counted": "individuals and entities added to the List of Specified Persons", "source": None, "approx": None,
   "note": "'the State Department added 12 individuals and entities to the List of Specified Persons': the State Department is the one who adds, not a claimant; the media note's voice, null. The same twelve recur as 'the twelve persons added to the LSP' (same key)"},
  {"quantity": K+"lsp_added_dec19", "text": "twelve", "value": 12, "unit": None, "counted": "persons added to the LSP", "source": None, "approx": None,
   "note": "'including the twelve persons added to the LSP': the same 12 as the paragraph before (same key); the note's voice"},
 ],
 "events": [
  {"actor": ST + " and " + TR, "date": "2018-12-19", "date_text": "Today", "what": "the Departments of State and the Treasury took joint action against Russia",
   "note": "'Today, the Departments of State and the Treasury took joint action': a coordinated subject, so the joint actor of both departments; the note's day, Wednesday 19 December 2018 (printed date line, removed; meta)"},
  {"actor": None, "date": "2016", "date_text": "2016", "what": "the 2016 U.S. election (target of attempts to interfere)",
   "note": "'attempts to interfere in the 2016 U.S. election': a year on the noun 'election', an act with no agent named (as the dated elections of dev); the interfering persons are not the agents of the election"},
  {"actor": None, "date": "2018-12-19", "date_text": "today", "ctx": "undertaken today", "what": "the sanctions and listings were undertaken",
   "note": "'The sanctions and listings undertaken today': a passive participle without a by-agent, so null (though the departments of the first paragraph did them)"},
 ],
 "actors": [
  {"name": "Office of the Spokesperson", "type": "organisation", "aliases": ["Office of the Spokesperson"]},
  {"name": ST, "type": "organisation", "aliases": ["the State Department"]},
  {"name": TR, "type": "organisation", "aliases": ["the Treasury Department", "Treasury"]},
  {"name": RU, "type": "country", "aliases": ["Russia", "the Government of the Russian Federation"]},
  {"name": "Internet Research Agency", "type": "organisation", "aliases": ["the Internet Research Agency"]},
  {"name": "Victor Boyarkin", "type": "person", "aliases": ["Victor Boyarkin"]},
  {"name": "Russian intelligence services", "type": "organisation", "aliases": ["Russian intelligence services"]},
 ],
 "notes": [
  "State Department media note of the Office of the Spokesperson of Wednesday 19 December 2018 (date line printed, removed; meta), kept from government-world.com's repost: the State Department adds 12 individuals and entities linked to the GRU and Project Lakhta to the CAATSA section 231 List of Specified Persons, and Treasury designates GRU members, Project Lakhta persons and Victor Boyarkin. Story us_caatsa_russia_sanctions_2018 with the press statement of 20 September 2018 (state_2018_caatsa_231_33_persons_edd: 33 persons added, 72 in all).",
  "No quotes: no quote marks in the kept text.",
  "Key: lsp_added_dec19 ('12' and 'twelve', the same persons). No key shared with the September item: its 33 were an earlier addition and its 72 the list's total then.",
  "Not figures: 'Section 231' (a statutory designation), '2016' (year), 'one part' in 'are one part of an aggressive stand' (not a count), 'several', 'a wide range' (no number).",
  "Events: 'Today' (joint action of the Departments of State and the Treasury: joint actor), '2016' (the election, dated noun with no agent) and 'today' in 'undertaken today' (passive without agent, null). Not events: 'continue to seek' (no date), 'has sought' (no date).",
  "Actors: the Office of the Spokesperson (author line), the State Department ('the State Department added'), the Treasury Department ('the Treasury Department designated', 'Treasury also designated'; 'the Departments of State and the Treasury' is the joint form of both and so the alias of neither), Russia ('Russia’s continued ... disregard', 'Russia’s Main Intelligence Directorate', 'the Government of the Russian Federation' that directs the acts), the Internet Research Agency ('that has sought to interfere'), Victor Boyarkin (acted for Deripaska) and Russian intelligence services (their cyber operations seek to undermine elections). Not listed: the GRU (its members are designated; it does not act in the kept text), Project Lakhta (an effort, named as what persons relate to), Oleg Deripaska (only named as the one Boyarkin acted for).",
  "second reading (annotator): re-read the whole item once fully against FORMAT.md sections 1-2 and the stored copy: 19 December 2018 a Wednesday, the joint actor written with the two canonical names, 'Today' and 'today' pinned by case and ctx, '12' and 'twelve' on one key, every number token (12, 231 twice, 2016, twelve), every alias an exact substring used by one actor only; no change.",
 ],
}
