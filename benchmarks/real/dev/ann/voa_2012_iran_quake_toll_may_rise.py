K = "iran_ahar_quake_2012:"
IFRC = "International Federation of Red Cross and Red Crescent Societies"
S = "Jessica Sallabank"
RW = "rescue workers in northwest Iran"
ANN = {
 "article": "articles/voa_2012_iran_quake_toll_may_rise.txt",
 "gold_out": "gold/voa_2012_iran_quake_toll_may_rise.json",
 "published": "2012-08-14",
 "quotes": [],
 "figures": [
  {"text": "three", "value": 3, "unit": "days", "counted": "days after the two earthquakes", "source": None, "approx": None,
   "note": "'three days after two earthquakes killed ...': a duration figure in VOA's voice and also an event below (as 'Four days after Hurricane Michael ...' in dev)"},
  {"text": "two", "value": 2, "unit": None, "counted": "earthquakes", "source": None, "approx": None,
   "note": "count of the earthquakes, VOA's narration"},
  {"quantity": K+"deaths", "text": "300", "value": 300, "unit": None, "counted": "people killed by the two earthquakes", "source": None, "approx": "more than",
   "note": "'two earthquakes killed more than 300 people' is VOA's subordinate clause; the Federation's report in the main clause is only that 'casualty numbers may rise', so no claimant"},
  {"text": "180", "value": 180, "unit": None, "counted": "villages affected", "source": S, "approx": "at least",
   "note": "'She says ... with at least 180 villages affected': 'She' = Sallabank, named in the paragraph before"},
  {"text": "tens of thousands", "value": None, "vague": True, "unit": None, "counted": "people homeless", "source": S, "approx": None,
   "note": "'She says tens of thousands of people are homeless': vague plural, claimed by Sallabank"},
  {"quantity": K+"injured", "text": "4,500", "value": 4500, "unit": None, "counted": "people injured, some very seriously", "source": S, "approx": "around",
   "note": "same 'She says' sentence; 'around'"},
 ],
 "events": [
  {"actor": RW, "date": "2012-08-14", "date_text": "on Tuesday", "what": "rescue workers recovered more bodies",
   "note": "'As rescue workers in northwest Iran on Tuesday recovered more bodies': agent of 'recovered' = the rescue workers; Tuesday = the report's day, 14 August 2012"},
  {"actor": RW, "date": "2012-08-14", "date_text": "three days after", "what": "rescue workers recovered more bodies, three days after the earthquakes",
   "note": "relative expression on the same verb 'recovered': three days after the earthquakes of Saturday 11 August 2012 = Tuesday 14 August 2012; agent the rescue workers"},
 ],
 "actors": [
  {"name": RW, "type": "group", "aliases": ["rescue workers in northwest Iran", "rescue workers"]},
  {"name": IFRC, "type": "organisation", "aliases": ["the International Federation of Red Cross and Red Crescent Societies", "International Federation of Red Cross and Red Crescent Societies", "The International Red Cross Federation", "The Geneva-based Federation"]},
  {"name": "Iranian Red Crescent Society", "type": "organisation", "aliases": ["the Iranian Red Crescent Society", "Iranian Red Crescent Society"]},
  {"name": S, "type": "person", "aliases": ["Red Cross spokeswoman Jessica Sallabank", "Jessica Sallabank", "Sallabank"]},
  {"name": "Iranians", "type": "group", "aliases": ["the Iranians"]},
 ],
 "notes": [
  "VOA report from Geneva (Lisa Schlein; byline in another stored copy) of Tuesday 14 August 2012 on the Ahar-Varzaqan earthquakes of Saturday 11 August 2012 in East Azerbaijan province; story iran_ahar_quake_2012 (single item: no other VOA report of this quake was found in the stored pages).",
  "Quotes: none in the kept text. Sallabank's quotation ('“The Iranian Red Crescent are telling us ...\" said Sallabank ...') was in the last paragraph, cut mid-sentence in the stored copy and dropped under the project's rule; everything kept is reported speech ('says').",
  "Figures: Sallabank claims 180 villages, tens of thousands homeless and 4,500 injured ('She says' twice: pronoun, not an alias). The 300 dead and the 'two' earthquakes and 'three' days are VOA's narration. Keys iran_ahar_quake_2012:deaths and :injured are set for later items of the story.",
  "Events: 'on Tuesday' and 'three days after' both date 'recovered' (agent: rescue workers in northwest Iran). 'GENEVA —' is a dateline. 'have called off' (the Iranians) has no date.",
  "Actors: 'The International Red Cross Federation' and 'The Geneva-based Federation' are the IFRC; 'it' in 'it is in contact' is the IFRC (pronoun). The Iranian Red Crescent Society runs the operation (an actor without a dated act); 'the Iranians' called off the search (a group, undated).",
  "second reading (annotator): re-read the whole item against FORMAT.md sections 1-2: the dropped cut paragraph, 'more than 300' left without claimant, 'at least 180' and 'around 4,500' hedges, 'tens of thousands' vague, both date expressions against Tuesday 14 August 2012, and every alias an exact substring.",
 ],
}
