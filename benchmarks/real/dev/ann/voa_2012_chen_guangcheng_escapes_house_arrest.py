S = "chen_guangcheng_escape_2012"
CG = "Chen Guangcheng"
LW = "Liu Weimin"
LA = "local authorities"
ANN = {
 "article": "articles/voa_2012_chen_guangcheng_escapes_house_arrest.txt",
 "gold_out": "gold/voa_2012_chen_guangcheng_escapes_house_arrest.json",
 "published": "2012-04-27",
 "quotes": [
  {"text": "crazy.", "speaker": CG, "speaker_mention": "He", "fragment": True,
   "note": "'He said he is concerned the retaliation against them will be \"crazy.\"': one word of Chen's (in his video) inside reported speech -> fragment; 'He' is Chen, named at the start of the paragraph ('Chen says his wife, child and mother ...'); the final '.' inside the mark is kept"},
  {"text": "their criminality is not revealed.", "speaker": CG, "speaker_mention": "He", "fragment": True,
   "note": "'He accuses local officials of being corrupt, and wanting to keep him detained so that \"their criminality is not revealed.\"': Chen's words from his video, a clause inside reported speech -> fragment; 'He' = Chen, named in the sentence before ('In his video, Chen urged ...')"},
  {"text": "relevant reports", "speaker": LW, "speaker_mention": "he", "fragment": True,
   "note": "'He says he has seen what he called \"relevant reports,\" but ...': the spokesman's phrase; trailing comma inside the marks dropped; 'he' = Foreign Ministry spokesman Liu Weimin, named in the sentence before"},
 ],
 "figures": [
  {"quantity": S + ":house_arrest_duration", "text": "18 months", "value": 18, "unit": "months", "counted": "in detention", "source": None, "approx": "around",
   "note": "'after spending about 18 months in detention': VOA's own voice; Chen's house arrest since September 2010; Global Voices (29 April) says '20 months' (same key). 'about' -> around"},
  {"text": "four hours", "value": 4, "unit": "hours", "counted": "beating Chen and his wife", "source": "activists", "approx": None,
   "note": "'Authorities last July brutally beat Chen and his wife for four hours, according to activists' -> claimed by the (unnamed) activists"},
 ],
 "events": [
  {"actor": "Chen Guangcheng and supporters", "date": "2012-04-22", "date_text": "on Sunday", "what": "supporters helped Chen make his escape from his home",
   "note": "'Supporters helped Guangcheng make a daring and bold escape from his home on Sunday': the date dates the escape, which Chen made with his supporters' help (subject of 'helped' = supporters, agent of 'make ... escape' = Chen): joint actor. Sunday 22 April 2012, the Sunday before the Friday of publication"},
  {"actor": LA, "date": "2011-07", "date_text": "last July", "what": "authorities beat Chen and his wife for four hours",
   "note": "agent: 'Authorities last July brutally beat Chen and his wife' -> the local authorities (the same as 'the local authorities' of the paragraph before); July 2011"},
  {"actor": "witnesses", "date": "2012-04-27", "date_text": "Friday", "what": "witnesses said they saw no unusual security activity outside the US embassy",
   "note": "agent: 'Witnesses Friday said ...' -> witnesses; the day of publication"},
 ],
 "actors": [
  {"name": CG, "type": "person", "aliases": ["Chen Guangcheng", "Guangcheng", "Chen", "Blind Chinese human rights activist Chen Guangcheng"]},
  {"name": "supporters", "type": "group", "aliases": ["Supporters", "supporters"]},
  {"name": LA, "type": "organisation", "aliases": ["the local authorities", "local authorities", "Authorities", "local officials"]},
  {"name": "activists", "type": "group", "aliases": ["activists", "Activists"]},
  {"name": LW, "type": "person", "aliases": ["Liu Weimin", "Foreign Ministry spokesman Liu Weimin"]},
  {"name": "witnesses", "type": "group", "aliases": ["Witnesses"]},
  {"name": "American spokesmen", "type": "group", "aliases": ["American spokesmen"]},
 ],
 "notes": [
  "VOA News (Asia) story of Friday 27 April 2012, kept from a blog that reprints VOA headlines, on Chen Guangcheng's escape from house arrest in Shandong on Sunday 22 April 2012 and his video to Premier Wen Jiabao; story chen_guangcheng_escape_2012 with gv_2012_chen_guangcheng_he_peirong_arrested (29 April) and voa_2012_chen_guangcheng_leaves_embassy (2 May).",
  "Quotes: three short phrases inside reported speech, each attributed by a pronoun whose referent is named one sentence before ('crazy.', 'their criminality is not revealed.' -> Chen; 'relevant reports' -> Liu Weimin).",
  "Cross-item key: 'about 18 months in detention' = chen_guangcheng_escape_2012:house_arrest_duration, with Global Voices' '20 months' (29 April).",
  "Premier Wen Jiabao is addressed by Chen's video but does not act; 'the central officials' are urged, do not act: not actors. The family members 'who brawled with them' are not named as a group that speaks.",
  "Left out of events: 'so far', 'at this time', 'after the escape' (no date expression; vague). 'activists now say' carries 'now' (vague), not an event.",
  "Not figures: 'first public comments' (ordinal). The dropped last paragraph held '40-year-old' and 'four years'.",
  "second reading (annotator): re-read the whole item once fully against FORMAT.md sections 1-2; checked the straight double quotes and that the comma inside '\"relevant reports,\"' is dropped; 'on Sunday' = 22 April and 'Friday' = 27 April 2012; 'last July' = July 2011.",
 ],
}
