RU = "Russia"
UA = "Ukraine"
EC = "European Commission"
YP = "Yuri Prodan"
K = "russia_ukraine_gas_2014:"
ANN = {
 "article": "articles/voa_2014_russia_ukraine_temporary_gas_deal.txt",
 "gold_out": "gold/voa_2014_russia_ukraine_temporary_gas_deal.json",
 "published": "2014-10-30",
 "quotes": [],
 "figures": [
  {"quantity": K+"interim_price_nov_dec_2014", "text": "$378", "value": 378, "unit": "USD", "counted": "price per 1,000 cubic meters Ukraine pays until the end of the year", "source": YP,
   "note": "'Ukrainian Energy Minister Yuri Prodan told reporters the agreement allows his country to purchase gas at $378 ...': Prodan claims it. Not the same key as Poroshenko's $385 'through the winter months' in voa_2014_ukraine_details_interim_gas_deal (a different period), see notes"},
  {"text": "1,000", "value": 1000, "counted": "cubic meters of gas the price is quoted for", "source": None,
   "note": "'per 1,000 cubic meters': the volume the price refers to; unit null"},
  {"quantity": K+"interim_price_q1_2015", "text": "$365", "value": 365, "unit": "USD", "counted": "price per 1,000 cubic meters Ukraine pays between January and March 2015", "source": YP,
   "note": "same sentence, same cue ('Prodan told reporters ...')"},
  {"text": "$5 billion", "value": 5e9, "unit": "USD", "approx": "around", "counted": "Kyiv's payment arrears for gas", "source": RU,
   "note": "'over what it said were Kyiv's payment arrears of about $5 billion': 'it' is Russia, which claims the arrears; 'about' -> around"},
  {"text": "$3.1 billion", "value": 3.1e9, "unit": "USD", "counted": "Kyiv's gas debt after reductions", "source": None,
   "note": "'The debt has since been reduced to $3.1 billion, which officials say will be paid in two installments ...': the officials (unnamed) speak about the payment plan, the amount itself is VOA's narration, so null"},
  {"text": "two", "value": 2, "counted": "installments in which the debt will be paid", "source": None,
   "note": "'which officials say will be paid in two installments': claimed by unnamed officials, who are not an actor of the text, so null"},
  {"text": "$2.5 billion", "value": 2.5e9, "unit": "USD", "approx": "around", "counted": "new EU loan requested by Ukraine", "source": None,
   "note": "'Ukraine's recent request for a new EU loan of about $2.5 billion': VOA's voice"},
 ],
 "events": [
  {"actor": None, "date": "2014-10-30", "date_text": "Thursday", "what": "the agreement was announced in Brussels",
   "note": "'The agreement, announced Thursday in Brussels': reduced passive, the text does not say who announced it (the Commission brokered the deal, the sentence does not make it the announcer), so null"},
  {"actor": None, "date": "2015-03", "date_text": "in March 2015", "what": "the deal is set to expire",
   "note": "expiry of the deal, no agent"},
  {"actor": None, "date": "2014-12", "date_text": "until the end of the year", "what": "Ukraine to purchase gas at $378 per 1,000 cubic meters",
   "note": "inside Prodan's reported speech; 'the end of the year' = December 2014 (as 'at the end of May' -> the month in the dev set); 'the agreement allows his country to purchase' is a permission, no agent of a dated act, so null"},
  {"actor": None, "date": "2015-01-01/2015-03-31", "date_text": "between January and March of next year", "what": "Ukraine to pay $365 per 1,000 cubic meters",
   "note": "an interval, January to March 2015; Prodan's reported speech; the paying is a term of the deal, null"},
  {"actor": RU, "date": "2014-06", "date_text": "in June", "what": "Russia cut off gas supplies to Ukraine",
   "note": "'Russia cut off gas supplies in June': Russia is the subject of the dated verb"},
  {"actor": None, "date": "2014-12", "date_text": "by the end of the year", "what": "the $3.1 billion debt to be paid in two installments",
   "note": "passive ('will be paid') without a by-phrase; null"},
 ],
 "actors": [
  {"name": RU, "type": "country", "aliases": ["Russia", "Moscow"]},
  {"name": UA, "type": "country", "aliases": ["Ukraine", "Kyiv", "energy-dependent Ukraine"]},
  {"name": EC, "type": "organisation", "aliases": ["the European Commission", "The European Commission"]},
  {"name": YP, "type": "person", "aliases": ["Ukrainian Energy Minister Yuri Prodan"]},
 ],
 "notes": [
  "VOA News report of 30 October 2014 (date worked out in meta) on the EU-brokered interim Russia-Ukraine gas deal, signed in Brussels. Story russia_ukraine_gas_2014 with voa_2014_ukraine_details_interim_gas_deal (18 October 2014). Revised figures across the two items: Poroshenko gave one winter price, $385 per thousand cubic meters until 31 March 2015; here Energy Minister Prodan gives $378 to the end of 2014 and $365 for January-March 2015. Different periods, so three separate keys (interim_price_winter_poroshenko, interim_price_nov_dec_2014, interim_price_q1_2015) and no pair is gold-same; left for the lead to decide whether the winter price should be paired with either.",
  "No quote marks, so no quotes. Prodan is named by title ('Ukrainian Energy Minister Yuri Prodan told reporters') and then referred to by 'his country'.",
  "Sources: $378 and $365 claimed by Prodan; the $5 billion arrears by Russia ('what it said were'); $3.1 billion, two installments and $2.5 billion are narration or unnamed officials, null.",
  "Not events: 'since' ('has since been reduced'), 'recent' (vague), 'monthly' (a frequency), 'winter' (a season). The last paragraph with 'in 2006 and 2009' was cut in the stored copy and dropped (meta edits). 'Brussels' is a place; 'EU' in 'a new EU loan' names the lender, not an actor that acts here.",
  "Second careful read done against FORMAT.md (the interval 'between January and March of next year', 'the end of the year' as December 2014, weekday 'Thursday' against 30 October 2014, sources, 'about' -> around) by the annotator.",
 ],
}
