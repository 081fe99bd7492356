G = "Alp Gurkan"
P = "protesters"
ANN = {
 "article": "articles/voa_2014_soma_protests_escalate.txt",
 "gold_out": "gold/voa_2014_soma_protests_escalate.json",
 "published": "2014-05-16",
 "quotes": [
  {"text": "No coal can warm the children of fathers who died in the mine", "speaker": P, "speaker_mention": "one hand-written sign",
   "note": "curly opening mark, closing mark printed as two straight apostrophes (''); the comma before the closing mark dropped. The words of a protesters' sign ('read one hand-written sign'): the speaker is the protesters"},
  {"text": "I am hurting inside", "speaker": G, "speaker_mention": "Gurkan",
   "note": "'“I am hurting inside,” Gurkan said.': the owner of Soma Holding, named in the paragraph before; trailing comma dropped"},
 ],
 "figures": [
  {"text": "several thousand", "value": None, "vague": True, "unit": None, "counted": "protesters in the town of Soma", "source": None, "approx": None,
   "note": "vague ('several thousand protesters'); outlet's voice"},
  {"quantity": "soma_mine_disaster_2014:deaths", "text": "300", "value": 300, "unit": None, "counted": "people who died in the country's worst ever mining disaster", "source": None, "approx": "around",
   "note": "'close to 300 people died': 'close to' = around; outlet's voice; the Soma toll (at least 282 on 15 May, 301 on 17 May)"},
 ],
 "events": [
  {"actor": "Turkish police", "date": "2014-05-16", "date_text": "Friday", "what": "police fired water cannon and tear gas to disperse protesters in Soma", "ctx": "tear gas Friday",
   "note": "'Turkish police fired water cannon and tear gas Friday': police are the agent; published Friday 16 May 2014"},
  {"actor": None, "date": "2014-05-12/2014-05-18", "date_text": "this week", "what": "close to 300 people died in the mining disaster",
   "note": "'where close to 300 people died ... this week': the current ISO week (Monday 12 to Sunday 18 May 2014); 'died' has no agent"},
  {"actor": None, "date": "2014-05-13", "date_text": "Tuesday’s", "what": "deadly underground fire in a western Turkey coal mine",
   "note": "date on the noun 'fire' (curly apostrophe); an accident, no agent. 'Days after' makes the date of 'defended' vague, so no event for it"},
  {"actor": G, "date": "2014-05-16", "date_text": "Earlier Friday", "what": "Gurkan said at a Soma Holding news conference he had spent his own money on safety",
   "note": "'Earlier Friday, ... owner Alp Gurkan said': Gurkan is the agent of 'said'"},
 ],
 "actors": [
  {"name": "Turkish police", "type": "organisation", "aliases": ["Turkish police", "police"]},
  {"name": P, "type": "group", "aliases": ["protesters", "Protesters"]},
  {"name": "government and mining company officials", "type": "group", "aliases": ["government and mining company officials"]},
  {"name": "critics", "type": "group", "aliases": ["critics"]},
  {"name": "witness", "type": "person", "aliases": ["a witness"]},
  {"name": "Reuters", "type": "organisation", "aliases": ["Reuters"]},
  {"name": "Soma Holding Co.", "type": "organisation", "aliases": ["Soma Holding Co."]},
  {"name": G, "type": "person", "aliases": ["owner Alp Gurkan", "Gurkan"]},
 ],
 "notes": [
  "VOA News report of Friday 16 May 2014 on police dispersing protesters in Soma three days after the coal mine disaster (13 May 2014); story soma_mine_disaster_2014 with voa_2014_soma_union_protests_282_killed (15 May) and voa_2014_soma_search_ends_301_dead (17 May).",
  "The sign's words are quoted with mixed marks (curly open, two straight apostrophes close) and attributed by 'read one hand-written sign' after the quote; the speaker is the protesters who carried it.",
  "Cross-report figures: 'close to 300' dead shares soma_mine_disaster_2014:deaths with 'at least 282' (15 May) and 301 (17 May).",
  "The witness's account ('a witness told Reuters') is reported speech, no quote; 'defended' and 'decried' are undated (no events).",
  "Not figures: 'one' in 'read one hand-written sign' (a determiner, like 'a sign'). build_gold.py's quote-mark scan pairs the sign's curly opening mark with the next curly closing mark (before 'Gurkan said') because the sign's quote closes with two straight apostrophes: the two quotes annotated are the real spans.",
  "second reading: checked both quote spans and their marks, both number tokens (several thousand, 300), the three dates (Friday, this week, Tuesday's, Earlier Friday); 'this week' given as the ISO week interval like 'last week' in FORMAT.",
 ],
}
