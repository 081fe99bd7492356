L = "Andriy Lysenko"
MIL = "Ukrainian military"
SEP = "pro-Russian separatists"
GOV = "Ukrainian government"
SL = "separatist leader"
Q = "luhansk_refugee_convoy_2014:killed"
ANN = {
 "article": "articles/voa_2014_luhansk_refugee_convoy_dozens_killed.txt",
 "gold_out": "gold/voa_2014_luhansk_refugee_convoy_dozens_killed.json",
 "published": "2014-08-18",
 "quotes": [
  {"text": "dozens", "ctx": "killing \"dozens,\"", "speaker": GOV, "speaker_mention": "Ukraine", "fragment": True,
   "note": "'Ukraine says pro-Russian separatists attacked a convoy ... killing \"dozens,\" including children': a word of Ukraine's (the government's) reported claim; the trailing comma inside the marks is dropped"},
  {"text": "The rebels were expecting the convoy and destroyed it entirely. We haven't been able to count the number of victims ... dozens [were killed]", "speaker": L, "speaker_mention": "spokesman Andriy Lysenko", "fragment": False,
   "note": "'..., \u201d spokesman Andriy Lysenko said': the trailing comma is dropped; the bracketed insertion '[were killed]' and the '...' are kept as printed"},
 ],
 "figures": [
  {"quantity": Q, "text": "Dozens", "ctx": "Dozens Killed", "value": None, "vague": True, "unit": None, "counted": "killed fleeing Luhansk", "source": GOV, "approx": None,
   "note": "headline; the claimant opens the next sentence ('Ukraine says ... killing \"dozens\"'), so it counts (FORMAT: claimant named in the next sentence)"},
  {"quantity": Q, "text": "dozens", "ctx": "killing \"dozens,\"", "value": None, "vague": True, "unit": None, "counted": "civilians killed in the attack on the convoy", "source": GOV, "approx": None,
   "note": "'Ukraine says ... killing \"dozens,\" including children': Ukraine's (the Ukrainian government's) claim"},
  {"quantity": Q, "text": "Dozens", "ctx": "Dozens of people", "value": None, "vague": True, "unit": None, "counted": "people killed in the shelling", "source": L, "approx": None,
   "note": "'Dozens of people, including women and children, were killed in the shelling on Monday, said Andriy Lysenko': attribution after the figure"},
  {"quantity": Q, "text": "dozens", "ctx": "dozens [were killed]", "value": None, "vague": True, "unit": None, "counted": "victims killed", "source": L, "approx": None,
   "note": "inside Lysenko's quote ('We haven't been able to count the number of victims ... dozens [were killed]')"},
  {"text": "five", "ctx": "five-hour", "value": 5, "unit": "hours", "counted": "hour meeting of foreign ministers", "source": None, "approx": None,
   "note": "'a five-hour meeting between the foreign ministers of Ukraine, Russia, France and Germany': a duration in the outlet's voice"},
  {"text": "four", "ctx": "four months", "value": 4, "unit": "months", "counted": "months of conflict", "source": None, "approx": "more than",
   "note": "'more than four months of conflict': outlet's voice"},
  {"text": "2,100", "value": 2100, "unit": None, "counted": "people killed by the conflict", "source": None, "approx": "more than",
   "note": "'conflict that has killed over 2,100 people': 'over' -> more than; the outlet's voice; the whole conflict's toll, a different scope from the convoy's dead (no key)"},
 ],
 "events": [
  {"actor": SEP, "date": "2014-08-18", "date_text": "Monday", "ctx": "in the east Monday", "what": "separatists attacked a convoy of civilians fleeing the fighting (as Ukraine says)",
   "note": "'Ukraine says pro-Russian separatists attacked a convoy of civilians trying to escape fighting in the east Monday': the date modifies 'attacked', whose grammatical agent is the separatists (in Ukraine's reported claim; the rebels deny it further down). Monday = the published day, 18 August 2014"},
  {"actor": None, "date": "2014-08-18", "date_text": "on Monday", "what": "dozens of people were killed in the shelling",
   "note": "'Dozens of people ... were killed in the shelling on Monday, said Andriy Lysenko': passive without a by-agent, so null (the date modifies 'were killed', not 'said')"},
  {"actor": None, "date": "2014-08-18", "date_text": "Monday morning", "what": "the strike took place between Khrashchuvate and Svitlivka",
   "note": "'The strike took place Monday morning': 'took place' has no agent and the sentence names no one; who struck is disputed in the text (Ukraine blames the separatists, the separatist leader blames Ukrainian forces), so null. 'Monday morning' = the reference day, 18 August 2014"},
 ],
 "actors": [
  {"name": GOV, "type": "organisation", "aliases": ["Ukraine"]},
  {"name": SEP, "type": "group", "aliases": ["pro-Russian separatists", "the rebels", "Rebels"]},
  {"name": L, "type": "person", "aliases": ["Andriy Lysenko", "a spokesman for Ukraine's national security council", "spokesman Andriy Lysenko"]},
  {"name": SL, "type": "person", "aliases": ["A separatist leader", "The rebel leader"]},
  {"name": MIL, "type": "organisation", "aliases": ["Ukrainian forces", "Kyiv forces"]},
 ],
 "notes": [
  "VOA News report of Monday 18 August 2014 (date inferred, see meta) on the attack on a convoy of refugees fleeing Luhansk, which Kyiv blamed on the separatists and the separatists on Ukrainian forces; story donbas_offensive_aug_2014 with voa_2014_donetsk_ukraine_demands_rebels_surrender (10 August) and voa_2014_donetsk_troops_close_in_warn_civilians (11 August). Kept from VOA's print view of the page, whose text runs longer than the voanews.com/content copy.",
  "Figures: four vague 'dozens' of the convoy's dead share luhansk_refugee_convoy_2014:killed (headline and Ukraine's claim sourced to the Ukrainian government, the next two to Lysenko); the conflict's overall toll 'over 2,100' is the outlet's own and a different scope (the sister item's 568 is soldiers only, no shared key). 'five-hour' and 'more than four months' are durations in the outlet's voice.",
  "Quotes: Ukraine's 'dozens' (a quoted word of reported speech, speaker the Ukrainian government, mention 'Ukraine') and Lysenko's full quote. The last paragraph, Purgin's quote, is cut mid-word in the stored copy and dropped, so the separatist leader is unnamed in the kept text (actor 'separatist leader', aliases 'A separatist leader', 'The rebel leader').",
  "Actors: 'Ukraine' in 'Ukraine says' is the government (the other 'Ukraine' strings are places, the foreign ministers' country or the target of 'Rebels blame Ukraine', all one surface form, listed once). 'A senior Ukrainian spokesman' / 'The spokesman' of the second paragraph is not named there and the text does not say he is Lysenko, so it is not listed as an alias; he carries no quote, figure or dated act. 'Ukrainian forces' and 'Kyiv forces' are the Ukrainian military (blamed by the separatist leader). The foreign ministers' meeting has no date.",
  "Events: 'Monday' (the attack, agent the separatists as the grammatical subject of Ukraine's claim), 'on Monday' (passive killing, null), 'Monday morning' (the strike, no agent given, null).",
  "second reading: re-read the whole item against FORMAT.md sections 1-2 (two quote spans, trailing commas dropped; number tokens Dozens x2, dozens x2, five, four, 2,100 all annotated; 'over' and 'more than' -> more than; 18 Aug 2014 a Monday checked with datetime; each event's agent re-checked; aliases checked as exact substrings).",
 ],
}
