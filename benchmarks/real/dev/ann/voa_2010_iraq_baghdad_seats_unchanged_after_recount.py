K = "iraq_election_2010:"
SR = "Saad al-Rawi"
IHEC = "Independent High Electoral Commission"
SOL = "State of Law coalition"
IRQ = "Iraqiya alliance"
ANN = {
 "article": "articles/voa_2010_iraq_baghdad_seats_unchanged_after_recount.txt",
 "gold_out": "gold/voa_2010_iraq_baghdad_seats_unchanged_after_recount.json",
 "published": "2010-05-16",
 "quotes": [],
 "figures": [
  {"quantity": K + "iraqiya_seats", "text": "91", "value": 91, "unit": None, "counted": "parliamentary seats won by Allawi's Iraqiya bloc in the election", "source": None, "approx": None,
   "note": "'Allawi's Iraqiya bloc had won 91 parliamentary seats in the election': outlet's voice (background to al-Rawi's statement, not attributed); same quantity as '91 seats' in the 20 April item"},
  {"quantity": K + "state_of_law_seats", "text": "89", "value": 89, "unit": None, "counted": "parliamentary seats won by Maliki's coalition", "source": None, "approx": None,
   "note": "'closely followed by Prime Minister Nouri al-Maliki's coalition with 89': seats (the noun of the clause before), outlet's voice"},
  {"quantity": K + "provinces_alleged_fraud", "text": "five", "value": 5, "unit": None, "counted": "provinces where State of Law said it uncovered evidence of widespread fraud", "source": SOL, "approx": None,
   "note": "'The coalition said it had uncovered evidence of widespread fraud in five provinces, including Baghdad': 'The coalition' = Maliki's State of Law coalition"},
  {"quantity": K + "baghdad_share_of_parliament", "text": "a fifth", "value": 0.2, "unit": "share", "counted": "share of the country's parliament that the Iraqi capital accounts for", "source": None, "approx": "around",
   "note": "'The Iraqi capital accounts for nearly a fifth of the country's 325-seat parliament': outlet's voice; 'nearly' -> around"},
  {"quantity": K + "parliament_seats", "text": "325", "value": 325, "unit": None, "counted": "seats of the country's parliament", "source": None, "approx": None,
   "note": "'325-seat parliament': outlet's voice"},
  {"quantity": K + "baghdad_recount_ballot_boxes", "text": "11,000", "value": 11000, "unit": None, "counted": "ballot boxes recounted", "source": IHEC, "approx": "more than",
   "note": "'On Friday, the country's electoral commission said officials completed the recount of more than 11,000 ballot boxes': claimed by the commission; the 14 May item gives the same figure from its spokesman al-Aboudi"},
 ],
 "events": [
  {"actor": None, "date": "2010-03-07", "date_text": "March 7", "what": "the election whose Baghdad votes were recounted",
   "note": "'a recount of votes in Baghdad from Iraq's March 7 election': a date on the noun 'election', no agent -> null"},
  {"actor": SR, "date": "2010-05-16", "date_text": "Sunday", "ctx": "said Sunday", "what": "al-Rawi said the number of seats for any coalition will stay as it is",
   "note": "'An official with the Independent High Electoral Commission, Saad al-Rawi, said Sunday ...': subject al-Rawi; Sunday = the publication day, 16 May 2010"},
  {"actor": IHEC, "date": "2010-05-03", "date_text": "on May 3", "what": "election officials began the recount in Baghdad",
   "note": "'Election officials began the recount in Baghdad on May 3 following an appeal from Maliki's State of Law coalition': subject 'Election officials', taken as a form of the electoral commission (as in the 14 May item)"},
  {"actor": IHEC, "date": "2010-05-14", "date_text": "On Friday", "what": "the electoral commission said the recount of more than 11,000 ballot boxes was complete",
   "note": "'On Friday, the country's electoral commission said officials completed the recount ...': subject the electoral commission; Friday before Sunday 16 May 2010 = 14 May 2010 (the news conference of the 14 May item)"},
 ],
 "actors": [
  {"name": SR, "type": "person", "aliases": ["Saad al-Rawi", "An official with the Independent High Electoral Commission", "An Iraqi election official"]},
  {"name": IHEC, "type": "organisation", "aliases": ["Independent High Electoral Commission", "the country's electoral commission", "Election officials"]},
  {"name": SOL, "type": "organisation", "aliases": ["Maliki's State of Law coalition", "State of Law coalition", "The coalition", "Prime Minister Nouri al-Maliki's coalition"]},
  {"name": IRQ, "type": "organisation", "aliases": ["Allawi's Iraqiya bloc", "former Prime Minister Iyad Allawi's bloc"]},
 ],
 "notes": [
  "VOA News report of Sunday 16 May 2010 (date worked out, see meta): an official of Iraq's Independent High Electoral Commission says the Baghdad recount has not changed the seat allocation of the 7 March 2010 election, leaving Allawi's bloc with the most seats (91 to 89). Story iraq_election_2010 with voa_2010_iraq_court_orders_baghdad_recount (20 April) and voa_2010_iraq_no_fraud_baghdad_recount (14 May).",
  "No quotes: the stored copy prints no quote marks. Reported speech: the official / al-Rawi 'says'/'said', the coalition 'said', the commission 'said'.",
  "'An Iraqi election official' (lead) is taken as Saad al-Rawi, whose Sunday statement the next paragraph reports. 'Election officials' (who began the recount) are taken as a form of the commission, as in the 14 May item; bare 'officials' is not listed. The Iraqiya bloc acts as the winner ('had won', 'Neither had the majority'); Allawi and Maliki do not act as persons here ('Allawi's bloc', 'Maliki's coalition'): their names appear only inside the aliases of their blocs.",
  "Figures: '91' and '89' seats (outlet's voice), 'five' provinces (State of Law), 'a fifth' (share, around), '325' seats, '11,000' ballot boxes (the commission, more than). Quantity keys shared in the story: iraqiya_seats (20 April item), provinces_alleged_fraud (20 April, 14 May), baghdad_share_of_parliament, parliament_seats, baghdad_recount_ballot_boxes (14 May); state_of_law_seats only here. Not figures: 'March 7', 'May 3' (dates); 'the most seats' (no number).",
  "Events: 'March 7' (the election, null), 'Sunday' (al-Rawi said, 16 May), 'on May 3' (the commission's officials began the recount), 'On Friday' (the commission said the recount was complete, 14 May).",
  "The double and triple spaces between sentences are kept as printed; no annotation spans them.",
  "First reading (annotator): number tokens '7', '3' (dates), '91', '89', '325', '11,000', 'five' and 'a fifth' checked against FORMAT.md; the four date expressions normalised against Sunday 16 May 2010.",
  "Second reading (checker): re-read for speakers, claimants and actors: '11,000' is the commission's ('the country's electoral commission said'), not the outlet's; 'five' is the coalition's; 'On Friday' modifies 'said' (the commission), not 'completed' (the officials' completion is reported, the date is the statement's); 16 May 2010 is a Sunday and 14 May a Friday. No change.",
 ],
}
