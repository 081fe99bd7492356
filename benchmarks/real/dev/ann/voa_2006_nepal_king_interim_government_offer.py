S = "nepal_april_protests_2006"
K = "King Gyanendra"
ALL = "seven-party alliance"
POL = "Nepalese police"
PR = "Nepalese protesters"
ANN = {
 "article": "articles/voa_2006_nepal_king_interim_government_offer.txt",
 "gold_out": "gold/voa_2006_nepal_king_interim_government_offer.json",
 "published": "2006-04-21",
 "quotes": [],
 "figures": [
  {"quantity": "nepal_april_protests_2006:alliance_parties", "text": "seven", "value": 7, "unit": None, "counted": "main opposition parties", "source": None, "approx": None, "ctx": "seven main opposition parties",
   "note": "outlet's voice"},
  {"quantity": "nepal_april_protests_2006:alliance_parties", "text": "seven", "value": 7, "unit": None, "counted": "party alliance", "source": None, "approx": None, "ctx": "seven-party alliance",
   "note": "'the seven-party alliance': the compound counts the parties of the alliance (7), annotated as '47' in '47-year-old' is; the head noun printed after the number is 'party'"},
  {"text": "tens-of-thousands", "value": None, "vague": True, "unit": None, "counted": "people returned to the streets of the capital", "source": None, "approx": None,
   "note": "vague plural, written with hyphens as printed; the outlet's voice"},
  {"quantity": S + ":kalanki_killed_apr20", "text": "four", "value": 4, "unit": None, "counted": "demonstrators killed by police in Kalanki", "source": None, "approx": None,
   "note": "'the suburb of Kalanki, where police killed four demonstrators Thursday': the outlet's voice (no claimant). Same quantity as the Wikinews report of the same day, which gives three dead according to officials at two city hospitals (wn_2006_nepal_gyanendra_crackdown_kalanki): the reports disagree"},
 ],
 "events": [
  {"actor": None, "date": "2007", "date_text": "next year", "what": "elections to be held", "ctx": "elections are held next year",
   "note": "'an interim government until elections are held next year': passive without a by-agent -> null; next year from 2006 = 2007"},
  {"actor": K, "date": "2006-04-21", "date_text": "Friday", "what": "the king called on the opposition parties on state television to help form an interim government", "ctx": "television Friday",
   "note": "'Speaking on state television Friday, the king called on Nepal's seven main opposition parties ...': the king is the subject; Friday 21 April 2006, the report's day"},
  {"actor": None, "date": "2007", "date_text": "next year", "what": "parliamentary elections planned", "ctx": "planned for next year",
   "note": "'Parliamentary elections are planned for next year': passive without a by-agent -> null"},
  {"actor": K, "date": "2005-02", "date_text": "in February last year", "what": "the king's seizure of power",
   "note": "a date on a noun ('the king's seizure of power in February last year'): the text says whose act it was -> the king; February 2005"},
  {"actor": PR, "date": "2006-04-21", "date_text": "On Friday", "what": "tens of thousands returned to the streets of the capital for the 16th straight day",
   "note": "'On Friday, tens-of-thousands of people returned to the streets of the capital, on the 16th straight day of anti-monarchy rallies': the subject are the people rallying, the protesters; Friday 21 April 2006"},
  {"actor": POL, "date": "2006-04-20", "date_text": "Thursday", "what": "police killed four demonstrators in Kalanki", "ctx": "demonstrators Thursday",
   "note": "'where police killed four demonstrators Thursday': the police are the subject; Thursday 20 April 2006"},
 ],
 "actors": [
  {"name": K, "type": "person", "aliases": ["Nepal's King Gyanendra", "King Gyanendra", "the king", "The king"]},
  {"name": ALL, "type": "organisation", "aliases": ["opposition parties", "Nepal's seven main opposition parties", "the seven-party alliance"]},
  {"name": POL, "type": "organisation", "aliases": ["police"]},
  {"name": PR, "type": "group", "aliases": ["demonstrators", "the protesters"]},
 ],
 "notes": [
  "VOA report (Patricia Nunan, Kathmandu) of Friday 21 April 2006 on King Gyanendra's televised offer of an interim government and the 16th day of protests; story nepal_april_protests_2006 with wn_2006_nepal_gyanendra_crackdown_kalanki (Wikinews, 21 April) and voa_2006_nepal_police_tear_gas_palace (VOA, 22 April).",
  "Cross-report figures: the Kalanki dead of Thursday 20 April are 'four' here (outlet's voice) and three in the Wikinews report of the same day (hospital officials): key nepal_april_protests_2006:kalanki_killed_apr20.",
  "No quotes: the king's address is reported without quote marks ('The king says he calls upon ...'); the one quotation of the stored copy, by protester Nischal Khanal, was in the last paragraph, cut mid-sentence and dropped (see meta edits). Nischal Khanal is only named as one of 'many' who think the king should step down: not an actor of any quote or event.",
  "Not figures: '16th' (ordinal). Not events: 'Following days of anti-monarchy protests', 'as soon as possible', 'until the new prime minister is named' (vague or undated).",
  "'his government' (the king's) continues to rule: no date, no event; not a separate actor.",
  "second reading (annotator): re-read the whole item against FORMAT.md sections 1-2; Friday = 21 April 2006, Thursday = 20 April 2006, 'next year' = 2007, 'February last year' = 2005-02; every alias checked as an exact substring.",
 ],
}
