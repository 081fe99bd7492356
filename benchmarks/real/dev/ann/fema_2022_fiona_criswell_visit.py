ANN = {
 "article": "articles/fema_2022_fiona_criswell_visit.txt",
 "gold_out": "gold/fema_2022_fiona_criswell_visit.json",
 "published": "2022-09-21",
 "quotes": [],
 "figures": [
  {"quantity": "hurricane_fiona_2022:fema_surge_employees", "text": "hundreds", "value": None, "vague": True, "unit": None, "counted": "employees FEMA surged to Puerto Rico", "source": None, "approx": None},
  {"quantity": "hurricane_fiona_2022:fema_island_staff", "text": "700", "value": 700, "unit": None, "counted": "staff members who live and work on the island", "source": None, "approx": None},
  {"text": "couple", "value": 2, "unit": "days", "counted": "duration of the excessive heat advisory", "source": None, "approx": "around", "ctx": "next couple of days"},
 ],
 "events": [
  {"actor": "Deanne Criswell", "date": "2022-09-20", "date_text": "yesterday", "what": "traveled to Puerto Rico, met Gov. Pierluisi"},
  {"actor": "Deanne Criswell", "date": "2022-09-21", "date_text": "today", "what": "remains in Puerto Rico touring damaged areas", "ctx": "remains in Puerto Rico today"},
  {"actor": "Pedro Pierluisi", "date": "2022-09-20", "date_text": "late Tuesday", "what": "requested expedited major disaster declaration"},
  {"actor": "Joe Biden", "date": "2022-09-18", "date_text": "on Sunday", "what": "approved emergency declaration for Puerto Rico"},
 ],
 "actors": [
  {"name": "Deanne Criswell", "type": "person", "aliases": ["FEMA Administrator Deanne Criswell", "The Administrator"]},
  {"name": "Pedro Pierluisi", "type": "person", "aliases": ["Gov. Pedro Pierluisi", "Gov. Pierluisi"]},
  {"name": "Joe Biden", "type": "person", "aliases": ["President Joseph R. Biden, Jr."]},
  {"name": "FEMA", "type": "organisation", "aliases": ["FEMA", "our agency"]},
 ],
 "notes": [
  "FEMA press release of Wednesday 21 September 2022 on Hurricane Fiona (story hurricane_fiona_2022, with two later FEMA updates and a USACE release). No quotes.",
  "Figures in FEMA's own release prose have source null (no claimant is named), as in the other FEMA items of the set.",
  "'hundreds of employees' and '700 staff members' recur in the 23 September update and share quantity keys with it.",
  "'the next couple of days' is a duration (figure 'couple' = 2 days, approx around), not an event. 'In the coming days' (damage assessments) is vague and not annotated as an event; 'continuous days of rainfall' has no number.",
  "'today' is in FEMA's own prose (not inside a quote) and dates Criswell's stay: annotated as the publication day.",
 ],
}
