RU = "Russia"
UA = "Ukraine"
PP = "Petro Poroshenko"
K = "russia_ukraine_gas_2014:"
ANN = {
 "article": "articles/voa_2014_ukraine_details_interim_gas_deal.txt",
 "gold_out": "gold/voa_2014_ukraine_details_interim_gas_deal.json",
 "published": "2014-10-18",
 "quotes": [],
 "figures": [
  {"quantity": K+"interim_price_winter_poroshenko", "text": "$385", "value": 385, "unit": "USD", "counted": "price per thousand cubic meters Kyiv will pay through the winter months", "source": PP,
   "note": "'Ukraine's President Petro Poroshenko says a preliminary energy deal ... will require Kyiv to pay $385 ...': Poroshenko claims it. The key is this item's own: the deal as announced in Brussels (voa_2014_russia_ukraine_temporary_gas_deal) gives two prices for two periods ($378 to the end of 2014, $365 for January-March 2015), not one winter price, so they are not given the same key (different period)"},
  {"text": "thousand", "occ": 1, "value": 1000, "counted": "cubic meters of gas the price is quoted for", "source": None,
   "note": "'per thousand cubic meters': the volume the price refers to; cubic meters are not in the unit table, so unit null"},
  {"text": "$100", "value": 100, "unit": "USD", "approx": "around", "counted": "amount by which the rate is less than Moscow charged in June", "source": None,
   "note": "'The rate is nearly $100 less than ...': 'nearly' -> around; a new sentence in VOA's voice after 'Poroshenko disclosed details ...', no cue of its own, so null"},
  {"text": "$480", "value": 480, "unit": "USD", "counted": "price per thousand cubic meters after Moscow nearly doubled it in April", "source": None,
   "note": "VOA's background; 'nearly doubled' is a multiplier, not a figure"},
  {"text": "thousand", "occ": 2, "value": 1000, "counted": "cubic meters of gas the price is quoted for", "source": None},
  {"text": "20 percent", "value": 20, "unit": "%", "approx": "around", "counted": "price cut offered by Russian energy negotiators", "source": None,
   "note": "'Russian energy negotiators later offered about a 20 percent price cut': 'about' -> around. The outlet reports an offer, not a statement of the number by a speaker, so null"},
 ],
 "events": [
  {"actor": PP, "date": "2014-10-18", "date_text": "on Saturday", "what": "Poroshenko disclosed details of the deal to Ukrainian media"},
  {"actor": RU, "date": "2014-06", "date_text": "in June", "what": "Moscow was charging Ukraine nearly $100 more; it stopped all deliveries",
   "note": "'than Moscow was charging Ukraine in June, when it stopped all deliveries': the expression modifies 'was charging', whose subject is Moscow (alias of Russia); the 'when' clause has the same agent"},
  {"actor": None, "date": "2014-10-17", "date_text": "Friday", "what": "the agreement was ratified at a Russia-Europe summit",
   "note": "'the agreement — ratified Friday at a Russia-Europe summit —': passive without a by-phrase, no agent"},
  {"actor": None, "date": "2015-03-31", "date_text": "until March 31, 2015", "what": "the agreement is only in place until then",
   "note": "inside Poroshenko's reported speech; a state of the agreement, no agent"},
  {"actor": None, "date": "2014-04", "date_text": "since April", "what": "Russia and Ukraine embroiled in an energy dispute, since Moscow nearly doubled the price",
   "note": "'have been embroiled in an energy dispute since April, when Moscow nearly doubled the price': the expression modifies 'have been embroiled' (a state of both countries), so null, as with other 'since X' expressions; the 'when' clause says April is when Moscow (Russia) doubled the price"},
 ],
 "actors": [
  {"name": PP, "type": "person", "aliases": ["Ukraine's President Petro Poroshenko", "Poroshenko", "the Ukraine leader"]},
  {"name": RU, "type": "country", "aliases": ["Russia", "Moscow", "Gas-rich Russia"]},
  {"name": UA, "type": "country", "aliases": ["Ukraine", "Kyiv", "energy-dependent Ukraine"]},
  {"name": "Russian energy negotiators", "type": "group", "aliases": ["Russian energy negotiators"]},
 ],
 "notes": [
  "VOA News report of Saturday 18 October 2014 (date worked out in meta) on Poroshenko's account of the interim Russia-Ukraine gas deal. Story russia_ukraine_gas_2014 with voa_2014_russia_ukraine_temporary_gas_deal (30 October 2014, the deal as signed in Brussels). The two items report the winter price differently: $385 per thousand cubic meters 'through the winter months' here (Poroshenko), $378 to the end of 2014 and $365 for January-March 2015 there (Energy Minister Prodan). They are revised figures of one deal but cover different periods, so they are not given one quantity key; an analyst comparing the two items should look at them side by side by hand.",
  "No quote marks in the text, so no quotes. Poroshenko is named in the first paragraph, then 'Poroshenko', 'the Ukraine leader said' and 'He also said' (a pronoun, no figure in that sentence).",
  "Sources: only $385 is claimed (Poroshenko 'says'). $100, $480 and the 20 percent offer are VOA's narration. 'per thousand cubic meters' gives two per-volume figures (thousand), unit null.",
  "Not events: 'through the winter months' (a season, vague), 'later' (vague), 'just weeks after ...' (relative, no date), 'since called' (no date). 'Moscow' in 'what Moscow has since called' is Russia speaking but undated. Viktor Yanukovych is forced from office (acted upon) and is not an actor; the demonstrators and separatists are left out as they are only described.",
  "Second careful read done against FORMAT.md (weekday dates against Saturday 18 October 2014, 'since April' null, the passive 'ratified Friday', sources and approximators) by the annotator.",
 ],
}
