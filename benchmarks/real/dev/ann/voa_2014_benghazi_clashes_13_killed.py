S = "benghazi_clashes_2014"
LNA = "Libyan National Army"
KH = "Khalifa Haftar"
HO = "Benghazi hospital officials"
TV = "Libyan state television"
AT = "Abdallah Thani"
ANN = {
 "article": "articles/voa_2014_benghazi_clashes_13_killed.txt",
 "gold_out": "gold/voa_2014_benghazi_clashes_13_killed.json",
 "published": "2014-05-16",
 "quotes": [],
 "figures": [
  {"quantity": S + ":killed", "text": "13", "value": 13, "unit": None, "counted": "people killed in fierce fighting in eastern Libya", "source": HO, "approx": "at least",
   "note": "'Hospital officials say at least 13 people were killed': the Friday clashes in Benghazi; the next day's VOA report gives 'dozens' (outlet) and 43 (Health Ministry official) for the same toll (same key)"},
  {"quantity": S + ":wounded", "text": "100", "value": 100, "unit": None, "counted": "people wounded in fierce fighting", "source": HO, "approx": None,
   "note": "'at least 13 people were killed and 100 wounded': read literally, 'at least' modifies '13 people' only, so no hedge on 100; the next day's 'more than 100 wounded' (Health Ministry official) shares the key"},
  {"text": "two", "value": 2, "unit": None, "counted": "other Islamist militant groups", "source": TV, "approx": None, "ctx": "Ansar al Shariah and two other Islamist militant groups.",
   "note": "'The report said the targets were bases belonging to Ansar al Shariah and two other Islamist militant groups': 'The report' is the Libyan state television report of the sentence before"},
  {"text": "several thousand", "value": None, "vague": True, "unit": None, "counted": "members of Libya's army, navy and air force", "source": "Al Arabiya TV", "approx": None,
   "note": "'Al Arabiya TV reported that several thousand members ... joined General Hafter': vague"},
  {"text": "three", "value": 3, "unit": None, "counted": "other Americans killed in Benghazi", "source": None, "approx": None,
   "note": "background in the outlet's voice (the 2012 consulate attack)"},
  {"text": "two", "value": 2, "unit": None, "counted": "other Islamist militant groups", "source": TV, "approx": None, "ctx": "two other Islamist militant groups -",
   "note": "the repeated sentence after the subheading, again 'The report said ...' (state television); the same count as the first 'two' but a group count, not a measured quantity compared across reports, so no key"},
 ],
 "events": [
  {"actor": LNA, "date": "2014-05-16", "date_text": "on Friday", "what": "forces loyal to a retired general (Hafter) attacked militants in Benghazi",
   "note": "'Libyan military forces loyal to a retired general attacked militants in Benghazi on Friday': agent of 'attacked'; Friday = the publication day, 16 May 2014. The forces are the ones the next day's report calls the self-declared Libyan National Army (LNA) of Khalifa Haftar"},
  {"actor": LNA, "date": "2014-05-16", "date_text": "Friday's", "what": "the military operation in Benghazi (joined by several thousand members of the army, navy and air force)",
   "note": "date on a noun ('in Friday's military operation'): the operation is that of the forces loyal to Hafter (they 'attacked militants in Benghazi on Friday', lead), so their name"},
  {"actor": "Libyan rebel brigades", "date": "2011", "date_text": "in 2011", "what": "the rebel brigades toppled Moammar Gadhafi",
   "note": "'the rebel brigades that toppled long-time Libyan dictator Moammar Gadhafi in 2011': agent of 'toppled'"},
  {"actor": None, "date": "2012-09", "date_text": "in September 2012", "what": "the U.S. ambassador and three other Americans were killed in Benghazi",
   "note": "passive 'were killed ... in September 2012' without a by-agent ('during an assault by militants on the U.S. consulate' names the attackers of the assault, not a by-agent of 'killed'), so null"},
  {"actor": AT, "date": "2014-04", "date_text": "last month", "what": "Abdallah Thani resigned as interim prime minister",
   "note": "'Libya's interim prime minister, Abdallah Thani, resigned last month': agent of 'resigned'; the month before May 2014"},
 ],
 "actors": [
  {"name": LNA, "type": "organisation", "aliases": ["Libyan military forces loyal to a retired general", "Libyan military forces loyal to retired General Halifa Hafter"]},
  {"name": KH, "type": "person", "aliases": ["retired General Halifa Hafter", "General Hafter"]},
  {"name": HO, "type": "group", "aliases": ["Hospital officials"]},
  {"name": "Islamist militias", "type": "group", "aliases": ["Islamist militias", "the Islamist group Ansar al Shariah", "Ansar al Shariah"]},
  {"name": TV, "type": "organisation", "aliases": ["Libyan state television", "The report"]},
  {"name": "Al Arabiya TV", "type": "organisation", "aliases": ["Al Arabiya TV"]},
  {"name": "Libyan rebel brigades", "type": "group", "aliases": ["the rebel brigades"]},
  {"name": AT, "type": "person", "aliases": ["Libya's interim prime minister", "Abdallah Thani", "Thani"]},
 ],
 "notes": [
  "VOA report by Edward Yeranian of Friday 16 May 2014 (date inferred: see meta published_evidence), the first day of Khalifa Haftar's offensive against Islamist militias in Benghazi. Story benghazi_clashes_2014 with voa_2014_benghazi_families_flee_toll_43 (Saturday 17 May).",
  "Cross-day figures: the toll of Friday's clashes, 'at least 13' killed (hospital officials) here, 'dozens' (VOA) and 43 (a Health Ministry official) the next day: benghazi_clashes_2014:killed; wounded '100' (hospital officials) here and 'more than 100' (Health Ministry official) the next day: :wounded.",
  "No quotes (no quote marks in the stored copy). Speech: Abdallah Thani's reported words ('he said all sides ... must refrain from violence'; 'Thani said that incidents ...') carry no quote marks; 'he' is Thani (the sentence before).",
  "The 'two other Islamist militant groups' figures (twice, the second after the subheading 'Islamist militants') are claimed by 'The report', which is Libyan state television's report (the sentence before the first one). 'government warplanes' attacked militia bases (undated, unnamed owner): not an actor of its own.",
  "Not figures: '2011', 'September 2012' (dates), '17th' in 'the February 17th Brigade' (a name), 'all sides'. Not events: 'after the airstrike' (no date expression), 'long-time'.",
  "Second careful read done by the annotator against FORMAT.md: the two identical 'two' pinned with ctx, the hedge of the 100 wounded (none, 'at least' bound to 13), the date-on-noun 'Friday's', 'last month' = 2014-04, the passive 'were killed in September 2012' left without an actor, and that every source/actor is an actor name with aliases present in the text.",
 ],
}
