K = "zimbabwe_runoff_violence_2008:"
T = "Morgan Tsvangirai"
MDC = "Movement for Democratic Change"
HR = "Zimbabwean human-rights groups"
ANN = {
 "article": "articles/voa_2008_zimbabwe_opposition_leader_pulls_out.txt",
 "gold_out": "gold/voa_2008_zimbabwe_opposition_leader_pulls_out.json",
 "published": "2008-06-22",
 "quotes": [
  {"text": "We in the MDC [Movement for Democratic Change] have resolved that we will no longer participate in this violent, illegitimate sham of an election process",
   "speaker": T, "speaker_mention": "he", "fragment": False,
   "note": "'\"...,\" he said.': 'he' is Tsvangirai, named in the sentence before ('Zimbabwe Opposition leader Morgan Tsvangirai says he is pulling out ...'); the bracketed gloss is the outlet's and stays inside the span; comma before the closing mark dropped"},
 ],
 "figures": [
  {"quantity": K+"opposition_supporters_killed_since_march", "text": "85", "value": 85, "unit": None, "counted": "people who died in the run-off campaign violence", "source": HR, "approx": "at least", "ctx": "at least 85",
   "note": "'Human-rights groups say at least 85 people have died': the groups claim it; 'at least' -> at least. Same quantity as the MDC's 'about 70' (19 June) and 'more than 70' (22 June) of its supporters killed since the March vote: deaths in the political violence of the run-off campaign, counted by different claimants ('most of them opposition supporters' covers the dead and the displaced)"},
  {"text": "tens of thousands", "value": None, "vague": True, "unit": None, "counted": "displaced people", "source": HR, "approx": None,
   "note": "'and tens of thousands have been displaced from their homes': same says-clause of the human-rights groups; a vague plural"},
 ],
 "events": [
  {"actor": None, "date": "2008-03-29", "date_text": "March 29", "what": "first-round presidential poll (in which Tsvangirai won the most votes)", "ctx": "the March 29 presidential poll",
   "note": "'who won the most votes in the March 29 presidential poll': the date is an attribute of the noun 'poll', which has no agent in the text: null"},
  {"actor": None, "date": "2008-06-27", "date_text": "Friday", "what": "second round of voting (the run-off)", "ctx": "due Friday",
   "note": "'the second round of voting due Friday': a date on the noun 'second round of voting'; no agent: null. The Friday after Sunday 22 June 2008 is 27 June (the run-off date)"},
  {"actor": None, "date": "2008-06-27", "date_text": "Friday's", "what": "presidential runoff Tsvangirai is pulling out of",
   "note": "'pulling out of Friday's presidential runoff': a date on the noun 'runoff': null; Friday 27 June 2008"},
  {"actor": None, "date": "2008-03-29", "date_text": "on March 29", "what": "first round of the presidential election (won by Tsvangirai)",
   "note": "'Mr. Tsvangirai won the first round of the presidential election on March 29': taken as dating the noun 'presidential election' (the vote of March 29), which has no agent: null, as for the two other 'March 29' of this story. (Read as dating 'won', it would be Tsvangirai; the result was in fact announced only on 2 May, so the date belongs to the vote)"},
 ],
 "actors": [
  {"name": T, "type": "person", "aliases": ["Zimbabwe opposition leader Morgan Tsvangirai", "Zimbabwe Opposition leader Morgan Tsvangirai", "Morgan Tsvangirai", "Mr. Tsvangirai", "The MDC candidate"]},
  {"name": MDC, "type": "organisation", "aliases": ["Movement for Democratic Change", "MDC", "The MDC"]},
  {"name": "Robert Mugabe", "type": "person", "aliases": ["President Robert Mugabe", "Mr. Mugabe"]},
  {"name": "ZANU-PF", "type": "organisation", "aliases": ["Zanu PF"]},
  {"name": "Zimbabwe Election Commission", "type": "organisation", "aliases": ["the Zimbabwe Election Commission", "the Zimbabwe Election commission"]},
  {"name": HR, "type": "group", "aliases": ["Human-rights groups"]},
  {"name": "African Union", "type": "organisation", "aliases": ["the African Union"]},
  {"name": "United Nations", "type": "organisation", "aliases": ["the United Nations"]},
 ],
 "notes": [
  "VOA report by Peta Thornycroft (Harare) of Sunday 22 June 2008: Morgan Tsvangirai pulls out of the 27 June presidential run-off, citing violence against his supporters; story zimbabwe_runoff_violence_2008 with voa_2008_zimbabwe_four_activists_killed (19 June) and voa_2008_tsvangirai_pulling_out_runoff (VOA News, same day).",
  "One quote, Tsvangirai's 'We in the MDC [...] have resolved ...', attributed by 'he said' after the quote, the name being in the sentence before. The rest is reported speech without marks (Tsvangirai 'said' four times, the Election Commission 'said', human-rights groups 'say').",
  "Claimed figures: 'at least 85' people died and 'tens of thousands' displaced, both by human-rights groups. Cross-item key opposition_supporters_killed_since_march with the MDC's 'about 70' (19 June) and 'more than 70' (22 June).",
  "Not figures: 'too many had died, and too many had been displaced' ('too many' is no number); 'the second round', 'the first round' are ordinals; 'March 29' is a date.",
  "Events: four date expressions, all on nouns for votes (the March 29 poll twice, the Friday run-off twice), so all four actors are null; see the note on 'on March 29' for the attachment. 'soon' (elections could take place soon) is vague and left out. Tsvangirai's announcement itself is not dated in this text (no 'Sunday'); the byline reporter Peta Thornycroft is not listed as an actor (she reports, as VOA's correspondents in other items of the set).",
  "Second careful read done by the annotator against FORMAT.md (sections 1-2): the quote span keeps the outlet's bracketed gloss and drops the comma before the closing mark; 'he' resolved to Tsvangirai; 'at least 85' -> at least with the groups as source; the vague 'tens of thousands' has value null; the two 'Friday' expressions and two 'March 29' expressions told apart by ctx/date_text; aliases checked as exact surface forms ('Zimbabwe Election commission' with the lower-case c is printed so).",
 ],
}
