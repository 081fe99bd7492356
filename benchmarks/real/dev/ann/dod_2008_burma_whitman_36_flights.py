K = "burma_cyclone_2008:"
W = "Bryan Whitman"
UN = "United Nations officials"
BG = "Burmese government"
USO = "U.S. officials"
ANN = {
 "article": "articles/dod_2008_burma_whitman_36_flights.txt",
 "gold_out": "gold/dod_2008_burma_whitman_36_flights.json",
 "published": "2008-05-20",
 "quotes": [
  {"text": "We continue to plan more flights, but … it’s on a day-by-day basis", "speaker": W, "speaker_mention": "he",
   "note": "a paragraph of its own closed by 'he said'; 'he' is Whitman, named in the two sentences before ('Whitman said'); the ellipsis '…' and the apostrophe of 'it’s' are kept inside the span; comma before the closing mark dropped"},
 ],
 "figures": [
  {"quantity": K+"us_flights_may19", "text": "Five", "value": 5, "unit": None, "counted": "plane loads of supplies delivered to Burmese people", "source": W, "approx": None, "ctx": "Delivers Five Plane",
   "note": "headline; the lead (next sentence) states the same five C-130 loads of 'yesterday' and ends 'Pentagon spokesman Bryan Whitman said here today' (claimant in the next sentence counts). Same quantity as the lead's 'Five'"},
  {"quantity": K+"us_flights_may19", "text": "Five", "value": 5, "unit": None, "counted": "more Air Force C-130 Hercules airlifters that delivered supplies to Burma yesterday", "source": W, "approx": None, "ctx": "Five more Air Force",
   "note": "'Five more Air Force C-130 Hercules airlifters delivered supplies to Burma yesterday, Pentagon spokesman Bryan Whitman said here today': the flights of Monday 19 May; not the same quantity as the five of 15 May (dod_2008_burma_five_more_flights_morrell)"},
  {"quantity": K+"us_relief_flights_total", "text": "36", "value": 36, "unit": None, "counted": "total flights into the cyclone-ravaged country", "source": W, "approx": None,
   "note": "'This brings the total flights ... up to 36, ..., Whitman said': 'brings ... up to 36' means 'raises to 36', not a ceiling, so approx null. The running total of U.S. relief flights: shares us_relief_flights_total with 'Thirteen flights to date' of 15 May"},
  {"quantity": K+"us_relief_supplies_pounds", "text": "800,000", "value": 800000, "unit": None, "counted": "pounds of relief supplies delivered", "source": W, "approx": "more than",
   "note": "'with more than 800,000 pounds of relief supplies delivered, Whitman said'. Pounds: unit null, 'pounds' the counted noun (dev precedent). Shares us_relief_supplies_pounds with the 313,000 pounds of 15 May (a total that grew)"},
  {"quantity": K+"deaths", "text": "78,000", "value": 78000, "unit": None, "counted": "official death toll from Cyclone Nargis", "source": None, "approx": None,
   "note": "'The official death toll from Cyclone Nargis has been set at 78,000': a passive without agent and no cue in the sentence; the next sentence's 'United Nations officials said' covers the second-order effects, not this toll, so null. National toll: shares burma_cyclone_2008:deaths with 'more than 25,000' (Burmese officials) and 'more than 100,000' (press reports) of 9 May and the 5-7 May items"},
  {"quantity": K+"missing", "text": "56,000", "value": 56000, "unit": None, "counted": "people still unaccounted for", "source": None, "approx": None,
   "note": "same uncued sentence as the toll; 'still unaccounted for' = missing: shares burma_cyclone_2008:missing with 45,000 of 9 May and the 5-7 May items"},
  {"text": "thousands", "value": None, "vague": True, "unit": None, "counted": "more deaths from second order effects", "source": UN, "approx": None,
   "note": "'Second order effects -- ... -- may kill thousands more, United Nations officials said': vague plural; a forecast of further deaths, not the toll so far, so no deaths key"},
  {"text": "five", "value": 5, "unit": None, "counted": "members of a family a hygiene kit is intended for", "source": None, "approx": None, "ctx": "family of five",
   "note": "'Each hygiene kit is intended to last a family of five for two weeks': the outlet's description"},
  {"text": "two weeks", "value": 2, "unit": "weeks", "counted": "time a hygiene kit is intended to last a family", "source": None, "approx": None},
  {"text": "2.5", "value": 2.5, "unit": None, "counted": "gallons a water jug holds", "source": None, "approx": None,
   "note": "'2.5-gallon collapsible plastic containers': the number without '-gallon' (as '47' in '47-year-old'); gallons are not in the scorer's unit table, so unit null (as pounds and litres in dev)"},
  {"text": "131,000", "value": 131000, "unit": None, "counted": "people the U.S. effort is enough to help", "source": None, "approx": None,
   "note": "outlet's voice; the next sentence's 'United Nations officials estimate' is about the 2.4 million in need, not this"},
  {"text": "2.4 million", "value": 2400000, "unit": None, "counted": "people in the Irrawaddy River delta who need some form of aid", "source": UN, "approx": "around",
   "note": "'United Nations officials estimate that about 2.4 million people ...': 'about' = around"},
  {"text": "$19.1 million", "value": 19100000, "unit": "USD", "counted": "aid delivered by the U.S. effort to the country", "source": None, "approx": None,
   "note": "'Overall, the U.S. effort has delivered $19.1 million in aid to the country': the outlet's voice (the UN officials of the sentence before estimate the need, not this)"},
 ],
 "events": [
  {"actor": None, "date": "2008-05-19", "date_text": "yesterday", "what": "five more Air Force C-130 airlifters delivered supplies to Burma",
   "note": "'Five more Air Force C-130 Hercules airlifters delivered supplies to Burma yesterday': the subject is the aircraft, and dev gives aircraft subjects no actor (dod_2010_pakistan items). Monday 19 May 2008"},
  {"actor": W, "date": "2008-05-20", "date_text": "today", "what": "Whitman said five more C-130s delivered supplies and the total reached 36 flights",
   "note": "'Pentagon spokesman Bryan Whitman said here today': Tuesday 20 May 2008, the dateline day"},
 ],
 "actors": [
  {"name": W, "type": "person", "aliases": ["Pentagon spokesman Bryan Whitman", "Whitman"]},
  {"name": BG, "type": "organisation", "aliases": ["Burmese military junta leaders", "the Burmese junta"]},
  {"name": UN, "type": "group", "aliases": ["United Nations officials"]},
  {"name": USO, "type": "group", "aliases": ["U.S. officials"]},
 ],
 "notes": [
  "American Forces Press Service story by Jim Garamone on defense.gov, dated Tuesday 20 May 2008: Pentagon spokesman Bryan Whitman reports five more C-130 relief flights into Burma on 19 May and a running total of 36 flights after Cyclone Nargis. Story burma_cyclone_2008 with dod_2008_burma_allows_one_c130 (9 May), dod_2008_burma_five_more_flights_morrell (15 May), the Wikinews and VOA items of 5-7 May and the GOV.UK release of 9 July.",
  "One quote, Whitman's, attributed by 'he' (named in the two sentences before). The last stored paragraph (helicopters on alert in Thailand) is cut mid-word and dropped.",
  "Figures: Whitman's (headline and lead 'Five', key us_flights_may19; 36 flights, key us_relief_flights_total, 13 on 15 May; more than 800,000 pounds, key us_relief_supplies_pounds, 313,000 on 15 May); uncued official toll 78,000 and 56,000 unaccounted for (keys burma_cyclone_2008:deaths and :missing, shared with 9 May and 5-7 May items); the UN officials' 'thousands' more deaths and 'about 2.4 million' in need; the outlet's own 131,000, $19.1 million, 'five', 'two weeks', '2.5'(-gallon). Not figures: 'C-130' (designation), 'Second order' (ordinal), 'each and every', the dateline.",
  "Events: 'yesterday' (the five C-130 deliveries: aircraft subject, null) and 'today' (Whitman said). 'has been set', 'must approve' and 'remain off the coast' are undated; the dateline is not an event.",
  "Actors: the Burmese government ('Burmese military junta leaders', 'the Burmese junta'), UN officials (two claims) and U.S. officials (who said the ships remain ready). USAID (whose supplies were flown) and the C-130s are not listed as actors.",
  "Second reading against FORMAT.md sections 1-2 (whole item re-read): the quote span with '…' and 'it’s', 'up to 36' read as 'raised to' (approx null), the null sources of the uncued toll sentence, 'about' -> around, the dates (20 May 2008 a Tuesday, 19 May a Monday) and every alias as an exact substring checked; no change.",
 ],
}
