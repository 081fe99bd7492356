K = "burundi_election_2020:"
EN = "Evariste Ndayishimiye"
GOV = "Government of Burundi"
ANN = {
 "article": "articles/voa_2020_burundi_ndayishimiye_sworn_in.txt",
 "gold_out": "gold/voa_2020_burundi_ndayishimiye_sworn_in.json",
 "published": "2020-06-18",
 "quotes": [],
 "figures": [
  {"quantity": K+"ndayishimiye_vote_share", "text": "68 percent", "value": 68, "unit": "%", "approx": "more than", "counted": "share of the vote Ndayishimiye secured in the May election", "source": None,
   "note": "'by securing just over 68 percent of the vote in the May election': 'just over' -> more than; outlet's voice (no claimant). Same quantity as CENI's provisional '69%' in voa_2020_burundi_ndayishimiye_wins_ceni_results (Ndayishimiye's share of the 20 May presidential vote), so the same key"},
  {"text": "seven", "value": 7, "unit": "years", "approx": None, "counted": "year term Ndayishimiye will serve", "source": None,
   "note": "'will serve a seven year term': the number span is 'seven' (the unit 'year' follows without a hyphen, written as in '47-year-old'); outlet's voice"},
  {"text": "100", "value": 100, "unit": None, "approx": "more than", "counted": "covid-19 infections confirmed in Burundi", "source": GOV,
   "note": "'So far, Burundi has confirmed just over 100 covid-19 infections': Burundi (its authorities) is the subject of 'has confirmed', the claimant of the count; 'just over' -> more than"},
  {"text": "one", "value": 1, "unit": None, "approx": None, "counted": "covid-19 death confirmed in Burundi", "source": GOV, "ctx": "one death",
   "note": "same sentence ('and one death'): confirmed by Burundi"},
 ],
 "events": [
  {"actor": None, "date": "2020-06-18", "date_text": "Thursday", "what": "Ndayishimiye sworn in as Burundi's new president at the Ingoma stadium in Gitega",
   "note": "'Evariste Ndayishimiye was sworn in as Burundi's new president Thursday': a passive without a by-agent: null. Thursday 18 June 2020 = the page's date line"},
  {"actor": None, "date": "2020-06-18", "date_text": "a week after", "what": "the swearing-in, a week after Nkurunziza's sudden death",
   "note": "'... was sworn in ... Thursday ..., a week after the sudden death of outgoing President Pierre Nkurunziza': as 'come a day after' in the dev set, the expression dates the main event (the swearing-in, Thursday 18 June 2020; the death itself is not dated in the text); passive without agent: null. Not a figure ('a week' has no number word, as in the dev set's 'a week ago')"},
  {"actor": None, "date": "2020-08", "date_text": "in August", "what": "Ndayishimiye originally scheduled to be sworn into office",
   "note": "'Ndayishimiye was originally scheduled to be sworn into office in August': passive without agent: null; August 2020 (the coming August)"},
  {"actor": "Constitutional Court", "date": "2020-06-08/2020-06-14", "date_text": "last week", "what": "the Constitutional Court ruled the swearing-in take place as soon as possible",
   "note": "'the Constitutional Court ruled last week': the court is the agent of 'ruled'; 'last week' = ISO week before Thursday 18 June 2020 (Monday 8 to Sunday 14 June)"},
  {"actor": None, "date": "2020-05", "date_text": "May", "ctx": "the May election", "what": "the presidential election in which Ndayishimiye secured just over 68 percent",
   "note": "a month on the noun 'election' ('in the May election'), as 'the May Executive Order' in the dev set; the text names no agent of the election: null. May 2020"},
 ],
 "actors": [
  {"name": EN, "type": "person", "aliases": ["Evariste Ndayishimiye", "Ndayishimiye"]},
  {"name": "Pierre Nkurunziza", "type": "person", "aliases": ["outgoing President Pierre Nkurunziza", "Nkurunziza", "his predecessor"]},
  {"name": "Constitutional Court", "type": "organisation", "aliases": ["the Constitutional Court"]},
  {"name": "Burundian opposition", "type": "group", "aliases": ["the opposition"]},
  {"name": "CNDD-FDD", "type": "organisation", "aliases": ["the ruling CNDD-FDD party"]},
  {"name": GOV, "type": "organisation", "aliases": ["Burundi"]},
 ],
 "notes": [
  "VOA News report of Thursday 18 June 2020 (date line of the page, removed as furniture, see meta) on Evariste Ndayishimiye's inauguration as president of Burundi, brought forward after Pierre Nkurunziza's death. Story burundi_election_2020 with voa_2020_burundi_votes_amid_coronavirus (20 May) and voa_2020_burundi_ndayishimiye_wins_ceni_results (25 May).",
  "Keys: " + K + "ndayishimiye_vote_share ('just over 68 percent' here, the final share in the outlet's voice; '69%' from CENI's partial results on 25 May). The two figures measure the same share at two stages (partial and final), so an analyst puts them side by side.",
  "No quote marks in the text. Figures: '68 percent' and 'seven' (year term) in the outlet's voice; '100' infections and 'one' death confirmed by Burundi (the government, metonym 'Burundi'; elsewhere in the item 'Burundi's' names the country).",
  "Events: 'Thursday' and 'a week after' (the swearing-in, passive, null), 'in August' (scheduled swearing-in, null), 'last week' (the court ruled), 'May' (the election, null). Not figures: '19' in 'covid-19' (part of the disease's name, a designation). Left out: 'as soon as possible', 'So far', 'early' (vague); the removed date line and photo captions ('June 18, 2020', 'June 13, 2020').",
  "Second careful read done by the annotator against FORMAT.md sections 1-2: the curly apostrophe of 'Ndayishimiye’s', typos kept ('Gitegay', 'his swearing'), 18 June 2020 a Thursday, last week = 8-14 June (the court ruled on Friday 12 June); no change.",
 ],
}
