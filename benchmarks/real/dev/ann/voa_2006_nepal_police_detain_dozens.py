S = "nepal_april_protests_2006"
K = "King Gyanendra"
GOV = "Nepalese authorities"
POL = "Nepalese police"
OPP = "Nepalese opposition"
AK = "Arjun Narasingha K.C."
ANN = {
 "article": "articles/voa_2006_nepal_police_detain_dozens.txt",
 "gold_out": "gold/voa_2006_nepal_police_detain_dozens.json",
 "published": "2006-04-05",
 "quotes": [
  {"text": "Several activists and leaders are already arrested… but we are going to defy it and our program will continue", "speaker": AK, "speaker_mention": "he",
   "note": "'\"...,\" he said.': the speaker is named in the paragraph before ('opposition member Arjun Narasingha K.C. says ...'); the ellipsis inside the marks is kept, the trailing comma dropped"},
 ],
 "figures": [
  {"quantity": S + ":opposition_detained_apr5", "text": "Dozens", "value": None, "vague": True, "unit": None, "counted": "Opposition Activists detained", "source": None, "approx": None, "ctx": "Detain Dozens",
   "note": "headline; vague plural; the same count as 'dozens of opposition leaders and activists' of the first sentence, which it sums up"},
  {"quantity": S + ":opposition_detained_apr5", "text": "dozens", "value": None, "vague": True, "unit": None, "counted": "opposition leaders and activists detained", "source": None, "approx": None, "ctx": "detained dozens of opposition",
   "note": "outlet's voice. Not keyed with 'scores of opposition leaders' of voa_2006_nepal_opposition_leaders_arrested (leaders only there: a different scope)"},
  {"text": "dozens", "value": None, "vague": True, "unit": None, "counted": "activists who defied a ban on all public gatherings", "source": None, "approx": None, "ctx": "detained dozens of activists",
   "note": "the activists detained on Wednesday for defying the ban, a part of the detentions; not keyed (see notes)"},
  {"quantity": S + ":strike_days", "text": "four", "value": 4, "unit": "days", "counted": "general strike", "source": None, "approx": None,
   "note": "'an opposition-led four-day general strike': number span 'four' (as '47' in '47-year-old')"},
  {"quantity": S + ":insurgency_years", "text": "10", "value": 10, "unit": "years", "counted": "communist insurgency", "source": None, "approx": None,
   "note": "'citing the need to end a 10-year communist insurgency': the length is the outlet's description of the insurgency, not a figure the king is said to give (the participle reports his reason, the 'need to end' it) -> null; the same length as 'decade-long insurgency' in voa_2006_nepal_arrests_continue_strike_begins"},
 ],
 "events": [
  {"actor": OPP, "date": "2006-04-06", "date_text": "for Thursday", "what": "the opposition's nationwide strike planned to begin",
   "note": "'a nationwide strike planned for Thursday': a date on the noun 'strike', whose agents the text names in the third paragraph ('an opposition-led four-day general strike') -> the opposition; Thursday after a Wednesday report = 6 April 2006"},
  {"actor": POL, "date": "2006-04-05", "date_text": "early Wednesday", "what": "police raided opposition leaders' homes and detained dozens of activists",
   "note": "'Police raided homes of opposition leaders early Wednesday and detained dozens of activists': police are the subject of both verbs; Wednesday 5 April 2006, the report's day"},
  {"actor": POL, "date": "2006-04-05", "date_text": "a day before", "what": "the arrests, a day before the strike begins",
   "note": "'The arrests come a day before an opposition-led four-day general strike goes in effect': the expression dates the arrests (the subject of 'come'), whose agents the previous sentence names (police); a day before Thursday 6 April = Wednesday 5 April 2006 (as 'These violent protests come a day after ...' in voa_2006_nepal_police_tear_gas_palace)"},
  {"actor": K, "date": "2005", "date_text": "last year", "what": "King Gyanendra assumed power and suspended civil liberties",
   "note": "the king is the subject of both verbs (1 February 2005)"},
  {"actor": None, "date": "2006-02", "date_text": "in February", "what": "local elections held, which the opposition boycotted",
   "note": "'The king called local elections in February a first step toward restoring democracy': 'called X a first step' = described them as; 'in February' dates the elections (8 February 2006), not the king's words, and the text does not say who held them -> null. The boycott ('the opposition boycotted the polls') carries no date expression of its own"},
 ],
 "actors": [
  {"name": GOV, "type": "organisation", "aliases": ["Authorities in Nepal", "the royalist government"]},
  {"name": POL, "type": "organisation", "aliases": ["Police"]},
  {"name": OPP, "type": "organisation", "aliases": ["the opposition"]},
  {"name": AK, "type": "person", "aliases": ["Arjun Narasingha K.C.", "opposition member Arjun Narasingha K.C."]},
  {"name": K, "type": "person", "aliases": ["King Gyanendra", "The king"]},
 ],
 "notes": [
  "VOA News report of Wednesday 5 April 2006 (kept on VOA's Tibetan service site): police raid opposition leaders' homes and detain dozens a day before the four-day general strike. Story nepal_april_protests_2006 with voa_2006_nepal_opposition_leaders_arrested (same day, VOA's main site, a different text), voa_2006_nepal_arrests_continue_strike_begins (6 April) and the dev items of 21-22 April.",
  "Shared keys: nepal_april_protests_2006:strike_days (four-day strike), :insurgency_years ('10-year' here, 'decade-long' on 6 April), :opposition_detained_apr5 (the headline's 'Dozens' and the lead's 'dozens of opposition leaders and activists'). The 'dozens of activists who defied a ban' detained early Wednesday may be the 'dozens of lawyers, journalists and doctors ... arrested' of voa_2006_nepal_opposition_leaders_arrested, but the two texts describe different people, so no key.",
  "Quote: Arjun Narasingha K.C. is named ('Speaking from in hiding, opposition member Arjun Narasingha K.C. says ...') a paragraph before his quote, which is attributed by 'he said'. He is the 'Arjuna Nara Singha' of voa_2006_nepal_opposition_leaders_arrested (another spelling).",
  "Not figures: 'a day before' (a date expression), 'a first step' (ordinal).",
  "Second careful read done against FORMAT.md sections 1-2: the quote and its marks (straight quotes, ellipsis character inside), every number token (Dozens, dozens x2, four, 10), each date expression and its agent, every alias checked as an exact substring.",
 ],
}
