S = "doj_collections_fy2016"
FY = "2015-10-01/2016-09-30"
LY = "Loretta E. Lynch"
ANN = {
 "article": "articles/doj_2016_fy2016_collections_15_billion.txt",
 "gold_out": "gold/doj_2016_fy2016_collections_15_billion.json",
 "published": "2016-12-14",
 "quotes": [
  {"text": "Every day, the men and women of the Department of Justice work tirelessly to enforce our laws, ensuring that taxpayer dollars are used properly and that the American people are protected from exploitation and abuse",
   "speaker": LY, "speaker_mention": "Attorney General Lynch", "note": "interrupted by its attribution: first of two quotes; trailing comma dropped"},
  {"text": "Today’s announcement is a testament to that work, and it makes clear that our actions deliver a significant return on public investment.  I want to thank the prosecutors and trial attorneys who made this year’s collections possible, and I want to emphasize that the department remains committed to the well-being of our people and our nation.",
   "speaker": LY, "speaker_mention": "Attorney General Lynch", "note": "continuation after 'said Attorney General Lynch.'; double space inside kept as printed"},
 ],
 "figures": [
  {"quantity": S+":total_collected", "text": "$15.3 Billion", "value": 15.3e9, "unit": "USD", "counted": "collected in civil and criminal cases in fiscal year 2016", "source": None, "approx": "more than",
   "note": "headline, no claimant"},
  {"quantity": S+":total_collected", "text": "$15.3 billion", "value": 15.3e9, "unit": "USD", "counted": "collected in civil and criminal actions in FY 2016", "source": LY, "approx": "more than",
   "note": "'Attorney General Loretta E. Lynch announced today that the Justice Department collected more than $15.3 billion'"},
  {"quantity": S+":total_collected", "text": "$15,380,130,434", "value": 15380130434, "unit": "USD", "counted": "collections in FY 2016", "source": None, "approx": None,
   "note": "the exact total; new sentence with no claimant of its own (left null as in doj_2018_health_fraud_takedown)"},
  {"quantity": S+":ratio_to_budget", "text": "five", "value": 5, "unit": None, "counted": "times the appropriated budget", "source": None, "approx": "more than",
   "note": "'more than five times the approximately $3 billion appropriated budget': a multiple"},
  {"quantity": S+":appropriated_budget", "text": "$3 billion", "value": 3e9, "unit": "USD", "counted": "appropriated budget for the U.S. Attorneys' offices and main litigating divisions", "source": None, "approx": "around"},
  {"quantity": S+":us_attorneys_offices", "text": "94", "value": 94, "unit": None, "counted": "U.S. Attorneys' offices", "source": None, "approx": None},
  {"text": "$12 billion", "value": 12e9, "unit": "USD", "counted": "civil collections", "source": None, "approx": "more than"},
 ],
 "events": [
  {"actor": "Justice Department", "date": FY, "date_text": "in Fiscal Year 2016", "what": "collected more than $15.3 billion in civil and criminal cases",
   "note": "headline: 'Justice Department Collects ... in Fiscal Year 2016'; federal FY 2016 = 1 Oct 2015 - 30 Sep 2016 (the text says it ends Sept. 30, 2016)"},
  {"actor": LY, "date": "2016-12-14", "date_text": "today", "what": "announced FY 2016 collections", "ctx": "announced today"},
  {"actor": "Justice Department", "date": FY, "date_text": "in fiscal year (FY) 2016 ending Sept. 30, 2016", "what": "collected more than $15.3 billion",
   "note": "one expression: the fiscal year glossed by its end date"},
  {"actor": "Justice Department", "date": FY, "date_text": "in FY 2016", "what": "collections of $15,380,130,434",
   "note": "date on the noun 'collections': the agent of the collecting is the Justice Department (previous sentence)"},
  {"actor": None, "date": FY, "date_text": "in that same period", "what": "appropriated budget of about $3 billion",
   "note": "anaphoric period = FY 2016; the budget is a state ('appropriated budget'), no agent named"},
  {"actor": "Justice Department", "date": "2016", "date_text": "this year’s", "what": "collections made possible by prosecutors and trial attorneys",
   "note": "inside Lynch's quotation, dating the collections (the department's, through its prosecutors); 'this year' normalised to the year of publication (2016), though the collections are those of FY 2016. 'Today’s announcement' in the same quote is 'today' inside speech and left out"},
 ],
 "actors": [
  {"name": LY, "type": "person", "aliases": ["Attorney General Loretta E. Lynch", "Attorney General Lynch"]},
  {"name": "Justice Department", "type": "organisation", "aliases": ["Justice Department", "the Justice Department", "Department of Justice", "the department"]},
 ],
 "notes": [
  "Justice Department (Office of Public Affairs) press release of Wednesday 14 December 2016 on collections in fiscal year 2016; story doj_collections_fy2016 with the Southern District of Indiana release of 16 December (doj_2016_southern_indiana_collections), which restates the national totals word for word.",
  "Recurring figures: the total appears three times here (headline '$15.3 Billion', Lynch's '$15.3 billion', exact '$15,380,130,434') and twice in the Indiana release: key doj_collections_fy2016:total_collected. 'five times', '$3 billion' and '94' offices recur in the Indiana release with shared keys.",
  "Claimants: only the announcing sentence has one (Lynch, 'announced today that ...'); the following sentences and the headline are left null, following doj_2018_health_fraud_takedown.",
  "Not figures: 'FY 2016', 'Sept. 30, 2016' (dates); 'Every day' (frequency); 'one'-style pronouns absent.",
  "Actors: HUD, HHS, IRS, SBA and the Department of Education are beneficiaries of collections, not actors; 'the United States recovered government money' is generic and undated (not annotated as an actor).",
  "second reading: checked the split Lynch quote (two spans, curly marks), the four fiscal-year events (interval 2015-10-01/2016-09-30), 'approximately' -> around and 'more than five times' -> more than; no change.",
 ],
}
