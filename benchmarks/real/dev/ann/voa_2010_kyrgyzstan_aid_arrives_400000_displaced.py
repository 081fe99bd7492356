K = "kyrgyzstan_unrest_2010:"
U = "UNHCR"
E = "Adrian Edwards"
ANN = {
 "article": "articles/voa_2010_kyrgyzstan_aid_arrives_400000_displaced.txt",
 "gold_out": "gold/voa_2010_kyrgyzstan_aid_arrives_400000_displaced.json",
 "published": "2010-06-17",
 "quotes": [
  {"text": "What we at UNHCR are doing is really looking at fundamentally the shelter needs, at essential non-food items. All the unglamorous stuff that goes with emergency situations - flying in plastic sheets, buckets, tents - anything we can to help the people in need",
   "speaker": E, "speaker_mention": "Edwards", "fragment": False,
   "note": "attribution after the quote ('said Edwards'); the comma before the closing mark is dropped. Edwards is introduced in the paragraph before ('UNHCR spokesman Adrian Edwards warned ...', then 'He said ...')"},
  {"text": "This is early days of a crisis in Central Asia and, by all signs, we have to plan, I think, for problems for some time to come.",
   "speaker": E, "speaker_mention": "Edwards", "fragment": False,
   "note": "second part of the quotation interrupted by 'said Edwards' (two quotes); final full stop kept"},
 ],
 "figures": [
  {"text": "A week", "value": 1, "unit": "weeks", "counted": "time since the deadly riots in southern Kyrgyzstan", "source": None, "approx": None,
   "note": "'A week after deadly riots killed ...': a duration, figure in weeks (as 'a week' in the project's gold); outlet's voice. Not an event (relative, no date of its own)"},
  {"quantity": K+"deaths", "text": "190", "value": 190, "unit": None, "counted": "people killed by the deadly riots in southern Kyrgyzstan", "source": None, "approx": "more than",
   "note": "'deadly riots killed more than 190 people': outlet's voice (no claimant in the sentence); the toll of the June clashes, the story's key deaths (60, 62, 97, 'more than 100', 'hundreds' in the other items)"},
  {"quantity": K+"displaced", "text": "hundreds of thousands", "value": None, "vague": True, "unit": None, "counted": "others displaced by the riots in southern Kyrgyzstan", "source": None, "approx": None,
   "note": "'and displaced hundreds of thousands of others': outlet's voice, vague, scope not said (internal or across the border): the story's key displaced, as the 'some 400,000 were displaced' of 27-28 June, not internally_displaced"},
  {"quantity": K+"internally_displaced", "text": "400,000", "value": 400000, "unit": None, "counted": "people internally displaced in Kyrgyzstan", "source": U, "approx": "around",
   "note": "'the United Nations refugee agency said that Kyrgyz officials and aid agencies on the ground report some 400,000 people have been internally displaced': UNHCR is the one the text has saying it (it relays the reports of Kyrgyz officials and aid agencies, named inside its statement); 'some' -> around. Same quantity as the 200,000 of the next sentence and Mahecic's 'estimated 200,000 people within the country' of 16 June (a count that rose)"},
  {"quantity": K+"internally_displaced", "text": "200,000", "value": 200000, "unit": None, "counted": "people internally displaced reported earlier this week", "source": None, "approx": None,
   "note": "'That is a significant rise from the 200,000 reported earlier this week': passive without a by-agent, the outlet's voice (null), although it is UNHCR's earlier figure (Mahecic on 16 June, voa_2010_kyrgyzstan_unhcr_airlift_uzbekistan); same key"},
  {"text": "40,000", "value": 40000, "unit": None, "counted": "other people who need shelter", "source": U, "approx": "at least",
   "note": "'But the agency estimates at least 40,000 other people need shelter': 'the agency' = UNHCR of the sentence before ('according to the UNHCR'); 'at least'. Not keyed"},
 ],
 "events": [
  {"actor": U, "date": "2010-06-17", "date_text": "On Thursday", "what": "UNHCR said some 400,000 people are internally displaced in Kyrgyzstan",
   "note": "'On Thursday, the United Nations refugee agency said that ...': the expression modifies 'said', subject the UNHCR; Thursday 17 June 2010, the day of the report (see meta)"},
  {"actor": None, "date": "2010-06-14/2010-06-20", "date_text": "earlier this week", "what": "200,000 internally displaced were reported",
   "note": "'the 200,000 reported earlier this week': passive participle without a by-agent: null. 'earlier this week' normalised to the current ISO week (Monday 14 to Sunday 20 June 2010), as 'this week' in the project's gold"},
 ],
 "actors": [
  {"name": U, "type": "organisation", "aliases": ["the United Nations refugee agency", "The U.N. refugee agency", "the UNHCR", "UNHCR", "the agency"]},
  {"name": E, "type": "person", "aliases": ["UNHCR spokesman Adrian Edwards", "Adrian Edwards", "Edwards"]},
  {"name": "Kyrgyz officials", "type": "group", "aliases": ["Kyrgyz officials"]},
  {"name": "aid agencies", "type": "group", "aliases": ["aid agencies", "aid groups"]},
 ],
 "notes": [
  "VOA News report of Thursday 17 June 2010 (date inferred, see meta; stored from VOA's publishing host without a headline, line 1 rebuilt from the address) on aid reaching Uzbekistan and UNHCR's new count of 400,000 internally displaced in Kyrgyzstan; story kyrgyzstan_unrest_2010 with voa_2010_kyrgyzstan_unhcr_airlift_uzbekistan (16 June, in this folder) and the dev items of 12-14 and 27-28 June.",
  "Quotes: one quotation of UNHCR spokesman Adrian Edwards split by 'said Edwards' (two quotes); Edwards is named in the paragraph before and referred to by 'He' in between (a pronoun, not an alias). The hyphens inside the first quote are as printed.",
  "Keys: 'some 400,000' (UNHCR, 17 June) and 'the 200,000 reported earlier this week' share kyrgyzstan_unrest_2010:internally_displaced with Mahecic's 200,000 'within the country' of 16 June (the rise the text itself points out). 'more than 190' killed -> kyrgyzstan_unrest_2010:deaths; 'hundreds of thousands' displaced (scope not said) -> kyrgyzstan_unrest_2010:displaced, the key of the 27-28 June items' 'some 400,000 were displaced'. 'at least 40,000' needing shelter and 'A week' have no key.",
  "Claimants: UNHCR for the 400,000 (its statement relays Kyrgyz officials and aid agencies; the text has UNHCR say it) and the 40,000 ('the agency estimates'); the 190, 'hundreds of thousands' and the 200,000 (passive 'reported', no agent) are the outlet's.",
  "Not events: 'A week after deadly riots' (relative, its 'A week' is a figure), 'soon', 'for much longer', 'for some time to come' (vague). The riots' dates are not printed.",
  "Actors: 'Kyrgyz officials' and the aid agencies are the reporters inside UNHCR's statement; 'aid groups say they are having trouble reaching the people' is the same aid community (one actor with both surface forms). 'Families and host communities' house the displaced but are not named bodies (not listed).",
  "second reading (annotator): re-read the whole item against FORMAT.md sections 1-2: quote texts without the marks (trailing comma of the first dropped, final full stop of the second kept), 'some' -> around, 'more than 190' -> more than, 'at least 40,000' -> at least, vague 'hundreds of thousands'; 17 June 2010 was a Thursday, the week 14-20 June; every alias checked as an exact substring (both spellings 'the United Nations refugee agency' and 'The U.N. refugee agency' occur).",
 ],
}
