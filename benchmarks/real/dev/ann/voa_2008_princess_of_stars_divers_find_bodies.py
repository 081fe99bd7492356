PO = "Philippine officials"
A = "Edgard Arevalo"
CG = "Philippine coast guard"
US = "United States"
GA = "Gloria Arroyo"
GB = "George Bush"
TA = "Philippine transport authorities"
SL = "Sulpicio Lines"
RC = "Philippine Red Cross"
FS = "ferry survivors"
Q = "princess_of_stars_ferry_2008:"
ANN = {
 "article": "articles/voa_2008_princess_of_stars_divers_find_bodies.txt",
 "gold_out": "gold/voa_2008_princess_of_stars_divers_find_bodies.json",
 "published": "2008-06-24",
 "quotes": [],
 "figures": [
  {"quantity": Q + "people_on_board", "text": "800", "value": 800, "unit": None, "counted": "people on board", "source": PO, "approx": "more than",
   "note": "inside the claim 'Philippine officials say divers have entered the hull of a passenger ferry that capsized with more than 800 people on board'; the same quantity as VOA 22 June 'more than 700 passengers and crew' (the count was revised up)"},
  {"quantity": Q + "ferry_survivors", "text": "36", "value": 36, "unit": None, "counted": "people from the ferry turned up alive", "source": CG, "approx": None,
   "note": "'The Philippine coast guard says that so far 36 people from the ferry have turned up alive'; 'so far' is no hedge; same key as the Wikinews '38 ... found alive' (22 June)"},
  {"text": "$100,000", "value": 100000, "unit": "USD", "counted": "aid for search and rescue", "source": US, "approx": None,
   "note": "'Washington said it is providing $100,000 ...': Washington = the United States government"},
  {"text": "24 hours", "value": 24, "unit": "hours", "counted": "hours drifting", "source": None, "approx": "more than",
   "note": "'after drifting more than 24 hours': outlet's voice"},
  {"quantity": Q + "typhoon_deaths_on_land", "text": "229", "value": 229, "unit": None, "counted": "people killed by Typhoon Fengshen", "source": RC, "approx": "at least",
   "note": "'Philippine Red Cross officials say Typhoon Fengshen also killed at least 229 people'; the next sentence says it excludes the ferry, so it is the on-land toll, the same quantity as VOA 22 June 'dozens of lives ... lost in flooding and mudslides'"},
  {"text": "20 kilometers per hour", "value": 20, "unit": "km/h", "counted": "storm moving north", "source": None, "approx": "around",
   "note": "speed of the storm; 'about' -> around; outlet's voice"},
 ],
 "events": [
  {"actor": US, "date": "2008-06-23", "date_text": "On Monday", "what": "the United States promised to help the Philippines cope with the ferry accident",
   "note": "'On Monday, the United States promised ...': the date modifies 'promised' (subject the United States); the 'as' clause (Arroyo began her visit) shares the date expression, one event per expression"},
  {"actor": "Gloria Arroyo and George Bush", "date": "2008-06-24", "date_text": "Tuesday", "what": "Arroyo scheduled to meet Bush",
   "note": "'Gloria Arroyo is scheduled to meet Tuesday with U.S. President George Bush': a meeting of the two, joint actor; Tuesday = the day of the report (future tense, same day)"},
  {"actor": FS, "date": "2008-06-22", "date_text": "Sunday", "what": "the few survivors made it ashore after drifting more than 24 hours",
   "note": "'The few survivors from the ship ... made it ashore Sunday': the survivors are the subject of 'made it ashore'"},
 ],
 "actors": [
  {"name": PO, "type": "organisation", "aliases": ["Philippine officials"]},
  {"name": A, "type": "person", "aliases": ["Navy spokesman Lieutenant Colonel Edgard Arevalo", "Edgard Arevalo"]},
  {"name": CG, "type": "organisation", "aliases": ["The Philippine coast guard"]},
  {"name": US, "type": "country", "aliases": ["the United States", "Washington"]},
  {"name": GA, "type": "person", "aliases": ["Philippine President Gloria Arroyo", "Gloria Arroyo", "the Southeast Asian country's president"]},
  {"name": GB, "type": "person", "aliases": ["U.S. President George Bush", "George Bush"]},
  {"name": TA, "type": "organisation", "aliases": ["Philippine transport authorities"]},
  {"name": SL, "type": "organisation", "aliases": ["Sulpicio Lines", "the ship's owner"]},
  {"name": RC, "type": "organisation", "aliases": ["Philippine Red Cross officials"]},
  {"name": FS, "type": "group", "aliases": ["The few survivors from the ship"]},
 ],
 "notes": [
  "VOA News report of Tuesday 24 June 2008, kept from a site that reprints VOA copy (see the meta's published_evidence), on divers entering the capsized MV Princess of the Stars off Sibuyan; story princess_of_stars_ferry_2008 with wn_2008_princess_of_stars_700_feared_dead and voa_2008_fengshen_ferry_700_missing (both 22 June).",
  "Figures claimed by named sources: 800 on board (Philippine officials), 36 alive (coast guard), $100,000 (Washington = United States), 229 typhoon dead on land (Philippine Red Cross officials). Cross-report keys: people_on_board (700+ on 22 June, 800+ here), ferry_survivors (38 Wikinews, 36 here), typhoon_deaths_on_land ('dozens' on 22 June, at least 229 here).",
  "No quotes (all speech reported). Edgard Arevalo acts (would not speculate) but gives no number; Philippine transport authorities banned Sulpicio Lines (no date on that act, so no event).",
  "'Washington' is the United States government in 'Washington said' (alias); in 'a visit to Washington' it is the place. Not figures: 'a U.S. Naval vessel', 'The few survivors', 'how many bodies' (no number).",
  "Events: 'On Monday' (23 June, the US promise; Arroyo's visit begins in the same clause), 'Tuesday' (24 June, the Arroyo-Bush meeting, scheduled), 'Sunday' (22 June, survivors reached shore). 'so far', 'Meanwhile', 'while they conduct an investigation' are not dates.",
  "second reading: re-read the item in full against FORMAT.md: 800 sourced to the officials whose claim contains it; 229 'at least' with the Red Cross; 24 hours 'more than'; speed as km/h 'around'; headline has no number.",
 ],
}
