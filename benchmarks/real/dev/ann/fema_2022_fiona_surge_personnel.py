ANN = {
 "article": "articles/fema_2022_fiona_surge_personnel.txt",
 "gold_out": "gold/fema_2022_fiona_surge_personnel.json",
 "published": "2022-09-20",
 "quotes": [
  {"text": "Our partnership with the Government of Puerto Rico has never been stronger and we remain committed to helping them respond to and recover from Hurricane Fiona", "speaker": "Deanne Criswell", "speaker_mention": "FEMA Administrator Deanne Criswell", "fragment": False},
  {"text": "We're sending hundreds of additional PERSONNEL in the next few days to place staff in each of the AFFECTED communities to supplement our already vast footprint.", "speaker": "Deanne Criswell", "speaker_mention": "FEMA Administrator Deanne Criswell", "fragment": False,
   "note": "second half of the quotation, after the attribution 'said FEMA Administrator Deanne Criswell.'"},
 ],
 "figures": [
  {"quantity": "hurricane_fiona_2022:fema_surge_employees", "text": "HUNDREDS", "value": None, "vague": True, "unit": None, "counted": "additional personnel FEMA surges to Puerto Rico", "source": None, "approx": None},
  {"text": "one", "value": 1, "unit": None, "counted": "national Incident Management Teams deployed", "source": None, "approx": None, "ctx": "deployed one national"},
  {"text": "four", "value": 4, "unit": None, "counted": "regional Incident Management Teams deployed", "source": None, "approx": None},
  {"text": "two", "value": 2, "unit": None, "counted": "Urban Search and Rescue teams deployed", "source": None, "approx": None},
  {"text": "hundreds", "value": None, "vague": True, "unit": None, "counted": "FEMA personnel on the ground", "source": None, "approx": None, "ctx": "the hundreds of FEMA personnel"},
  {"quantity": "hurricane_fiona_2022:fema_surge_employees", "text": "hundreds", "value": None, "vague": True, "unit": None, "counted": "additional personnel being sent", "source": "Deanne Criswell", "approx": None, "ctx": "sending hundreds of additional"},
 ],
 "events": [
  {"actor": "Deanne Criswell", "date": "2022-09-20", "date_text": "Today", "what": "will travel to Puerto Rico to assess devastation"},
  {"actor": "Deanne Criswell", "date": "2022-09-20", "date_text": "on the fifth anniversary of Hurricane Maria hitting the island", "what": "Administrator's trip to Puerto Rico",
   "note": "Hurricane Maria struck Puerto Rico on 20 September 2017; the fifth anniversary is the publication day, the day of the trip"},
  {"actor": "Joe Biden", "date": "2022-09-18", "date_text": "on Sunday", "what": "approved emergency declaration"},
  {"actor": "Deanne Criswell", "date": "2022-09-19", "date_text": "on Monday", "what": "called Gov. Pierluisi about Fiona's impacts"},
 ],
 "actors": [
  {"name": "Deanne Criswell", "type": "person", "aliases": ["FEMA Administrator Deanne Criswell", "The Administrator", "Administrator Criswell"]},
  {"name": "Joe Biden", "type": "person", "aliases": ["President Joseph R. Biden"]},
  {"name": "Pedro Pierluisi", "type": "person", "aliases": ["Governor Pedro R. Pierluisi"]},
  {"name": "FEMA", "type": "organisation", "aliases": ["FEMA"]},
 ],
 "notes": [
  "FEMA press release of Tuesday 20 September 2022 (story hurricane_fiona_2022), stored as a run-together print view (see meta edits). One quotation by Criswell split by its attribution: two quotes.",
  "The headline's 'HUNDREDS OF ADDITIONAL PERSONNEL', Criswell's 'hundreds of additional PERSONNEL' and the 21/23 September releases' 'FEMA surged hundreds of employees to Puerto Rico' state the same surge: key hurricane_fiona_2022:fema_surge_employees. 'the hundreds of FEMA personnel on the ground' (already there before the surge) is a different quantity and has no key.",
  "'in the next few days' (inside the quote) is vague and not an event; 'fifth' is an ordinal; 'One of the ways' is not a count.",
  "'Today' is in the release's own prose (outside the quotes): annotated as the publication day.",
 ],
}
