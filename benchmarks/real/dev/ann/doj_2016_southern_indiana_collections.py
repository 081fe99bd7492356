S = "doj_collections_fy2016"
FY = "2015-10-01/2016-09-30"
O = "U.S. Attorney's Office for the Southern District of Indiana"
M = "Josh J. Minkler"
ANN = {
 "article": "articles/doj_2016_southern_indiana_collections.txt",
 "gold_out": "gold/doj_2016_southern_indiana_collections.json",
 "published": "2016-12-16",
 "quotes": [
  {"text": "Collecting money owed to the victims of crimes and taxpaying citizens of this district is a commitment I take very seriously", "speaker": M, "speaker_mention": "Minkler",
   "note": "interrupted by 'said Minkler.': first of two quotes; trailing comma dropped"},
  {"text": "Those who steal and fraudulently take money from victims will be held accountable and I will do everything humanly possible to return the money to its rightful owner.", "speaker": M, "speaker_mention": "Minkler"},
 ],
 "figures": [
  {"quantity": S+":sdin_total", "text": "$7 million", "value": 7e6, "unit": "USD", "counted": "collected in civil and criminal penalties in fiscal year 2016", "source": None, "approx": "more than",
   "note": "headline 'over $7 million', no claimant; the exact figure is $7,707,955.00 (same key)"},
  {"quantity": S+":sdin_total", "text": "$7,707,955.00", "value": 7707955, "unit": "USD", "counted": "collected in criminal and civil actions in Fiscal Year 2016", "source": M, "approx": None,
   "note": "'U.S. Attorney Josh J. Minkler announced today that the Southern District of Indiana collected ...'"},
  {"text": "$4,975,067.00", "value": 4975067, "unit": "USD", "counted": "collected in criminal actions", "source": None, "approx": None,
   "note": "new sentence ('Of this amount, ...') without a claimant of its own: null"},
  {"text": "$2,732,888.00", "value": 2732888, "unit": "USD", "counted": "collected in civil actions", "source": None, "approx": None},
  {"text": "$2,270,160.00", "value": 2270160, "unit": "USD", "counted": "collected in asset forfeiture actions", "source": None, "approx": None},
  {"quantity": S+":total_collected", "text": "$15.3 billion", "value": 15.3e9, "unit": "USD", "counted": "collected nationally in civil and criminal actions in FY 2016", "source": None, "approx": "more than",
   "note": "'Nationally, the Justice Department collected more than $15.3 billion': the release's own voice (the Attorney General is named only in the dropped paragraph); same key as the three totals of the OPA release of 14 December"},
  {"quantity": S+":total_collected", "text": "$15,380,130,434", "value": 15380130434, "unit": "USD", "counted": "collections in FY 2016", "source": None, "approx": None},
  {"quantity": S+":ratio_to_budget", "text": "five", "value": 5, "unit": None, "counted": "times the appropriated budget", "source": None, "approx": "more than"},
  {"quantity": S+":appropriated_budget", "text": "$3 billion", "value": 3e9, "unit": "USD", "counted": "appropriated budget for the U.S. Attorneys' offices and main litigating divisions", "source": None, "approx": "around"},
  {"quantity": S+":us_attorneys_offices", "text": "94", "value": 94, "unit": None, "counted": "U.S. Attorneys' offices", "source": None, "approx": None},
 ],
 "events": [
  {"actor": O, "date": FY, "date_text": "in fiscal year 2016", "what": "collected over $7 million in civil and criminal penalties",
   "note": "headline: 'U.S. Attorney’s office collects over $7 million ... in fiscal year 2016'; federal FY 2016 = 1 Oct 2015 - 30 Sep 2016"},
  {"actor": M, "date": "2016-12-16", "date_text": "today", "what": "announced the district's FY 2016 collections", "ctx": "announced today"},
  {"actor": O, "date": FY, "date_text": "in Fiscal Year 2016", "what": "collected $7,707,955.00 in criminal and civil actions",
   "note": "agent 'the Southern District of Indiana' (the office) of 'collected'"},
  {"actor": O, "date": FY, "date_text": "in FY 2016", "what": "collected $2,270,160.00 in asset forfeiture actions", "ctx": "asset forfeiture actions in FY 2016",
   "note": "'the U.S. Attorney’s office, working with partner agencies and divisions, collected ... in FY 2016'"},
  {"actor": "Justice Department", "date": FY, "date_text": "in fiscal year (FY) 2016 ending Sept. 30, 2016", "what": "collected more than $15.3 billion nationally"},
  {"actor": "Justice Department", "date": FY, "date_text": "in FY 2016", "what": "collections of $15,380,130,434", "ctx": "collections in FY 2016",
   "note": "date on the noun 'collections', whose agent is the Justice Department (previous sentence)"},
  {"actor": None, "date": FY, "date_text": "in that same period", "what": "appropriated budget of about $3 billion",
   "note": "anaphoric period = FY 2016; a state, no agent"},
 ],
 "actors": [
  {"name": O, "type": "organisation", "aliases": ["U.S. Attorney’s office", "the U.S. Attorney’s office", "the Southern District of Indiana"]},
  {"name": M, "type": "person", "aliases": ["U.S. Attorney Josh J. Minkler", "Minkler"]},
  {"name": "Justice Department", "type": "organisation", "aliases": ["the Justice Department", "Justice Department"]},
 ],
 "notes": [
  "Press release of the U.S. Attorney's Office for the Southern District of Indiana, Friday 16 December 2016; story doj_collections_fy2016 with the national Justice Department release of 14 December (doj_2016_fy2016_collections_15_billion), whose first paragraph is repeated word for word as the last paragraph here.",
  "Recurring figures: district total (headline 'over $7 million' and exact '$7,707,955.00') share doj_collections_fy2016:sdin_total; the national total, 'five times', '$3 billion' and '94' offices share keys with the OPA release.",
  "Claimants: only the announcing sentence names one (Minkler); the parts ('Of this amount, ...'), the forfeiture figure and the national paragraph are in the release's own voice (null).",
  "'today' in 'announced today' is narration (not speech) and gives 2016-12-16. The Department of Justice Assets Forfeiture Fund is a fund (not an actor).",
  "Not figures: 'Fiscal Year 2016', 'FY 2016', 'Sept. 30, 2016' (dates).",
  "second reading: checked the two Minkler quote spans, the ctx of the two 'in FY 2016' events and of 'today'; the office's three aliases ('U.S. Attorney’s office' in the headline with a curly apostrophe) do not clash with 'U.S. Attorneys’ offices' (plural, not an alias); no change.",
 ],
}
