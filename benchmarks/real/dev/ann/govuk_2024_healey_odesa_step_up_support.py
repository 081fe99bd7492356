Q = "uk_ukraine_military_support_2024:"
JH = "John Healey"
UK = "United Kingdom"
ANN = {
 "article": "articles/govuk_2024_healey_odesa_step_up_support.txt",
 "gold_out": "gold/govuk_2024_healey_odesa_step_up_support.json",
 "published": "2024-07-07",
 "quotes": [],
 "figures": [
  {"text": "48", "value": 48, "unit": "hours", "counted": "hours after his appointment", "source": None, "approx": "less than",
   "note": "'less than 48 hours after his appointment': a duration in the release's own voice (standfirst), no claimant; 'less than' -> less than"},
  {"quantity": Q+"healey_package_ammunition", "text": "a quarter of a million", "value": 250000, "unit": None, "counted": "ammunition rounds in the new package", "source": JH, "approx": None,
   "note": "'Mr Healey announced that the UK would provide a new package ..., including more artillery guns, a quarter of a million ammunition rounds and nearly 100 precision Brimstone missiles': inside what Healey announced (verb of saying with a that-clause), so he claims it. Same ammunition as the list's 'A quarter of a million of 50 calibre ammunition' (same key)"},
  {"quantity": Q+"healey_package_brimstone", "text": "100", "value": 100, "unit": None, "counted": "precision Brimstone missiles in the new package", "source": JH, "approx": "around", "ctx": "nearly 100 precision",
   "note": "'nearly 100' -> around; in the same announced clause as the ammunition, claimed by Healey. The list gives the exact number, '90 anti-armour Brimstone missiles' (same key: the same missiles of the same package)"},
  {"text": "100", "value": 100, "unit": "days", "counted": "days within which military support committed in April is to arrive", "source": None, "approx": "up to", "ctx": "next 100 days",
   "note": "'The Defence Secretary also pledged to fast-track military support ... to arrive within the next 100 days': 'within' -> up to (a ceiling). 'pledged to fast-track' is a promise to act, not a verb of saying about the number (the set's convention for 'pledged'/'committed to', e.g. govuk_2024_lammy_blinken_kyiv_600_million), so the release's own voice, no claimant"},
  {"quantity": Q+"healey_package_ammunition", "text": "A quarter of a million", "value": 250000, "unit": None, "counted": "50 calibre ammunition in the new package", "source": None, "approx": None,
   "note": "first item of the list after 'This new package includes:' (bullet glyph removed, meta edits): the release's own voice, no claimant. Same quantity as the announced 'a quarter of a million ammunition rounds' (same key). '50' in '50 calibre' is the calibre, a designation of the ammunition type, not a count"},
  {"quantity": Q+"healey_package_brimstone", "text": "90", "value": 90, "unit": None, "counted": "anti-armour Brimstone missiles in the new package", "source": None, "approx": None, "ctx": "90 anti-armour",
   "note": "list item, release's own voice; the exact figure for Healey's 'nearly 100 precision Brimstone missiles' (same key)"},
  {"text": "50", "value": 50, "unit": None, "counted": "small military boats in the new package", "source": None, "approx": None, "ctx": "50 small military boats",
   "note": "list item, release's own voice"},
  {"text": "40", "value": 40, "unit": None, "counted": "de-mining vehicles in the new package", "source": None, "approx": None,
   "note": "list item, release's own voice"},
  {"text": "10", "value": 10, "unit": None, "counted": "AS-90 artillery guns in the new package", "source": None, "approx": None, "ctx": "10 AS-90",
   "note": "list item, release's own voice; 'AS-90' is the gun's designation, not a figure. The body's 'more artillery guns' has no number, so no key"},
  {"text": "61", "value": 61, "unit": None, "counted": "bulldozers in the new package", "source": None, "approx": None,
   "note": "list item, release's own voice"},
 ],
 "events": [
  {"actor": None, "date": "2024-04", "date_text": "in April", "what": "military support for Ukraine was committed",
   "note": "'military support committed for Ukraine in April': a passive participle without a by-agent, so no actor (the text does not say who committed it; it was the UK's package announced by Rishi Sunak in April 2024, but that is outside the text); April of the publication year"},
 ],
 "actors": [
  {"name": JH, "type": "person", "aliases": ["Defence Secretary John Healey", "Mr Healey", "The UK's new Defence Secretary", "New Defence Secretary", "the new Defence Secretary", "The Defence Secretary", "the Defence Secretary"]},
  {"name": UK, "type": "country", "aliases": ["the UK", "Britain"]},
  {"name": "UK government", "type": "government", "aliases": ["the new government in Westminster", "This government"]},
 ],
 "notes": [
  "GOV.UK (Ministry of Defence) release of Sunday 7 July 2024 on the new Defence Secretary John Healey's visit to Odesa two days after his appointment (date worked out, see meta published_evidence); story uk_ukraine_military_support_2024 with govuk_2024_cameron_kyiv_3_billion_military_support (3 May 2024, the April uplift that this release's 'military support committed for Ukraine in April' fast-tracks).",
  "No quotes: Healey's statement after 'Defence Secretary John Healey said:' is printed without quote marks (GOV.UK block quote), four first-person paragraphs; it contains no figures and no date expressions.",
  "Figures: the announced package in the body ('a quarter of a million ammunition rounds', 'nearly 100 precision Brimstone missiles', claimed by Healey, who 'announced that') and the list of the package (release's voice). Within-item keys: uk_ukraine_military_support_2024:healey_package_ammunition (the two 'quarter of a million') and :healey_package_brimstone ('nearly 100' and '90'). '48' hours (less than) and '100' days (within -> up to) are durations without claimant.",
  "Not figures: '50' in '50 calibre ammunition' (calibre, a designation), 'AS-90' (designation), 'annual' (not a number).",
  "Events: only 'in April' (agentless passive). Not events: 'Upon taking office' and 'less than 48 hours after his appointment' (relative, no calendar date; the latter a duration figure), 'annual navy day' (names the celebration the visit coincided with; not a date expression on a verb), 'for as long as it takes' (not a date).",
  "Actors: Healey ('Mr Healey', 'The Defence Secretary', headline 'New Defence Secretary', standfirst 'The UK's new Defence Secretary'; 'the new Defence Secretary' in his own words), the United Kingdom ('the UK would provide a new package'; 'Britain’s steadfast commitment') and the UK government ('will be reinvigorated by the new government in Westminster', 'This government ... will stand'). Zelenskyy and Umerov are only met ('Following a meeting with President Zelenskyy and discussions with his counterpart ...'), Putin and Russia only named as targets: not actors.",
  "second reading (annotator): re-read the whole item once fully against FORMAT.md sections 1-2: no quote marks anywhere; every number token checked (48, quarter of a million x2, 100 x2, 50 x2, 90, 40, 10, AS-90, 61); approx 'nearly' -> around, 'less than', 'within' -> up to; sources only where a verb of saying governs the figure ('announced that'); one event, agentless; aliases exact substrings, none shared; no change.",
 ],
}
