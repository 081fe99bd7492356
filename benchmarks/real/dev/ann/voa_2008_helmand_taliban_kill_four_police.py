K = "helmand_police_attack_2008:"
TM = "Taliban militants"
AP_ = "Afghan police"
ANN = {
 "article": "articles/voa_2008_helmand_taliban_kill_four_police.txt",
 "gold_out": "gold/voa_2008_helmand_taliban_kill_four_police.json",
 "published": "2008-04-13",
 "quotes": [],
 "figures": [
  {"quantity": K+"police_killed", "text": "Four", "value": 4, "unit": None, "counted": "police killed", "source": None, "approx": None,
   "note": "headline 'Taliban Kill Four Police' in VOA's voice; same quantity as the body's 'four officers'"},
  {"quantity": K+"police_killed", "text": "four", "value": 4, "unit": None, "counted": "officers killed", "source": AP_, "approx": None,
   "note": "'Afghan police say Taliban militants attacked a police patrol ... killing four officers'"},
  {"quantity": K+"police_wounded", "text": "seven", "value": 7, "unit": None, "counted": "others wounded", "source": AP_, "approx": None,
   "note": "same reported statement of the Afghan police ('wounding seven others')"},
  {"text": "two", "value": 2, "unit": None, "counted": "additional attacks in Afghanistan on Sunday", "source": "news reports", "approx": None,
   "note": "'News reports say two additional attacks took place': claimed by the news reports (unnamed outlets)"},
 ],
 "events": [
  {"actor": TM, "date": "2008-04-12/2008-04-13", "date_text": "overnight Saturday", "what": "Taliban militants attacked a police patrol in Helmand, killing four officers",
   "note": "'Taliban militants attacked a police patrol in southern Helmand province overnight Saturday': agent of 'attacked'; the night of Saturday 12 into Sunday 13 April 2008 (the publication day), D-1/D"},
  {"actor": AP_, "date": "2008-04-13", "date_text": "early Sunday", "what": "police detained wounded Taliban at the scene",
   "note": "'his forces detained wounded Taliban at the scene early Sunday': 'his forces' are the police under the local commander Shuja; the pronoun form is no alias, so the agent is given as the Afghan police (a judgement call); Sunday 13 April 2008"},
  {"actor": None, "date": "2008-04-13", "date_text": "Sunday", "ctx": "Afghanistan Sunday", "what": "two additional attacks took place in Afghanistan",
   "note": "'two additional attacks took place in Afghanistan Sunday': 'took place' has no agent and the attackers are not named -> null"},
 ],
 "actors": [
  {"name": AP_, "type": "organisation", "aliases": ["Afghan police"]},
  {"name": TM, "type": "group", "aliases": ["Taliban militants", "Taliban"]},
  {"name": "Khair Mohammad Shuja", "type": "person", "aliases": ["Khair Mohammad Shuja", "The local police commander"]},
  {"name": "news reports", "type": "group", "aliases": ["News reports"]},
 ],
 "notes": [
  "VOA News brief of Sunday 13 April 2008 on a Taliban attack on a police patrol in Gereshk district, Helmand; story helmand_police_attack_2008 (one item).",
  "Key within the item: police_killed (headline 'Four' in VOA's voice, body 'four officers' claimed by the Afghan police). Wounded (seven) has its own key.",
  "'Taliban' is an alias of Taliban militants: the headline subject ('Taliban Kill Four Police') and the object 'wounded Taliban' (the detained fighters). Shuja reports the place and the detentions in indirect speech; no quote marks in the item.",
  "The closing credit line ('Some information for this report was provided by AFP and AP.') is kept as printed; AFP and AP are suppliers of the copy, not actors.",
  "Second reading: re-read the whole item against FORMAT.md sections 1-2: 'overnight Saturday' as the Saturday-Sunday night (D-1/D of the Sunday publication day), 'early Sunday' agent given as the police behind 'his forces', the bare 'Sunday' with no agent; headline 'Four' without hedge.",
 ],
}
