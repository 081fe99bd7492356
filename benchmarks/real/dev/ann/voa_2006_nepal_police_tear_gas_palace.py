K = "King Gyanendra"
ALL = "seven-party alliance"
POL = "Nepalese police"
SF = "Nepalese security forces"
PR = "Nepalese protesters"
ANN = {
 "article": "articles/voa_2006_nepal_police_tear_gas_palace.txt",
 "gold_out": "gold/voa_2006_nepal_police_tear_gas_palace.json",
 "published": "2006-04-22",
 "quotes": [],
 "figures": [
  {"text": "Tens of thousands", "value": None, "vague": True, "unit": None, "counted": "protesters poured into the center of the capital", "source": None, "approx": None,
   "note": "vague plural; the outlet's voice"},
  {"text": "two", "value": 2, "unit": None, "counted": "people injured", "source": None, "approx": None,
   "note": "'because two people have been injured - either being shot by a teargas canister or being hit by a stick': the VOA correspondent's own report from the scene, i.e. the outlet's voice -> null (as the reporter's words in voa_2008_burma_cyclone_toll). Injured near the palace on Saturday 22 April, not the Kalanki injured of 20 April (no key)"},
  {"text": "dozens", "value": None, "vague": True, "unit": None, "counted": "sandal left", "source": None, "approx": None,
   "note": "'As I look around, there are dozens of sandal left': the correspondent's own count, the outlet's voice -> null; 'sandal' singular as printed"},
 ],
 "events": [
  {"actor": ALL, "date": "2006-04-22", "date_text": "Saturday", "what": "rejected the king's offer to form an interim government",
   "note": "'An alliance of political parties in Nepal Saturday rejected an offer by King Gyanendra ...': the alliance is the subject of 'rejected'; Saturday 22 April 2006, the report's day"},
  {"actor": PR, "date": "2006-04-22", "date_text": "a day after", "what": "violent protests near the palace",
   "note": "'These violent protests come a day after King Gyanendra tried to appease the parties by announcing the formation of an interim government': the expression dates the protests (the subject of 'come'), one day after the king's address of Friday 21 April = Saturday 22 April 2006; the agents of the protests are the protesters ('the protesters on the street'). The king's address itself is dated only through this phrase and gets no event of its own"},
 ],
 "actors": [
  {"name": ALL, "type": "organisation", "aliases": ["An alliance of political parties in Nepal", "the parties"]},
  {"name": K, "type": "person", "aliases": ["King Gyanendra"]},
  {"name": PR, "type": "group", "aliases": ["protesters", "the protesters"]},
  {"name": SF, "type": "organisation", "aliases": ["security forces"]},
  {"name": POL, "type": "organisation", "aliases": ["The police", "the police"]},
 ],
 "notes": [
  "VOA correspondent's radio report (Patricia Nunan, Kathmandu) of Saturday 22 April 2006: the seven-party alliance rejects the king's offer of the day before and police drive protesters back from the royal palace with tear gas; story nepal_april_protests_2006 with wn_2006_nepal_gyanendra_crackdown_kalanki and voa_2006_nepal_king_interim_government_offer (both 21 April). Its figures (the two injured near the palace on 22 April) are not the Kalanki figures of 20 April and carry no key.",
  "No quotes: the report is the correspondent's own spoken words, printed without quote marks; her first-person counts ('two people have been injured', 'As I look around, there are dozens ...') are the outlet's voice (source null). The correspondent (VOA's Patricia Nunan) is the reporter, not an actor, as VOA's reporters are not in other VOA items.",
  "Not figures: 'a few more hours' ('few' is not a number); 'a day after' (a date expression); 'a charge' (article). Not events: 'at the moment', 'just made a charge', 'for a few more hours yet' (vague or a duration).",
  "'security forces' (drove the crowd back) and 'The police' (made a charge) are kept as two actors as the text names them; neither act carries a date. 'I', 'they' and 'it' are pronouns, not aliases.",
  "second reading (annotator): re-read the whole item against FORMAT.md sections 1-2; Saturday = 22 April 2006, 'a day after' the address of Friday 21 April = 22 April; every alias checked as an exact substring.",
 ],
}
