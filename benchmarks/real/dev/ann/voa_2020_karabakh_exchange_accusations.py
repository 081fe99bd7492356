S = "nagorno_karabakh_war_2020"
AM = "Armenian Defense Ministry"
ZM = "Azerbaijani Defense Ministry"
ANN = {
 "article": "articles/voa_2020_karabakh_exchange_accusations.txt",
 "gold_out": "gold/voa_2020_karabakh_exchange_accusations.json",
 "published": "2020-09-27",
 "quotes": [
  {"text": "Our response will be proportionate, and the military-political leadership of Azerbaijan bears full responsibility for the situation", "speaker": AM,
   "speaker_mention": "the Armenian Defense Ministry", "note": "statement; trailing comma dropped; attributed right after ('..., the Armenian Defense Ministry said in a statement')"},
  {"text": "contact line", "speaker": ZM, "speaker_mention": "Azerbaijan's Defense Ministry", "fragment": True,
   "note": "the ministry's term for the front, quoted inside its reported statement ('said it had launched a military operation along the \"contact line,\"'); the comma inside the marks is dropped. A judgement call: read as the ministry's words, not a scare quote or a name"},
  {"text": "to suppress Armenia's combat activity and ensure the safety of the population.", "speaker": ZM, "speaker_mention": "Azerbaijan's Defense Ministry", "fragment": True,
   "note": "purpose clause quoted from the ministry's statement; opens with a curly mark and closes with a straight one, as printed; final period kept"},
 ],
 "figures": [
  {"quantity": S + ":azerbaijani_helicopters_downed", "text": "two", "value": 2, "unit": None, "counted": "Azerbaijani military helicopters shot down", "source": AM, "approx": None, "ctx": "shot down two",
   "note": "Armenia's claim; Azerbaijan's ministry confirms 'only one' (same key)"},
  {"text": "three", "value": 3, "unit": None, "counted": "drones shot down", "source": AM, "approx": None, "ctx": "three drones"},
  {"text": "two", "value": 2, "unit": None, "counted": "countries (Armenia and Azerbaijan)", "source": ZM, "approx": None, "ctx": "the two countries",
   "note": "'between the two countries' counts Armenia and Azerbaijan (as 'our two countries' elsewhere in the set); inside the Azerbaijani ministry's reported statement"},
  {"quantity": S + ":azerbaijani_helicopters_downed", "text": "one", "value": 1, "unit": None, "counted": "Azerbaijani helicopter downed", "source": ZM, "approx": None, "ctx": "only one",
   "note": "'The ministry confirmed the downing of only one Azerbaijani helicopter': the Azerbaijani figure against Armenia's two"},
  {"text": "30,000", "value": 30000, "unit": None, "counted": "people killed in the 1990s war", "source": None, "approx": None,
   "note": "outlet's voice"},
 ],
 "events": [
  {"actor": "Armenia and Azerbaijan", "date": "2020-09-27", "date_text": "Sunday", "what": "report heavy fighting around Nagorno-Karabakh",
   "note": "'Armenia and Azerbaijan report heavy fighting ... Sunday': the joint subject of 'report' (and the two parties of the fighting)"},
  {"actor": "Armenian separatists", "date": "1990-01-01/1999-12-31", "date_text": "in the 1990s", "what": "seized Nagorno-Karabakh from Azerbaijan in a war that killed 30,000",
   "note": "agent of 'seized'; a decade written as a day interval"},
  {"actor": "Armenia and Azerbaijan", "date": "1994", "date_text": "1994", "ctx": "a 1994 cease-fire", "what": "cease-fire agreement between Armenia and Azerbaijan",
   "note": "date on a noun ('a 1994 cease-fire agreement between Armenia and Azerbaijan'): the text says whose agreement it is, so the joint actor"},
  {"actor": None, "date": "2010", "date_text": "in 2010", "what": "Minsk Group peace efforts collapsed",
   "note": "'The peace efforts ... collapsed in 2010': intransitive, no agent (the mediators are agents of 'mediated', which the date does not modify)"},
 ],
 "actors": [
  {"name": "Armenia", "type": "country", "aliases": ["Armenia"]},
  {"name": "Azerbaijan", "type": "country", "aliases": ["Azerbaijan", "neighboring Azerbaijan"]},
  {"name": AM, "type": "organisation", "aliases": ["Armenia's Defense Ministry", "the Armenian Defense Ministry"]},
  {"name": ZM, "type": "organisation", "aliases": ["Azerbaijan's Defense Ministry", "The ministry"]},
  {"name": "Azerbaijani forces", "type": "organisation", "aliases": ["Baku\u2019s forces"]},
  {"name": "Armenian separatists", "type": "group", "aliases": ["Armenian separatists"]},
  {"name": "Minsk Group", "type": "organisation", "aliases": ["Minsk Group"]},
 ],
 "notes": [
  "VOA News report of Sunday 27 September 2020 (timestamp 04:44 AM), the first day of the 2020 Nagorno-Karabakh war. Story nagorno_karabakh_war_2020 with voa_2020_karabakh_heavy_fighting (3 Oct).",
  "Two claimants on one quantity: Armenia's Defense Ministry says its troops shot down two Azerbaijani helicopters (and three drones); Azerbaijan's ministry confirms only one: both keyed :azerbaijani_helicopters_downed.",
  "Quotes: the Armenian ministry's statement (straight marks, attributed after it); two fragments of the Azerbaijani ministry's statement inside its reported speech ('contact line', a judgement call; the purpose clause with mixed marks as printed). '\"Minsk Group\"' is a name in quote marks, not a quote.",
  "'Armenia accused neighboring Azerbaijan' and 'Baku\u2019s forces began bombing' carry no date expression: no event. 'Baku\u2019s forces' is a metonym for Azerbaijan's forces, listed as its own actor (no dated act). France, Russia and the United States are listed under their group name (Minsk Group) only.",
  "Not figures: '1990s', '1994', '2010' (years). Not events: none left out.",
  "second reading: re-read against the stored copy; checked that the helicopters figures 'two' and 'one' have the two ministries as claimants, that 'two countries' is inside the Azerbaijani ministry's statement, the decade interval, and that the 1994 agreement takes the joint actor named in the text.",
 ],
}
