CTA = "Central Tibetan Administration"
SF = "security forces"
WI = "witnesses"
PO = "police in Machu"
TP = "Tibetan protesters"
CG = "Chinese government"
DL = "Dalai Lama"
WJ = "Wen Jiabao"
TS = "Tibetan students"
RI = "rioters"
G = "tibet_unrest_2008:gansu_killed_mar18"
ANN = {
 "article": "articles/voa_2008_tibet_exiles_19_more_shot_dead.txt",
 "gold_out": "gold/voa_2008_tibet_exiles_19_more_shot_dead.json",
 "published": "2008-03-18",
 "quotes": [
  {"text": "innocent civilians", "speaker": CG, "speaker_mention": "Chinese authorities", "fragment": True,
   "note": "'13 people they described as \"innocent civilians\"': 'they' = Chinese authorities, the subject of the sentence; their words, not scare quotes"},
 ],
 "figures": [
  {"quantity": G, "text": "19", "value": 19, "unit": None, "counted": "more Tibetans shot dead", "source": CTA, "approx": None, "ctx": "Says 19 More",
   "note": "headline: 'Tibetan Government-in-Exile Says 19 More Shot Dead'"},
  {"quantity": "tibet_unrest_2008:killed_past_week_cta", "text": "99", "value": 99, "unit": None, "counted": "people killed in unrest over the past week", "source": CTA, "approx": "at least",
   "note": "'Tibet's India-based government-in-exile says at least 99 people have been killed'; all of Tibet and the neighbouring provinces over the week, not the Lhasa toll of 14 March"},
  {"quantity": G, "text": "19", "value": 19, "unit": None, "counted": "Tibetans shot dead by security forces in new protests in Gansu", "source": CTA, "approx": None, "ctx": "including 19 Tibetans",
   "note": "part of the 99, same 'says' of the government-in-exile"},
  {"quantity": G, "text": "12", "value": 12, "unit": None, "counted": "people killed in Machu", "source": WI, "approx": "at least",
   "note": "'Witnesses tell VOA Tibetan service that they could confirm that at least 12 people were killed': the Tuesday protest in Machu county is the Gansu protest of the lead, so the same quantity as the exiles' 19 (they disagree)"},
  {"quantity": "tibet_unrest_2008:lhasa_killed_mar14", "text": "13", "value": 13, "unit": None, "counted": "people who died in Friday's riots in Lhasa", "source": CG, "approx": None,
   "note": "'Chinese authorities have so far only confirmed the deaths of 13 people': same key as the exiles' 80 and China's ten of wn_2008_tibetans_say_80_killed; 'only' is not a hedge"},
 ],
 "events": [
  {"actor": SF, "date": "2008-03-18", "date_text": "Tuesday", "what": "19 Tibetans shot dead in new protests in Gansu", "ctx": "security forces Tuesday",
   "note": "passive with a by-agent: 'shot dead by security forces Tuesday'; Tuesday = the day of the report, 18 March 2008"},
  {"actor": RI, "date": "2008-03-14", "date_text": "Friday's", "what": "the riots in Lhasa",
   "note": "date on a noun ('Friday's riots'): the riots' agents are the rioters (Wen: 'rioters caused heavy loss of life'); Friday before Tuesday 18 March = 14 March 2008"},
  {"actor": None, "date": "2008-03-18", "date_text": "Tuesday", "what": "reports of new violence", "ctx": "The reports Tuesday",
   "note": "date on a noun ('The reports Tuesday of new violence'): the reports come from several sources (exiles, witnesses) and the sentence names no reporter, so no actor"},
  {"actor": DL, "date": "2008-03-18", "date_text": "Tuesday", "what": "Dalai Lama pledged to step down if the situation gets out of control", "ctx": "pledged Tuesday",
   "note": "'The Dalai Lama pledged Tuesday': agent of 'pledged'"},
  {"actor": WJ, "date": "2008-03-18", "date_text": "Earlier Tuesday", "what": "Wen Jiabao blamed the Dalai Lama for orchestrating the protests",
   "note": "'Earlier Tuesday, Chinese Premier Wen Jiabao blamed ...': agent of 'blamed'"},
  {"actor": TS, "date": "2008-03-17", "date_text": "Late Monday night", "what": "Tibetan students in Beijing staged a candle-light vigil",
   "note": "agent of 'staged'; Monday before Tuesday 18 March = 17 March 2008"},
 ],
 "actors": [
  {"name": CTA, "type": "organisation", "aliases": ["Tibetan Government-in-Exile", "Tibet's India-based government-in-exile", "the Tibetan government-in-exile"]},
  {"name": SF, "type": "organisation", "aliases": ["security forces"]},
  {"name": WI, "type": "group", "aliases": ["Witnesses", "Witnesses in the Gansu county of Machu"]},
  {"name": PO, "type": "organisation", "aliases": ["police"]},
  {"name": TP, "type": "group", "aliases": ["Buddhist monks and other Tibetans"]},
  {"name": CG, "type": "organisation", "aliases": ["Chinese authorities", "China", "the government"]},
  {"name": DL, "type": "person", "aliases": ["Tibet's exiled spiritual leader, the Dalai Lama", "The Dalai Lama", "the Dalai Lama"]},
  {"name": WJ, "type": "person", "aliases": ["Chinese Premier Wen Jiabao", "Mr. Wen"]},
  {"name": TS, "type": "group", "aliases": ["Tibetan students at the Central University for Nationalities in Beijing", "Tibetan students"]},
  {"name": RI, "type": "group", "aliases": ["rioters"]},
 ],
 "notes": [
  "VOA News report of Tuesday 18 March 2008 (GlobalSecurity.org copy, dated 18 March 2008); story tibet_unrest_2008 with wn_2008_tibet_protesters_clash_lhasa (14 March) and wn_2008_tibetans_say_80_killed (16 March).",
  "Figures compared: the Gansu dead of Tuesday, 19 (exiles, twice) against at least 12 (witnesses in Machu) share tibet_unrest_2008:gansu_killed_mar18; China's 13 for Friday's Lhasa riots joins the Lhasa toll key of the 16 March item (80 exiles, ten China/Xinhua); the exiles' 99 for the whole week has its own key.",
  "'over the past week' (the span of the 99 deaths) is a duration back from the report's day and is left out; 'so far' is not a date expression.",
  "VOA Tibetan service is the listener of the witnesses, not an actor. 'the government' (Wen's words: 'the government acted with extreme restraint') is the Chinese government.",
  "The Dalai Lama's and Wen's statements are reported speech; only 'innocent civilians' is in quote marks.",
  "second reading: checked the text against the stored copy, that 18 March 2008 is a Tuesday (Friday = 14, Monday = 17), the three 'Tuesday' events pinned with ctx, and that the dropped last paragraph (cut mid-word) is listed in the meta edits.",
 ],
}
