ANN = {
 "article": "articles/fema_2022_fiona_sept23_update.txt",
 "gold_out": "gold/fema_2022_fiona_sept23_update.json",
 "published": "2022-09-23",
 "quotes": [],
 "figures": [
  {"text": "100%", "value": 100, "unit": "%", "counted": "federal funding for debris removal and emergency protective measures", "source": "Joe Biden", "approx": None},
  {"text": "30", "value": 30, "unit": "days", "counted": "period of 100% federal funding", "source": "Joe Biden", "approx": None, "ctx": "for 30 days"},
  {"text": "three", "value": 3, "unit": None, "counted": "additional municipalities eligible for Individual Assistance", "source": "Joe Biden", "approx": None},
  {"quantity": "hurricane_fiona_2022:ia_municipalities", "text": "58", "value": 58, "unit": None, "counted": "municipalities whose survivors get individual assistance", "source": None, "approx": None, "occ": 1},
  {"quantity": "hurricane_fiona_2022:pa_municipalities", "text": "78", "value": 78, "unit": None, "counted": "Puerto Rico municipalities with public assistance and hazard mitigation", "source": None, "approx": None},
  {"quantity": "hurricane_fiona_2022:fema_surge_employees", "text": "hundreds", "value": None, "vague": True, "unit": None, "counted": "employees FEMA surged to Puerto Rico", "source": None, "approx": None},
  {"quantity": "hurricane_fiona_2022:fema_island_staff", "text": "700", "value": 700, "unit": None, "counted": "staff who live and work on the island", "source": None, "approx": None},
  {"quantity": "hurricane_fiona_2022:ia_municipalities", "text": "58", "value": 58, "unit": None, "counted": "declared municipalities", "source": None, "approx": None, "occ": 2},
 ],
 "events": [
  {"actor": "FEMA", "date": "2022-09-23", "date_text": "Sept. 23", "what": "issues Hurricane Fiona response updates", "ctx": "Sept. 23 Updates",
   "note": "headline date of the update itself"},
  {"actor": "Joe Biden", "date": "2022-09-22", "date_text": "Sept. 22", "what": "made additional assistance available to Puerto Rico"},
  {"actor": "Joe Biden", "date": "2022-09-21", "date_text": "On Sept. 21", "what": "approved expedited major disaster declaration"},
 ],
 "actors": [
  {"name": "Joe Biden", "type": "person", "aliases": ["President Joseph R. Biden, Jr.", "the President", "President Biden"]},
  {"name": "Pedro Pierluisi", "type": "person", "aliases": ["Puerto Rico Gov. Pedro Pierluisi"]},
  {"name": "FEMA", "type": "organisation", "aliases": ["FEMA"]},
 ],
 "notes": [
  "FEMA update of Friday 23 September 2022 (story hurricane_fiona_2022). No quotes.",
  "'58 municipalities' (individual assistance under the declaration) is stated twice here and revised to 63 in the 24 September update: all four share hurricane_fiona_2022:ia_municipalities (the same running count, revised). 'all 78 Puerto Rico municipalities' (public assistance) recurs on 24 September. 'three additional municipalities' (an increment announced on 22 September) is not the same quantity as the 'Five additional municipalities' added on 23 September and carries no key.",
  "100%, 30 days and the three municipalities are what 'the President announced': source Joe Biden. The rest is FEMA's own release prose (source null).",
  "Not figures: the phone number '800-621-FEMA (3362)' and 'Region 2' (a designation).",
  "'Sept. 22' dates Biden's action ('made additional assistance available ... Sept. 22'); the briefing and announcements in the next sentence are the same day but carry no date expression of their own.",
 ],
}
