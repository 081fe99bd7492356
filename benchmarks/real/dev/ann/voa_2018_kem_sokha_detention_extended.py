K = "cambodia_election_2018:"
KS = "Kem Sokha"
CT = "Cambodian court"
HS = "Hun Sen"
CPP = "Cambodian People's Party"
MS = "Meach Sovannara"
ANN = {
 "article": "articles/voa_2018_kem_sokha_detention_extended.txt",
 "gold_out": "gold/voa_2018_kem_sokha_detention_extended.json",
 "published": "2018-08-31",
 "quotes": [
  {"text": "What is there to be pardoned? This is the case of treason.", "speaker": HS, "speaker_mention": "Hun Sen",
   "note": "'Hun Sen said Wednesday of Sokha’s case, “...”' - curly marks, final full stop kept"},
 ],
 "figures": [
  {"text": "six months", "value": 6, "unit": "months", "counted": "extension of Kem Sokha's pre-trial detention", "source": None, "approx": None,
   "note": "outlet's voice: the court's ruling as reported by VOA"},
  {"text": "a year", "value": 1, "unit": "years", "counted": "time Sokha has already been detained", "source": None, "approx": "around",
   "note": "'almost a year' -> around"},
  {"quantity": K+"activists_pardoned_released", "text": "14", "value": 14, "unit": None, "counted": "opposition activists pardoned and released", "source": None, "approx": None, "ctx": "14 opposition activists"},
  {"quantity": K+"cpp_seats", "text": "125", "value": 125, "unit": None, "counted": "seats won by the CPP in the National Assembly", "source": None, "approx": None,
   "note": "outlet's voice here; the same quantity as the 125 seats of voa_2018_cambodia_cpp_all_seats (claimed there by the CPP)"},
  {"text": "33", "value": 33, "unit": "years", "counted": "CPP's hold on power", "source": None, "approx": None, "note": "'33-year hold': the number span is '33'"},
  {"quantity": K+"activists_pardoned_released", "text": "14", "value": 14, "unit": None, "counted": "opposition activists freed", "source": None, "approx": None, "ctx": "the 14 freed",
   "note": "the same 14 as in the third paragraph"},
  {"text": "20", "value": 20, "unit": "years", "counted": "sentence given to Meach Sovannara", "source": None, "approx": None, "ctx": "20-year", "note": "'20-year sentence'"},
 ],
 "events": [
  {"actor": CT, "date": "2018-08-30", "date_text": "on Thursday", "what": "court extended Kem Sokha's pre-trial detention by six months",
   "note": "'A court in Cambodia on Thursday extended ...': the court is the subject"},
  {"actor": None, "date": "2018-08-27/2018-09-02", "date_text": "earlier this week", "what": "pardoning and release of 14 opposition activists", "ctx": "activists earlier this week",
   "note": "dates the nouns 'pardoning and release'; the text does not say who pardoned them (Hun Sen only 'had asked for pardons'), so null; 'this week' = the ISO week of the publication day"},
  {"actor": None, "date": "2017", "date_text": "last year", "what": "Sokha was arrested and charged with treason",
   "note": "passive without agent ('He was arrested last year and charged')"},
  {"actor": None, "date": "2017-11", "date_text": "last November", "what": "the CNRP was dissolved", "note": "passive without agent"},
  {"actor": CPP, "date": "2018-07", "date_text": "last month’s", "what": "CPP won all 125 seats in the elections",
   "note": "'In last month’s elections, ... Cambodian People’s Party won all 125 seats': the dated elections frame the clause whose agent is the CPP (as in voa_2018_cambodia_cpp_all_seats)"},
  {"actor": HS, "date": "2018-08-29", "date_text": "Wednesday", "what": "Hun Sen said Sokha would not be pardoned", "ctx": "said Wednesday"},
  {"actor": None, "date": "2018-08-27/2018-09-02", "date_text": "earlier this week", "what": "14 activists including Meach Sovannara freed", "ctx": "freed earlier this week",
   "note": "'among the 14 freed earlier this week': passive participle, no agent"},
  {"actor": MS, "date": "2015", "date_text": "in 2015", "what": "Meach Sovannara made a speech at an opposition rally",
   "note": "'for making a speech at an opposition rally in 2015': the speaker of that speech is Sovannara (the subject 'He'); the sentencing itself is not dated"},
 ],
 "actors": [
  {"name": KS, "type": "person", "aliases": ["Kem Sokha", "Sokha"]},
  {"name": CT, "type": "organisation", "aliases": ["A court in Cambodia", "the court"]},
  {"name": "Kem Sokha's lawyer", "type": "person", "aliases": ["One of Sokha’s lawyers"]},
  {"name": "Cambodian National Rescue Party", "type": "party", "aliases": ["Cambodian National Rescue Party (CNRP)", "Cambodian National Rescue Party", "CNRP"]},
  {"name": HS, "type": "person", "aliases": ["Prime Minister Hun Sen", "Hun Sen"]},
  {"name": CPP, "type": "party", "aliases": ["Cambodian People’s Party", "Prime Minister Hun Sen’s Cambodian People’s Party"]},
  {"name": MS, "type": "person", "aliases": ["Meach Sovannara", "Sovannara", "Meach Sovannara, the former head of information and media for the CNRP"]},
 ],
 "notes": [
  "VOA Learning English report (adapted from VOA news) on the extension, on Thursday 30 August 2018, of Kem Sokha's pre-trial detention; dated Friday 31 August 2018 from the text (see meta published_evidence). Story cambodia_election_2018 with voa_2018_cambodia_cpp_all_seats (30 July 2018): the 125 seats share cambodia_election_2018:cpp_seats.",
  "The two mentions of the 14 pardoned/freed activists share cambodia_election_2018:activists_pardoned_released.",
  "The lawyer's claim ('One of Sokha’s lawyers said the court ruled ...') carries no number or date. Hun Sen's quote is named in the same sentence, his dated act 'said Wednesday'.",
  "Not figures: 'One of Sokha’s lawyers' (partitive 'one of'), '2015' (year). 'soon' is vague, not an event.",
  "'last month’s' is the date expression of the possessive 'last month’s elections' (July 2018, the elections of 29 July).",
  "Second careful read done against FORMAT.md: the one quote and its marks, every number token (six, a year, 14 twice, 125, 33, 20), each date's agent (passives without agent null).",
 ],
}
