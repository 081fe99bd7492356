P = "parents of the abducted schoolgirls"
IE = "Islamist extremists"
ANN = {
 "article": "articles/voa_2014_chibok_parents_say_234_missing.txt",
 "gold_out": "gold/voa_2014_chibok_parents_say_234_missing.json",
 "published": "2014-04-23",
 "quotes": [],
 "figures": [
  {"quantity": "chibok_abduction_2014:girls_abducted", "text": "234", "value": 234, "unit": None, "counted": "Girls Captured from Nigerian School", "source": P, "approx": None, "ctx": "Say 234 Girls",
   "note": "headline: 'Parents Say 234 Girls Captured' - as printed, the number captured (abducted), set beside 'at least 100' / 'around 200' (15 April) and 'more than 100' / 129 (18 April). The body gives the parents' 234 as girls 'still missing' (other key): literal reading of each sentence"},
  {"quantity": "chibok_abduction_2014:girls_missing", "text": "234", "value": 234, "unit": None, "counted": "girls still missing", "source": P, "approx": None, "ctx": "say 234 girls",
   "note": "'The parents ... say 234 girls are still missing, a much higher figure than authorities have given': disputes Defense Headquarters' 'all but eight' and 'Nearly a hundred' of 18 April (same key)"},
 ],
 "events": [
  {"actor": IE, "date": "2014-04-14/2014-04-20", "date_text": "last week", "what": "abducted the schoolgirls",
   "note": "passive with a by-agent: 'schoolgirls who were abducted last week by Islamist extremists'; the ISO week before Wednesday 23 April 2014"},
 ],
 "actors": [
  {"name": P, "type": "group", "aliases": ["Parents", "The parents of Nigerian schoolgirls"]},
  {"name": IE, "type": "group", "aliases": ["Islamist extremists"]},
  {"name": "Nigerian authorities", "type": "organisation", "aliases": ["authorities"]},
 ],
 "notes": [
  "VOA photo gallery of Wednesday 23 April 2014 (photographs by Anne Look in Chibok, 21 April); its text is the headline and one sentence. Story chibok_abduction_2014 with voa_2014_chibok_gunmen_kidnap_schoolgirls (15 April) and voa_2014_chibok_military_retracts_claim (18 April).",
  "Disputed figure: the parents' 234 'still missing' against 'a much higher figure than authorities have given' (no number here) and, across the story, Defense Headquarters' 'all but eight' and the outlet's 'Nearly a hundred' (chibok_abduction_2014:girls_missing). The headline's '234 Girls Captured' is keyed with the abducted counts (:girls_abducted), being literal about what the headline states.",
  "No quotes. 'authorities' give a figure the text does not print: an actor, no figure.",
  "second reading: re-read the item against FORMAT.md sections 1-2 (two number tokens, one date expression: 'last week' = 14-20 April 2014 from Wednesday 23 April).",
 ],
}
