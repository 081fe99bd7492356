S = "gaza_strikes_july_2014"
MR = "Mark Regev"
SP = "Shimon Peres"
ANN = {
 "article": "articles/voa_2014_gaza_militants_killed_israel_strikes.txt",
 "gold_out": "gold/voa_2014_gaza_militants_killed_israel_strikes.json",
 "published": "2014-07-07",
 "quotes": [
  {"text": "We are acting to protect our people.  We are targeting the terrorists in Gaza, those firing the rockets.  And Hamas has to understand, this must stop",
   "speaker": MR, "speaker_mention": "he",
   "note": "'..., he said.': the pronoun points back to 'Israeli government spokesman Mark Regev', named at the start of the same paragraph; trailing comma dropped; the double spaces are printed so"},
  {"text": "will pay a tremendous price.", "speaker": "Hamas", "speaker_mention": "Hamas", "fragment": True,
   "note": "'Hamas vowed that Israel “will pay a tremendous price.”': a short phrase inside reported speech; the final '.' sits inside the marks and is kept"},
  {"text": "We shall not cover [up] anything.  We shall discover all the people that act criminally, killed, kidnapped, tortured and on that we shall not make any compromise.  We are seriously and realistically trying to remain a democratic and human country.",
   "speaker": SP, "speaker_mention": "Israeli President Shimon Peres",
   "note": "'Israeli President Shimon Peres said,  “...”': attribution before the quote; the editorial '[up]' is part of the printed text"},
 ],
 "figures": [
  {"text": "Nine", "value": 9, "unit": None, "counted": "Palestinian militants killed in Israeli air strikes", "source": None, "approx": None,
   "note": "lead in the outlet's voice; the next sentence ('Israeli warplanes struck 14 targets') names no claimant"},
  {"text": "14", "value": 14, "unit": None, "counted": "targets struck", "source": None, "approx": None,
   "note": "'Israeli warplanes struck 14 targets in Gaza': outlet's voice"},
  {"text": "dozens", "value": None, "vague": True, "unit": None, "counted": "of Palestinian rocket attacks", "source": MR, "approx": None,
   "note": "'Israeli government spokesman Mark Regev said it was retaliation for dozens of Palestinian rocket attacks': inside Regev's reported speech"},
  {"quantity": S + ":kidnapped_israeli_teens", "text": "three", "value": 3, "unit": None, "counted": "Israeli teenagers kidnapped and murdered", "source": None, "approx": None, "ctx": "three Israeli teenagers",
   "note": "outlet's voice ('after blaming the group for the kidnap and murder of three Israeli teenagers')"},
  {"quantity": S + ":kidnapped_israeli_teens", "text": "three", "value": 3, "unit": None, "counted": "seminary students murdered", "source": None, "approx": None, "ctx": "the three seminary students",
   "note": "'the murder of the three seminary students': the same three Israeli teenagers as the paragraph before (same key)"},
  {"text": "six", "value": 6, "unit": None, "counted": "Jewish suspects arrested", "source": None, "approx": None,
   "note": "'Israeli police have arrested six Jewish suspects': outlet's voice (the police are the agent of the arrest, not cited as claimant)"},
  {"text": "16", "value": 16, "unit": "years", "counted": "age of the murdered Palestinian", "source": None, "approx": None,
   "note": "'a 16-year-old Palestinian': the number in '16-year-old', an age in years"},
 ],
 "events": [
  {"actor": "Israel", "date": "2014-06-27", "date_text": "10 days ago", "what": "Israel stepped up air strikes on Hamas",
   "note": "'Israel stepped up air strikes on Hamas 10 days ago': agent of 'stepped up' is Israel; ten days before Monday 7 July 2014 = Friday 27 June 2014 (normalised like 'two days ago')"},
 ],
 "actors": [
  {"name": "Israel", "type": "country", "aliases": ["Israel"]},
  {"name": "Hamas", "type": "organisation", "aliases": ["Hamas", "the ruling Palestinian militant group Hamas", "the group"]},
  {"name": MR, "type": "person", "aliases": ["Israeli government spokesman Mark Regev"]},
  {"name": "Mushir al-Masri", "type": "person", "aliases": ["Hamas spokesman Mushir al-Masri"]},
  {"name": "Israeli police", "type": "organisation", "aliases": ["Israeli police"]},
  {"name": SP, "type": "person", "aliases": ["Israeli President Shimon Peres"]},
 ],
 "notes": [
  "VOA report by Robert Berger (Jerusalem) of Monday 7 July 2014 (photo caption dated July 7, 2014; no date line): Israeli air strikes kill nine militants in Gaza the day before Israel's offensive, and six Jewish suspects arrested over the murder of a Palestinian teenager. Story gaza_strikes_july_2014 (one item); not the same story as gaza_ceasefire_2014 (August 2014).",
  "Three quotes: Mark Regev's, attributed by 'he said' after it (named at the paragraph start); a short fragment of Hamas's vow; Shimon Peres's, attributed before it. Mushir al-Masri's words ('Until then, he said, Hamas would defend the Palestinian people') carry no quote marks: not a quote.",
  "One quantity stated twice: the three Israeli teenagers / the three seminary students (" + S + ":kidnapped_israeli_teens). Not figures: 'one' in 'including one that hit a tunnel' (a pronoun standing for a target, like 'each one'); '10 days ago' is a date expression (event), not a duration.",
  "Israeli warplanes (agent of 'struck 14 targets', undated) are not listed separately from Israel; no alias is given to them. Robert Berger is the reporter (outlet), not an actor.",
  "Second careful read done by the annotator against FORMAT.md sections 1-2: quote texts copied with their double spaces, the Regev trailing comma dropped, the Hamas fragment keeps its '.', '16-year-old' = 16 years, '10 days ago' = 2014-06-27 with Israel as agent.",
 ],
}
