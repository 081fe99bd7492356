BAN = "Ban Ki-moon"
SEP = "pro-Russian separatists"
Y = "Arseniy Yatsenyuk"
R = "Anders Fogh Rasmussen"
RMD = "Russian Defense Ministry"
ANN = {
 "article": "articles/voa_2014_volnovakha_un_chief_dismayed.txt",
 "gold_out": "gold/voa_2014_volnovakha_un_chief_dismayed.json",
 "published": "2014-05-22",
 "quotes": [
  {"text": "Dismayed", "speaker": BAN, "speaker_mention": "UN Chief", "fragment": True,
   "note": "headline word in single quote marks, Ban's word (the body quotes him: 'said he is \"dismayed\"')"},
  {"text": "dismayed", "speaker": BAN, "speaker_mention": "United Nations Secretary General Ban Ki-Moon", "fragment": True},
  {"text": "limited", "speaker": R, "speaker_mention": "NATO chief Anders Fogh Rasmussen", "fragment": True},
  {"text": "may suggest some of these forces are preparing to withdraw.", "speaker": R, "speaker_mention": "NATO chief Anders Fogh Rasmussen", "fragment": True,
   "note": "a second quoted piece inside Rasmussen's reported speech ('that \"may suggest ...\"'); the final full stop is inside the marks and kept"},
 ],
 "figures": [
  {"quantity": "volnovakha_attack_2014:killed", "text": "13", "value": 13, "unit": None, "counted": "government troops killed in the separatists' attack", "source": BAN, "approx": None,
   "note": "'Ban Ki-Moon said he is \"dismayed\" at an attack by pro-Russian separatists that killed 13 government troops': the toll sits inside the clause reported from Ban, so he is its claimant by the text (the figure is Kyiv's count, given by Turchynov in voa_2014_volnovakha_rebels_kill_14_troops); same key as Turchynov's 13 and the Donetsk administration's 16"},
  {"text": "tens of thousands", "value": None, "vague": True, "unit": None, "counted": "police deployed to secure the vote", "source": None, "approx": None},
  {"text": "dozen", "value": 12, "unit": None, "counted": "cities seized by rebels in the east", "source": None, "approx": "more than",
   "note": "'over a dozen cities' -> more than 12"},
  {"text": "20", "value": 20, "unit": None, "counted": "trains full of troops moved out of the border area", "source": RMD, "approx": None,
   "note": "'Russia's defense ministry said 20 trains and 15 planes full of troops have been moved out'"},
  {"text": "15", "value": 15, "unit": None, "counted": "planes full of troops moved out of the border area", "source": RMD, "approx": None},
 ],
 "events": [
  {"actor": SEP, "date": "2014-05-22", "date_text": "Thursday", "ctx": "checkpoint Thursday", "what": "separatists attacked a military checkpoint near Volnovakha",
   "note": "'Separatists used mortars, grenade launchers and automatic weapons to attack a military checkpoint Thursday': the date modifies the attack, whose agent is the separatists (subject of 'used ... to attack')"},
  {"actor": None, "date": "2014-05-25", "date_text": "Sunday", "ctx": "Sunday's presidential election", "what": "presidential election",
   "note": "a date on a noun ('Sunday's presidential election'): an election has no single agent in the text, so null; the Sunday after Thursday 22 May, 25 May 2014"},
  {"actor": Y, "date": "2014-05-22", "date_text": "on Thursday", "what": "Yatsenyuk accused Russia of trying to escalate the conflict and disrupt the election"},
  {"actor": R, "date": "2014-05-22", "date_text": "Also Thursday", "what": "Rasmussen said there has been limited Russian troop activity near the border",
   "note": "'Also Thursday, NATO chief Anders Fogh Rasmussen said ...': the date modifies 'said'"},
 ],
 "actors": [
  {"name": BAN, "type": "person", "aliases": ["UN Chief", "United Nations Secretary General Ban Ki-Moon", "Ban"]},
  {"name": SEP, "type": "group", "aliases": ["pro-Russian separatists", "Separatists", "rebels"]},
  {"name": "Ukrainian government", "type": "organisation", "aliases": ["The government", "Kyiv"]},
  {"name": Y, "type": "person", "aliases": ["Ukraine's acting Prime Minister Arseniy Yatsenyuk", "Arseniy Yatsenyuk"]},
  {"name": "Russia", "type": "country", "aliases": ["Russia", "Moscow"]},
  {"name": RMD, "type": "organisation", "aliases": ["Russia's defense ministry"]},
  {"name": R, "type": "person", "aliases": ["NATO chief Anders Fogh Rasmussen"]},
 ],
 "notes": [
  "VOA report of Thursday 22 May 2014 (date inferred, see meta) on UN Secretary General Ban Ki-moon's reaction to the separatist attack near Volnovakha; story volnovakha_attack_2014 with voa_2014_volnovakha_rebels_kill_14_troops (same day).",
  "Cross-item figures: the 13 government troops killed share volnovakha_attack_2014:killed with Turchynov's 13 and the Donetsk regional administration's 16 in the sister item. The Russian Defence Ministry's 20 trains and 15 planes are separate counts (different things counted), without a key.",
  "Quotes: the headline's 'Dismayed' (single quote marks) and the body's \"dismayed\" are Ban's word; \"limited\" and \"may suggest ...\" are two quoted pieces of Rasmussen's reported speech. Apostrophes in 'Sunday's', 'Ukraine's', 'Russia's' are not quote marks.",
  "'The government is deploying tens of thousands of police' is Ukraine's government (alias 'The government'); 'Kyiv' in 'Russia has accused Kyiv' is the same government; 'Moscow' in 'which Moscow has reluctantly supported' is Russia. 'rebels have seized over a dozen cities' are the separatists. Voters, 'all parties' and the police do not act in a dated clause and are not listed.",
  "Events: three 'Thursday' expressions (the attack, Yatsenyuk's accusation, Rasmussen's remark) and the dated noun 'Sunday's presidential election' (no agent). 'Meanwhile' is not a date.",
  "second reading: re-read the whole item against FORMAT.md sections 1-2 (quote spans including the headline's single-quoted word; number tokens 13, 'tens of thousands', 'dozen', 20, 15 all annotated; 'over' -> more than; 22 May 2014 a Thursday and 25 May 2014 a Sunday checked with datetime; each event's agent re-checked).",
 ],
}
