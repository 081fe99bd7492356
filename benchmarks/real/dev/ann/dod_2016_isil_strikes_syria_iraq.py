C = "Combined Joint Task Force Operation Inherent Resolve"
ANN = {
 "article": "articles/dod_2016_isil_strikes_syria_iraq.txt",
 "gold_out": "gold/dod_2016_isil_strikes_syria_iraq.json",
 "published": "2016-12-24",
 "quotes": [],
 "figures": [
  {"text": "14", "value": 14, "counted": "strikes in Syria", "source": C, "ctx": "conducted 14 strikes in Syria"},
  {"text": "13", "value": 13, "counted": "strikes near Raqqah", "source": C, "ctx": "13 strikes engaged"},
  {"text": "10", "value": 10, "counted": "ISIL tactical units engaged near Raqqah", "source": C, "ctx": "10 ISIL tactical units"},
  {"text": "seven", "value": 7, "counted": "fighting positions destroyed near Raqqah", "source": C, "ctx": "seven fighting positions"},
  {"text": "three", "value": 3, "counted": "vehicles destroyed near Raqqah", "source": C, "ctx": "three vehicles, a car bomb"},
  {"text": "six", "value": 6, "counted": "strikes in Iraq", "source": C, "ctx": "conducted six strikes in Iraq"},
  {"text": "three", "value": 3, "counted": "strikes near Mosul", "source": C, "ctx": "three strikes engaged two"},
  {"text": "two", "value": 2, "counted": "ISIL tactical units engaged near Mosul", "source": C, "ctx": "engaged two ISIL tactical units"},
  {"text": "five", "value": 5, "counted": "ISIL-held buildings destroyed near Mosul", "source": C, "ctx": "five ISIL-held buildings"},
  {"text": "four", "value": 4, "counted": "fighting positions destroyed near Mosul", "source": C, "ctx": "four fighting positions"},
  {"text": "five", "value": 5, "counted": "supply routes damaged near Mosul", "source": C, "ctx": "five supply routes"},
  {"text": "three", "value": 3, "counted": "bridges damaged near Mosul", "source": C, "ctx": "three bridges"},
  {"text": "five", "value": 5, "counted": "tactical units suppressed near Mosul", "source": C, "ctx": "suppressed five tactical units"},
  {"text": "three", "value": 3, "counted": "mortar systems suppressed near Mosul", "source": C, "ctx": "three mortar systems"},
  {"text": "two", "value": 2, "counted": "strikes near Rawah", "source": C, "ctx": "two strikes engaged an"},
 ],
 "events": [
  {"actor": "U.S. and coalition military forces", "date": "2016-12-23", "date_text": "yesterday", "what": "attacked ISIL terrorists in Syria and Iraq"},
  {"actor": C, "date": "2016-12-24", "date_text": "today", "what": "reported details of the latest strikes"},
 ],
 "actors": [
  {"name": C, "type": "organisation", "aliases": ["Combined Joint Task Force Operation Inherent Resolve officials", "Officials"]},
  {"name": "U.S. and coalition military forces", "type": "group", "aliases": ["U.S. and coalition military forces"]},
 ],
 "notes": [
  "DoD News strike round-up of Saturday 24 Dec 2016 ('yesterday' = 23 Dec). The dateline 'SOUTHWEST ASIA, Dec. 24, 2016 —' is not an event; '24' and '2016' are not figures.",
  "Every count in the two lists is claimed by the task force ('Officials reported details of the latest strikes'), so source = CJTF-OIR for all.",
  "Not figures: 'a strike', 'a car bomb', 'a supply route', 'a vehicle', 'a tunnel' etc. (indefinite article, not a stated number).",
  "Totals and parts are different quantities (14 strikes in Syria vs 13 near Raqqah; six in Iraq vs three near Mosul): no quantity keys; no figure in this item has a partner.",
  "The actor of 'yesterday' is written as printed ('U.S. and coalition military forces'), one group actor, not a joint 'X and Y' actor.",
 ],
}
