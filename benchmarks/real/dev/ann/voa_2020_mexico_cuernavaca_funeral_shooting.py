G = "gunmen"
PO = "Pablo Ojeda"
R = "Reuters"
ANN = {
 "article": "articles/voa_2020_mexico_cuernavaca_funeral_shooting.txt",
 "gold_out": "gold/voa_2020_mexico_cuernavaca_funeral_shooting.json",
 "published": "2020-09-03",
 "quotes": [],
 "figures": [
  {"text": "eight", "value": 8, "unit": None, "counted": "people killed at the funeral", "source": None, "approx": "at least",
   "note": "'killing at least eight people': VOA's own voice; the next sentence's claimant (Pablo Ojeda) speaks of how the gunmen arrived, not of the toll, so no source"},
  {"text": "a dozen", "value": 12, "unit": None, "counted": "others wounded", "source": None, "approx": "more than",
   "note": "'wounding more than a dozen others': 'more than' -> more than; VOA's voice as the toll before it"},
  {"text": "34,582", "value": 34582, "unit": None, "counted": "murders in Mexico last year (murder total)", "source": None, "approx": None,
   "note": "'Mexico's murder total reached a record 34,582 last year': no claimant in the sentence; the next sentence's 'Reuters reports' introduces its own, different figure (the 1.6% rise this year), not this total, so null"},
  {"text": "1,000", "value": 1000, "unit": None, "counted": "more killings than the previous year", "source": None, "approx": "more than",
   "note": "'more than 1,000 more killings than the previous year': the year-on-year increase, VOA's voice"},
  {"text": "1.6%", "value": 1.6, "unit": "%", "counted": "rise in the number of murders in Mexico", "source": R,
   "approx": None, "note": "'Reuters reports the number of murders in Mexico was up slightly, 1.6%': claimant Reuters (the news agency's report)"},
  {"text": "seven", "value": 7, "unit": "months", "counted": "first seven months of this year", "source": R, "approx": None,
   "note": "'the first seven months of this year': the period over which the 1.6% rise is measured, inside what Reuters reports (as the 'six' months of a claimed growth rate in other items)"},
 ],
 "events": [
  {"actor": G, "date": "2020-09-01", "date_text": "late Tuesday", "what": "gunmen stormed a funeral service in Cuernavaca and opened fire",
   "note": "'the gunmen who stormed a funeral service late Tuesday and opened fire': the date modifies 'stormed' (and 'opened fire') in the relative clause whose subject is the gunmen; Tuesday before the report of Thursday 3 September 2020 = 1 September"},
  {"actor": None, "date": "2019", "date_text": "last year", "what": "Mexico's murder total reached a record 34,582",
   "note": "'Mexico's murder total reached a record 34,582 last year': the subject is a statistic, no agent; last year from 2020 = 2019"},
  {"actor": None, "date": "2018", "date_text": "the previous year", "what": "the year with about 1,000 fewer killings",
   "note": "'more than 1,000 more killings than the previous year': the year before 2019 = 2018; no agent"},
  {"actor": None, "date": "2020-01-01/2020-07-31", "date_text": "the first seven months of this year", "what": "the number of murders in Mexico was up 1.6%",
   "note": "the period of the murders' rise; the date modifies 'was up' (no agent), not Reuters's undated 'reports'; 'this year' = 2020, its first seven months = January to July (as 'the first six months of the year' in other items)"},
  {"actor": None, "date": "2019-01-01/2019-07-31", "date_text": "the same period in 2019", "what": "the comparison period for the murder count",
   "note": "'compared to the same period in 2019': the first seven months of 2019; no agent"},
 ],
 "actors": [
  {"name": "Mexican police", "type": "organisation", "aliases": ["Mexican police"]},
  {"name": G, "type": "group", "aliases": ["the gunmen"]},
  {"name": PO, "type": "person", "aliases": ["Interior Minister for Morelos State Pablo Ojeda"]},
  {"name": R, "type": "organisation", "aliases": ["Reuters"]},
 ],
 "notes": [
  "VOA News report dated Thursday 3 September 2020 (01:51 AM) on the mass shooting at a funeral in Cuernavaca, Morelos, late on Tuesday 1 September 2020; single item of story mexico_cuernavaca_funeral_shooting_2020 (no other item found, so no quantity keys).",
  "No quotes: the text has no quote marks; Pablo Ojeda's account of the gunmen's vehicles and weapons is reported speech without marks and without a date.",
  "Figures: the toll (at least eight killed, more than a dozen wounded) in VOA's voice; the national murder total 34,582 and the rise of more than 1,000 without claimant; the 1.6% rise and its seven-month period claimed by Reuters ('Reuters reports').",
  "Events: 'late Tuesday' (the gunmen stormed the funeral) and four statistical periods without agent ('last year', 'the previous year', 'the first seven months of this year', 'the same period in 2019').",
  "Actors: Mexican police (seeking the gunmen, undated), the gunmen, Pablo Ojeda (speaks) and Reuters (reports). 'the initial witness accounts' and 'the armed forces' do not act. Not figures: '2019' (a year), 'a record' (no number).",
  "Second careful reading by the annotator: re-read the whole item against FORMAT.md sections 1-2; checked the text against the stored page (identical after the listed edits), every number token (eight, a dozen, 34,582, 1,000, 1.6%, seven, 2019), the hedges (at least, more than, more than) and the dates from Thursday 3 September 2020 (Tuesday = 1 September).",
 ],
}
