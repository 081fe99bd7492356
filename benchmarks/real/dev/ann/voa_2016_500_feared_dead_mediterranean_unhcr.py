S = "mediterranean_shipwreck_april_2016"
DEATHS = S + ":deaths"
ABOARD = S + ":aboard_capsized_boat"
W = "witnesses"
SV = "survivors"
WS = W + " and " + SV
UN = "UNHCR"
SP = "Ariadni Spanaki"
UNO = "United Nations"
SG = "Somali government"
MS = "merchant ship"
ANN = {
 "article": "articles/voa_2016_500_feared_dead_mediterranean_unhcr.txt",
 "gold_out": "gold/voa_2016_500_feared_dead_mediterranean_unhcr.json",
 "published": "2016-04-20",
 "quotes": [
  {"text": "were in shock", "speaker": SP, "speaker_mention": "UNHCR spokeswoman Ariadni Spanaki", "fragment": True,
   "note": "'UNHCR spokeswoman Ariadni Spanaki on Crete told journalists that many of the survivors “were in shock,” ...': a phrase inside reported speech; trailing comma dropped"},
  {"text": "some were crying.", "speaker": SP, "speaker_mention": "UNHCR spokeswoman Ariadni Spanaki", "fragment": True,
   "note": "'... and that “some were crying.”': second phrase of the same 'told journalists that ... and that ...'; final stop inside the marks kept"},
 ],
 "figures": [
  {"quantity": DEATHS, "text": "500", "value": 500, "unit": None, "counted": "people feared dead in the Mediterranean", "source": None, "approx": None, "ctx": "500 People Feared",
   "note": "headline, no claimant and no hedge"},
  {"quantity": DEATHS, "text": "500", "value": 500, "unit": None, "counted": "people who may have lost their lives", "source": UN, "approx": "up to", "ctx": "up to 500 people may",
   "note": "'The U.N. refugee agency is confirming reports up to 500 people may have lost their lives': UNHCR claims it; 'up to'. Same key as the 'Hundreds' believed dead of VOA's 18 April item"},
  {"quantity": ABOARD, "text": "500", "value": 500, "unit": None, "counted": "people aboard the smuggler's vessel when it overturned", "source": WS, "approx": "up to", "ctx": "as many as 500 people",
   "note": "'Monday, witnesses and survivors told VOA Somali a smuggler's vessel overturned while carrying as many as 500 people': joint claimant; 'as many as' -> up to; repeats the figure of VOA's 18 April item (same key)"},
  {"quantity": S + ":survivors_rescued", "text": "41", "value": 41, "unit": None, "counted": "survivors rescued by a merchant ship", "source": UN, "approx": None,
   "note": "'The UNHCR said that a merchant ship eventually rescued 41 survivors ...'"},
  {"text": "37", "value": 37, "unit": None, "counted": "men among those rescued", "source": UNO, "approx": None,
   "note": "'The United Nations says those rescued include 37 men, three women and a three-year-old child'"},
  {"text": "three", "value": 3, "unit": None, "counted": "women among those rescued", "source": UNO, "approx": None, "ctx": "three women"},
  {"text": "three", "value": 3, "unit": "years", "counted": "age of the child among those rescued", "source": UNO, "approx": None, "ctx": "a three-year-old",
   "note": "age: the number word without '-year-old' (as '47' in '47-year-old')"},
  {"quantity": S + ":somali_deaths", "text": "200", "value": 200, "unit": None, "counted": "Somali nationals drowned in the tragedy", "source": SG, "approx": None,
   "note": "'The Somali government said Monday that 200 of its nationals drowned': Somalis only, not the same quantity as the 500 feared dead in all"},
 ],
 "events": [
  {"actor": None, "date": "2016-04", "date_text": "earlier this month", "what": "an overcrowded boat capsized and sank between Libya and Italy",
   "note": "'when an overcrowded boat capsized and sank earlier this month': no agent; the month of publication, April 2016"},
  {"actor": None, "date": "2016-04-08", "date_text": "April 8", "what": "the capsizing (incident) reportedly happened",
   "note": "'The incident reportedly happened April 8': an occurrence, no agent"},
  {"actor": WS, "date": "2016-04-18", "date_text": "Monday", "what": "witnesses and survivors told VOA Somali the vessel overturned carrying as many as 500 people", "ctx": "Monday, witnesses",
   "note": "'Monday, witnesses and survivors told VOA Somali ...': joint subject of 'told'; the Monday before Wednesday 20 April 2016 = 18 April"},
  {"actor": UN, "date": "2016-04-20", "date_text": "Wednesday", "what": "UNHCR said, citing survivor accounts, that a boat capsized during a transfer of passengers",
   "note": "'the UNHCR said Wednesday': the publication day, 20 April 2016"},
  {"actor": MS, "date": "2016-04-16", "date_text": "on April 16", "what": "a merchant ship rescued 41 survivors and dropped them off near Kalamata",
   "note": "'a merchant ship eventually rescued 41 survivors and dropped them off ... on April 16': the subject of both verbs is the merchant ship (inside what UNHCR said)"},
  {"actor": SG, "date": "2016-04-18", "date_text": "Monday", "what": "the Somali government said 200 of its nationals drowned", "ctx": "government said Monday",
   "note": "'The Somali government said Monday': 18 April 2016"},
 ],
 "actors": [
  {"name": UN, "type": "organisation", "aliases": ["The U.N. refugee agency", "the UNHCR"]},
  {"name": W, "type": "group", "aliases": ["witnesses"]},
  {"name": SV, "type": "group", "aliases": ["survivors", "Survivors"]},
  {"name": MS, "type": "organisation", "aliases": ["a merchant ship"]},
  {"name": SP, "type": "person", "aliases": ["UNHCR spokeswoman Ariadni Spanaki", "Ariadni Spanaki"]},
  {"name": UNO, "type": "organisation", "aliases": ["The United Nations"]},
  {"name": SG, "type": "organisation", "aliases": ["The Somali government"]},
 ],
 "notes": [
  "VOA report of Wednesday 20 April 2016 (date inferred, see meta) on the boat that capsized in the Mediterranean on 8 April 2016; story mediterranean_shipwreck_april_2016 (two items, with VOA's 'Witnesses: Hundreds of East African Migrants Drown at Sea' of Monday 18 April). Keys: :deaths (headline 500, UNHCR's 'up to 500'; the 18 April item's 'Hundreds'), :aboard_capsized_boat (witnesses' and survivors' 'as many as 500', repeated from the 18 April item, where Adam also estimates 500 on board), :survivors_rescued (41, UNHCR), :somali_deaths (200, Somali government).",
  "Quotes: two fragments of UNHCR spokeswoman Ariadni Spanaki inside reported speech ('told journalists that many of the survivors “were in shock,” and that “some were crying.”').",
  "Figures with claimants: UNHCR (up to 500 may have died; 41 rescued), witnesses and survivors jointly (as many as 500 aboard), the United Nations (37 men, three women, a three-year-old child), the Somali government (200 Somalis drowned). The headline's 500 has no claimant.",
  "Events: 'earlier this month' (capsizing, no agent), 'April 8' (the incident, no agent), 'Monday' (witnesses and survivors told VOA Somali; joint actor), 'Wednesday' (UNHCR said), 'on April 16' (the merchant ship rescued and landed the survivors), 'Monday' (the Somali government said).",
  "Actors: UNHCR ('The U.N. refugee agency', 'the UNHCR'), its spokeswoman Spanaki, the United Nations ('The United Nations says', kept apart from UNHCR as printed), witnesses and survivors ('Survivors say' the smaller boat began its journey from Tobruk), the merchant ship, the Somali government. VOA Somali and 'journalists' only receive statements.",
  "Not figures: 'one of the worst tragedies' (enumerator), 'April 8' and 'April 16' (dates). 'the Cretan port of Kalamata' is kept as printed.",
  "second reading (annotator): re-read the whole item once fully against FORMAT.md sections 1-2: curly quote marks as printed, trailing comma dropped from the first fragment and the final stop kept in the second; every number (500 three times, 41, 37, three twice, 200) and hedge ('up to', 'as many as' -> up to); dates (Monday = 18 April twice, Wednesday = 20 April, on April 16, earlier this month = 2016-04); aliases exact substrings and none shared; no change.",
 ],
}
