K = "iraq_election_2010:"
HH = "Hamdiya al-Husseini"
NM = "Nouri al-Maliki"
AA = "Ayad Allawi"
SOL = "State of Law coalition"
IRQ = "Iraqiya alliance"
CT = "unnamed Iraqi court (election appeals)"
ANN = {
 "article": "articles/voa_2010_iraq_court_orders_baghdad_recount.txt",
 "gold_out": "gold/voa_2010_iraq_court_orders_baghdad_recount.json",
 "published": "2010-04-20",
 "quotes": [],
 "figures": [
  {"text": "couple", "ctx": "a couple of days", "value": 2, "unit": "days", "counted": "days election officials need to prepare for the recount", "source": HH, "approx": "around",
   "note": "'Commissioner Hamdiya al-Husseini says election officials need a couple of days to prepare for the recount': claimed by al-Husseini ('says'); 'a couple' = about two, text 'couple' with approx around, as the dev set annotates 'a couple of days'"},
  {"text": "10 days", "value": 10, "unit": "days", "counted": "duration of the Baghdad recount as estimated by al-Husseini", "source": HH, "approx": "at least",
   "note": "'which she estimates will last at least 10 days': 'she' = al-Husseini; 'at least' -> at least. No quantity key: VOA's 3 May story (not in this set) gives 'between two and three weeks' for the same recount, but no item of the set restates it"},
  {"quantity": K + "provinces_alleged_fraud", "text": "five", "value": 5, "unit": None, "counted": "provinces where State of Law said it had evidence of widespread fraud", "source": SOL, "approx": None,
   "note": "'The prime minister's State of Law coalition said it had evidence of widespread fraud in five provinces, including Baghdad': the coalition's claim ('said'); the same five provinces are restated in the 14 and 16 May items"},
  {"quantity": K + "iraqiya_seats", "text": "91", "value": 91, "unit": None, "counted": "seats won by Allawi's alliance in the election", "source": None, "approx": None,
   "note": "'The former prime minister's alliance won 91 seats in the election': outlet's voice (the official results of the paragraph before are not attributed to a named body); same quantity as '91 parliamentary seats' of the 16 May item"},
  {"quantity": K + "iraqiya_seat_margin", "text": "two", "ctx": "two more than", "value": 2, "unit": None, "counted": "seats more than Maliki's coalition", "source": None, "approx": None,
   "note": "'two more than Mr. Maliki's coalition': the two-seat margin, outlet's voice; same quantity as 'a lead of two parliamentary seats' in the 14 May item"},
 ],
 "events": [
  {"actor": None, "date": "2010-03-07", "date_text": "March 7", "what": "the parliamentary election whose Baghdad votes are to be recounted",
   "note": "'votes cast in Baghdad during the March 7 election': a date on the noun 'election', no single agent -> null, as elections elsewhere in the dev set"},
  {"actor": CT, "date": "2010-04-19", "date_text": "Monday", "what": "a court ordered a recount of votes in Baghdad",
   "note": "'A court ordered a recount of votes in the capital Monday following an appeal by Prime Minister Nouri al-Maliki': active verb, subject 'A court' (the electoral appeals panel, unnamed in the text); Monday before the Tuesday 20 April report = 19 April 2010"},
  {"actor": AA, "date": "2010-04-20", "date_text": "On Tuesday", "what": "Allawi said he supports the Baghdad recount but wants other areas included",
   "note": "'On Tuesday, Mr. Allawi said he supports the Baghdad recount': subject Mr. Allawi; Tuesday = the publication day, 20 April 2010"},
 ],
 "actors": [
  {"name": HH, "type": "person", "aliases": ["Commissioner Hamdiya al-Husseini", "Hamdiya al-Husseini", "An Iraqi elections official"]},
  {"name": CT, "type": "organisation", "aliases": ["A court"]},
  {"name": NM, "type": "person", "aliases": ["Prime Minister Nouri al-Maliki", "Nouri al-Maliki", "Prime Minister Maliki", "Mr. Maliki"]},
  {"name": SOL, "type": "organisation", "aliases": ["State of Law coalition", "The prime minister's State of Law coalition", "Mr. Maliki's coalition", "Prime Minister Maliki's coalition"]},
  {"name": AA, "type": "person", "aliases": ["former Prime Minister Ayad Allawi", "Ayad Allawi", "Mr. Allawi"]},
  {"name": IRQ, "type": "organisation", "aliases": ["Iraqiya alliance", "The former prime minister's alliance"]},
 ],
 "notes": [
  "VOA News report of Tuesday 20 April 2010 (date worked out, see meta): an Iraqi elections commissioner says the manual recount of Baghdad's votes from the 7 March 2010 parliamentary election, ordered by a court on Monday 19 April on Prime Minister Maliki's appeal, will begin in a few days; Allawi backs the recount. Story iraq_election_2010 with voa_2010_iraq_no_fraud_baghdad_recount (14 May) and voa_2010_iraq_baghdad_seats_unchanged_after_recount (16 May).",
  "No quotes: the stored copy prints no quote marks. Reported speech without marks: the elections official / al-Husseini 'says', State of Law 'said', Allawi 'said'.",
  "'An Iraqi elections official' (lead) is taken as al-Husseini, named in the next paragraph saying the same thing (VOA's lead-then-name pattern; Reuters reported the same statement from 'Electoral commissioner Hamdiya al-Husseini'). Aliases of Maliki and of his coalition are kept apart: 'Prime Minister Maliki'/'Mr. Maliki' (the man) and 'Prime Minister Maliki's coalition'/'Mr. Maliki's coalition' (the coalition, acting in 'Both groups have been seeking coalition partners').",
  "Figures: 'couple' (days to prepare, al-Husseini, around), '10 days' (at least, al-Husseini), 'five' provinces (State of Law's claim), '91' seats and the 'two' seat margin (outlet's voice). Quantity keys shared with the May items of the story: provinces_alleged_fraud, iraqiya_seats, iraqiya_seat_margin. Not figures: 'March 7' (date), 'a few days' (no number word; vague), 'Both groups'.",
  "Events: 'March 7' (the election, null), 'Monday' (the court ordered the recount, 19 April), 'On Tuesday' (Allawi said, 20 April). Left out: 'in a few days' and 'earlier' (vague), 'a couple of days' and 'at least 10 days' (durations, annotated as figures).",
  "AP and Reuters appear only in the closing credit and are not actors. The 'election officials' who need two days are the commission's staff and do not act on a date; not listed.",
  "First reading (annotator): every number token checked against FORMAT.md ('7' is a date; 'couple', '10', 'five', '91', 'two' annotated); the three date expressions normalised against Tuesday 20 April 2010.",
  "Second reading (checker): re-read the stored copy for speakers, claimants, event actors and dates: the claimant of '10 days' is 'she' = al-Husseini; 'five' is State of Law's; 'Monday' modifies 'ordered' whose subject is 'A court' (the appeal is Maliki's, but he did not order); 'On Tuesday' modifies 'said' (Allawi). Dates checked: 19 and 20 April 2010 are a Monday and a Tuesday. No change.",
 ],
}
