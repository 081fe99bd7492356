K = "iraq_election_2010:"
QA = "Qassim al-Aboudi"
IHEC = "Independent High Electoral Commission"
SOL = "State of Law coalition"
PC = "Iraqi presidential council"
ANN = {
 "article": "articles/voa_2010_iraq_no_fraud_baghdad_recount.txt",
 "gold_out": "gold/voa_2010_iraq_no_fraud_baghdad_recount.json",
 "published": "2010-05-14",
 "quotes": [],
 "figures": [
  {"quantity": K + "baghdad_recount_ballot_boxes", "text": "11,000", "value": 11000, "unit": None, "counted": "ballot boxes recounted", "source": QA, "approx": "more than",
   "note": "'electoral commission spokesman Qassim al-Aboudi said officials completed a recount of more than 11,000 ballot boxes': claimed by al-Aboudi; 'more than' -> more than. The 16 May item gives the same figure as the commission's ('On Friday, the country's electoral commission said')"},
  {"quantity": K + "provinces_alleged_fraud", "text": "five", "value": 5, "unit": None, "counted": "provinces where State of Law said it uncovered evidence of widespread fraud", "source": SOL, "approx": None,
   "note": "'The coalition said it had uncovered evidence of widespread fraud in five provinces, including Baghdad': 'The coalition' = Maliki's State of Law coalition of the sentence before"},
  {"quantity": K + "baghdad_share_of_parliament", "text": "a fifth", "value": 0.2, "unit": "share", "counted": "share of the country's parliament that the Iraqi capital accounts for", "source": None, "approx": "around",
   "note": "'The Iraqi capital accounts for nearly a fifth of the country's 325-seat parliament': outlet's voice; 'nearly' -> around; a share (value 0.2) as 'A fifth' in the dev set"},
  {"quantity": K + "parliament_seats", "text": "325", "value": 325, "unit": None, "counted": "seats of the country's parliament", "source": None, "approx": None,
   "note": "'325-seat parliament': a count of seats glued to '-seat'; outlet's voice"},
  {"quantity": K + "iraqiya_seat_margin", "text": "two", "ctx": "a lead of two", "value": 2, "unit": None, "counted": "parliamentary seats of Iraqiya's lead over Maliki's coalition", "source": None, "approx": None,
   "note": "'the overall results of the election which gave former Prime Minister Ayad Allawi's Iraqiya alliance a lead of two parliamentary seats': the results are not attributed to a named body here; outlet's voice. Same quantity as 'two more than' in the 20 April item"},
  {"text": "two", "ctx": "two vice presidents", "value": 2, "unit": None, "counted": "vice presidents in Iraq's presidential council", "source": None, "approx": None,
   "note": "'Iraq's presidential council, which includes President Jabal Talabani and two vice presidents': a relative clause explaining the council, outlet's voice (not part of what the commission said)"},
 ],
 "events": [
  {"actor": None, "date": "2010-03", "date_text": "March", "ctx": "the March parliamentary", "what": "the parliamentary elections whose Baghdad votes were recounted",
   "note": "'a recount of votes in Baghdad from the March parliamentary elections': a month on the noun 'elections', no agent -> null (the vote was on 7 March 2010)"},
  {"actor": QA, "date": "2010-05-14", "date_text": "Friday", "ctx": "In a Friday news conference", "what": "al-Aboudi said at a news conference that the recount of more than 11,000 ballot boxes was complete and found no major violations",
   "note": "'In a Friday news conference, electoral commission spokesman Qassim al-Aboudi said ...': the dated event noun 'news conference' and the verb 'said' both have al-Aboudi as agent; Friday = the publication day, 14 May 2010"},
  {"actor": None, "date": "2010-05-17", "date_text": "Monday", "ctx": "would be made Monday", "what": "a formal announcement of the recount results would be made",
   "note": "'He said a formal announcement of the results would be made Monday': a passive without a 'by' agent -> null (the commission is the implied announcer but is not named in the clause); future tense, so the Monday after Friday 14 May = 17 May 2010"},
  {"actor": IHEC, "date": "2010-05-03", "date_text": "on May 3", "what": "election officials began the Baghdad recount",
   "note": "'Election officials began the recount on May 3 following an appeal from ... State of Law coalition': active verb, subject 'Election officials' = the commission's officials (taken as a form of the electoral commission, as 'Zimbabwe election officials' in the dev set)"},
  {"actor": IHEC, "date": "2010-05-03/2010-05-09", "date_text": "Last week", "what": "the electoral commission asked the supreme court to ratify the results of all provinces except Baghdad",
   "note": "'Last week, the electoral commission asked the country's supreme court to ratify ...': subject the electoral commission; last week before Friday 14 May 2010 = the ISO week Monday 3 - Sunday 9 May 2010"},
 ],
 "actors": [
  {"name": QA, "type": "person", "aliases": ["electoral commission spokesman Qassim al-Aboudi", "Qassim al-Aboudi", "An Iraqi election official"]},
  {"name": IHEC, "type": "organisation", "aliases": ["the electoral commission", "The commission", "Election officials"]},
  {"name": SOL, "type": "organisation", "aliases": ["Iraqi Prime Minister Nouri al-Maliki's State of Law coalition", "State of Law coalition", "The coalition"]},
  {"name": PC, "type": "organisation", "aliases": ["Iraq's presidential council"]},
 ],
 "notes": [
  "VOA News report of Friday 14 May 2010 (date worked out, see meta): the Iraqi electoral commission's spokesman says the manual recount of Baghdad's votes from the March 2010 parliamentary election, begun on 3 May at the request of Maliki's State of Law coalition, is finished and found no fraud. Story iraq_election_2010 with voa_2010_iraq_court_orders_baghdad_recount (20 April) and voa_2010_iraq_baghdad_seats_unchanged_after_recount (16 May).",
  "No quotes: the stored copy prints no quote marks. Reported speech: the election official / al-Aboudi 'says'/'said', the coalition 'said', the commission 'said'.",
  "'An Iraqi election official' (lead) is taken as al-Aboudi, whose Friday statement the next paragraph reports (same content: recount finished, no fraud). 'Election officials' and 'officials' (who completed the recount) are the commission's staff: 'Election officials' is listed as a form of the commission; bare 'officials' is not listed (too generic). 'Iraqi Prime Minister Nouri al-Maliki' does not act himself here (the appeal is his coalition's), so he is not a separate actor; Allawi and his Iraqiya alliance do not act either (only 'gave ... a lead'). The supreme court is only asked to act; Jabal (Jalal) Talabani is only named as a council member.",
  "Figures: '11,000' ballot boxes (al-Aboudi, more than), 'five' provinces (State of Law), 'a fifth' (share, around), '325' seats, 'two' seats lead, 'two' vice presidents. Quantity keys shared in the story: baghdad_recount_ballot_boxes, provinces_alleged_fraud, baghdad_share_of_parliament, parliament_seats (all also in the 16 May item), iraqiya_seat_margin (also in the 20 April item). Not figures: 'May 3' (date).",
  "Events: 'March' (the elections, null), 'Friday' (al-Aboudi's news conference, 14 May), 'Monday' (the formal announcement, passive without agent, null, 17 May), 'on May 3' (election officials began the recount), 'Last week' (the commission asked the court, 3-9 May).",
  "First reading (annotator): all number tokens ('11,000', 'five', '325', 'two' x2, '3' in a date) and 'a fifth' checked against FORMAT.md; dates normalised against Friday 14 May 2010.",
  "Second reading (checker): claimants re-checked ('He said' after al-Aboudi's sentence for the Monday announcement; 'The coalition said' for 'five'; the relative clause on the presidential council is the outlet's); event actors: 'Friday' -> al-Aboudi (agent of the news conference and of 'said'), 'Monday' -> null (passive), 'on May 3' -> the commission via 'Election officials', 'Last week' -> the commission. 14 May 2010 is a Friday, 17 May a Monday, 3-9 May the previous ISO week. No change.",
 ],
}
