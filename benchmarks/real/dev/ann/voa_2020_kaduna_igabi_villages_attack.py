K = "nigeria_kaduna_igabi_attack_2020:"
AM = "armed men"
DK = "Dayyabu Kerawa"
ZI = "Zayyad Ibrahim"
ANN = {
 "article": "articles/voa_2020_kaduna_igabi_villages_attack.txt",
 "gold_out": "gold/voa_2020_kaduna_igabi_villages_attack.json",
 "published": "2020-03-02",
 "quotes": [
  {"text": "bandits.", "speaker": ZI + " and " + DK, "speaker_mention": "Ibrahim and local counsellor Dayyabu Kerawa", "fragment": True,
   "note": "one word inside reported speech: 'Ibrahim and local counsellor Dayyabu Kerawa told the French news agency (AFP) that killings were the work of \"bandits.\"': joint speaker; the final '.' inside the marks is kept"},
  {"text": "accused the residents of the targeted villages of providing information about their hiding places to the soldiers.", "speaker": DK, "speaker_mention": "Kerawa", "fragment": True,
   "note": "'Kerawa said bandits \u201caccused ... to the soldiers.\"': a clause of Kerawa's words inside his reported speech (opening curly mark, closing straight mark as stored); final '.' kept"},
  {"text": "These killers are Boko Haram. They stormed our village killing indiscriminately. They spared nobody \u2014 the young, the old, even Almajiris [Islamic students] were not spared", "speaker": DK, "speaker_mention": "he", "fragment": False,
   "note": "first half of a quote split by 'he said'; the speaker is named in the paragraph before ('A local politician, Alhaji Daiyibu Kerawa, told VOA's Hausa service ...'); the trailing comma before the closing mark is dropped; the bracketed gloss '[Islamic students]' is the outlet's insertion inside the marks and is kept as printed. Speaker identity: see notes (Daiyibu = Dayyabu Kerawa)"},
  {"text": "They continued to shoot people, setting fire on the dead and on property. It was extremely horrific!", "speaker": DK, "speaker_mention": "he", "fragment": False,
   "note": "second half of the split quote after 'he said.'"},
 ],
 "figures": [
  {"quantity": K+"deaths", "text": "50", "ctx": "Over 50 Killed", "value": 50, "unit": None, "counted": "killed as armed men attack villages in northern Nigeria", "source": None, "approx": "more than",
   "note": "headline, outlet's voice ('Over 50' -> more than); the lead gives the same toll as 'at least 50' with its claimants (same key)"},
  {"quantity": K+"deaths", "text": "50", "ctx": "at least 50 people", "value": 50, "unit": None, "counted": "people killed in attacks on villages in Kaduna", "source": "local officials and residents", "approx": "at least",
   "note": "'Armed men killed at least 50 people Sunday ..., according to local officials and residents': joint claimant"},
  {"text": "a hundred", "value": 100, "unit": None, "counted": "armed men who attacked the villages", "source": "local police", "approx": "around",
   "note": "'According to local police, about a hundred armed men attacked the villages ...': 'about' -> around; claimant the local police"},
  {"quantity": K+"bakali_deaths_feb", "text": "21", "value": 21, "unit": None, "counted": "people killed in similar attacks on the village of Bakali last month", "source": None, "approx": None,
   "note": "outlet's voice; a separate attack (February 2020, Giwa district), not the Igabi toll"},
  {"text": "16", "value": 16, "unit": None, "counted": "of them belonging to one family", "source": None, "approx": None,
   "note": "part of the 21 Bakali dead, outlet's voice"},
 ],
 "events": [
  {"actor": AM, "date": "2020-03-01", "date_text": "Sunday", "what": "armed men killed at least 50 people in attacks on villages in Kaduna state",
   "note": "'Armed men killed at least 50 people Sunday': agent of 'killed'. Sunday before a report of Monday 2 March 2020 = 1 March 2020 (the same day if the report were of Sunday itself)"},
  {"actor": None, "date": "2020-02", "date_text": "Last month", "what": "21 people killed in similar attacks on the village of Bakali",
   "note": "'Last month 21 people ... were killed in similar attacks': passive without a by-agent -> null; the month before March 2020"},
 ],
 "actors": [
  {"name": AM, "type": "group", "aliases": ["Armed men", "armed men", "assailants", "the shooters", "bandits"]},
  {"name": "local officials and residents", "type": "group", "aliases": ["local officials and residents"]},
  {"name": "local police", "type": "organisation", "aliases": ["local police"]},
  {"name": ZI, "type": "person", "aliases": ["Zayyad Ibrahim", "Ibrahim", "a member of Nigerian parliament"]},
  {"name": DK, "type": "person", "aliases": ["local counsellor Dayyabu Kerawa", "Dayyabu Kerawa", "Kerawa", "Alhaji Daiyibu Kerawa", "A local politician"]},
  {"name": "Boko Haram", "type": "organisation", "aliases": ["Islamist insurgent group Boko Haram", "Boko Haram"]},
 ],
 "notes": [
  "VOA News report (no personal byline; VOA's Hausa Service contributed) of Monday 2 March 2020 (date inferred, see meta) on the killing of at least 50 people on Sunday 1 March 2020 in villages of Igabi district, Kaduna state, Nigeria; story nigeria_kaduna_igabi_attack_2020 (single item so far).",
  "Speaker identity: the text names 'local counsellor Dayyabu Kerawa' (AFP's spelling) and then 'A local politician, Alhaji Daiyibu Kerawa' (VOA Hausa's spelling). Nigerian reports of the same days identify one man, the councillor of Kerawa ward (Daily Trust: 'The councillor of Kerawa Ward, Malam Dayyabu Kerawa'; ThisDay: 'A councillor representing Karewa Ward ..., Alhaji Daiyibu Kerawa ... in an interview with the Hausa Service of the Voice of America said: \"... These killers are Boko Haram ...\"'), so both forms and the bare 'Kerawa' (used for both) are one actor, canonical 'Dayyabu Kerawa'. 'Kerawa' is also a village name in paragraph 2 (not an actor).",
  "Quotes: 'bandits.' (joint: Ibrahim and Kerawa, to AFP), Kerawa's clause 'accused the residents ...' (fragment), and Daiyibu Kerawa's VOA Hausa quote split by 'he said' into two quotes (speaker named a paragraph before). Quote marks are mixed straight/curly as stored.",
  "Figures: 'Over 50' (headline, outlet) and 'at least 50' (local officials and residents) share nigeria_kaduna_igabi_attack_2020:deaths; 'about a hundred' armed men is the local police's; Bakali's 21 dead of last month (and 16 of one family) are the outlet's. Not figures: 'one' in 'one family' (a single family, not a count, as in the dev set), 'VOA's'.",
  "Events: 'Sunday' (armed men killed) and 'Last month' (passive, null). Not events: 'after prayer' (not a date expression).",
  "Actors: 'local officials and residents' (the joint claimant of the lead, who act nowhere else) is one group actor. 'bandits' (the AFP sources' word, in and out of quote marks) and 'assailants'/'the shooters' refer to the armed men. Boko Haram is listed because the politician names it as the attackers' group. Not actors: the French news agency (AFP) and VOA's Hausa service only receive statements; President Muhammadu Buhari is only appealed to; security forces/soldiers do not act in the text.",
  "second reading by the annotator: re-read the whole item against FORMAT.md sections 1-2; checked every quote span (final '.' kept on the two fragments, trailing comma dropped on the split quote), the two 50s (ctx) with their hedges, 'about' -> around, the joint source, Sunday = 2020-03-01, and that no surface form belongs to two actors.",
 ],
}
