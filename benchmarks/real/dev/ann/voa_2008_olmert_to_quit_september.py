EO = "Ehud Olmert"
TS = "Tamir Sheafer"
ANN = {
 "article": "articles/voa_2008_olmert_to_quit_september.txt",
 "gold_out": "gold/voa_2008_olmert_to_quit_september.json",
 "published": "2008-07-30",
 "quotes": [
  {"text": "There are polls that consistently show that even if Mr. Olmert did run he would have no chance to win the Kadima Party primary",
   "speaker": TS, "speaker_mention": "Sheafer", "fragment": False,
   "note": "first half of a quote split by its attribution ('\"...,\" said Sheafer. \"...\"'); Sheafer is introduced a paragraph before ('Tamir Sheafer who teaches politics at Jerusalem's Hebrew University says ...'); trailing comma dropped"},
  {"text": "Another reason is that we know there is a dispute among his legal advisors, with some of them arguing the best strategy for him is to resign to fight the allegations against him.",
   "speaker": TS, "speaker_mention": "Sheafer", "fragment": False,
   "note": "second half of the split quote, after 'said Sheafer.'; no attribution of its own; final '.' kept"},
 ],
 "figures": [
  {"text": "hundreds of thousands", "value": None, "vague": True, "unit": "USD", "counted": "dollars of illegal payments Olmert allegedly accepted from a U.S. citizen", "source": None, "approx": None,
   "note": "'an official police inquiry into whether or not he accepted hundreds of thousands of dollars of illegal payments': the subject of the inquiry, stated in the outlet's voice (no one is said to claim the amount), so null; vague plural with the dollar unit (cf. 'tens of millions' of dollars in the dev set)"},
  {"text": "two", "value": 2, "unit": None, "counted": "reasons behind Mr. Olmert's surprise announcement", "source": TS, "approx": "at least",
   "note": "'Tamir Sheafer ... says there are at least two reasons ...': claimed by Sheafer"},
  {"text": "Two", "value": 2, "unit": None, "counted": "cabinet colleagues who have said they will run for the post", "source": None, "approx": None, "ctx": "Two of his cabinet colleagues",
   "note": "outlet's voice; the two are then named (Livni, Mofaz)"},
 ],
 "events": [
  {"actor": EO, "date": "2008-09", "date_text": "in September", "what": "Olmert to quit (headline)", "ctx": "Quit in September",
   "note": "headline 'Israeli PM Olmert to Quit in September': Olmert is the agent"},
  {"actor": EO, "date": "2008-09", "date_text": "in September", "what": "Olmert plans to step down as prime minister", "ctx": "as prime minister in September",
   "note": "'Olmert says he plans to step down as prime minister in September': Olmert is the agent of stepping down"},
  {"actor": "Kadima Party", "date": "2008-09-17", "date_text": "on September 17", "what": "Kadima selects a new leader at a party convention",
   "note": "'after his Kadima Party selects a new leader at a party convention on September 17': the party is the agent of 'selects'; 17 September 2008"},
  {"actor": None, "date": "2006", "date_text": "in 2006", "what": "Olmert became prime minister",
   "note": "'since he became prime minister in 2006': a change of state without an agent (cf. 'since it became a modern state in 1923' in the dev set) -> null"},
 ],
 "actors": [
  {"name": EO, "type": "person", "aliases": ["Israeli Prime Minister Ehud Olmert", "Ehud Olmert", "Mr. Olmert"]},
  {"name": "Kadima Party", "type": "organisation", "aliases": ["Kadima Party"]},
  {"name": "Israeli police", "type": "organisation", "aliases": ["police"]},
  {"name": TS, "type": "person", "aliases": ["Tamir Sheafer", "Sheafer"]},
  {"name": "Tzipi Livni", "type": "person", "aliases": ["Foreign Minister Tzipi Livni", "Tzipi Livni"]},
  {"name": "Shaul Mofaz", "type": "person", "aliases": ["Transport Minister Shaul Mofaz", "Shaul Mofaz"]},
 ],
 "notes": [
  "VOA report by Jim Teeple (Jerusalem bureau) of Wednesday 30 July 2008 (date from the address) on Ehud Olmert's announcement that he will step down after the Kadima Party chooses a new leader on 17 September. Story olmert_resignation_2008 with wn_2008_olmert_to_step_down_september (Wikinews, 31 July 2008).",
  "Quotes: one quotation of Tamir Sheafer split by its attribution ('said Sheafer'), two quotes; Sheafer is introduced a paragraph earlier ('says there are at least two reasons'). Olmert's words are reported without quote marks ('Mr. Olmert says ...', 'He says ...'), so they are not quotes.",
  "Figures: 'hundreds of thousands' (of dollars; vague, USD, outlet's voice), 'two' reasons (at least; claimed by Sheafer), 'Two' cabinet colleagues (outlet's voice). Not figures: 'months' (no number word), 'several other probes' ('several' is not a number word in this set's Wikinews/VOA items, cf. the Vanuatu item), 'September 17' and '2006' (dates). No shared quantity keys with the Wikinews item (it has no figures).",
  "Events: headline and lead 'in September' (Olmert steps down), 'on September 17' (Kadima selects its leader), 'in 2006' (became prime minister: null). The allegations' time ('when he was ... mayor of Jerusalem') is not a date expression.",
  "Actors: the police are listed for 'an official police inquiry' (undated). Jim Teeple, the reporter, is not listed (as for VOA reporters elsewhere in the set); the unnamed U.S. citizen, the Likud Party and Ariel Sharon do not act in the text.",
  "Second careful read done by the annotator against FORMAT.md: the split quote (two spans, trailing comma dropped, final '.' kept), the two 'in September' and 'Two' pinned by ctx, the vague USD figure, and that no surface form is shared between actors ('Kadima Party' only for the party; 'Mr. Olmert' for Olmert).",
 ],
}
