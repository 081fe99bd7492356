Z = "Volodymyr Zelenskyy"
K = "ukraine_covid_june_2020:"
ANN = {
 "article": "articles/uapres_2020_covid_forecasts_cabinet_call.txt",
 "gold_out": "gold/uapres_2020_covid_forecasts_cabinet_call.json",
 "published": "2020-06-13",
 "quotes": [
  {"text": "For the third day we have a much higher number of laboratory-confirmed cases of infection. I asked you to determine the reason and I expect forecasts and decisions from you",
   "speaker": Z, "speaker_mention": "Volodymyr Zelenskyy"},
  {"text": "There is no reason to panic, but there are \"bells\" that require a reaction",
   "speaker": "Denys Shmyhal", "speaker_mention": "Prime Minister Denys Shmyhal",
   "note": "attributed by 'Prime Minister Denys Shmyhal supported Maksym Stepanov'; the inner \"bells\" (warning signs) is a scare quote inside his words, not a nested quote of someone else, so it is not annotated separately"},
  {"text": "We need to carefully check shops, markets, public transport - places where crowds are possible. The institutions and platforms that are supposed to ensure the security stipulated by the Cabinet of Ministers are responsible for these crowds",
   "speaker": Z, "speaker_mention": "Volodymyr Zelenskyy",
   "note": "opens with a straight and closes with a curly quote mark, as on the page"},
 ],
 "figures": [
  {"text": "12.5 thousand", "value": 12500, "unit": None, "counted": "administrative protocols drawn up for violating security requirements during the quarantine",
   "source": "Ihor Klymenko", "approx": "more than",
   "note": "'Chief of the National Police of Ukraine Ihor Klymenko reported that more than 12.5 thousand administrative protocols were drawn up'"},
  {"quantity": K+"quarantine_fines_total", "text": "UAH 4.5 million", "value": 4500000, "unit": None, "counted": "UAH in fines ruled by the courts in total",
   "source": "Ihor Klymenko", "approx": None,
   "note": "same clause of Klymenko's report ('the courts ruled on fines in the amount of UAH 4.5 million total'); hryvnias are not in the unit table, so unit is null and the currency code is the counted noun; the running national total of quarantine fines, given as 'more than 5 million hryvnias' twelve days later (uapres_2020_covid_quarantine_fines_call, same key)"},
 ],
 "events": [
  {"actor": Z, "date": "2020-06-13", "date_text": "On Saturday, June 13", "what": "gathered the Cabinet of Ministers and law enforcement agencies for a conference call",
   "note": "'On Saturday, June 13, he gathered ...': he = President of Ukraine Volodymyr Zelenskyy (previous sentence); the readout is dated 13 June 2020"},
 ],
 "actors": [
  {"name": Z, "type": "person", "aliases": ["President", "President of Ukraine Volodymyr Zelenskyy", "Volodymyr Zelenskyy", "The Head of State"]},
  {"name": "Cabinet of Ministers of Ukraine", "type": "organisation", "aliases": ["the Cabinet of Ministers"]},
  {"name": "Maksym Stepanov", "type": "person", "aliases": ["Minister of Health Maksym Stepanov", "Maksym Stepanov"]},
  {"name": "Denys Shmyhal", "type": "person", "aliases": ["Prime Minister Denys Shmyhal", "Denys Shmyhal"]},
  {"name": "Ihor Klymenko", "type": "person", "aliases": ["Chief of the National Police of Ukraine Ihor Klymenko"]},
  {"name": "Ukrainian courts", "type": "organisation", "aliases": ["the courts"]},
 ],
 "notes": [
  "President's Office readout of the conference call of Saturday 13 June 2020 on the rise in COVID-19 cases; story ukraine_covid_june_2020 with the calls of 25 June (uapres_2020_covid_quarantine_fines_call) and 27 June (uapres_2020_covid_regions_mayors_call).",
  "Three quotes: two by Zelenskyy ('Volodymyr Zelenskyy said'), one by Prime Minister Shmyhal attributed with the verb 'supported'. The quote \"There is no reason to panic, but there are \"bells\" that require a reaction\" uses straight marks for both the outer quote and the inner scare quote; only the outer span is a quote.",
  "Figures: both numbers come from Klymenko's report (the fines clause is the second half of his sentence, so he is its source, though the courts did the ruling). 'UAH 4.5 million' is one span with the currency code before the number, as in uapres_2020_poltava_roads_visit.",
  "Cross-item key: ukraine_covid_june_2020:quarantine_fines_total = total quarantine fines in Ukraine since the start of the quarantine (UAH 4.5 million on 13 June, 'more than 5 million hryvnias' on 25 June, from the Interior Ministry of which the National Police is part).",
  "Not figures: 'third' in 'For the third day' (ordinal), 'COVID-19' in the headline and body (a designation). Not events: 'For the third day' (inside speech, a count of days, no date), 'during adaptive quarantine' and 'during the quarantine' (periods named by a state, not date expressions).",
  "'law enforcement agencies' are only gathered (no act of their own); the Cabinet of Ministers acts ('the security stipulated by the Cabinet of Ministers') and is listed; the courts act ('the courts ruled').",
  "second reading: re-read against the stored copy; quote spans end before ',\"' / ',”' (trailing comma dropped); 'more than 12.5 thousand' -> more than 12500; 'On Saturday, June 13' = 2020-06-13 = published date; actors re-checked (no surface form shared); no change.",
 ],
}
