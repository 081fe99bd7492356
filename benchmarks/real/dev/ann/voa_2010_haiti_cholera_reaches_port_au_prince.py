K = "haiti_cholera_2010:"
HO = "Haitian health officials"
ANN = {
 "article": "articles/voa_2010_haiti_cholera_reaches_port_au_prince.txt",
 "gold_out": "gold/voa_2010_haiti_cholera_reaches_port_au_prince.json",
 "published": "2010-10-24",
 "quotes": [],
 "figures": [
  {"text": "five", "value": 5, "unit": None, "counted": "cases of the disease detected in the capital", "source": HO, "approx": None,
   "note": "'Health officials say five cases of the disease have been detected in the capital'"},
  {"text": "a century", "value": 100, "unit": "years", "counted": "time since Haiti's last cholera outbreak", "source": None, "approx": None,
   "note": "'the first cholera outbreak in a century': a duration in years (as 'a decade' = 10 years and 'half a century' = 50 years in dev items). It stands in the 'as ...' clause after what health officials say; whether that clause is theirs or VOA's framing cannot be told, so no claimant is given"},
  {"quantity": K+"deaths", "text": "200", "value": 200, "unit": None, "counted": "people killed since the outbreak was first reported", "source": None, "approx": "more than",
   "note": "'So far more than 200 people have been killed and some 2,600 sickened since ...': a new sentence in VOA's own voice with no cue (the health officials' 'say' governs only the sentence before), so source null"},
  {"quantity": K+"cases", "text": "2,600", "value": 2600, "unit": None, "counted": "people sickened by cholera", "source": None, "approx": "around",
   "note": "'some 2,600 sickened': 'some' -> around; the verb 'sickened' (have been) is elided after 'and'; outlet's voice like 200"},
  {"text": "hundreds of thousands", "value": None, "vague": True, "unit": None, "counted": "survivors of last January's earthquake living in the camps", "source": None, "approx": None,
   "note": "vague plural in VOA's own description"},
 ],
 "events": [
  {"actor": None, "date": "2010-10-11/2010-10-17", "date_text": "last week", "what": "the outbreak was first reported",
   "note": "passive 'was first reported' without a by-agent. Normalised by FORMAT's rule (the previous ISO week of Sunday 24 October 2010 is Monday 11 - Sunday 17 October), as in other Sunday reports in dev (voa_2012_houla_security_council, voa_2014_xu_zhiyong_sentenced, voa_2018_lombok_quake_kills_at_least_19); the outbreak was in fact first reported on 19-21 October, in the week of the report itself"},
  {"actor": None, "date": "2010-01", "date_text": "last January", "what": "the earthquake that left the camp survivors homeless",
   "note": "a date on a noun ('last January's earthquake'); an earthquake has no agent. 'last January' from October 2010 = January 2010 (the 12 January earthquake)"},
 ],
 "actors": [
  {"name": HO, "type": "group", "aliases": ["Health officials"]},
  {"name": "International humanitarian agencies", "type": "group", "aliases": ["International humanitarian agencies"]},
  {"name": "Associated Press", "type": "organisation", "aliases": ["AP"]},
  {"name": "Agence France-Presse", "type": "organisation", "aliases": ["AFP"]},
 ],
 "notes": [
  "VOA News report of Sunday 24 October 2010 on the first cholera cases in Port-au-Prince, kept from a mirror of the gopher archive of VOA's headline feed (see meta); story haiti_cholera_2010 with wn_2010_haiti_cholera_kills_292 (28 October), voa_2010_haiti_anti_un_protests_turn_deadly (16 November, this folder) and the dev item voa_2010_haiti_cholera_over_1000_dead (16 November).",
  "Figures: only 'five' cases in the capital is claimed ('Health officials say'); the running toll 'more than 200' killed and 'some 2,600 sickened' stand in the next sentence in VOA's own voice (source null). The toll shares haiti_cholera_2010:deaths with 292 (28 October), 917 (16 November, first version) and 1,000 / 1,034 (dev item); the 2,600 sickened share haiti_cholera_2010:cases with 'over 4000' infected (Wikinews, 28 October). The five cases in the capital are a different scope (no key).",
  "No quotes. The two AP caption sentences of the stored copy ('... Health officials said at least 208 people had died.') were removed with the caption (see meta edits), so the 208 is not in the item.",
  "Events: 'last week' (the outbreak first reported, passive, no agent; FORMAT's previous ISO week although the outbreak was in fact reported in the report's own week, see its note) and 'last January' (on the noun 'earthquake'). 'within hours' is vague, not a figure or an event. Not figures: 'the first cholera outbreak' (ordinal).",
  "second reading (annotator): re-read the whole item against FORMAT.md sections 1-2 and the stored copy: the body kept as one block as printed, 'An contaminated' kept, 'some' -> around, 'more than' for 200, no claimant for the sentence without a cue, the two dates normalised against Sunday 24 October 2010; no change.",
 ],
}
