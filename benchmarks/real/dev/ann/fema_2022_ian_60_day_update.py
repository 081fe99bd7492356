ANN = {
 "article": "articles/fema_2022_ian_60_day_update.txt",
 "gold_out": "gold/fema_2022_ian_60_day_update.json",
 "published": "2022-11-30",
 "quotes": [],
 "figures": [
  {"text": "60", "value": 60, "unit": "days", "counted": "period since Hurricane Ian covered by the update", "source": None, "ctx": "60-Day",
   "note": "headline rebuilt from the URL slug (see meta)"},
  {"text": "two", "value": 2, "unit": "months", "counted": "time since the disaster declaration", "source": None, "approx": "less than"},
  {"text": "$771 million", "value": 771e6, "unit": "USD", "counted": "FEMA grants for the Individuals and Households Program", "source": None},
  {"text": "538,028", "value": 538028, "counted": "applicants receiving FEMA grants", "source": None},
  {"text": "$1 billion", "value": 1e9, "unit": "USD", "counted": "SBA disaster loans", "source": None},
  {"text": "$793 million", "value": 793e6, "unit": "USD", "counted": "National Flood Insurance Program claims paid", "source": None},
  {"text": "$358 million", "value": 358e6, "unit": "USD", "counted": "FEMA funds to the State of Florida for emergency response", "source": None},
  {"text": "261,000", "value": 261000, "counted": "homes visited by Disaster Survivor Assistance teams", "source": None},
  {"text": "129,000", "value": 129000, "counted": "individuals Disaster Survivor Assistance teams interacted with", "source": None},
  {"text": "1,800", "value": 1800, "counted": "households sheltered in hotels at FEMA expense", "source": None, "approx": "more than"},
 ],
 "events": [
  {"actor": "FEMA", "date": "2023-01-12", "date_text": "to Jan. 12, 2023", "what": "extended application deadline to this date",
   "note": "the date the deadline is moved to; the extension itself is undated"},
 ],
 "actors": [
  {"name": "FEMA", "type": "organisation", "aliases": ["FEMA"]},
  {"name": "U.S. Small Business Administration", "type": "organisation", "aliases": ["the U.S. Small Business Administration"]},
  {"name": "National Flood Insurance Program", "type": "organisation", "aliases": ["the National Flood Insurance Program"]},
  {"name": "Disaster Survivor Assistance teams", "type": "group", "aliases": ["Disaster Survivor Assistance teams"]},
 ],
 "notes": [
  "FEMA press release of figures without quotes; no claimant is named for any figure (the release speaks for FEMA), so source is null.",
  "Deliberately excluded: 'one-stop' (a compound like 'one-off'), the Zip Code text number '43362', the phone number '800-621-3362', times of day ('7 a.m. to 11 p.m.'), and 'Three' in the video title 'Three Ways to Register for FEMA Disaster Assistance' (a title, not a count).",
  "Same story (hurricane_ian_2022) as the four late-September Ian items, but none of its cumulative recovery figures restates a figure of those items, so no quantity keys.",
 ],
}
