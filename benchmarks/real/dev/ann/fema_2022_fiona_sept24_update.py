ANN = {
 "article": "articles/fema_2022_fiona_sept24_update.txt",
 "gold_out": "gold/fema_2022_fiona_sept24_update.json",
 "published": "2022-09-24",
 "quotes": [],
 "figures": [
  {"quantity": "hurricane_fiona_2022:ia_municipalities", "text": "63", "value": 63, "unit": None, "counted": "municipalities whose survivors get individual assistance", "source": None, "approx": None, "occ": 1},
  {"quantity": "hurricane_fiona_2022:pa_municipalities", "text": "78", "value": 78, "unit": None, "counted": "Puerto Rico municipalities with public assistance and hazard mitigation", "source": None, "approx": None},
  {"text": "Five", "value": 5, "unit": None, "counted": "additional municipalities added to the declaration", "source": None, "approx": None},
  {"quantity": "hurricane_fiona_2022:ia_municipalities", "text": "63", "value": 63, "unit": None, "counted": "declared municipalities", "source": None, "approx": None, "occ": 2},
  {"text": "$700", "value": 700, "unit": "USD", "counted": "Critical Needs Assistance payment per household", "source": None, "approx": None},
  {"text": "168,000", "value": 168000, "unit": None, "counted": "survivors who applied", "source": None, "approx": "more than"},
  {"text": "$40 million", "value": 40000000, "unit": "USD", "counted": "Critical Needs Assistance awarded by FEMA", "source": None, "approx": None},
 ],
 "events": [
  {"actor": "FEMA", "date": "2022-09-24", "date_text": "Sept. 24", "what": "issues Hurricane Fiona response updates", "ctx": "Sept. 24 Updates",
   "note": "headline date of the update itself"},
  {"actor": "Joe Biden", "date": "2022-09-21", "date_text": "On Sept. 21", "what": "approved expedited major disaster declaration"},
  {"actor": None, "date": "2022-09-23", "date_text": "on Sept. 23", "what": "five municipalities added to the declaration",
   "note": "passive without agent ('were added to the declaration on Sept. 23')"},
 ],
 "actors": [
  {"name": "Joe Biden", "type": "person", "aliases": ["President Joseph R. Biden, Jr."]},
  {"name": "Pedro Pierluisi", "type": "person", "aliases": ["Puerto Rico Gov. Pedro Pierluisi"]},
  {"name": "FEMA", "type": "organisation", "aliases": ["FEMA"]},
 ],
 "notes": [
  "FEMA update of Saturday 24 September 2022 (story hurricane_fiona_2022). No quotes.",
  "The individual-assistance count is revised from 58 (23 September update) to 63 here (58 + the five municipalities added on 23 September): both occurrences of 63 share hurricane_fiona_2022:ia_municipalities with the two 58s. 'all 78 Puerto Rico municipalities' shares hurricane_fiona_2022:pa_municipalities with the 23 September update.",
  "Figures are FEMA's own release prose: source null. 'FEMA has awarded $40 million' makes FEMA the agent of the award, not a named claimant.",
  "Not figures: the phone number '800-621-FEMA (3362)'; 'one-time payment' (like 'one-off').",
  "'Since declaration was approved' is not a date expression and is not annotated.",
 ],
}
