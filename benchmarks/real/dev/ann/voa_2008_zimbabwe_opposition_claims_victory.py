K = "zimbabwe_election_2008:"
T = "Morgan Tsvangirai"
RM = "Robert Mugabe"
TB = "Tendai Biti"
MDC = "Movement for Democratic Change"
ZEC = "Zimbabwe Electoral Commission"
ZANU = "ZANU-PF"
ANN = {
 "article": "articles/voa_2008_zimbabwe_opposition_claims_victory.txt",
 "gold_out": "gold/voa_2008_zimbabwe_opposition_claims_victory.json",
 "published": "2008-04-02",
 "quotes": [
  {"text": "We on our part as these figures reflect, maintain that we have won this election, the presidential election, outright without the need for the runoff",
   "speaker": TB, "speaker_mention": "he", "fragment": False,
   "note": "'\"...,\" he said.': 'he' is Tendai Biti, named in the two paragraphs before ('Tendai Biti, said ...', 'Biti said the figures ...'); comma before the closing mark dropped"},
  {"text": "So we wait anxiously whether the Zimbabwe Election Commission will confirm that which the media that they control, the state media, has already begun to prepare the people of Zimbabwe for, namely a runoff in 21 days.",
   "speaker": TB, "speaker_mention": "he", "fragment": False,
   "note": "the second quote of the same paragraph, after the attribution 'he said' of the first: the quotation continues Biti's words (a quote interrupted by its attribution is two quotes); final period inside the marks kept"},
 ],
 "figures": [
  {"quantity": K+"tsvangirai_share", "text": "50 percent", "value": 50, "unit": "%", "counted": "share of the vote Tsvangirai won in the presidential election", "source": TB, "approx": "more than",
   "note": "'Tendai Biti, said opposition leader Morgan Tsvangirai won the presidential election with more than 50 percent (50.3) of the vote': Biti (for the MDC) claims it; 'more than' -> more than. Same quantity as the MDC's 50.3 and the official 47.9 of 2 May (voa_2008_zimbabwe_results_runoff_needed)"},
  {"quantity": K+"tsvangirai_share", "text": "50.3", "value": 50.3, "unit": "%", "counted": "share of the vote Tsvangirai won", "source": TB, "approx": None,
   "note": "the bracketed exact figure '(50.3)' after 'more than 50 percent': a percentage printed without its unit, the unit is the percent of the phrase it glosses; same claimant and key"},
  {"quantity": K+"mugabe_share", "text": "43 percent", "value": 43, "unit": "%", "counted": "share of the vote Mugabe received", "source": TB, "approx": None,
   "note": "'while President Robert Mugabe received 43 percent': same 'Tendai Biti, said' clause; the official tally of 2 May gives 43.2 (same key)"},
  {"quantity": K+"runoff_deadline_days", "text": "21 days", "value": 21, "unit": "days", "counted": "days until a runoff", "source": TB, "approx": None,
   "note": "inside Biti's quotation ('namely a runoff in 21 days'): the speaker's figure. Same quantity as 'the vote must be held within 21 days' of 2 May (the legal time to the runoff)"},
  {"text": "two", "value": 2, "unit": None, "counted": "factions of the opposition MDC", "source": None, "approx": None,
   "note": "'the two factions of the opposition MDC have won control': a count in the outlet's description of what the Commission's results indicate; the number of factions is not a result the Commission claims, so null"},
  {"quantity": K+"turnout", "text": "40 percent", "value": 40, "unit": "%", "counted": "voter turnout of registered voters", "source": MDC, "approx": None,
   "note": "'The MDC said its tallies showed that voter turnout was low, only 40 percent': the MDC claims it ('only' is not an approximator)"},
  {"quantity": K+"registered_voters", "text": "six million", "value": 6000000, "unit": None, "counted": "registered voters", "source": MDC, "approx": "around",
   "note": "'of the nearly six million registered voters': same 'The MDC said' sentence; 'nearly' -> around"},
 ],
 "events": [
  {"actor": None, "date": "2008-03-29", "date_text": "last Saturday's", "what": "presidential and parliamentary elections (which the opposition says it won)",
   "note": "'in last Saturday's presidential and parliamentary elections': a date on the noun 'elections', no agent: null. From Wednesday 2 April 2008, last Saturday = 29 March 2008 (the election day)"},
 ],
 "actors": [
  {"name": TB, "type": "person", "aliases": ["Tendai Biti", "Biti"]},
  {"name": MDC, "type": "organisation", "aliases": ["the opposition", "opposition Movement for Democratic Change", "Movement for Democratic Change", "MDC", "The MDC", "the opposition MDC"]},
  {"name": T, "type": "person", "aliases": ["opposition leader Morgan Tsvangirai", "Morgan Tsvangirai"]},
  {"name": RM, "type": "person", "aliases": ["President Robert Mugabe", "Mr. Mugabe"]},
  {"name": ZANU, "type": "organisation", "aliases": ["the ruling party", "ZANU-PF", "Officials of Mr. Mugabe's ZANU-PF"]},
  {"name": ZEC, "type": "organisation", "aliases": ["the Zimbabwe Election Commission", "The Zimbabwe Election Commission", "The Commission"]},
  {"name": "The Herald", "type": "organisation", "aliases": ["The state-owned Herald newspaper"]},
 ],
 "notes": [
  "VOA report by Scott Bobb (Southern Africa Bureau, Johannesburg) of Wednesday 2 April 2008 (date worked out, see meta): the MDC's Tendai Biti claims Tsvangirai won the 29 March 2008 presidential election outright with 50.3 percent; ZANU-PF rejects the claim; the Election Commission has not yet announced presidential returns. Story zimbabwe_election_2008 with voa_2008_zimbabwe_results_runoff_needed (2 May 2008, the official tally).",
  "Cross-item figures: Tsvangirai's share ('more than 50 percent (50.3)' here, Biti/MDC) shares " + K + "tsvangirai_share with the 2 May item's 'nearly 48', '50.3', '51.7' and '47.9 percent'; Mugabe's '43 percent' shares " + K + "mugabe_share with 'just over 43' and '43.2 percent'; Biti's 'a runoff in 21 days' shares " + K + "runoff_deadline_days with 'within 21 days'. Turnout (40 percent) and registered voters (nearly six million) are printed only here.",
  "Two quotes, both Biti's, around one 'he said': the speaker is named in the paragraphs before the quotes only. Reported speech without marks: the Herald 'says', ZANU-PF officials 'denied ... saying', the MDC 'said'. The ruling party's 'wishful' is not in quote marks here (no quote).",
  "'the opposition' (twice in the standfirst and once in paragraph 7) is the MDC; 'the ruling party' is ZANU-PF; the Commission is printed 'Zimbabwe Election Commission' here and 'Zimbabwe Electoral Commission' in the 2 May item: one canonical name, 'Zimbabwe Electoral Commission'. The byline reporter Scott Bobb is not an actor (outlet's voice). 'the state media' inside the quote does not act.",
  "Not figures: 'one' in 'would accept one' (pronoun for a runoff). Not events: the dropped last paragraph's 'Saturday' ('Observers said the balloting Saturday was orderly and peaceful.  Some observers calle', cut mid-word, see meta); 'in 21 days' is a duration (a figure), not a date.",
  "Second careful read done by the annotator against FORMAT.md sections 1-2 and the stored copy: both quote spans (comma dropped, final period kept), 'he' resolved to Biti, the bracketed '(50.3)' as its own figure, 'more than' and 'nearly' mapped, 'last Saturday's' = 2008-03-29 from Wednesday 2 April, aliases as exact surface forms; no change.",
 ],
}
