OPP = "Kyrgyz opposition"
PRO = "Kyrgyz protesters"
POL = "Kyrgyz police"
JEE = "Sooronbai Jeenbekov"
RFE = "Radio Free Europe/Radio Liberty"
LOS = "12 losing parties"
ANN = {
 "article": "articles/voa_2020_kyrgyzstan_opposition_seizes_buildings.txt",
 "gold_out": "gold/voa_2020_kyrgyzstan_opposition_seizes_buildings.json",
 "published": "2020-10-06",
 "quotes": [],
 "figures": [
  {"text": "600", "value": 600, "unit": None, "counted": "injured in the clashes", "source": None, "approx": "more than",
   "note": "'with reports of more 600 injured': printed without 'than' (kept as printed); read as 'more than 600'. 'reports' names no claimant, so null"},
  {"text": "one", "value": 1, "unit": None, "counted": "person killed", "source": None, "approx": None, "ctx": "one person killed",
   "note": "'and one person killed': a count of the dead, in the same 'reports of' clause, no named claimant"},
  {"text": "two", "value": 2, "unit": None, "counted": "pro-government parties", "source": None, "approx": None,
   "note": "'gave the majority of seats to two pro-government parties': outlet's voice"},
  {"text": "12", "value": 12, "unit": None, "counted": "parties on the losing end of the vote", "source": None, "approx": None,
   "note": "'with 12 parties on the losing end of the vote urging their supporters to join together': outlet's voice"},
 ],
 "events": [
  {"actor": None, "date": "2020-10-06", "date_text": "on Tuesday", "what": "Kyrgyzstan descended into political uncertainty, the opposition claiming to have seized power",
   "note": "'The Central Asian country of Kyrgyzstan descended into political uncertainty on Tuesday': the expression modifies 'descended', a change of state of the country, not an act, so null (the opposition's claim is in a 'with' clause the date does not govern). Tuesday = the publication day, 6 October 2020"},
  {"actor": PRO + " and " + POL, "date": "2020-10-05/2020-10-06", "date_text": "throughout the night into Tuesday", "what": "clashes between demonstrators and police flared as demonstrators stormed the White House",
   "note": "'Clashes between demonstrators and police flared throughout the night into Tuesday': the night of Monday 5 to Tuesday 6 October (as 'overnight' = D-1/D); a date on the clashes, whose two sides the sentence names, so the joint actor (as for 'Tuesday's clashes' between two named sides in the dev set)"},
  {"actor": None, "date": "2020-10-04", "date_text": "Sunday’s", "what": "parliamentary vote that gave most seats to two pro-government parties",
   "note": "'Sunday’s parliamentary vote': a date on the noun 'vote'; an election has no single agent in the text, so null. Sunday before Tuesday 6 October = 4 October 2020 (the removed caption says 'Sunday, Oct. 4, 2020')"},
 ],
 "actors": [
  {"name": OPP, "type": "group", "aliases": ["the opposition", "the country’s notoriously fractious opposition"]},
  {"name": PRO, "type": "group", "aliases": ["demonstrators", "protesters"]},
  {"name": POL, "type": "organisation", "aliases": ["police"]},
  {"name": RFE, "type": "organisation", "aliases": ["Radio Free Europe/Radio Liberty"]},
  {"name": JEE, "type": "person", "aliases": ["Sooronbai Jeenbekov", "Jeenbekov", "the country’s president, Sooronbai Jeenbekov"]},
  {"name": LOS, "type": "group", "aliases": ["12 parties on the losing end of the vote"]},
 ],
 "notes": [
  "VOA News report of Tuesday 6 October 2020 on the seizure of government buildings in Bishkek after the disputed parliamentary election of Sunday 4 October 2020; story kyrgyzstan_election_protests_2020 (only item of the story here; not the 2010 Kyrgyzstan stories already in real/dev).",
  "No quotes: the page has no quote marks in the kept text. Claims without quote marks: Jeenbekov 'In a statement ... said the opposition was trying to launch a coup but insisted he had ordered security forces not to open fire' (no number, no date); 'Reports said protesters seized ...' (no number, no date).",
  "Claimants: the 600 injured and one killed are 'reports of' with no named source (null); the parties counted are the outlet's voice.",
  "'more 600' is printed without 'than' (a typo, kept); the approximator is read as 'more than'.",
  "Actors: security forces only receive Jeenbekov's order; the White House, the broadcasting facilities and the National Security building are places. 'the office of the president' is a place (not listed as an alias of Jeenbekov).",
  "Not figures: 'Radio Free Europe/Radio Liberty' (name); 'majority' (no number).",
  "Second careful read done by the annotator against FORMAT.md sections 1-2: every number token (600, one, two, 12), the three date expressions and their agents, the curly apostrophes in aliases and date_text ('Sunday’s', 'country’s'), no alias shared between actors.",
 ],
}
