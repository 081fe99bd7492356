K = "burma_cyclone_2008:"
M = "Geoff Morrell"
G = "Robert M. Gates"
KE = "Timothy J. Keating"
US = "United States"
BG = "Burmese government"
ANN = {
 "article": "articles/dod_2008_burma_five_more_flights_morrell.txt",
 "gold_out": "gold/dod_2008_burma_five_more_flights_morrell.json",
 "published": "2008-05-15",
 "quotes": [
  {"text": "We have seen an increase in the number of flights day to day that the Burmese government is permitting", "speaker": M, "speaker_mention": "Morrell",
   "note": "'... permitting,\" Morrell said during a Pentagon news conference.'; comma before the closing mark dropped"},
  {"text": "So we are certainly encouraging the Burmese government to continue to let those flights come in and, if possible, increase the number of flights that are coming in", "speaker": M, "speaker_mention": "he",
   "note": "a paragraph of its own closed by 'he said'; 'he' is Morrell, named in the paragraph before (and the subject of 'he reported' there); comma before the closing mark dropped"},
  {"text": "So far, the initial reports are that (the aid) is getting to those who need it", "speaker": M, "speaker_mention": "he",
   "note": "'he said' after the quote; 'he' = Morrell of the sentence before ('..., Morrell said.'); the bracketed '(the aid)' is the reporter's insertion, kept inside the span"},
  {"text": "would be a tragedy if the Burmese government were not to take advantage of the incredible generosity of the American people and the incredible capabilities of the U.S. military in providing relief to their storm-stricken people.", "speaker": G, "speaker_mention": "the secretary", "fragment": True,
   "note": "'Morrell reiterated Defense Secretary Robert M. Gates’ frustrations ..., noting that the secretary said it \"would be ...\"': the quoted words are Gates's ('the secretary said'), relayed by Morrell; a partial quote completing reported speech, so fragment (as long partial quotes in dod_2018_border_lengyel_965_troops); final full stop inside the mark kept"},
  {"text": "opened the door to at least limited numbers of aid flights into Burma.", "speaker": M, "speaker_mention": "Morrell", "fragment": True,
   "note": "'Morrell called ... Keating’s May 12 trip ... a success that \"opened the door to ...\"': Morrell's words completing his own reported judgement; fragment; final full stop kept"},
 ],
 "figures": [
  {"quantity": K+"us_flights_may15", "text": "Five", "value": 5, "unit": None, "counted": "more flights delivering relief to Burma", "source": M, "approx": None, "ctx": "Five More Flights",
   "note": "headline; the lead (next sentence) states the same five aircraft sent 'today' and ends 'Pentagon Press Secretary Geoff Morrell said today' (claimant in the next sentence counts). Same quantity as the lead's 'five' (the flights of 15 May)"},
  {"quantity": K+"us_flights_may15", "text": "five", "value": 5, "unit": None, "counted": "military aircraft sent to Burma today with relief supplies", "source": M, "approx": None, "ctx": "another five military",
   "note": "'The United States sent another five military aircraft ... today, ..., Pentagon Press Secretary Geoff Morrell said today'. Not the same quantity as the five C-130s of 19 May in dod_2008_burma_whitman_36_flights (another day's flights)"},
  {"quantity": K+"us_relief_flights_total", "text": "Thirteen", "value": 13, "unit": None, "counted": "flights to date carrying relief supplies", "source": M, "approx": None,
   "note": "'Thirteen flights to date have carried 313,000 pounds ..., he reported': 'he' = Morrell. The running total of U.S. military relief flights into Burma: shares us_relief_flights_total with the 36 of 20 May (dod_2008_burma_whitman_36_flights), a total that grew"},
  {"quantity": K+"us_relief_supplies_pounds", "text": "313,000", "value": 313000, "unit": None, "counted": "pounds of water, blankets, hygiene kits, plastic sheeting, mosquito netting and food carried", "source": M, "approx": None,
   "note": "same sentence, Morrell ('he reported'). Pounds are not in the scorer's unit table (it reads 'pound' as GBP), so unit null and 'pounds' is the counted noun (dev precedent). Running total of supplies flown in: shares us_relief_supplies_pounds with 'more than 800,000 pounds' of 20 May"},
 ],
 "events": [
  {"actor": US, "date": "2008-05-15", "date_text": "today", "what": "the United States sent another five military aircraft with relief supplies to Burma", "ctx": "to Burma today",
   "note": "'The United States sent another five military aircraft ... to Burma today': subject of 'sent'; Thursday 15 May 2008, the dateline day"},
  {"actor": M, "date": "2008-05-15", "date_text": "today", "what": "Morrell said the United States sent five more flights and looks forward to sending more", "ctx": "Morrell said today",
   "note": "'Pentagon Press Secretary Geoff Morrell said today' (at a Pentagon news conference)"},
  {"actor": KE, "date": "2008-05-12", "date_text": "May 12", "what": "Keating's trip to Burma with the first relief flight",
   "note": "a date on a noun ('Keating’s May 12 trip to Burma'): the agent of the trip is Keating (possessive), Monday 12 May 2008. The 9 May item announced this flight"},
 ],
 "actors": [
  {"name": M, "type": "person", "aliases": ["Pentagon Press Secretary Geoff Morrell", "Morrell"]},
  {"name": G, "type": "person", "aliases": ["Defense Secretary Robert M. Gates", "the secretary"]},
  {"name": KE, "type": "person", "aliases": ["U.S. Pacific Command commander Navy Adm. Timothy J. Keating", "Keating"]},
  {"name": US, "type": "country", "aliases": ["The United States"]},
  {"name": BG, "type": "organisation", "aliases": ["the Burmese government", "Burmese leaders"]},
  {"name": "Burmese military", "type": "organisation", "aliases": ["the Burmese military"]},
  {"name": "United Nations", "type": "organisation", "aliases": ["United Nations"]},
 ],
 "notes": [
  "American Forces Press Service story by Donna Miles on defense.gov, dated Thursday 15 May 2008: Pentagon Press Secretary Geoff Morrell reports five more U.S. relief flights into Burma after Cyclone Nargis. Story burma_cyclone_2008 with dod_2008_burma_allows_one_c130 (9 May), dod_2008_burma_whitman_36_flights (20 May), the Wikinews and VOA items of 5-7 May and the GOV.UK release of 9 July.",
  "Quotes: five; three full quotes by Morrell (two attributed by 'he', one and two sentences from his name), a partial quote of Gates relayed by Morrell ('the secretary said it \"...\"', speaker Gates) and a partial quote of Morrell completing his own judgement of Keating's trip.",
  "Figures, all Morrell's: the day's five flights (headline and lead, key us_flights_may15), the running totals 'Thirteen flights to date' (us_relief_flights_total, 36 on 20 May) and 313,000 pounds (us_relief_supplies_pounds, more than 800,000 on 20 May). Not figures: 'May 12', 'first' (ordinal), 'day to day', 'at least limited numbers' (no number), the dateline.",
  "Events: 'today' twice (the United States sent the aircraft; Morrell said), and 'May 12' on the noun 'trip' (Keating's). 'to date' is not a date expression; the dateline is not an event. 'Keating spelled out ...' is undated.",
  "Actors: the Burmese government (also 'Burmese leaders', to whom Keating spelled out the offer) and the Burmese military (transporting supplies) are kept apart as the text names them apart; the United Nations (reporting, with NGOs, that the aid reaches those in need) is listed, the unnamed 'nongovernmental organizations' are not.",
  "Second reading against FORMAT.md sections 1-2 (whole item re-read): quote spans (two dropped commas, the '(the aid)' insertion and the final full stops of the two partial quotes kept), Gates as speaker of the relayed words, every figure's claimant ('said today', 'he reported'), the headline/lead key, the dates (15 May 2008 a Thursday, 12 May a Monday) and every alias as an exact substring checked; no change.",
 ],
}
