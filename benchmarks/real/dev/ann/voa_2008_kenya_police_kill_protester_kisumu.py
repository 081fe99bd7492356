K = "kenya_post_election_violence_2008:"
POL = "Kenyan police"
AUTH = "Kenyan authorities"
ODM = "Orange Democratic Movement"
KIB = "Mwai Kibaki"
ECK = "Electoral Commission of Kenya"
ANN = {
 "article": "articles/voa_2008_kenya_police_kill_protester_kisumu.txt",
 "gold_out": "gold/voa_2008_kenya_police_kill_protester_kisumu.json",
 "published": "2008-01-16",
 "quotes": [],
 "figures": [
  {"quantity": K+"protesters_killed_by_police_jan16", "text": "One", "value": 1, "unit": None, "counted": "protester killed by Kenyan police in the opposition rallies", "source": None, "approx": None,
   "note": "headline 'Kenyan Police Kill One Protester': outlet's voice. Same quantity as 'killed one protester' in the body"},
  {"quantity": K+"kisumu_youths_trying_to_gather_jan16", "text": "1,000", "value": 1000, "unit": None, "counted": "youths trying to gather in Kisumu", "source": AUTH, "approx": "around", "ctx": "about 1,000  youths were trying to gather\nRiot",
   "note": "teaser under the headline: 'Authorities say the protester was shot dead in ... Kisumu, where about 1,000 youths were trying to gather': the where-clause is part of what the authorities say, so they are the claimant; 'about' -> around. The body repeats the sentence word for word (same key)"},
  {"quantity": K+"protesters_killed_by_police_jan16", "text": "one", "value": 1, "unit": None, "counted": "protester killed by riot police", "source": None, "approx": None, "ctx": "killed one protester",
   "note": "'Riot police in Kenya have killed one protester and wounded several others': outlet's voice (the authorities' 'say' is the next sentence and concerns where he was shot)"},
  {"quantity": K+"kisumu_youths_trying_to_gather_jan16", "text": "1,000", "value": 1000, "unit": None, "counted": "youths trying to gather in Kisumu", "source": AUTH, "approx": "around", "ctx": "about 1,000  youths were trying to gather. The",
   "note": "body repeat of the teaser: inside the authorities' says-clause; 'about' -> around"},
  {"text": "30", "value": 30, "unit": None, "counted": "locations across Kenya where opposition demonstrators held rallies", "source": None, "approx": "around",
   "note": "'holding rallies in nearly 30 locations across Kenya': outlet's voice; 'nearly' -> around"},
  {"text": "three", "value": 3, "unit": None, "counted": "people wounded after police fired shots in a Nairobi slum", "source": None, "approx": "at least",
   "note": "'At least three people were wounded after police fired shots ...': outlet's voice; 'At least' -> at least"},
  {"quantity": K+"deaths", "text": "600", "value": 600, "unit": None, "counted": "people killed in the post-election violence", "source": None, "approx": "more than",
   "note": "'More than 600 people were killed in the post-election violence': outlet's voice; 'More than' -> more than. The nationwide toll of the post-election violence, the same quantity (a toll that grows) as 'about 1,200' deaths under key kenya_post_election_violence_2008:deaths in the dev items of this story"},
  {"text": "105", "value": 105, "unit": None, "counted": "votes received by Marende in the speaker election", "source": None, "approx": None,
   "note": "'Marende received 105 votes': outlet's voice (the opposition candidate's tally)"},
  {"text": "four", "value": 4, "unit": None, "counted": "votes more than Kaparo, the candidate supported by Kibaki", "source": None, "approx": None,
   "note": "'just four more than Francis ole Kaparo': a margin of votes, outlet's voice; 'just' is not a hedge of the five kinds"},
 ],
 "events": [
  {"actor": None, "date": "2007-12", "date_text": "last month's", "what": "the disputed presidential election",
   "note": "'demonstrators protesting last month's disputed presidential election': on the noun 'election', no agent: null; 'last month' of a report of 16 January 2008 = December 2007 (the vote of 27 December)"},
  {"actor": ECK, "date": "2007-12", "date_text": "Last month", "what": "the electoral commission declared Kibaki the winner of the presidential election",
   "note": "'Last month, Kenya's electoral commission declared President Mwai Kibaki the winner': active 'declared', subject the commission; December 2007"},
  {"actor": ODM, "date": "2008-01-15", "date_text": "Tuesday", "what": "the opposition won a victory in parliament as its candidate Kenneth Marende was elected speaker",
   "note": "'Kenya's opposition won a victory in parliament Tuesday as ODM candidate Kenneth Marende was elected speaker': 'Tuesday' modifies 'won', subject 'Kenya's opposition' (Odinga's ODM, whose candidate Marende was); the passive 'was elected' is a 'as' clause. Tuesday before Wednesday 16 January 2008 = 15 January 2008"},
 ],
 "actors": [
  {"name": POL, "type": "organisation", "aliases": ["Kenyan Police", "Riot police in Kenya", "The police", "police"]},
  {"name": AUTH, "type": "organisation", "aliases": ["Authorities"]},
  {"name": "opposition demonstrators", "type": "group", "aliases": ["opposition demonstrators", "demonstrators"]},
  {"name": ECK, "type": "organisation", "aliases": ["Kenya's electoral commission"]},
  {"name": KIB, "type": "person", "aliases": ["President Mwai Kibaki", "Mr. Kibaki", "the president"]},
  {"name": "international observers", "type": "group", "aliases": ["international observers"]},
  {"name": "Raila Odinga", "type": "person", "aliases": ["Opposition leader Raila Odinga"]},
  {"name": ODM, "type": "organisation", "aliases": ["his Orange Democratic Movement", "Kenya's opposition", "ODM"]},
  {"name": "Kenneth Marende", "type": "person", "aliases": ["ODM candidate Kenneth Marende", "Marende"]},
  {"name": "Francis ole Kaparo", "type": "person", "aliases": ["Francis ole Kaparo"]},
  {"name": "Kenya", "type": "country", "aliases": ["Kenya"]},
 ],
 "notes": [
  "VOA News report (gopher mirror of VOA's headline feed) of Wednesday 16 January 2008: riot police kill a protester in Kisumu and wound others on the first day of the opposition ODM's banned rallies over the disputed December 2007 election; story kenya_post_election_violence_2008 with the five 2008 dev items (Red Cross, UNHCR, WFP; 6 January - 6 May 2008).",
  "Officials by title only: 'Authorities say ...' (teaser and body), 'Kenya's electoral commission', 'President Mwai Kibaki'; opposition: 'Opposition leader Raila Odinga' and his ODM.",
  "Figures on both sides of the speaker vote: Marende (ODM) '105' votes, 'just four more' than Kibaki's candidate Kaparo. Claimed figure: 'about 1,000' youths (the authorities, twice: teaser and body, one key). Cross-item key deaths: 'More than 600' here (16 January) with 'about 1,200' in the dev items.",
  "No quotes (no quote marks). Not figures: 'several others' (no number), 'a group of protesters' ('a' is not a number word here). Not events: 'despite a government ban' (no date).",
  "The double space in 'about 1,000  youths' is kept as printed, so the two '1,000' are pinned by ctx strings that contain it and the next words.",
  "First reading (annotator): dates against Wednesday 16 January 2008 ('Tuesday' = 15 January; both 'last month' = December 2007); 'last month's disputed presidential election' is a noun date (null), 'Last month, Kenya's electoral commission declared' dates the commission's act.",
  "Second reading (as checker): text re-compared with the stored copy (only the listed edits); claimant of '1,000' re-checked (the where-clause belongs to what the authorities say); the headline 'One' and the body's 'one' share a key; 'the president' (ODM calls on him to resign) is Kibaki; 'Kenya's opposition' is the ODM (its candidate won); aliases checked as exact surface forms with none shared by two actors.",
 ],
}
