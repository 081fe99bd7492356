DT = "Donald Trump"
MP = "Mike Pompeo"
RU = "Russia"
EDD = "Equipment Development Department"
ANN = {
 "article": "articles/state_2018_caatsa_231_33_persons_edd.txt",
 "gold_out": "gold/state_2018_caatsa_231_33_persons_edd.json",
 "published": "2018-09-20",
 "quotes": [],
 "figures": [
  {"text": "two", "value": 2, "unit": None, "counted": "actions the Secretary of State is taking today", "source": None, "approx": None,
   "note": "'the Secretary of State is taking two actions today': the statement's own voice (the Spokesperson's press statement about the Secretary's acts; no reporting verb), null; the two are listed as 'First' and 'Second' below"},
  {"text": "33", "value": 33, "unit": None, "counted": "additional persons added to the CAATSA section 231 List of Specified Persons", "source": None, "approx": None,
   "note": "'the Secretary of State is adding 33 additional persons ... to the CAATSA section 231 List of Specified Persons': the Secretary is the one who adds, not a claimant; the statement's voice, null. Not the same quantity as the 12 added on 19 December 2018 (state_2018_russia_sanctions_12_lsp_project_lakhta), a later round"},
  {"text": "72", "value": 72, "unit": None, "counted": "persons identified on the List of Specified Persons after this action", "source": None, "approx": None,
   "note": "'This action increases the number of persons identified on the LSP to 72.': the list's new total, the statement's voice, null"},
 ],
 "events": [
  {"actor": DT, "date": "2018-09-20", "date_text": "Today", "what": "President Trump issued a new Executive Order authorizing the implementation of CAATSA sanctions",
   "note": "'Today, President Donald J. Trump issued a new Executive Order': Trump is the subject of 'issued'; the statement's day, Thursday 20 September 2018 (printed date line, removed; meta)"},
  {"actor": MP, "date": "2018-09-20", "date_text": "today", "ctx": "two actions today", "what": "the Secretary of State is taking two actions under section 231 of CAATSA",
   "note": "'the Secretary of State is taking two actions today': the Secretary of State (Mike Pompeo in September 2018; only his title is printed) is the subject of 'is taking'"},
  {"actor": RU, "date": "2017", "date_text": "in 2017", "what": "Russia delivered Su-35 combat aircraft to China",
   "note": "'These significant transactions involved Russia’s delivery to China of Su-35 combat aircraft in 2017 ...': the year dates the noun 'delivery', whose agent the text names by the possessive 'Russia’s' (as 'Friday's verdict' takes the court)"},
  {"actor": RU, "date": "2018", "date_text": "in 2018", "ctx": "equipment in 2018", "what": "Russia delivered S-400 missile system-related equipment to China",
   "note": "second object of the same 'Russia’s delivery to China of ...': the S-400 equipment delivered in 2018; same agent Russia"},
 ],
 "actors": [
  {"name": "Heather Nauert", "type": "person", "aliases": ["Heather Nauert", "Department Spokesperson"]},
  {"name": DT, "type": "person", "aliases": ["President Donald J. Trump"]},
  {"name": MP, "type": "person", "aliases": ["the Secretary of State"]},
  {"name": RU, "type": "country", "aliases": ["Russia", "the Russian Federation", "the Russian Government", "the Government of the Russian Federation"]},
  {"name": EDD, "type": "organisation", "aliases": ["the Chinese entity Equipment Development Department", "Equipment Development Department", "EDD"]},
  {"name": "Li Shangfu", "type": "person", "aliases": ["Li Shangfu"]},
  {"name": "Rosoboronexport", "type": "organisation", "aliases": ["Rosoboronexport"]},
 ],
 "notes": [
  "State Department press statement of the Department Spokesperson, Heather Nauert, of Thursday 20 September 2018 (date line printed, removed; meta), kept from government-world.com's repost: after President Trump's Executive Order of the same day, the Secretary of State adds 33 persons to the CAATSA section 231 List of Specified Persons (72 in all) and sanctions China's Equipment Development Department and its director Li Shangfu for buying Russian Su-35s and S-400 equipment. Story us_caatsa_russia_sanctions_2018 with the media note of 19 December 2018 (state_2018_russia_sanctions_12_lsp_project_lakhta: 12 more persons added to the list).",
  "No quotes: the only span between quote marks is the Executive Order's title (“Authorizing the Implementation of Certain Sanctions Set Forth in the Countering America’s Adversaries Through Sanctions Act.”), a name in quote marks, not someone's words.",
  "Figures: 'two' actions, '33' persons added, '72' on the list; all in the statement's voice (null). No cross-item key: the 33 of this round and the 12 of the December round are different additions, and the December note gives no list total.",
  "Not figures: 'Section 231' / 'section 231' (a statutory designation), '2017' in 'Sanctions Act of 2017' (part of the Act's name, a year), 'Su-35' and 'S-400' (designations), '2017' and '2018' (years), 'First' and 'Second' (enumerators).",
  "Events: 'Today' (Trump issued the Executive Order), 'today' (the Secretary of State is taking two actions), 'in 2017' and 'in 2018' (dates on the noun 'Russia’s delivery', agent Russia). Not events: '2017' in the Act's name (a name, not a date of an act), 'has imposed sanctions' (no date expression).",
  "Actors: Heather Nauert (author lines 'Heather Nauert', 'Department Spokesperson'), Donald Trump ('President Donald J. Trump'), Mike Pompeo (only 'the Secretary of State' is printed, three times), Russia ('the Russian Federation', 'the Russian Government' and its 'malign activities', 'the Government of the Russian Federation', 'Russia’s delivery'), the Equipment Development Department and Li Shangfu (engaged in the transactions), Rosoboronexport (the other party to them). Not listed: the Secretary of the Treasury (consulted, 'in consultation with', not an agent of an act here), China (receives the deliveries).",
  "second reading (annotator): re-read the whole item once fully against FORMAT.md sections 1-2 and the stored copy: the EO title in curly quote marks (a name, no quote), 20 September 2018 a Thursday, the two 'today'/'Today' pinned by case and ctx, 'in 2017' and 'in 2018' dated on 'Russia’s delivery', every number token (231 five times, 2017 twice, two, 33, 72, 35, 400, 2018), every alias an exact substring used by one actor only ('the Secretary of State' and 'the Secretary of the Treasury' kept apart); no change.",
 ],
}
