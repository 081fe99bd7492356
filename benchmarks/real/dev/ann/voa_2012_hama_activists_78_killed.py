ACT = "Syrian activists"
SOHR = "Syrian Observatory for Human Rights"
ANN = {
 "article": "articles/voa_2012_hama_activists_78_killed.txt",
 "gold_out": "gold/voa_2012_hama_activists_78_killed.json",
 "published": "2012-06-06",
 "quotes": [
  {"text": "meaningful compliance", "speaker": "senior U.S. officials", "speaker_mention": "senior U.S. officials", "fragment": True,
   "note": "'senior U.S. officials are warning Syria ... unless Damascus demonstrates \"meaningful compliance\" with U.N efforts': a phrase inside the officials' reported warning"},
 ],
 "figures": [
  {"quantity": "syria_qubeir_massacre_2012:killed", "text": "78", "value": 78, "unit": None, "counted": "killed near Hama", "source": ACT, "approx": "at least", "ctx": "At Least 78 Killed",
   "note": "headline 'Syrian Activists: At Least 78 Killed Near Hama': the colon attributes the toll to the activists"},
  {"quantity": "syria_qubeir_massacre_2012:killed", "text": "78", "value": 78, "unit": None, "counted": "people killed in the central province of Hama", "source": ACT, "approx": "at least", "ctx": "at least 78 people",
   "note": "'Syrian activists say pro-government militia and security forces have killed at least 78 people'; the same toll as the 78 killed 'this week in the village of Mazraat al-Qubeir' in voa_2012_syria_violence_kills_17 (same key)"},
  {"text": "12", "value": 12, "unit": None, "counted": "bodies burned", "source": ACT, "approx": "at least",
   "note": "'They say ... at least 12 bodies were burned': 'They' = the Syrian activists of the previous sentence"},
  {"text": "108", "value": 108, "unit": None, "counted": "Syrian civilians murdered in the Houla massacre", "source": None, "approx": None,
   "note": "'the May 25 Houla massacre in which 108 Syrian civilians were murdered': background in the outlet's voice; the Observatory 'described a similar pattern of events', it does not claim the Houla toll"},
  {"text": "half", "value": 0.5, "unit": "share", "counted": "share of the Houla dead who were children", "source": None, "approx": "around",
   "note": "'nearly half of them children' -> around; outlet's voice like the 108"},
 ],
 "events": [
  {"actor": None, "date": "2012-06-06", "date_text": "Wednesday", "what": "people killed in al-Kubeir and Maazarif, some stabbed to death",
   "note": "'some of those killed in the villages of al-Kubeir and Maazarif Wednesday were stabbed to death': passive participle and passive verb without a by-agent, so null by the literal rule (the previous sentence has the activists blame pro-government militia and security forces); Wednesday = the published day, 6 June 2012"},
  {"actor": None, "date": "2012-05-25", "date_text": "May 25", "what": "Houla massacre, 108 civilians murdered",
   "note": "a date on a noun ('the May 25 Houla massacre in which 108 Syrian civilians were murdered'): the text names no agent of the massacre (passive 'were murdered' without a by-agent), so null"},
 ],
 "actors": [
  {"name": ACT, "type": "group", "aliases": ["Syrian Activists", "Syrian activists", "Activists"]},
  {"name": "pro-government militia", "type": "group", "aliases": ["pro-government militia", "militiamen"]},
  {"name": "Syrian security forces", "type": "organisation", "aliases": ["security forces"]},
  {"name": "Syrian regular troops", "type": "organisation", "aliases": ["regular troops"]},
  {"name": SOHR, "type": "organisation", "aliases": ["The Britain-based Syrian Observatory for Human Rights", "Syrian Observatory for Human Rights", "The Observatory"]},
  {"name": "Syrian government", "type": "organisation", "aliases": ["the Syrian government", "President Bashar al-Assad's government", "Syria", "Damascus"]},
  {"name": "senior U.S. officials", "type": "group", "aliases": ["senior U.S. officials"]},
 ],
 "notes": [
  "VOA report of Wednesday 6 June 2012 (date inferred, see meta) on the killings at al-Kubeir (Mazraat al-Qubeir) and Maazarif in Hama province; story syria_qubeir_massacre_2012 with voa_2012_syria_violence_kills_17 (VOA breaking-news blog, 8 June 2012).",
  "Figures: the toll of at least 78 (headline and first sentence) and the 12 burned bodies are the activists' claims; the Observatory is cited for how the attack was carried out, not for a number; there was 'no comment from the Syrian government'. The Houla toll (108, nearly half children) is background in the outlet's voice. Key syria_qubeir_massacre_2012:killed joins both 78s here and the 78 of the sister item.",
  "Events: 'Wednesday' dates the killings (passive, no agent) and 'May 25' the Houla massacre (no agent named). The Geithner paragraph that would have dated a statement 'Wednesday' is cut in the stored copy and dropped.",
  "Actors: 'Syria' in 'Syria tightly restricts access' and 'warning Syria and its backers', and 'Damascus' in 'unless Damascus demonstrates', are the Syrian government. The militia, security forces and regular troops act (killed, shelled) but in no dated clause; they are listed as the agents the activists and the Observatory name. 'its backers' and 'international media' are not actors.",
  "second reading: re-read the whole item against FORMAT.md sections 1-2 (one quote, a fragment; number tokens 78 twice, 12, 108, 'half'; 'At Least'/'at least' -> at least, 'nearly' -> around; 6 June 2012 a Wednesday and 25 May 2012 checked with datetime; event agents re-checked: both passives without agent -> null).",
 ],
}
