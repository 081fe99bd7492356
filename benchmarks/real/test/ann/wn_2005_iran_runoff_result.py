ANN = {
 "article": "articles/wn_2005_iran_runoff_result.txt",
 "gold_out": "gold/wn_2005_iran_runoff_result.json",
 "published": "2005-06-25",
 "quotes": [
  {"text": "The figures show that Ahmadinejad is the winner", "speaker": "Jahanbakhsh Khanjani", "speaker_mention": "Ministry spokesman Jahanbakhsh Khanjani"},
 ],
 "figures": [
  {"quantity": "iran_runoff_2005:ahmadinejad_share", "text": "61.8%", "value": 61.8, "unit": "%", "counted": "Ahmadinejad's share of the runoff vote", "source": "Iranian Interior Ministry"},
  {"text": "35.7%", "value": 35.7, "unit": "%", "counted": "Rafsanjani's share of the runoff vote",
   "note": "no claimant in its sentence; the Interior Ministry is named only for the 61.8% in the previous sentence"},
  {"text": "23 million", "value": 23000000, "counted": "votes cast in the runoff", "approx": "around"},
  {"quantity": "iran_runoff_2005:runoff_turnout", "text": "49", "value": 49, "unit": "%", "counted": "voter turnout in the runoff", "approx": "around", "ctx": "nearly 49 per cent"},
 ],
 "events": [
  {"actor": None, "date": "1979", "date_text": "in 1979", "what": "Islamic Revolution in Iran"},
  {"actor": None, "date": "1979", "date_text": "1979", "what": "Islamic Revolution in Iran", "ctx": "Islamic Revolution of 1979"},
 ],
 "actors": [
  {"name": "Mahmoud Ahmadinejad", "type": "person", "aliases": ["Mahmoud Ahmadinejad", "Ahmadinejad"]},
  {"name": "Iranian Interior Ministry", "type": "organisation", "aliases": ["Iran's Interior Ministry"]},
  {"name": "Jahanbakhsh Khanjani", "type": "person", "aliases": ["Ministry spokesman Jahanbakhsh Khanjani", "Jahanbakhsh Khanjani"]},
  {"name": "Akbar Hashemi Rafsanjani", "type": "person", "aliases": ["Ayatollah Hashemi Rafsanjani"]},
  {"name": "Ali Khamenei", "type": "person", "aliases": ["Ayotollah Ali Khamenei"]},
  {"name": "Tehran city council", "type": "organisation", "aliases": ["the city council"]},
 ],
 "notes": [
  "Wikinews item of 25 June 2005 (en.m.wikinews.org, the mobile address of en.wikinews.org); the page says its text was released into the public domain (pre-September 2005 Wikinews).",
  "Same story as wn_2005_iranians_vote_runoff and voa_2005_tehran_mayor_upset: the 61.8% (Wikinews, Interior Ministry) and 'around 61 percent' (VOA) share the key iran_runoff_2005:ahmadinejad_share; 'nearly 49 per cent' and VOA's 'Around 49 percent' share iran_runoff_2005:runoff_turnout.",
  "'49 per cent': the unit is printed as separate words, so the figure text is the number alone ('49'); 'nearly' = around; 'An estimated 23 million' = around.",
  "The Islamic Revolution of 1979 is dated twice (in 1979 / of 1979) with no agent (actor null). 'the first since' is an ordinal, not a figure.",
  "'Ayotollah Ali Khamenei' is the page's own misspelling, kept as the alias.",
  "second reading: every quote, figure, event date (weekdays recomputed from published) and actor checked against the text; no change.",
 ],
}
