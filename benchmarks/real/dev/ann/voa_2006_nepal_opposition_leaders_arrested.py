S = "nepal_april_protests_2006"
K = "King Gyanendra"
GOV = "Nepalese government"
POL = "Nepalese police"
AL = "seven-party opposition alliance"
AS = "Arjuna Nara Singha"
MR = "Maoist rebels"
ANN = {
 "article": "articles/voa_2006_nepal_opposition_leaders_arrested.txt",
 "gold_out": "gold/voa_2006_nepal_opposition_leaders_arrested.json",
 "published": "2006-04-05",
 "quotes": [
  {"text": "We are fighting against autocracy, the regime of the king", "speaker": AS, "speaker_mention": "he",
   "note": "'\"We are fighting ... king,\" he said.': the speaker is named only in the paragraph before ('A coordinator of the opposition alliance, Arjuna Nara Singha, says ...'); trailing comma dropped"},
  {"text": "We want to give the message to the autocratic king and also the world that the Nepalese people completely stand for democracy.", "speaker": AS, "speaker_mention": "he",
   "note": "second half of the quotation interrupted by 'he said' (two quotes); final full stop inside the marks kept"},
 ],
 "figures": [
  {"text": "scores", "value": None, "vague": True, "unit": None, "counted": "opposition leaders detained", "source": None, "approx": None, "ctx": "detained scores of",
   "note": "vague plural, the outlet's voice. Not keyed with 'dozens of opposition leaders and activists' of voa_2006_nepal_police_detain_dozens (leaders only here, leaders and activists there: a different scope)"},
  {"text": "scores", "value": None, "vague": True, "unit": None, "counted": "political activists went into hiding", "source": None, "approx": None, "ctx": "scores of political activists"},
  {"quantity": S + ":strike_days", "text": "four", "value": 4, "unit": "days", "counted": "work stoppage", "source": None, "approx": None, "ctx": "four-day work stoppage",
   "note": "'The four-day work stoppage': number span 'four' (as '47' in '47-year-old'); the length of the opposition's general strike, also 'four-day' in voa_2006_nepal_arrests_continue_strike_begins and voa_2006_nepal_police_detain_dozens"},
  {"text": "seven", "value": 7, "unit": None, "counted": "political parties", "source": None, "approx": None, "ctx": "seven political parties", "quantity": S + ":alliance_parties",
   "note": "'an alliance of seven political parties': the outlet's voice; the same count as 'an alliance of seven opposition parties' and 'the seven-party alliance' in voa_2006_nepal_arrests_continue_strike_begins"},
  {"quantity": S + ":strike_days", "text": "four", "value": 4, "unit": "days", "counted": "days of pro-democracy rallies", "source": AS, "approx": None, "ctx": "next four days",
   "note": "'A coordinator of the opposition alliance, Arjuna Nara Singha, says the crackdown will not deter political parties from holding pro-democracy rallies over the next four days': inside his reported speech, so claimed by him; the next four days are the four days of the strike (same key). Number span 'four' as '12' in '12 miles'"},
  {"text": "dozens", "value": None, "vague": True, "unit": None, "counted": "lawyers, journalists and doctors arrested", "source": None, "approx": None,
   "note": "'On Wednesday, dozens of lawyers, journalists and doctors were arrested as they staged protests': outlet's voice. Not keyed with 'dozens of activists who defied a ban' in voa_2006_nepal_police_detain_dozens: the groups are described differently (professionals staging protests vs activists), so the text does not show they are the same count"},
 ],
 "events": [
  {"actor": GOV, "date": "2006-04-05", "date_text": "on the eve of a nationwide strike", "what": "the authorities detained scores of opposition leaders and imposed a curfew",
   "note": "'the authorities have detained ... and imposed a curfew on the eve of a nationwide strike': the strike began on Thursday 6 April 2006, so its eve is Wednesday 5 April, the report's day; 'the authorities' (the subject) are the royal government, listed as an alias of it"},
  {"actor": K, "date": "2005", "date_text": "last year", "what": "King Gyanendra seized power", "ctx": "power last year",
   "note": "a date on a noun: 'King Gyanendra's seizure of power last year' - the possessive names the agent of the seizure (1 February 2005)"},
  {"actor": None, "date": "2006-04-05", "date_text": "On Wednesday", "what": "dozens of lawyers, journalists and doctors were arrested as they staged protests",
   "note": "passive without a by-agent ('were arrested') -> null, although police made the other arrests of the day; Wednesday = 5 April 2006, the report's day"},
  {"actor": None, "date": "2006-04-03/2006-04-09", "date_text": "this week", "what": "a ban on public gatherings in the capital was imposed",
   "note": "'a ban on public gatherings in the capital imposed this week': passive participle without agent -> null; 'this week' = the ISO week of the report day (Monday 3 to Sunday 9 April 2006)"},
 ],
 "actors": [
  {"name": K, "type": "person", "aliases": ["King Gyanendra", "the king", "the autocratic king"]},
  {"name": GOV, "type": "organisation", "aliases": ["the authorities", "The government", "the royalist administration"]},
  {"name": POL, "type": "organisation", "aliases": ["Police"]},
  {"name": AL, "type": "organisation", "aliases": ["an alliance of seven political parties", "the opposition alliance", "political parties", "the political parties"]},
  {"name": AS, "type": "person", "aliases": ["Arjuna Nara Singha", "A coordinator of the opposition alliance, Arjuna Nara Singha"]},
  {"name": MR, "type": "group", "aliases": ["Maoist rebels", "the rebels", "the Maoists"]},
 ],
 "notes": [
  "VOA News report of Wednesday 5 April 2006, on the eve of the opposition's four-day general strike against King Gyanendra's direct rule: scores of opposition leaders detained, a curfew imposed, lawyers, journalists and doctors arrested at protests. Story nepal_april_protests_2006 with voa_2006_nepal_police_detain_dozens (5 April, VOA Tibetan site), voa_2006_nepal_arrests_continue_strike_begins (6 April, VOA Khmer site) and, in dev, the items of 21-22 April (voa_2006_nepal_king_interim_government_offer, wn_2006_nepal_gyanendra_crackdown_kalanki, voa_2006_nepal_police_tear_gas_palace).",
  "Shared keys: nepal_april_protests_2006:strike_days (the four-day strike, in all three April 5-6 items; here also Singha's 'next four days'), nepal_april_protests_2006:alliance_parties (seven parties; the dev item voa_2006_nepal_king_interim_government_offer has two unkeyed 'seven' figures of the same alliance that could take this key).",
  "Quotes: Arjuna Nara Singha is named in one paragraph and quoted in the next with 'he said' between the two halves of his quotation (two quotes, speaker_mention 'he'). The same man is spelled 'Arjun Narasingha K.C.' in voa_2006_nepal_police_detain_dozens.",
  "Not events: 'early-morning raids' (no day), 'before the first day of the opposition strike' (the overnight curfew: 'before' gives no point in time, vague), 'over the next four days' (a duration, annotated as a figure), 'eventually' (vague). 'Police arrested the opposition leaders' carries no date expression.",
  "Not figures: 'first day' (ordinal), 'last year' and 'this week' (dates). 'the Nepalese people' do not act and are not an actor.",
  "Second careful read done against FORMAT.md sections 1-2: both quotes and their marks, every number token (scores x2, four x2, seven, dozens), each date expression and its agent (passives without agent null), every alias checked as an exact substring.",
 ],
}
