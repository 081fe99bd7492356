ANN = {
 "article": "articles/dod_2022_fiona_usace_generators.txt",
 "gold_out": "gold/dod_2022_fiona_usace_generators.json",
 "published": "2022-09-22",
 "quotes": [],
 "figures": [
  {"text": "240", "value": 240, "unit": None, "counted": "Kva generator capacity", "source": None, "approx": None, "note": "kVA rating of the generator; kVA is not in FORMAT.md's unit list, so unit null and the unit named in counted"},
  {"text": "five", "value": 5, "unit": None, "counted": "generators planned to be installed", "source": None, "approx": None},
 ],
 "events": [
  {"actor": "U.S. Army Corps of Engineers", "date": "2022-09-21", "date_text": "Sept. 21", "what": "installed 240 Kva generator at Guanica health center", "ctx": "Puerto Rico Sept. 21"},
  {"actor": None, "date": "2022-09-18", "date_text": "on Sept. 18", "what": "Hurricane Fiona made landfall", "note": "weather, no agent"},
 ],
 "actors": [
  {"name": "U.S. Army Corps of Engineers", "type": "organisation", "aliases": ["U.S. Army Corps of Engineers", "USACE"]},
  {"name": "FEMA", "type": "organisation", "aliases": ["Federal Emergency Management Agency", "FEMA"]},
  {"name": "Ismael Rodriguez Ramos", "type": "person", "aliases": ["Mayor Guanica Honorable Ismael Rodriguez Ramos"]},
  {"name": "Jackeline Garcia", "type": "person", "aliases": ["Guanica Health Center Coordinator Jackeline Garcia"]},
  {"name": "Wallace Bandeff", "type": "person", "aliases": ["U.S. Army Maj. Wallace Bandeff"]},
 ],
 "notes": [
  "USACE Jacksonville District release (army.mil) of 22 September 2022 on Hurricane Fiona; story hurricane_fiona_2022 with three FEMA releases. The stored copy has no headline (see meta edits). No quotes: the mayor's and coordinator's thanks are reported speech.",
  "The opening dateline '(SAN JUAN, Puerto Rico Sept. 22, 2022 --' is a dateline and not an event.",
  "Neither figure recurs in the FEMA items (they count staff, municipalities and money, not generators), so no quantity keys.",
  "Not figures: '249th Engineer Battalion' (ordinal designation), 'Walla Walla District'.",
  "'we' in 'Under these MAs we have deployed' is USACE; it carries no date expression, so no event.",
 ],
}
