K = "zimbabwe_runoff_violence_2008:"
MDC = "Movement for Democratic Change"
T = "Morgan Tsvangirai"
RM = "Robert Mugabe"
CH = "Nelson Chamisa"
CRT = "Zimbabwean court"
POL = "Zimbabwean police"
GB = "Gordon Brown"
ANN = {
 "article": "articles/voa_2008_zimbabwe_court_lifts_mdc_rally_ban.txt",
 "gold_out": "gold/voa_2008_zimbabwe_court_lifts_mdc_rally_ban.json",
 "published": "2008-06-21",
 "quotes": [
  {"text": "horrific escalation of violence.", "speaker": GB, "speaker_mention": "he", "fragment": True,
   "note": "'Gordon Brown condemned what he called the \"horrific escalation of violence.\"': a phrase Brown is said to have used; 'he' is Brown; the final period inside the marks is kept"},
 ],
 "figures": [
  {"quantity": K + "opposition_supporters_killed_since_march", "text": "70", "value": 70, "unit": None, "counted": "MDC members killed in pre-election violence", "source": MDC, "approx": "at least",
   "note": "'The MDC says at least 70 of its members have been killed in pre-election violence': the MDC claims it. Same quantity as the MDC's 'about 70' (19 June) and 'more than 70' (22 June) and the human-rights groups' 'at least 85' (22 June) in the dev items of this story"},
  {"quantity": K + "tsvangirai_detentions", "text": "five", "value": 5, "unit": None, "counted": "times Tsvangirai has been detained during his campaign", "source": None, "approx": None,
   "note": "'Mr. Tsvangirai has been detained five times during his campaign': outlet's voice. The dev item voa_2008_zimbabwe_four_activists_killed (19 June) has 'at least five times this month' (no key there); the same count of detentions"},
 ],
 "events": [
  {"actor": None, "date": "2008-06-23/2008-06-29", "date_text": "next week's", "what": "presidential run-off election",
   "note": "'ahead of next week's presidential run-off election': a date on the noun 'run-off election', which has no agent in the text (null, as for the run-off in the other items of the story); next week = the ISO week after Saturday 21 June (the run-off was set for Friday 27 June, see 'June 27th')"},
  {"actor": CRT, "date": "2008-06-21", "date_text": "on Saturday", "what": "the court granted the MDC permission to go ahead with Sunday's rally",
   "note": "'Chamisa says the court granted the party permission on Saturday to go ahead with ...': the date modifies 'granted', whose subject is the court (the 'Zimbabwean court' of the lead). Read inside Chamisa's reported speech; 'today' is the only date word excluded inside speech"},
  {"actor": MDC, "date": "2008-06-22", "date_text": "Sunday's", "what": "the MDC's rally in Harare (the gathering the police had banned)",
   "note": "weekday on the event noun 'rally': the rally's doer is not in this sentence but in the lead ('a rally by the opposition Movement for Democratic Change') and the next paragraph ('the opposition's main event'). Sunday after a Saturday report = 22 June 2008 (a coming event)"},
  {"actor": POL, "date": "2008-06-17", "date_text": "Tuesday", "ctx": "gathering Tuesday", "what": "police banned the MDC gathering without explanation",
   "note": "'Police had banned the gathering Tuesday': active verb with 'Police' as subject; the Tuesday before Saturday 21 June = 17 June 2008"},
  {"actor": None, "date": "2008-06-27", "date_text": "June 27th", "what": "presidential run-off between Tsvangirai and Mugabe",
   "note": "'before the June 27th run-off between ... Tsvangirai and ... Mugabe': a date on the noun 'run-off'; the two men are its candidates, not its agents: null, as 'June 27th' in voa_2008_zimbabwe_four_activists_killed"},
  {"actor": RM, "date": "2008-06-20", "date_text": "Friday", "ctx": "Mugabe Friday rejected", "what": "Mugabe rejected claims that his supporters are committing attacks and accused the MDC of fabricating them",
   "note": "'But Mr. Mugabe Friday rejected claims ...': subject of 'rejected'; Friday before Saturday 21 June = 20 June 2008"},
  {"actor": GB, "date": "2008-06-21", "date_text": "Today", "what": "Gordon Brown condemned the escalation of violence and called for an international investigation",
   "note": "'Today, British Prime Minister Gordon Brown condemned ...': 'Today' in the outlet's narration (not in speech) = the report's day"},
  {"actor": None, "date": "2008-03-29", "date_text": "on March 29th", "what": "first round of elections (Tsvangirai tallied more votes than Mugabe)",
   "note": "'The vote follows the first round of elections on March 29th, in which ...': the date follows the noun 'elections' (no agent): null, as for 'March 29' in the other items of the story"},
  {"actor": "unnamed MDC spokesman", "date": "2008-06-20", "date_text": "on Friday", "ctx": "VOA on Friday", "what": "an MDC spokesman told VOA party leaders will meet Sunday on withdrawing from the run-off",
   "note": "'An MDC spokesman told VOA on Friday that ...': subject of 'told'. Not identified with Chamisa (the text does not say it is him)"},
  {"actor": "MDC leaders", "date": "2008-06-22", "date_text": "Sunday", "ctx": "will meet Sunday", "what": "MDC leaders to meet to discuss withdrawing from the run-off",
   "note": "'party leaders will meet Sunday to discuss ...': future tense inside the spokesman's reported speech, the weekday points forward: Sunday 22 June 2008; subject 'party leaders' (the MDC's leaders)"},
 ],
 "actors": [
  {"name": CRT, "type": "organisation", "aliases": ["A Zimbabwean court", "the court"]},
  {"name": MDC, "type": "organisation", "aliases": ["opposition Movement for Democratic Change", "Movement for Democratic Change", "The MDC", "the MDC", "the party"]},
  {"name": CH, "type": "person", "aliases": ["MDC spokesman Nelson Chamisa", "Nelson Chamisa"]},
  {"name": POL, "type": "organisation", "aliases": ["Police"]},
  {"name": T, "type": "person", "aliases": ["MDC leader Morgan Tsvangirai", "Mr. Tsvangirai"]},
  {"name": RM, "type": "person", "aliases": ["President Robert Mugabe", "Mr. Mugabe"]},
  {"name": GB, "type": "person", "aliases": ["British Prime Minister Gordon Brown", "Gordon Brown"]},
  {"name": "Tendai Biti", "type": "person", "aliases": ["MDC Secretary-General Tendai Biti"]},
  {"name": "unnamed MDC spokesman", "type": "person", "aliases": ["An MDC spokesman"]},
  {"name": "MDC leaders", "type": "group", "aliases": ["party leaders"]},
  {"name": "Voice of America", "type": "organisation", "aliases": ["VOA"]},
 ],
 "notes": [
  "VOA News report of Saturday 21 June 2008 (URL date, see meta): a Zimbabwean court lifts the police ban on the MDC's Sunday rally in Harare, six days before the 27 June presidential run-off. Story zimbabwe_runoff_violence_2008 with the dev items voa_2008_zimbabwe_four_activists_killed (19 June), voa_2008_tsvangirai_pulling_out_runoff and voa_2008_zimbabwe_opposition_leader_pulls_out (22 June).",
  "The event nouns: 'Sunday's rally' (doer, the MDC, named in the lead: 'a rally by the opposition Movement for Democratic Change'), 'next week's presidential run-off election' and 'the June 27th run-off' and 'the first round of elections on March 29th' (votes: no agent, null as in the rest of the story). The ban of 'the gathering' is dated on its verb ('Police had banned ... Tuesday').",
  "Keys: zimbabwe_runoff_violence_2008:opposition_supporters_killed_since_march (the MDC's 'at least 70', with the dev items' 70 / 70 / 85); zimbabwe_runoff_violence_2008:tsvangirai_detentions ('five times during his campaign'; the dev item of 19 June has 'at least five times this month' without a key).",
  "One quote: Brown's phrase 'horrific escalation of violence.' (fragment). No other quote marks.",
  "Not figures: 'the June 27th run-off' and 'March 29th' (dates), 'the first round' (ordinal), 'more votes' (no number). 'a treason charge', 'the death penalty' carry no number.",
  "Speakers and claimants: Chamisa reports the court's decision (no number); the MDC claims the 70; the unnamed spokesman reports the leaders' meeting. 'He faces the death penalty' is Biti (no date).",
  "First reading (annotation): as above. Second reading (checker): re-read every weekday against Saturday 21 June 2008 (Saturday = 21, Sunday = 22 (twice, both forward: the rally and the leaders' meeting), Tuesday = 17, Friday = 20 (twice)); checked that 'Today' is narration, not speech; the run-off and first-round dates stay null as in the dev items; the 70 keeps 'at least'; the spokesman of the last paragraph is kept apart from Chamisa; aliases are exact and unshared ('the party' is used once, for the MDC in Chamisa's sentence).",
 ],
}
