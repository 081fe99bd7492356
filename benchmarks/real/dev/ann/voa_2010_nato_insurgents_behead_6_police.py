K = "afghanistan_baghlan_beheadings_2010:"
N = "NATO"
INS = "insurgents in Baghlan"
MOD = "Afghan Defense Ministry"
G = "Afghan soldier (Camp Shaheen gunman)"
DC = "David Cameron"
ANN = {
 "article": "articles/voa_2010_nato_insurgents_behead_6_police.txt",
 "gold_out": "gold/voa_2010_nato_insurgents_behead_6_police.json",
 "published": "2010-07-21",
 "quotes": [
  {"text": "brutal", "speaker": N, "speaker_mention": "The alliance", "fragment": True,
   "note": "'The alliance condemned the incident as \"brutal\" and \"barbaric.\"': NATO's words (the alliance = NATO, named as the speaker in the sentences before), a one-word fragment in reported speech"},
  {"text": "barbaric.", "speaker": N, "speaker_mention": "The alliance", "fragment": True,
   "note": "second fragment of the same condemnation; the final '.' printed inside the closing mark is kept (FORMAT.md)"},
 ],
 "figures": [
  {"quantity": K+"police_beheaded", "text": "6", "value": 6, "unit": None, "counted": "Police beheaded", "source": N, "approx": None,
   "note": "headline 'NATO: Insurgents Behead 6 Police in Afghanistan': the 'NATO:' prefix attributes the claim; same toll as 'six' in the lead (same key)"},
  {"quantity": K+"police_beheaded", "text": "six", "value": 6, "unit": None, "counted": "Afghan police officers beheaded", "source": N, "approx": None,
   "note": "'NATO forces in Afghanistan say militants have beheaded six Afghan police officers': claimed by NATO"},
  {"text": "two", "value": 2, "unit": None, "counted": "U.S. civilian trainers killed", "source": MOD, "approx": None,
   "note": "'Afghanistan's defense ministry said an argument prompted an Afghan soldier to shoot at and kill two U.S. civilian trainers': inside what the ministry said"},
  {"text": "three", "value": 3, "unit": None, "counted": "British troops killed", "source": None, "approx": None,
   "note": "'a similar incident in which three British troops were killed by an Afghan soldier in southern Helmand province': outlet's own voice (the NATO sentence before it is about the Camp Shaheen incident), null"},
 ],
 "events": [
  {"actor": N, "date": "2010-07-21", "date_text": "Wednesday", "what": "NATO said in a statement that the killings occurred Tuesday", "ctx": "In a statement Wednesday",
   "note": "'In a statement Wednesday, NATO said ...': the date is on the noun 'statement' and the main verb 'said', both NATO's; Wednesday = publication day, 21 July 2010"},
  {"actor": INS, "date": "2010-07-20", "date_text": "Tuesday", "what": "the beheading of six police officers in Dahanah-ye Ghori", "ctx": "the killings occurred Tuesday",
   "note": "'the killings occurred Tuesday': 'occurred' has the killings as subject, and the text says who killed (the lead's 'militants have beheaded', paragraph 3's 'insurgents overran a police checkpoint and killed the officers'), so the agent of the dated act is the insurgents, as for a dated noun whose agent the text names (dev precedent: an air raid that 'occurred ... on Tuesday' -> its named doer)"},
  {"actor": MOD, "date": "2010-07-21", "date_text": "Wednesday", "what": "the defense ministry said an argument prompted the shooting", "ctx": "In a separate development Wednesday",
   "note": "'In a separate development Wednesday, Afghanistan's defense ministry said ...': the fronted date modifies 'said', whose subject is the ministry"},
  {"actor": G, "date": "2010-07-20", "date_text": "Tuesday", "what": "an Afghan soldier shot at and killed two U.S. civilian trainers at an army base", "ctx": "army base Tuesday",
   "note": "'an argument prompted an Afghan soldier to shoot at and kill two U.S. civilian trainers at an army base Tuesday': the date sits at the end of the infinitive clause whose agent is the soldier (the argument is no agent); later called 'the soldier', 'the gunman', 'The shooter'"},
  {"actor": None, "date": "2010-07-21", "date_text": "Wednesday", "what": "a NATO service member died in a roadside bomb attack", "ctx": "died Wednesday",
   "note": "'NATO says a service member died Wednesday in a roadside bomb attack': 'died' has no agent and the bombers are not named, null"},
  {"actor": "United Kingdom", "date": "2011", "date_text": "next year", "what": "Britain could start withdrawing troops from Afghanistan", "ctx": "as early as next year",
   "note": "'Cameron says his country could start withdrawing troops from Afghanistan as early as next year': agent of 'start withdrawing' is 'his country' (Britain); next year = 2011; the following 'when the United States plans to begin its drawdown' shares the expression and gets no event of its own"},
 ],
 "actors": [
  {"name": N, "type": "organisation", "aliases": ["NATO", "NATO forces in Afghanistan", "The alliance"]},
  {"name": INS, "type": "group", "aliases": ["Insurgents", "militants"]},
  {"name": "Afghan police", "type": "organisation", "aliases": ["police"]},
  {"name": MOD, "type": "organisation", "aliases": ["Afghanistan's defense ministry", "The ministry"]},
  {"name": G, "type": "person", "aliases": ["an Afghan soldier", "the gunman", "The shooter"]},
  {"name": "Afghan soldier (Helmand attacker)", "type": "person", "aliases": ["an Afghan soldier in southern Helmand province"]},
  {"name": DC, "type": "person", "aliases": ["British Prime Minister David Cameron", "David Cameron", "Mr. Cameron"]},
  {"name": "United Kingdom", "type": "country", "aliases": ["his country"]},
  {"name": "United States", "type": "country", "aliases": ["the United States"]},
 ],
 "notes": [
  "VOA News staff report of Wednesday 21 July 2010, stored as GlobalSecurity.org's repost (see meta), on NATO's statement that insurgents beheaded six police in Baghlan province on Tuesday 20 July, the Afghan defense ministry's account of the Camp Shaheen shooting of two U.S. civilian trainers the same day, and David Cameron on a British withdrawal; story afghanistan_baghlan_beheadings_2010.",
  "Pronouns and descriptions as subjects: 'The alliance' (NATO) speaks the quoted fragments two sentences after NATO is named; 'The ministry released a statement' is Afghanistan's defense ministry; 'the soldier', 'the gunman', 'The shooter' are the Camp Shaheen soldier of paragraph 4; 'He added' and 'his country' are David Cameron and Britain.",
  "Quotes: only the two fragments \"brutal\" and \"barbaric.\" (NATO). Cameron's words are reported speech, not quotes.",
  "Figures: NATO's 6/six beheaded police share " + K + "police_beheaded (headline and lead); the ministry's two trainers; the outlet's three British troops. Not figures: 'a week after a similar incident' (an interval anchored on another event with no number word, left out as in the dev set's Haiti 2006 item), 'a service member', 'Another Afghan soldier', 'a district'.",
  "Events: NATO's statement 'Wednesday', the killings 'Tuesday' (insurgents), the ministry's 'Wednesday', the shooting 'Tuesday' (the Camp Shaheen soldier), the service member who 'died Wednesday' (null), Britain's possible withdrawal 'next year' (2011). Left out: 'a week after a similar incident' (see above).",
  "Actors: two different Afghan soldiers act: the Camp Shaheen gunman ('an Afghan soldier' of paragraph 4, 'the gunman', 'The shooter') and the Helmand attacker ('an Afghan soldier in southern Helmand province'). 'the soldier' names the first in paragraph 5 and 'The soldier' the second in paragraph 7; since one surface form cannot belong to two actors, 'the soldier' is listed for neither. 'Another Afghan soldier', the U.S. trainers and the British troops are victims only; 'British radio' only hears Cameron. 'police' (repelled the assault) are the Afghan police.",
  "Second careful read done by the annotator against FORMAT.md sections 1-2 (whole item re-read): the final '.' kept inside \"barbaric.\", every number token checked, the weekday dates of 20/21 July 2010 and the agents of 'occurred', 'shoot at and kill', 'died' and 'start withdrawing' re-checked.",
 ],
}
