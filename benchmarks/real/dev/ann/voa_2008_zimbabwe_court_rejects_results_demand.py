K = "zimbabwe_election_2008:"
MDC = "Movement for Democratic Change"
ZEC = "Zimbabwe Electoral Commission"
HC = "Zimbabwe High Court"
TU = "Tendai Uchena"
T = "Morgan Tsvangirai"
RM = "Robert Mugabe"
ANN = {
 "article": "articles/voa_2008_zimbabwe_court_rejects_results_demand.txt",
 "gold_out": "gold/voa_2008_zimbabwe_court_rejects_results_demand.json",
 "published": "2008-04-14",
 "quotes": [],
 "figures": [
  {"quantity": K + "recount_constituencies", "text": "23", "value": 23, "unit": None, "counted": "voting districts in the recount of presidential and parliamentary results", "source": ZEC, "approx": None,
   "note": "'The commission confirmed today that it will go ahead with a recount ... in 23 voting districts': the electoral commission's statement. The same recount as the '23 constituencies' of the dev item voa_2008_zimbabwe_results_runoff_needed (2 May, same key)"},
  {"quantity": K + "mugabe_rule_years", "text": "28 years", "value": 28, "unit": "years", "counted": "years Mugabe has kept a tight grip on power", "source": None, "approx": None,
   "note": "'where Mr. Mugabe has kept a tight grip on power for 28 years': outlet's voice (the length of Mugabe's rule, since 1980)"},
 ],
 "events": [
  {"actor": None, "date": "2008-03", "date_text": "last month's", "ctx": "from last month's presidential election", "what": "presidential election whose results the MDC wants released",
   "note": "'results from last month's presidential election': a date on the noun 'election' (no agent): null; last month from 14 April = March 2008 (the vote of 29 March)"},
  {"actor": TU, "date": "2008-04-14", "date_text": "on Monday", "what": "Judge Uchena's ruling accepting the electoral commission's argument",
   "note": "'But in his ruling on Monday, Judge Tendai Uchena accepted ...': the date hangs on the event noun 'ruling' (whose doer is 'his' = the judge) or on 'accepted' (subject the judge): Uchena either way; Monday = 14 April 2008, the day of the report"},
  {"actor": MDC, "date": "2008-04-15", "date_text": "on Tuesday", "what": "the nationwide strike called by MDC officials to begin",
   "note": "'MDC officials called for a nationwide strike they said would begin on Tuesday': the date modifies 'would begin', whose subject is the event noun 'strike'; the strike's doer is the party that called it (the MDC, through 'MDC officials', in the same sentence). Future in reported speech: Tuesday 15 April 2008. A stricter reading (the strike is the subject, no agent) would give null"},
  {"actor": None, "date": "2008-03-29", "date_text": "March 29th", "what": "the presidential vote in which the MDC says Tsvangirai defeated Mugabe",
   "note": "'defeated ... Mugabe in the March 29th vote': a date on the noun 'vote' (no agent): null, as for 'March 29' in the dev items of this story (the verb reading would give Tsvangirai)"},
  {"actor": MDC, "date": "2008-04-14", "date_text": "today", "ctx": "The MDC said today", "what": "the MDC said one of its members was stabbed to death by ZANU-PF supporters",
   "note": "'The MDC said today ...': 'today' in the outlet's narration (not inside speech) = the report's day; subject of 'said' is the MDC"},
  {"actor": None, "date": "2008-03", "date_text": "March", "ctx": "the March election", "what": "the presidential election whose votes the commission is still verifying",
   "note": "'the votes from the March election': a month on the noun 'election' (no agent): null; March 2008"},
  {"actor": ZEC, "date": "2008-04-14", "date_text": "today", "ctx": "confirmed today", "what": "the electoral commission confirmed it will go ahead with a recount in 23 voting districts",
   "note": "'The commission confirmed today that ...': subject of 'confirmed' is the electoral commission; narration, the report's day"},
  {"actor": None, "date": "2008-03", "date_text": "last month's", "ctx": "in last month's vote", "what": "the parliamentary vote in which the opposition gained control of the lower house",
   "note": "'The opposition party gained control of ... parliament in last month's vote': the date follows the noun 'vote' (no agent), as the other votes in the item; March 2008. (Read as dating 'gained', the actor would be the MDC)"},
 ],
 "actors": [
  {"name": HC, "type": "organisation", "aliases": ["Zimbabwe's High Court", "the court"]},
  {"name": TU, "type": "person", "aliases": ["Judge Tendai Uchena"]},
  {"name": MDC, "type": "organisation", "aliases": ["The Movement for Democratic Change party", "MDC officials", "The MDC", "The opposition party"]},
  {"name": ZEC, "type": "organisation", "aliases": ["Zimbabwe's electoral commission", "the electoral commission", "The commission"]},
  {"name": T, "type": "person", "aliases": ["its leader and candidate Morgan Tsvangirai", "Mr. Tsvangirai"]},
  {"name": RM, "type": "person", "aliases": ["longtime President Robert Mugabe", "Mr. Mugabe"]},
  {"name": "ZANU-PF", "type": "organisation", "aliases": ["the ruling ZANU-PF party", "ZANU-PF"]},
  {"name": "ZANU-PF supporters", "type": "group", "aliases": ["ZANU-PF supporters"]},
  {"name": "Zimbabwean government", "type": "organisation", "aliases": ["the government"]},
  {"name": "independent monitors", "type": "group", "aliases": ["Independent monitors"]},
  {"name": "human rights groups", "type": "group", "aliases": ["human rights groups"]},
 ],
 "notes": [
  "VOA News report of Monday 14 April 2008 (URL date, see meta): Zimbabwe's High Court (Judge Tendai Uchena) rejects the MDC's demand that the electoral commission release the results of the 29 March presidential election; the MDC calls a strike from Tuesday. Story zimbabwe_election_2008 with the dev items voa_2008_zimbabwe_opposition_claims_victory (30 March) and voa_2008_zimbabwe_results_runoff_needed (2 May).",
  "The event nouns: 'his ruling on Monday' (doer 'his' = the judge, named in the same sentence), 'After the ruling' (undated, no event), 'a nationwide strike ... would begin on Tuesday' (doer the MDC, through its officials; see the event note for the null alternative), and three votes ('last month's presidential election', 'the March 29th vote', 'the March election', 'last month's vote'), all null.",
  "Keys: zimbabwe_election_2008:recount_constituencies ('23 voting districts', same recount as the dev item's '23 constituencies'); zimbabwe_election_2008:mugabe_rule_years ('28 years'; the 'nearly 30-year rule' of the September items is in story zimbabwe_power_sharing_2008 and five months later, not keyed together).",
  "No quote marks in the text: no quotes.",
  "Not figures: 'one of its members' (partitive 'one', as 'one of the air strikes' in the dev set), 'a second round' (ordinal), 'March 29th' (a date). 'the majority needed' carries no number.",
  "Actors: 'the court' of the second paragraph is the High Court (petitioned by the MDC); 'MDC officials' taken as an alias of the MDC (they speak for the party); ZANU-PF supporters are the agents of the stabbing (undated, no event). 'the government' holds back results (no date).",
  "First reading (annotation): as above. Second reading (checker): Monday = 14 April 2008 = the URL date; 'on Tuesday' points forward (15 April); both 'today' are narration (the MDC's statement, the commission's confirmation), not speech, and are told apart by ctx; 'last month's' twice = March 2008 and told apart by ctx; the 23 is the commission's (its confirmation), the 28 years the outlet's; aliases exact and unshared ('the court' for the High Court only; 'The commission' for the ZEC only).",
 ],
}
