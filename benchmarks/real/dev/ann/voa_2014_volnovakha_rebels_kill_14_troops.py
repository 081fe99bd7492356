T = "Oleksandr Turchynov"
SEP = "pro-Russian separatists"
DRA = "Donetsk regional administration"
Y = "Arseniy Yatsenyuk"
ANN = {
 "article": "articles/voa_2014_volnovakha_rebels_kill_14_troops.txt",
 "gold_out": "gold/voa_2014_volnovakha_rebels_kill_14_troops.json",
 "published": "2014-05-22",
 "quotes": [
  {"text": "gave their lives for Ukraine.", "speaker": T, "speaker_mention": "President Oleksandr Turchnyov", "fragment": True,
   "note": "'President Oleksandr Turchnyov said Thursday the soldiers ... \"gave their lives for Ukraine.\"': a short phrase closing his reported speech; the final full stop sits inside the marks and is kept"},
  {"text": "We will provide proof that it is the Russian side that bears responsibility for attempts to escalate the conflict… and to undermine presidential elections", "speaker": Y, "speaker_mention": "he", "fragment": False,
   "note": "'..., he said at a military installation outside Kyiv': 'he' is Yatsenyuk, named in the previous paragraph (a sentence away); the trailing comma before the closing mark is dropped; the ellipsis character is kept as printed"},
 ],
 "figures": [
  {"text": "14", "value": 14, "unit": None, "counted": "Ukraine troops killed by pro-Russia rebels", "source": None, "approx": None,
   "note": "headline, outlet's own voice. No quantity key: the body gives 13 killed at the Volnovakha checkpoint (Turchynov) plus 'Another government serviceman' killed overnight in Luhansk, so the headline's 14 is the day's toll of troops across both regions, a wider scope than the checkpoint toll (13 / 16)"},
  {"quantity": "volnovakha_attack_2014:killed", "text": "13", "value": 13, "unit": None, "counted": "service members killed when separatists attacked a military checkpoint", "source": T, "approx": None,
   "note": "'Ukraine's acting president says 13 service members were killed': Turchynov's count, named as 'President Oleksandr Turchnyov' in the next sentence"},
  {"quantity": "volnovakha_attack_2014:killed", "text": "16", "value": 16, "unit": None, "counted": "people died in the attack", "source": DRA, "approx": None,
   "note": "'Officials in the Donetsk regional administration said 16 people died in the attack, but they did not specify whether all those killed were government soldiers': the death toll of the same checkpoint attack by a rival official source; the text sets it against Turchynov's 13, so the two share a key (both deaths in the Volnovakha attack; the text itself leaves open whether the 16 are all soldiers)"},
  {"text": "32", "value": 32, "unit": None, "counted": "people injured", "source": DRA, "approx": None,
   "note": "'They said 32 people were injured': 'They' = the officials of the Donetsk regional administration of the previous sentence"},
 ],
 "events": [
  {"actor": T, "date": "2014-05-22", "date_text": "Thursday", "what": "Turchynov said the soldiers killed near Volnovakha gave their lives for Ukraine",
   "note": "'President Oleksandr Turchnyov said Thursday the soldiers ...': the date modifies 'said'; Thursday = the published day, 22 May 2014"},
  {"actor": SEP, "date": "2014-05-21/2014-05-22", "date_text": "overnight", "ctx": "the overnight attack", "what": "separatists' attack on the military checkpoint near Volnovakha",
   "note": "a date on a noun ('the overnight attack'): the text says who attacked ('when pro-Russian separatists attacked a military checkpoint', 'He said the separatists attacked the checkpoint'), so the separatists are the agent; overnight = the night before Thursday 22 May (D-1/D)"},
  {"actor": None, "date": "2014-05-21/2014-05-22", "date_text": "overnight", "ctx": "was killed overnight", "what": "another government serviceman killed in the Luhansk region",
   "note": "'Another government serviceman was killed overnight': passive without a by-agent, so null; the same night as the checkpoint attack"},
 ],
 "actors": [
  {"name": T, "type": "person", "aliases": ["Ukraine's acting president", "President Oleksandr Turchnyov"]},
  {"name": SEP, "type": "group", "aliases": ["Pro-Russia Rebels", "pro-Russian separatists", "the separatists"]},
  {"name": DRA, "type": "organisation", "aliases": ["Officials in the Donetsk regional administration", "Donetsk regional administration"]},
  {"name": Y, "type": "person", "aliases": ["Ukrainian Prime Minister Arseniy Yatsenyuk", "Arseniy Yatsenyuk"]},
  {"name": "Russia", "type": "country", "aliases": ["Russia", "the Russian side"]},
  {"name": "Ukrainian government", "type": "organisation", "aliases": ["Kyiv"]},
 ],
 "notes": [
  "VOA News report of Thursday 22 May 2014 (date inferred, see meta) on the separatist attack on a Ukrainian army checkpoint near Volnovakha, Donetsk region, three days before the presidential election; story volnovakha_attack_2014 with voa_2014_volnovakha_un_chief_dismayed (the same day, Ban Ki-moon's reaction).",
  "Rival tolls: 13 service members killed (acting president Turchynov) against 16 people dead and 32 injured (officials of the Donetsk regional administration, who did not say whether all the dead were soldiers); the headline's 14 is the outlet's, most likely the 13 plus the serviceman killed in Luhansk, and carries no key. Key volnovakha_attack_2014:killed joins 13 and 16 here and Ban's 13 in the sister item.",
  "Quotes: Turchynov's fragment is attributed in its own sentence; Yatsenyuk's full quote is attributed by 'he', the name being in the previous paragraph.",
  "Not figures: 'Another government serviceman' (no number word). 'the U.N. Security Council' does not act in the text and is not listed; 'Kyiv' in 'Russia accused Kyiv of stepping up military operations' is the Ukrainian government (listed), 'outside Kyiv' is the place; the soldiers and service members are the victims and do not act.",
  "Events: two 'overnight' (the attack noun, agent the separatists; the passive killing in Luhansk, no agent), both the night of 21-22 May; 'Thursday' dates Turchynov's statement. 'the latest violence' is not a date.",
  "second reading: re-read the whole item against FORMAT.md sections 1-2 (quote spans and trailing comma, the three number tokens 14, 13, 16 and 32, approximators (none), weekday checked with datetime: 22 May 2014 is a Thursday; each event's agent re-checked against its verb or noun; actors' aliases checked as exact substrings).",
 ],
}
