G = "unidentified gunmen"
H = "Abdulkareem Haruna"
T = "Alhaji Lawan Tanko"
BH = "Boko Haram"
ANN = {
 "article": "articles/voa_2014_chibok_gunmen_kidnap_schoolgirls.txt",
 "gold_out": "gold/voa_2014_chibok_gunmen_kidnap_schoolgirls.json",
 "published": "2014-04-15",
 "quotes": [
  {"text": "on the trail of the abductors.", "speaker": T, "speaker_mention": "State police commissioner Alhaji Lawan Tanko", "fragment": True,
   "note": "short phrase inside reported speech ('said his officers are \"on the trail of the abductors.\"'); the final '.' inside the marks is kept"},
 ],
 "figures": [
  {"quantity": "chibok_abduction_2014:girls_abducted", "text": "100", "value": 100, "unit": None, "counted": "girls kidnapped from a school", "source": None, "approx": "at least",
   "note": "lead in the outlet's voice; the witnesses of the next sentence speak of where and when, not of the number. VOA of 18 April: 'the more than 100 schoolgirls' and 'A total of 129 girls' (same key)"},
  {"quantity": "chibok_abduction_2014:girls_abducted", "text": "200", "value": 200, "unit": None, "counted": "girls abducted", "source": None, "approx": "around", "ctx": "around 200 girls",
   "note": "'Initial reports said around 200': unnamed reports, not an actor -> source null"},
  {"text": "one", "value": 1, "unit": None, "counted": "soldier killed in the shootout", "source": H, "approx": None, "ctx": "one soldier",
   "note": "'Haruna says ... one soldier and one police officer were killed'"},
  {"text": "one", "value": 1, "unit": None, "counted": "police officer killed in the shootout", "source": H, "approx": None, "ctx": "one police officer"},
  {"text": "scores", "value": None, "vague": True, "unit": None, "counted": "of attacks blamed on Boko Haram", "source": None, "approx": None},
  {"text": "thousands", "value": None, "vague": True, "unit": None, "counted": "of deaths blamed on Boko Haram", "source": None, "approx": None},
  {"text": "three", "value": 3, "unit": None, "counted": "states under a state of emergency", "source": None, "approx": None,
   "note": "'one of three states': 'one' is partitive (not a figure), 'three' counts the states"},
 ],
 "events": [
  {"actor": G, "date": "2014-04-14", "date_text": "late on Monday", "what": "assailants attacked Chibok and abducted the girls",
   "note": "'the mass abduction took place after assailants attacked the town of Chibok ... late on Monday': the expression modifies 'attacked' (agent: the assailants, the unidentified gunmen of the lead); read with 'took place' the abduction is theirs too"},
  {"actor": BH, "date": "2009", "date_text": "in 2009", "what": "Boko Haram launched its insurgency",
   "note": "'Boko Haram, which is blamed for ... since launching an insurgency in 2009': agent of 'launching' is the group"},
  {"actor": "Nigerian government", "date": "2013-05", "date_text": "last May", "what": "declared a state of emergency in three states",
   "note": "'the government declared a state of emergency last May': May 2013 (the month of the previous year's May before April 2014)"},
 ],
 "actors": [
  {"name": G, "type": "group", "aliases": ["Unidentified gunmen", "assailants", "the assailants", "the gunmen"]},
  {"name": "witnesses", "type": "group", "aliases": ["Witnesses"]},
  {"name": "local resident", "type": "person", "aliases": ["A local resident"]},
  {"name": H, "type": "person", "aliases": ["A reporter for VOA in the area, Abdulkareem Haruna", "Abdulkareem Haruna", "Haruna"]},
  {"name": "security forces", "type": "organisation", "aliases": ["security forces"]},
  {"name": T, "type": "person", "aliases": ["State police commissioner Alhaji Lawan Tanko", "Alhaji Lawan Tanko"]},
  {"name": BH, "type": "organisation", "aliases": ["the Islamist militant group Boko Haram", "Boko Haram", "The group"]},
  {"name": "Nigerian government", "type": "organisation", "aliases": ["the government"]},
  {"name": "Nigerian military", "type": "organisation", "aliases": ["Nigeria's military"]},
 ],
 "notes": [
  "VOA News report (no byline; it cites VOA's reporter in the area, Abdulkareem Haruna) of about Tuesday 15 April 2014 on the abduction of schoolgirls from Chibok, Borno state, on the night of Monday 14 April; story chibok_abduction_2014 with voa_2014_chibok_military_retracts_claim (Friday 18 April), where the military retracts its claim that all but eight were freed.",
  "Cross-report figures: the number abducted, 'at least 100' (lead) and 'around 200' (initial reports) here, 'the more than 100 schoolgirls' and 'A total of 129 girls' on 18 April, share chibok_abduction_2014:girls_abducted (disputed and revised from day to day).",
  "One quote only: Tanko's 'on the trail of the abductors.' (fragment). '\"Western education is a sin,\"' glosses the group's name (what 'Boko Haram' means), not anyone's words: treated as a name in quote marks, not a quote.",
  "Not figures: 'one of three states' ('one' partitive), '2009' (year), 'last May' (date). 'some of the girls' is not a number. Sources: the two 'one' killed are Haruna's ('Haruna says ...'); the lead and 'Initial reports' have no named claimant.",
  "Not events: 'since launched operations' (no date expression), 'There has been no claim of responsibility' (no date).",
  "second reading: re-read the whole item against FORMAT.md sections 1-2 (quote marks, every number token, dates from 15 April 2014: 'late on Monday' = 14 April, 'last May' = 2013-05, 'in 2009'); aliases checked as exact substrings.",
 ],
}
