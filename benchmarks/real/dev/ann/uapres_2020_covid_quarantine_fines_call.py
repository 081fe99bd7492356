Z = "Volodymyr Zelenskyy"
MIA = "Ministry of Internal Affairs of Ukraine"
P = "Ihor Petrashko"
K = "ukraine_covid_june_2020:"
ANN = {
 "article": "articles/uapres_2020_covid_quarantine_fines_call.txt",
 "gold_out": "gold/uapres_2020_covid_quarantine_fines_call.json",
 "published": "2020-06-25",
 "quotes": [
  {"text": "In some regions, more than half of the beds in hospitals are already occupied, and the number of patients is growing every day. If we do not stop this growth, we will have the peak of the disease right in the middle of summer. It will be bad for everyone. Then no one will be happy about quarantine mitigation",
   "speaker": Z, "speaker_mention": "the President"},
 ],
 "figures": [
  {"text": "three", "value": 3, "unit": "days", "counted": "days in which the number of fines tripled", "source": MIA, "approx": None,
   "note": "'the Ministry of Internal Affairs reported that the number of fines ... has tripled in the last three days'"},
  {"quantity": K+"quarantine_fines_total", "text": "5 million", "value": 5000000, "unit": None, "counted": "hryvnias in fines imposed in total",
   "source": MIA, "approx": "more than",
   "note": "'In total, fines in the amount of more than 5 million hryvnias have already been imposed': the last sentence of the paragraph that reports what the Ministry of Internal Affairs said; hryvnias are not in the unit table (unit null, currency as counted noun); same running total as 'UAH 4.5 million' of 13 June (uapres_2020_covid_forecasts_cabinet_call)"},
  {"text": "half", "value": 0.5, "unit": "share", "counted": "beds in hospitals already occupied in some regions", "source": Z, "approx": "more than",
   "note": "inside the President's quote: 'more than half of the beds'"},
  {"text": "700", "value": 700, "unit": None, "counted": "people checking institutions as inspectors before the increase", "source": P, "approx": None,
   "note": "'increased from 700 to 2,500 people': two figures, the count before and after; the head noun printed after them is 'people'"},
  {"text": "2,500", "value": 2500, "unit": None, "counted": "people checking institutions as inspectors after the increase", "source": P, "approx": None},
 ],
 "events": [
  {"actor": None, "date": "2020-07", "date_text": "in the middle of summer", "what": "expected peak of the disease if growth is not stopped",
   "note": "inside the President's quote ('we will have the peak of the disease right in the middle of summer'): dates a predicted state, no agent; the middle of summer 2020 read as July 2020"},
  {"actor": None, "date": "2020-06-22/2020-06-28", "date_text": "this week", "what": "number of quarantine inspectors increased from 700 to 2,500",
   "note": "reported by Petrashko, but the verb is a passive without an agent ('the number of inspectors ... was increased'); 'this week' = the ISO week of Thursday 25 June 2020"},
 ],
 "actors": [
  {"name": Z, "type": "person", "aliases": ["the President of Ukraine", "President of Ukraine Volodymyr Zelenskyy", "the President"]},
  {"name": "Maksym Stepanov", "type": "person", "aliases": ["Minister of Health Maksym Stepanov", "The Minister"]},
  {"name": "Government of Ukraine", "type": "organisation", "aliases": ["the Government of Ukraine"]},
  {"name": MIA, "type": "organisation", "aliases": ["the Ministry of Internal Affairs", "The Ministry of Internal Affairs"]},
  {"name": P, "type": "person", "aliases": ["Minister of Economic Development, Trade and Agriculture Ihor Petrashko"]},
 ],
 "notes": [
  "President's Office readout of the conference call on COVID-19 of Thursday 25 June 2020 (date from the removed date line; the text itself does not date the call); story ukraine_covid_june_2020 with the calls of 13 and 27 June.",
  "One quote by Zelenskyy ('the President said'); Stepanov's and Petrashko's statements are reported speech without quote marks. 'daily infection anti-records' is reported wording, not in quote marks.",
  "Figures: 'three' (days) and 'more than 5 million' (hryvnias) are claimed by the Ministry of Internal Affairs (the paragraph opens with 'the Ministry of Internal Affairs reported that' and goes on with what the ministry 'sees'); 'half' is the President's; '700' and '2,500' are Petrashko's.",
  "Cross-item key: ukraine_covid_june_2020:quarantine_fines_total (the running total of quarantine fines: UAH 4.5 million on 13 June, more than 5 million hryvnias on 25 June).",
  "Not figures: 'COVID-19' (designation), 'one' in 'no one' (pronoun), 'tripled' (no number token; the multiplier is not printed as a number). Not events: 'in the last three days' (a duration, annotated as the figure 'three'), 'every day' (frequency), 'daily' (adjective).",
  "'some countries' and 'Ukraine' in 'even more than Ukraine' are compared, not acting; not actors.",
  "second reading: 'more than half' = more than 0.5 share (the unit table has 'share'); 'this week' re-checked as Monday 22 to Sunday 28 June 2020; the 'middle of summer' event kept as a dated prediction (actor null); 'in the last three days' kept out of events as a duration (it is the figure 'three'); speakers and sources re-checked; no change.",
 ],
}
