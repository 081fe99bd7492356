S = "chen_guangcheng_escape_2012"
CG = "Chen Guangcheng"
HP = "He Peirong"
ANN = {
 "article": "articles/gv_2012_chen_guangcheng_he_peirong_arrested.txt",
 "gold_out": "gold/gv_2012_chen_guangcheng_he_peirong_arrested.json",
 "published": "2012-04-29",
 "quotes": [],
 "figures": [
  {"quantity": S + ":house_arrest_duration", "text": "20 months", "value": 20, "unit": "months", "counted": "under house arrest since his release from prison", "source": None, "approx": None,
   "note": "the post's own voice: how long Chen had been under house arrest (since September 2010) when he escaped; VOA of 27 April says 'about 18 months in detention' for the same stretch (same key, the reports disagree)"},
 ],
 "events": [
  {"actor": None, "date": "2010-09-08", "date_text": "on September 8, 2010", "what": "Chen Guangcheng released from prison",
   "note": "a date on the noun 'his release from prison': the text does not say who released him -> null"},
  {"actor": "Chinese police", "date": "2012-04-27", "date_text": "on Friday April 27, 2012", "what": "He Peirong swept away by police from her home in Nanjing",
   "note": "passive with a by-agent ('has been swept away by police from her home in Nanjing on Friday April 27, 2012') -> police; 27 April 2012 was a Friday, as printed"},
  {"actor": HP, "date": "2011-02", "date_text": "Since February, 2011", "what": "Pearl He has been trying to visit Chen under house arrest",
   "note": "agent: 'Since February, 2011 Pearl He has been trying to visit Chen Guangcheng' -> He Peirong; a 'since' date dates the start of her campaign (as 'Since 2012' in the Zone 9 items)"},
  {"actor": None, "date": "2008", "date_text": "until 2008", "what": "Pearl had been an English teacher until the Wenchuan earthquake",
   "note": "'She had been an English teacher until 2008' is a state, not an act -> null (by the rule on states)"},
 ],
 "actors": [
  {"name": CG, "type": "person", "aliases": ["Chen Guangcheng", "Chen", "Blind civil rights activist Chen Guangcheng"]},
  {"name": HP, "type": "person", "aliases": ["He Peirong", "Pearl He", "Pearl"]},
  {"name": "Chinese police", "type": "organisation", "aliases": ["police"]},
  {"name": "IT for Change", "type": "organisation", "aliases": ["IT for Change", "the organisation IT for Change"]},
  {"name": "Sichuan government", "type": "organisation", "aliases": ["the Sichuan government"]},
 ],
 "notes": [
  "Global Voices post of Sunday 29 April 2012 on the arrest in Nanjing on Friday 27 April 2012 of He Peirong ('Pearl'), who drove the blind activist Chen Guangcheng to Beijing after his escape from house arrest in Dongshigu; story chen_guangcheng_escape_2012 with voa_2012_chen_guangcheng_escapes_house_arrest (27 April) and voa_2012_chen_guangcheng_leaves_embassy (2 May).",
  "No quotes: '(“Pearl”)' is a nickname in quote marks, not speech. The post's author ('I interviewed her') is not named in the stored copy and is not an actor.",
  "Cross-item key: '20 months' of house arrest = chen_guangcheng_escape_2012:house_arrest_duration, with VOA's 'about 18 months in detention' (27 April).",
  "Left out of events: 'A few months ago' (the author's interview) and 'A few months later' (the Sichuan crackdown): vague spans ('a few'), like 'recently'; 'when the Wenchuan Earthquake took place' is not a date expression. 'the Sichuan government started cracking down' is an act without a date expression. Tan Zuoren and Huang Qi 'were arrested' (passive, undated) and do not act: not actors.",
  "Not figures: 'September 8, 2010', 'February, 2011', '2008' (dates and years), 'A few months' (twice; 'a few' is no number), 'A number of activists' (no number).",
  "second reading (annotator): re-read the whole item once fully against FORMAT.md sections 1-2; checked the curly marks around “Pearl”, that 27 April 2012 was a Friday and that the sub-heading 'Who is He Peirong?' carries nothing to annotate.",
 ],
}
