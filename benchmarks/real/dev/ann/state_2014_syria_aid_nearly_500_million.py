K = "syria_us_humanitarian_aid_2014:"
JK = "John Kerry"
US = "United States"
UN = "United Nations"
ANN = {
 "article": "articles/state_2014_syria_aid_nearly_500_million.txt",
 "gold_out": "gold/state_2014_syria_aid_nearly_500_million.json",
 "published": "2014-09-12",
 "quotes": [],
 "figures": [
  {"text": "$500 million", "value": 500e6, "unit": "USD", "counted": "additional humanitarian aid to help those affected by the war in Syria", "source": JK, "approx": "around",
   "note": "'Kerry announced today the United States is providing nearly $500 million ...' (complement clause without 'that'): claimed by Kerry; 'nearly' -> around. A new tranche, no key"},
  {"text": "$6 billion", "value": 6e9, "unit": "USD", "counted": "contributions requested by the UN's revised Syria appeals", "source": UN, "approx": None,
   "note": "'The UN's revised Syria appeals, issued in July, requested $6 billion': the amount is the UN's own request (a UN document states it), so the UN is the claimant"},
  {"quantity": K+"us_humanitarian_total", "text": "$2.9 billion", "value": 2.9e9, "unit": "USD", "counted": "U.S. humanitarian assistance since the start of the conflict in March 2011", "source": None, "approx": "more than",
   "note": "'The funding brings U.S. humanitarian assistance since the start of the conflict in March 2011 to more than $2.9 billion': the release's own voice, in a new paragraph after Kerry's announcement, so null. Same running total as 'more than $2.4 billion' of 30 July (state_2014_syria_aid_378_million)"},
  {"text": "half", "value": 0.5, "unit": "share", "counted": "Syria's population forced to flee their homes", "source": None, "approx": "more than", "note": "'More than half of Syria’s population'"},
  {"text": "6.5 million", "value": 6.5e6, "unit": None, "counted": "civilians displaced within Syria", "source": None, "approx": "around",
   "note": "'Nearly 6.5 million civilians have been displaced within Syria, and the UN estimates that ...': the first clause is the release's own voice; 'the UN estimates that' governs only the second clause, so null (the cautious reading)"},
  {"text": "11 million", "value": 11e6, "unit": None, "counted": "Syrians in need of aid within the country", "source": UN, "approx": "around",
   "note": "'the UN estimates that nearly 11 million Syrians are in need of aid'"},
  {"text": "three million", "value": 3e6, "unit": None, "counted": "refugees from Syria registered by UNHCR in Jordan, Turkey, Iraq, Lebanon and Egypt", "source": None, "approx": "more than",
   "note": "'By late August, UNHCR had registered more than three million refugees': UNHCR is the agent of the registering (see the event), but the text does not say UNHCR states or reports the number, so source null (literal reading)"},
  {"text": "several hundred thousand", "value": None, "vague": True, "unit": None, "counted": "more refugees who have yet to be registered", "source": None, "approx": None},
 ],
 "events": [
  {"actor": JK, "date": "2014-09-12", "date_text": "today", "what": "Kerry announced nearly $500 million in additional humanitarian aid for Syria",
   "note": "'Secretary of State John Kerry announced today ...': Friday 12 September 2014 (release date line)"},
  {"actor": UN, "date": "2014-07", "date_text": "in July", "what": "the UN issued its revised Syria appeals",
   "note": "'The UN’s revised Syria appeals, issued in July, ...': passive participle, but the possessive names whose appeals they are (the UN), as 'Friday's verdict' -> the court; July before the September release"},
  {"actor": None, "date": "2011-03", "date_text": "in March 2011", "what": "start of the conflict in Syria",
   "note": "'since the start of the conflict in March 2011': dates the start of the conflict, no agent"},
  {"actor": None, "date": "2014-10", "date_text": "in October", "what": "Syria donors' conference in Kuwait",
   "note": "'the Syria donors’ conference in Kuwait in October': a date on a noun whose convener the text does not name (the international community 'preparing to convene' for it is the attendee), so null; the October after the release"},
  {"actor": "UNHCR", "date": "2014-08", "date_text": "By late August", "what": "UNHCR had registered more than three million refugees from Syria",
   "note": "'By late August, UNHCR had registered ...': UNHCR is the subject of 'had registered'; late August 2014 normalised to the month"},
 ],
 "actors": [
  {"name": JK, "type": "person", "aliases": ["Secretary of State John Kerry"]},
  {"name": US, "type": "country", "aliases": ["the United States"]},
  {"name": UN, "type": "organisation", "aliases": ["the United Nations", "The UN", "the UN"]},
  {"name": "UNHCR", "type": "organisation", "aliases": ["UNHCR"]},
  {"name": "Assad regime", "type": "organisation", "aliases": ["the Assad regime"]},
  {"name": "Islamic State of Iraq and the Levant", "type": "organisation", "aliases": ["Islamic State of Iraq and the Levant", "ISIL"]},
 ],
 "notes": [
  "State Department release (Office of the Spokesperson) of Friday 12 September 2014, as posted on the U.S. Embassy Syria website; second item of story syria_us_humanitarian_aid_2014 with the fact sheet of 30 July 2014 (state_2014_syria_aid_378_million).",
  "Cross-item figure: the running total of U.S. humanitarian assistance since the start of the conflict ('more than $2.9 billion' here, 'more than $2.4 billion' on 30 July) shares syria_us_humanitarian_aid_2014:us_humanitarian_total. Not keyed: the '3 million refugees and host communities' helped (30 July) and the 'more than three million refugees' registered by UNHCR here count different things.",
  "Claimants: Kerry for the new tranche (announced ...), the UN for its appeal ($6 billion) and its estimate of Syrians in need (11 million); the rest is the release's own voice (null), including the 6.5 million displaced and UNHCR's registration count (UNHCR is the registering agent, not named as stating the number).",
  "No quotes (no quote marks). Events: today (Kerry), in July (the UN's appeals), in March 2011 (conflict start), in October (donors' conference, no convener named), By late August (UNHCR registered). 'UN General Assembly meetings in New York' carry no date.",
  "Actors: 'the UN' in 'UN General Assembly' is an adjective, not an alias use; the international community and the host countries are not listed. Not figures: 'single-largest', 'largest' (no number); '2011' is a year.",
  "Second careful reading against FORMAT.md done by the annotator: checked each hedge ('nearly' x3 -> around, 'more than' x3), 'half' as a share, the September/October/July dates against 12 September 2014 (a Friday); apostrophes in 'UN’s', 'Syria’s', 'donors’' are not quotes.",
 ],
}
