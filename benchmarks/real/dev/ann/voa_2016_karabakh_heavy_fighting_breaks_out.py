S = "karabakh_april_war_2016"
AZO = "Azerbaijani officials"
SS = "Serzh Sarkisian"
JK = "John Kerry"
ANN = {
 "article": "articles/voa_2016_karabakh_heavy_fighting_breaks_out.txt",
 "gold_out": "gold/voa_2016_karabakh_heavy_fighting_breaks_out.json",
 "published": "2016-04-02",
 "quotes": [
  {"text": "in the strongest terms", "speaker": JK, "speaker_mention": "U.S. Secretary of State John Kerry", "fragment": True,
   "note": "phrase of Kerry's statement woven into the reported sentence ('released a statement condemning the cease-fire violations \"in the strongest terms\"')"},
  {"text": "unstable", "speaker": JK, "speaker_mention": "He", "fragment": True,
   "note": "one word of Kerry's statement; the speaker is the pronoun 'He', which points back to Kerry, named in the sentence before"},
  {"text": "deeply disturbed", "speaker": "Ban Ki-moon", "speaker_mention": "U.N. Secretary-General Ban Ki-moon", "fragment": True,
   "note": "'Ban Ki-moon said he was \"deeply disturbed\"'"},
 ],
 "figures": [
  {"quantity": S + ":azerbaijani_soldiers_killed", "text": "12", "value": 12, "unit": None, "counted": "of its soldiers killed (Azerbaijan)", "source": AZO, "approx": None,
   "note": "'Media reports ... quoted Azerbaijan officials as saying that 12 of its soldiers had been killed': the officials are the claimants (the media reports only relay them). The 8 April item gives Azerbaijan's later toll, 31 (same key)"},
  {"quantity": S + ":armenian_soldiers_killed", "text": "18", "value": 18, "unit": None, "counted": "Armenian soldiers killed", "source": SS,
   "approx": None, "note": "'Sarkisian said in a televised statement that 18 Armenian soldiers had been killed'. The 8 April item gives Armenia's later toll, 44 troops since the fighting broke out (same key)"},
  {"text": "two-decade", "value": 20, "unit": "years", "counted": "age of the cease-fire", "source": None, "approx": None,
   "note": "'a two-decade-old cease-fire': a duration (2 decades = 20 years, as 'two decades' elsewhere in the set), outlet's voice. Not the same quantity as the 8 April item's 'most intense in more than 20 years' (no key)"},
 ],
 "events": [
  {"actor": "media reports", "date": "2016-04-02", "date_text": "on Saturday", "what": "media reports quoted Azerbaijani officials saying 12 soldiers were killed",
   "note": "'Media reports on Saturday quoted Azerbaijan officials ...': the agent of 'quoted' is the media reports; Saturday = the day of the report, 2 April 2016"},
  {"actor": None, "date": "2016-03", "date_text": "last month", "what": "similar violence reported",
   "note": "'Similar violence was reported last month': a passive without a by-agent -> null; March 2016"},
 ],
 "actors": [
  {"name": "Armenia", "type": "country", "aliases": ["Armenia"]},
  {"name": "Azerbaijan", "type": "country", "aliases": ["Azerbaijan"]},
  {"name": "media reports", "type": "organisation", "aliases": ["Media reports"]},
  {"name": AZO, "type": "group", "aliases": ["Azerbaijan officials"]},
  {"name": SS, "type": "person", "aliases": ["Armenian President Serzh Sarkisian"]},
  {"name": JK, "type": "person", "aliases": ["U.S. Secretary of State John Kerry"]},
  {"name": "Ban Ki-moon", "type": "person", "aliases": ["U.N. Secretary-General Ban Ki-moon"]},
  {"name": "Vladimir Putin", "type": "person", "aliases": ["Russian President Vladimir Putin"]},
  {"name": "Frank-Walter Steinmeier", "type": "person", "aliases": ["German Foreign Minister Frank-Walter Steinmeier"]},
 ],
 "notes": [
  "VOA News report of Saturday 2 April 2016 on the outbreak of the April 2016 fighting in Nagorno-Karabakh (date inferred: see meta published_evidence). Story karabakh_april_war_2016 with voa_2016_karabakh_two_dead_despite_ceasefire (8 April).",
  "Tolls claimed by the two sides: Azerbaijani officials (through media reports) 12 of their soldiers, Sarkisian 18 Armenian soldiers. Keys across the story: :azerbaijani_soldiers_killed (12 here, 31 on 8 April) and :armenian_soldiers_killed (18 here, 44 on 8 April), running tolls of the same fighting by the same side.",
  "Quotes: three fragments; 'unstable' has its speaker only as the pronoun 'He' (Kerry, named a sentence before).",
  "Actors: Armenia and Azerbaijan act ('Azerbaijan also confirmed'; 'Armenia and Azerbaijan must ... enter talks'); 'Both sides' and 'Each side' are the two countries, not listed as aliases. Putin and Steinmeier are listed as the sources of 'demands for restraint'. The Organization for Security and Cooperation in Europe appears only as the sponsor of prospective talks (no act of its own): not listed.",
  "Not figures: 'one of its military helicopters' ('one of' is a pronoun, as elsewhere in the set); 'civilian casualties' has no number. Not events: the photo caption date was removed with the caption; the undated acts (Kerry's statement, Ban's remarks) carry no date expression.",
  "Second careful read done by the annotator against FORMAT.md sections 1-2: checked the three quote spans and marks, the claimant of the 12 (officials, not the media reports), 'two-decade' as 20 years, 'on Saturday' = 2 April with the media reports as agent, 'last month' = 2016-03 with no agent, and that the dropped last paragraph was cut mid-sentence.",
 ],
}
