K = "sulawesi_quake_us_aid_2018:"
OFDA = "Office of U.S. Foreign Disaster Assistance"
GOI = "Government of Indonesia"
ANN = {
 "article": "articles/usaid_2018_sulawesi_fact_sheet_2_205000_displaced.txt",
 "gold_out": "gold/usaid_2018_sulawesi_fact_sheet_2_205000_displaced.json",
 "published": "2018-10-18",
 "quotes": [],
 "figures": [
  {"quantity": K+"displaced", "text": "205,000", "ctx": "host more than 205,000", "value": 205000, "unit": None, "counted": "people hosted in displacement sites", "source": None, "approx": "more than",
   "note": "highlight 'Formal and informal displacement sites in the disaster-affected region host more than 205,000 people': no claimant in the line (the GoI estimate below gives the same number); people displaced by the disaster, same key as the other displaced counts"},
  {"quantity": K+"additional_aid_oct18", "text": "$3 million", "ctx": "announces an additional $3 million", "value": 3e6, "unit": "USD", "counted": "additional assistance for emergency relief operations", "source": OFDA,
   "approx": None, "note": "'USAID/OFDA announces an additional $3 million': the announcer claims it"},
  {"quantity": K+"displaced", "text": "205,000", "ctx": "approximately 205,000", "value": 205000, "unit": None, "counted": "people who remain displaced", "source": GOI, "approx": "around",
   "note": "'The GoI estimates that approximately 205,000 people remain displaced': claimant the Government of Indonesia; 'approximately' -> around"},
  {"quantity": K+"additional_aid_oct18", "text": "$3 million", "ctx": "announced an additional $3 million", "value": 3e6, "unit": "USD", "counted": "additional assistance for urgent humanitarian needs in Indonesia", "source": "United States",
   "approx": None, "note": "'On October 18, the United States Government (USG) announced an additional $3 million': announcer = the U.S. Government (canonical United States, as in the 6 October item)"},
  {"text": "$5 million", "value": 5e6, "unit": "USD", "counted": "DoD funding for USAID/OFDA-validated humanitarian needs", "source": None, "approx": "up to",
   "note": "'DoD has authorized up to $5 million in funding': DoD is the agent of authorising, not a claimant; 'up to'"},
  {"quantity": K+"us_total_assistance", "text": "$11.7 million", "value": 11.7e6, "unit": "USD", "counted": "total USG humanitarian support for the response", "source": None, "approx": "up to",
   "note": "'raising total USG humanitarian support for the response to up to $11.7 million': the running total, against $3.7 million (6 October) and 'nearly $11 million' (ShareAmerica, 18 October)"},
 ],
 "events": [
  {"actor": None, "date": "2018-09-28", "date_text": "on September 28", "what": "a strong earthquake and subsequent tsunami",
   "note": "a date on the noun phrase 'a strong earthquake and subsequent tsunami on September 28': no agent"},
  {"actor": "United States", "date": "2018-10-18", "date_text": "On October 18", "what": "the U.S. Government announced an additional $3 million",
   "note": "subject of 'announced': 'the United States Government (USG)', canonical United States"},
 ],
 "actors": [
  {"name": "Relief actors in Indonesia", "type": "group", "aliases": ["Relief actors in Indonesia"]},
  {"name": OFDA, "type": "organisation", "aliases": ["USAID/OFDA"]},
  {"name": GOI, "type": "government", "aliases": ["The Government of Indonesia (GoI)", "The GoI", "the GoI"]},
  {"name": "United Nations", "type": "organisation", "aliases": ["the UN"]},
  {"name": "United States", "type": "country", "aliases": ["the United States Government (USG)", "the USG"]},
  {"name": "Department of Defense", "type": "organisation", "aliases": ["DoD"]},
 ],
 "notes": [
  "USAID/OFDA Fact Sheet #2 for the Indonesia earthquakes and tsunami, fiscal year 2019, as posted on ReliefWeb; undated in the stored copy and taken as Thursday 18 October 2018, the day of the announcement it reports (see meta published_evidence). Story sulawesi_quake_us_aid_2018 (see state_2018_sulawesi_us_provides_disaster_relief).",
  "Quotes: none (no quote marks).",
  "Figures and keys: displaced (more than 205,000 in the sites; approximately 205,000, GoI estimate), additional_aid_oct18 ($3 million announced by USAID/OFDA in the highlights and by the USG 'On October 18' in the text), us_total_assistance ('up to $11.7 million'), and 'up to $5 million' of DoD funding (here only). Disagreement across items: 205,000 displaced here against nearly 82,780 on 10 October and more than 70,000 on 5 October (a count that grew as displacement sites were registered); the total 'up to $11.7 million' here against ShareAmerica's 'nearly $11 million'. Not figures: '#2' (the fact sheet's number) and '(FY) 2019' (fiscal year).",
  "Events: 'on September 28' (the quake; no agent) and 'On October 18' (the USG announced). 'Fiscal Year (FY) 2019' in the title names the series, not an event.",
  "Actors: Relief actors in Indonesia (continue to address needs), USAID/OFDA (announces; claimant), the Government of Indonesia (coordinating; estimates; has emphasized), the UN (reports the needs of the second paragraph, which has no number), the United States Government (announced; 'the USG is providing'), DoD (authorized funding). Not listed: the Indonesian Red Cross Society, NGOs and international donors (coordinated with).",
  "first reading (annotator): annotated against FORMAT.md from the stored copy; build_gold run until OK; the two '205,000' and two '$3 million' pinned by ctx.",
  "second reading (checker): re-read the whole item: the claimants (USAID/OFDA for the highlight's $3 million, the GoI for 'approximately 205,000', the USG for the October 18 $3 million, none for the highlight's 'more than 205,000' and the total); hedges (more than, around, up to x2); 'On October 18' = Thursday 18 October 2018 with the USG as agent; keys against the other four items; no change.",
 ],
}
