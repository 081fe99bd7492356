KB = "Kurmanbek Bakiev"
IG = "Kyrgyz interim government"
RO = "Roza Otunbayeva"
EB = "Edil Baisalov"
ANN = {
 "article": "articles/voa_2010_kyrgyzstan_confirms_bakiev_resignation.txt",
 "gold_out": "gold/voa_2010_kyrgyzstan_confirms_bakiev_resignation.json",
 "published": "2010-04-16",
 "quotes": [
  {"text": "acting head of state", "speaker": IG, "speaker_mention": "Kyrgzstan's self-appointed provisional government", "fragment": True,
   "note": "'Kyrgzstan's self-appointed provisional government says Mr. Bakiev is no longer \"acting head of state\"': the government's own words inside reported speech (a title it denies him, not a scare quote of the outlet)"},
  {"text": "patriotic duty", "speaker": EB, "speaker_mention": "Ms. Otunbayeva's chief of staff, Edil Baisalov", "fragment": True,
   "note": "'Edil Baisalov, told reporters that ... the opposition had a \"patriotic duty\" ...': phrase inside reported speech"},
  {"text": "seize power.", "speaker": EB, "speaker_mention": "Ms. Otunbayeva's chief of staff, Edil Baisalov", "fragment": True,
   "note": "second phrase of the same reported-speech sentence ('... during last week's turmoil to \"seize power.\"'); the final '.' inside the marks is kept"},
  {"text": "We were voicing our protests against political killings and murders and beatings and closing down newspapers and media channels. The legitimate government of Kyrgyzstan is now the interim government",
   "speaker": EB, "speaker_mention": "he", "fragment": False,
   "note": "'\"...,\" he said': 'he' = Edil Baisalov, named in the paragraph before; the trailing comma is dropped"},
 ],
 "figures": [
  {"quantity": "kyrgyzstan_bakiev_resignation_2010:months_to_elections", "text": "six", "value": 6, "unit": "months", "counted": "months within which national elections are to be held", "source": IG, "approx": "up to",
   "note": "'The provisional leadership is promising to ... hold national elections within six months': the provisional leadership states the time frame; 'within' -> up to (as 'within 30 hours' elsewhere in the set); a duration, a figure and not an event"},
 ],
 "events": [
  {"actor": RO, "date": "2010-04-16", "date_text": "early Friday", "what": "Otunbayeva read out the text of Bakiev's resignation",
   "note": "'Rosa Otunbayeva, early Friday read out the text of what she says is Bakiev's resignation': active verb, Otunbayeva the agent; Friday = the publication day, 16 April 2010"},
  {"actor": None, "date": "2010-04-05/2010-04-11", "date_text": "last week's", "what": "last week's turmoil (the uprising that ousted Bakiev)",
   "note": "'during last week's turmoil': a date on the noun 'turmoil'; the text names no agent of the turmoil (the opposition's seizing of power is Baisalov's claim of duty, not the dated act): null. Last week = the ISO week before Friday 16 April 2010, Monday 5 - Sunday 11 April"},
  {"actor": KB, "date": "2010-04-15", "date_text": "late Thursday", "what": "Bakiev headed to Kazakhstan on a military aircraft",
   "note": "'that was where Mr. Bakiev headed late Thursday on a military aircraft': active verb, Bakiev the agent; Thursday 15 April 2010"},
 ],
 "actors": [
  {"name": KB, "type": "person", "aliases": ["Kurmanbek Bakiev", "Mr. Bakiev", "Bakiev", "President Bakiev", "The deposed president of Kyrgyzstan", "the deposed president", "the president"]},
  {"name": IG, "type": "organisation", "aliases": ["the interim government", "The interim government", "Kyrgzstan's self-appointed provisional government", "the provisional government", "the interim leadership", "The provisional leadership"]},
  {"name": RO, "type": "person", "aliases": ["Rosa Otunbayeva", "Ms. Otunbayeva", "The appointed head of the provisional government"]},
  {"name": EB, "type": "person", "aliases": ["Edil Baisalov", "Ms. Otunbayeva's chief of staff"]},
  {"name": "Kazakhstan", "type": "country", "aliases": ["Kazakhstan", "Neighbor Kazakhstan"]},
 ],
 "notes": [
  "VOA report (Steve Herman, Bishkek) of Friday 16 April 2010, kept from GlobalSecurity.org's reprint, on the interim government's confirmation that the deposed Kyrgyz president Kurmanbek Bakiev had resigned (fax read out by Roza Otunbayeva) after flying to Kazakhstan on 15 April. Story kyrgyzstan_bakiev_resignation_2010 (single item); not the June 2010 unrest or referendum stories already in the set.",
  "Four quotes: the interim government's 'acting head of state' (reported speech), Baisalov's two phrases in one reported-speech sentence and his full statement attributed by 'he said' a paragraph after his name. Bakiev's resignation text is given in indirect speech without quote marks ('President Bakiev writes that ...'): no quote.",
  "One figure: 'six' in 'within six months' (elections promised by the provisional leadership; source the interim government, up to). Not figures: '50' in 'article 50' (a designation); 'week-long' (no number word).",
  "Events: 'early Friday' (Otunbayeva read the resignation), 'last week's' (the turmoil, a noun without agent, null, 5-11 April 2010), 'late Thursday' (Bakiev flew out, 15 April). 'within six months' is a duration (figure), not an event. The byline's date was removed as furniture.",
  "Actors: the interim government has many surface forms ('the interim government', 'Kyrgzstan's self-appointed provisional government' as printed, 'the provisional government', 'the interim leadership', 'The provisional leadership'); 'The appointed head of the provisional government' is Otunbayeva and 'Ms. Otunbayeva's chief of staff' is Baisalov (different strings, no surface form shared). Kazakhstan acts ('played a major role in persuading'); the OSCE and the opposition do not act in the text and are not listed. Names kept as printed: 'Bakiev' (often Bakiyev), 'Rosa Otunbayeva' (canonical Roza).",
  "Second careful read done by the annotator against FORMAT.md: the three fragment quotes and the full quote (trailing comma dropped, 'seize power.' keeps its period), the hedge on 'within six months', the three dates against Friday 16 April 2010 (last week 5-11 April, Thursday 15 April), every alias an exact substring.",
 ],
}
