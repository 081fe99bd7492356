S = "nagorno_karabakh_war_2020"
AL = "Ilham Aliyev"
SS = "Shushan Stepanian"
VP = "Vahram Poghosyan"
AO = "Artsrun Ovannisian"
AZA = "Azerbaijani authorities"
NKO = "Nagorno-Karabakh officials"
ANN = {
 "article": "articles/voa_2020_karabakh_heavy_fighting.txt",
 "gold_out": "gold/voa_2020_karabakh_heavy_fighting.json",
 "published": "2020-10-03",
 "quotes": [
  {"text": "raised the flag", "speaker": AL, "speaker_mention": "Azerbaijani President Ilham Aliyev", "fragment": True,
   "note": "curly marks; his words woven into the reported sentence"},
  {"text": "along the entire front line", "speaker": SS, "speaker_mention": "spokesperson Shushan Stepanian", "fragment": True,
   "note": "straight marks; the spokesperson of the Armenian Defense Ministry (named at the start of the sentence)"},
 ],
 "figures": [
  {"text": "three", "value": 3, "unit": None, "counted": "Azerbaijani planes shot down", "source": SS, "approx": None,
   "note": "'and said Armenian forces had shot down three Azerbaijani planes': Stepanian is the subject of 'said'. Azerbaijan's ministry denies any (no number)"},
  {"text": "19", "value": 19, "unit": None, "counted": "civilians killed (Azerbaijan)", "source": AZA, "approx": None,
   "note": "'authorities said 19 civilians were killed and 55 wounded': Azerbaijani authorities (the sentence's subject is Azerbaijan)"},
  {"text": "55", "value": 55, "unit": None, "counted": "civilians wounded (Azerbaijan)", "source": AZA, "approx": None,
   "note": "'55 wounded': the noun 'civilians' is shared with the 19 before it"},
  {"quantity": S + ":azerbaijani_killed", "text": "3,000", "value": 3000, "unit": None, "counted": "Azerbaijanis killed in the fighting", "source": VP, "approx": "around",
   "note": "'about' -> around; 'said ... that intelligence showed that about 3,000 Azerbaijanis were killed': Poghosyan is the claimant (intelligence is his basis). Same quantity as Ovannisian's 2,300 (Armenian-side claims of Azerbaijan's dead in the fighting since 27 Sep)"},
  {"text": "150", "value": 150, "unit": None, "counted": "of their troops killed so far (Nagorno-Karabakh)", "source": NKO, "approx": "more than",
   "note": "'Nagorno-Karabakh officials have also said more than 150 of their troops have been killed so far'"},
  {"quantity": S + ":azerbaijani_killed", "text": "2,300", "value": 2300, "unit": None, "counted": "Azerbaijani troops killed", "source": AO, "approx": None,
   "note": "the Armenian ministry's figure, set beside Poghosyan's 'about 3,000'; the text adds 'there is no way to verify this claim'"},
  {"text": "400", "value": 400, "unit": None, "counted": "Azerbaijani troops killed in the previous day", "source": AO, "approx": "around",
   "note": "'including about 400 in the previous day': a part of the 2,300 (one day), no key"},
 ],
 "events": [
  {"actor": None, "date": "2020-10-03", "date_text": "Saturday", "ctx": "forces Saturday", "what": "heavy fighting continued among Nagorno-Karabakh, Armenian and Azerbaijani forces",
   "note": "'Heavy fighting continued ... Saturday': the fighting is the subject of 'continued', no agent (the forces are named in a prepositional phrase)"},
  {"actor": AL, "date": "2020-10-03", "date_text": "late Saturday", "what": "said his forces raised the flag over Madagiz and took several villages",
   "note": "agent of 'said'"},
  {"actor": VP, "date": "2020-10-03", "date_text": "Saturday", "ctx": "said Saturday on Facebook", "what": "said on Facebook about 3,000 Azerbaijanis were killed"},
  {"actor": AO, "date": "2020-10-03", "date_text": "later Saturday", "what": "said 2,300 Azerbaijani troops were killed",
   "note": "'later Saturday' = the day of the sentence it follows (Saturday 3 Oct)"},
  {"actor": None, "date": "2020-10-02", "date_text": "in the previous day", "what": "about 400 Azerbaijani troops killed",
   "note": "'the previous day' before Saturday 3 Oct is Friday 2 Oct; the killing is passive without a by-agent ('were killed'), so null"},
 ],
 "actors": [
  {"name": AL, "type": "person", "aliases": ["Azerbaijani President Ilham Aliyev"]},
  {"name": "Armenian Defense Ministry", "type": "organisation", "aliases": ["The Armenian Defense Ministry"]},
  {"name": SS, "type": "person", "aliases": ["spokesperson Shushan Stepanian"]},
  {"name": "Azerbaijani Defense Ministry", "type": "organisation", "aliases": ["Azerbaijan\u2019s Defense Ministry"]},
  {"name": AZA, "type": "organisation", "aliases": ["authorities"]},
  {"name": "Azerbaijan", "type": "country", "aliases": ["Azerbaijan"]},
  {"name": VP, "type": "person", "aliases": ["Vahram Poghosyan", "a spokesperson for Nagorno-Karabakh's president"]},
  {"name": NKO, "type": "group", "aliases": ["Nagorno-Karabakh officials"]},
  {"name": AO, "type": "person", "aliases": ["Armenian Defense Ministry spokesperson Artsrun Ovannisian"]},
  {"name": "Karabakh separatist forces", "type": "organisation", "aliases": ["separatist forces in Karabakh"]},
 ],
 "notes": [
  "VOA News report of Saturday 3 October 2020, seventh day of the 2020 Nagorno-Karabakh war (date inferred: see meta published_evidence). Story nagorno_karabakh_war_2020 with voa_2020_karabakh_exchange_accusations (27 Sep).",
  "Casualty claims by both sides and none verified: Azerbaijani authorities give their civilian dead and wounded (19, 55) and no military losses; Poghosyan ('about 3,000 Azerbaijanis') and the Armenian ministry's Ovannisian (2,300 Azerbaijani troops) give two Armenian-side figures for Azerbaijan's dead, keyed together (:azerbaijani_killed); Nagorno-Karabakh officials give 'more than 150' of their own troops. The 400 of 'the previous day' is a part of the 2,300 (no key). Stepanian claims three planes shot down, which Azerbaijan's ministry denies without a number.",
  "Quotes: two fragments ('raised the flag', Aliyev; 'along the entire front line', Stepanian), each with its speaker named in the same sentence.",
  "'Armenian Defense Ministry' is the canonical name; the alias 'The Armenian Defense Ministry' is the form in the text ('Armenian Defense Ministry spokesperson Artsrun Ovannisian' belongs to Ovannisian). 'Nagorno-Karabakh' as a place is not an actor; the separatist forces that 'fended off' an attack are listed (no dated act). 'Armenian forces' and 'Armenian personnel' (object of claims) are not listed.",
  "Not figures: 'several villages', 'any planes'. Not events: 'so far' (vague).",
  "second reading: re-read against the stored copy; checked each casualty figure's claimant (Stepanian, Azerbaijani authorities, Poghosyan, Nagorno-Karabakh officials, Ovannisian), the hedges ('about' x2 -> around, 'more than'), that 'later Saturday' and 'late Saturday' are 3 Oct and 'the previous day' 2 Oct, and that the two Armenian-side tolls of Azerbaijan's dead share a key while the civilian toll from Baku does not.",
 ],
}
