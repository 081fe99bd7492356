K = "zimbabwe_runoff_violence_2008:"
T = "Morgan Tsvangirai"
MDC = "Movement for Democratic Change"
CHI = "Patrick Chinamasa"
ANN = {
 "article": "articles/voa_2008_tsvangirai_pulling_out_runoff.txt",
 "gold_out": "gold/voa_2008_tsvangirai_pulling_out_runoff.json",
 "published": "2008-06-22",
 "quotes": [],
 "figures": [
  {"quantity": K+"opposition_supporters_killed_since_march", "text": "70", "value": 70, "unit": None, "counted": "MDC supporters killed in government and ruling party-supported violence", "source": MDC, "approx": "more than", "ctx": "more than 70",
   "note": "'The MDC says more than 70 of its supporters have been killed in government and ruling party-supported violence since the first round of voting in March': the MDC claims it; 'more than' -> more than. Same quantity as the MDC's 'about 70' (19 June) and the human-rights groups' 'at least 85' (Thornycroft, same day)"},
 ],
 "events": [
  {"actor": T, "date": "2008-06-22", "date_text": "Sunday", "what": "Tsvangirai addressed reporters in Harare (teaser)", "ctx": "Harare Sunday, Morgan",
   "note": "teaser line: 'Addressing reporters in Harare Sunday, Morgan Tsvangirai said ...': the date modifies 'Addressing', whose subject is Tsvangirai; Sunday of a report of Sunday 22 June 2008 is that day"},
  {"actor": None, "date": "2008-06-23/2008-06-29", "date_text": "this week's", "what": "the run-off poll Tsvangirai has pulled out of",
   "note": "'has pulled out of this week's run-off poll': a date on the noun 'run-off poll', no agent: null. Written on Sunday 22 June, 'this week' is the week ahead, Monday 23 - Sunday 29 June 2008, the week of the run-off (Friday 27 June, 'Friday's run-off' below); not the ISO week ending on the day of the report, which the text cannot mean"},
  {"actor": T, "date": "2008-06-22", "date_text": "Sunday", "what": "Tsvangirai told reporters in Harare his party cannot ask supporters to vote", "ctx": "Harare Sunday, Mr.",
   "note": "'Addressing reporters in Harare Sunday, Mr. Tsvangirai said ...': subject Tsvangirai; Sunday 22 June 2008"},
  {"actor": T, "date": "2008-06-25", "date_text": "on Wednesday", "what": "Tsvangirai would announce his next moves",
   "note": "'He also said he would announce his next moves on Wednesday': future tense, so the Wednesday after Sunday 22 June, 25 June 2008; 'he' is Tsvangirai, the subject of 'announce'"},
  {"actor": None, "date": "2008-03", "date_text": "in March", "what": "first round of voting (start of the period of the violence)",
   "note": "'since the first round of voting in March': the date sits on the noun 'first round of voting', which has no agent: null; March 2008"},
  {"actor": CHI, "date": "2008-06-22", "date_text": "today", "what": "Chinamasa said Tsvangirai withdrew because he faced certain defeat",
   "note": "'Zimbabwe's Justice Minister Patrick Chinamasa said today that ...': 'today' in narration, the day of the report; subject of 'said' is Chinamasa"},
  {"actor": None, "date": "2008-06-27", "date_text": "Friday's", "what": "run-off that officials suggest may go ahead as planned",
   "note": "'Officials are also suggesting Friday's run-off may go ahead': a date on the noun 'run-off', no agent: null; Friday 27 June 2008"},
  {"actor": None, "date": "2008-03-29", "date_text": "March 29", "what": "the initial election in which Tsvangirai defeated Mugabe",
   "note": "'Mr. Tsvangirai defeated the president in the initial election March 29': the date follows the noun 'initial election' (VOA's 'election March 29' = the election of March 29), so it dates the vote, which has no agent: null, as for the 'March 29' of the other two items of this story"},
 ],
 "actors": [
  {"name": T, "type": "person", "aliases": ["Zimbabwean opposition leader Morgan Tsvangirai", "Morgan Tsvangirai", "Mr. Tsvangirai", "Tsvangirai"]},
  {"name": "Robert Mugabe", "type": "person", "aliases": ["President Robert Mugabe", "Mr. Mugabe", "the president"]},
  {"name": MDC, "type": "organisation", "aliases": ["Movement for Democratic Change (MDC) leaders", "Movement for Democratic Change", "MDC", "The MDC"]},
  {"name": "Zimbabwean government", "type": "organisation", "aliases": ["government"]},
  {"name": "ZANU-PF", "type": "organisation", "aliases": ["ruling party"]},
  {"name": CHI, "type": "person", "aliases": ["Zimbabwe's Justice Minister Patrick Chinamasa", "Patrick Chinamasa"]},
  {"name": "Zimbabwean officials", "type": "group", "aliases": ["Officials"]},
 ],
 "notes": [
  "VOA News headline-feed report of Sunday 22 June 2008 (kept from a mirror of a gopher archive of VOA's feed): Tsvangirai pulls out of the 27 June run-off; story zimbabwe_runoff_violence_2008 with voa_2008_zimbabwe_four_activists_killed (19 June) and voa_2008_zimbabwe_opposition_leader_pulls_out (Peta Thornycroft, same day).",
  "No quotes: the item prints no quote marks. 'in his words, that vote would cost them their lives' and 'what he called a violent, illegitimate sham of an election' are reported speech of Tsvangirai without marks (the Thornycroft item of the same day quotes the sentence with marks). Other reported speech: the MDC ('says'), Mugabe ('has denied ... has also said'), Chinamasa ('said today'), officials ('are also suggesting').",
  "One claimed figure: 'more than 70' MDC supporters killed (the MDC). Cross-item key opposition_supporters_killed_since_march with 'about 70' (MDC, 19 June) and 'at least 85' (human-rights groups, 22 June).",
  "Not figures: 'the first round', 'a second round' (ordinals); 'March 29' is a date.",
  "The teaser (line 2) repeats the body's second sentence almost word for word; its 'Sunday' is annotated once per occurrence (ctx). 'this week's' is normalised to the week ahead (see its note).",
  "Second careful read done by the annotator against FORMAT.md (sections 1-2): no quote spans; 'more than 70' -> more than, the MDC as source; the eight events checked for their date (Sunday 22 June reference; Wednesday 25 June future; Friday 27 June) and agent (three noun dates with null, two 'Sunday' and 'on Wednesday' Tsvangirai, 'today' Chinamasa); aliases checked as exact surface forms, no form shared by two actors.",
 ],
}
