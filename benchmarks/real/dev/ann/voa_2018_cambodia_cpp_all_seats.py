K = "cambodia_election_2018:"
ANN = {
 "article": "articles/voa_2018_cambodia_cpp_all_seats.txt",
 "gold_out": "gold/voa_2018_cambodia_cpp_all_seats.json",
 "published": "2018-07-30",
 "quotes": [
  {"text": "We do not have a specific figure, as the NEC has not yet concluded the results and distributed the legal formula, but we only know the number of votes, so we can only estimate the number [of seats]",
   "speaker": "Sok Eysan", "speaker_mention": "he",
   "note": "the speaker comes from the previous paragraph ('Sok Eysan, a CPP spokesman, told VOA'); '[of seats]' is VOA's bracketed insertion, kept inside the quote"},
  {"text": "free and fair", "speaker": "United States and Australia and European Union", "speaker_mention": "The United States, Australia, the European Union and other world powers", "fragment": True,
   "note": "joint speaker: the powers that 'criticized the election as not \"free and fair\"'; the page opens with a curly mark and closes with a straight one"},
 ],
 "figures": [
  {"quantity": K+"voters_turned_out", "text": "7 million", "value": 7000000, "unit": None, "approx": "around", "counted": "voters who turned out to vote", "source": "National Election Committee",
   "note": "'according to the NEC' at the end of the sentence"},
  {"quantity": K+"turnout", "text": "82.89 percent", "value": 82.89, "unit": "%", "approx": None, "counted": "share of the electorate that turned out", "source": "National Election Committee"},
  {"quantity": K+"cpp_seats", "text": "125", "value": 125, "unit": None, "approx": None, "counted": "seats won by the CPP", "source": "Cambodian People's Party",
   "note": "'The ruling Cambodian People’s Party has said preliminary election results show it won all 125 seats'"},
  {"text": "19", "value": 19, "unit": None, "approx": None, "counted": "other political parties", "source": "Sok Eysan",
   "note": "inside Sok Eysan's reported speech ('told VOA that ... none of the 19 other political parties ...')"},
 ],
 "events": [
  {"actor": "Cambodian People's Party", "date": "2018-07-29", "date_text": "on Sunday", "what": "won all 125 seats in general election",
   "note": "'on Sunday' dates the general election in which the CPP says it won; the agent of 'won' is the CPP"},
  {"actor": "Hang Puthea", "date": "2018-07-30", "date_text": "on Monday", "what": "said NEC not ready to announce final results"},
 ],
 "actors": [
  {"name": "Cambodian People's Party", "type": "party", "aliases": ["The ruling Cambodian People’s Party", "Cambodian People’s Party", "CPP"]},
  {"name": "Sok Eysan", "type": "person", "aliases": ["Sok Eysan", "Sok Eysan, a CPP spokesman"]},
  {"name": "National Election Committee", "type": "organisation", "aliases": ["National Election Committee", "the National Election Committee (NEC)", "NEC", "the body"]},
  {"name": "Hang Puthea", "type": "person", "aliases": ["Hang Puthea", "Hang Puthea, an NEC spokesman"]},
  {"name": "Hun Sen", "type": "person", "aliases": ["Prime Minister Hun Sen", "Hun Sen"]},
  {"name": "United States", "type": "country", "aliases": ["The United States", "The U.S."]},
  {"name": "Australia", "type": "country", "aliases": ["Australia"]},
  {"name": "European Union", "type": "organisation", "aliases": ["the European Union"]},
 ],
 "notes": [
  "VOA Khmer staff report of the day after Cambodia's 29 July 2018 general election. Claimed figures: turnout (7 million voters, 82.89 percent) credited to the NEC in the standfirst; 125 seats claimed by the CPP; 19 other parties in Sok Eysan's reported speech.",
  "'a single seat' and 'every seat' are not counts of a number token and are not annotated; 'multi-party' is not a figure.",
  "'the body' in 'said on Monday that the body was not yet ready' is the NEC and is listed as its alias.",
  "'[of seats]' inside the quote is an editorial insertion by VOA and is kept as part of the quote text.",
 ],
}
