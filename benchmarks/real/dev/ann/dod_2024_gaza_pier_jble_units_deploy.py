H = "Brad Hinson"
M = "Samuel S. Miller"
B = "7th Transportation Brigade"
ANN = {
 "article": "articles/dod_2024_gaza_pier_jble_units_deploy.txt",
 "gold_out": "gold/dod_2024_gaza_pier_jble_units_deploy.json",
 "published": "2024-03-12",
 "quotes": [
  {"text": "We are the Contingency Corps for the Army with units, divisions, brigade combat teams and separate brigades, that can deploy anywhere in the world for any type of contingency operation in 18 hours", "speaker": H, "speaker_mention": "Hinson",
   "note": "first half of a quotation split by 'Hinson said.'; the comma before the closing mark is dropped"},
  {"text": "7th TB(X) falls in that category where all of their units are deployable for an immediate response force for different types of contingencies all around the world.", "speaker": H, "speaker_mention": "Hinson",
   "note": "second quotation after 'Hinson said.' in the same paragraph, with no attribution of its own: Hinson's, named before it; keeps its final stop"},
  {"text": "A unit is made up of its Soldiers, the leadership of the Soldiers, the attitude of the Soldiers, and the hard work of the Soldiers; because of these Soldiers, 7th TB(X) is the premier watercraft unit in our Army", "speaker": H, "speaker_mention": "Hinson",
   "note": "'..., Hinson said'; introduced by the sentence before ('Hinson expanded further on the talent and capabilities of the soldiers deploying'); comma before the closing mark dropped"},
 ],
 "figures": [
  {"text": "18", "value": 18, "unit": "hours", "counted": "hours in which the corps' units can deploy anywhere in the world", "source": H, "approx": None,
   "note": "inside Hinson's quotation ('in 18 hours'), so claimed by him"},
  {"text": "5", "value": 5, "unit": None, "counted": "ships the unit has underway", "source": None, "approx": None,
   "note": "'The unit currently has 5 ships and about 100 personnel underway': narration, no claimant. Total underway (the first vessel of 9 March plus the four of 12 March), not the four that sailed on 12 March in dod_2024_gaza_pier_army_unit_underway (no shared key)"},
  {"text": "100", "value": 100, "unit": None, "counted": "personnel underway", "source": None, "approx": "around",
   "note": "same sentence; 'about' -> around"},
 ],
 "events": [
  {"actor": B, "date": "2024-03-12", "date_text": "Tuesday, Mar. 12", "what": "soldiers of the 7th Transportation Brigade (Expeditionary) deployed to provide humanitarian aid in Gaza",
   "note": "'U.S. Army soldiers with the 7th Transportation Brigade (Expeditionary) ... deployed Tuesday, Mar. 12': active verb, agent the brigade's soldiers (canonical the brigade); the year is that of the story (12 March 2024 was a Tuesday); the dateline 'JOINT BASE LANGLEY-EUSTIS, Va. –' is not an event"},
 ],
 "actors": [
  {"name": H, "type": "person", "aliases": ["Brigadier Gen. Brad Hinson", "Hinson"]},
  {"name": M, "type": "person", "aliases": ["Col. Samuel S. Miller", "Miller"]},
  {"name": B, "type": "organisation", "aliases": ["the 7th Transportation Brigade (Expeditionary)", "U.S. Army 7th Transportation Brigade (Expeditionary)", "7th TB(X)", "The 7th TB(X)", "the unit", "The unit", "This unit"]},
  {"name": "U.S. Agency for International Development", "type": "organisation", "aliases": ["the U.S. Agency for International Development"]},
 ],
 "notes": [
  "Joint Base Langley-Eustis (U.S. Air Force installation, DOD) public affairs story on the 7th Transportation Brigade's deployment of Tuesday 12 March 2024 for the Gaza pier mission (no headline or date in the stored copy; see meta); story gaza_pier_2024 with dod_2024_gaza_pier_dod_to_construct (8 March) and dod_2024_gaza_pier_army_unit_underway (12 March). The last paragraph (Miller's quotation, cut mid-word) is dropped.",
  "Three quotes, all Hinson's: one attribution 'Hinson said.' between two quotations of one paragraph (the second has no attribution of its own), and a third introduced a sentence earlier ('Hinson expanded further ...').",
  "Hinson and Miller 'hosted a press conference prior to the departure' (no date expression: the departure is dated only in the first paragraph), so no second event; Miller acts (hosts, 'expanded') but his quotation is in the dropped paragraph.",
  "The U.S. Agency for International Development is listed because the unit's mission is to support its efforts (it does not act with a date); it could be left out of actor recall without harm.",
  "Not figures: '7th', '3rd', 'XVIII' (ordinals and designations in unit names), 'TB(X)'. 'all of their units', 'many exercises' are not number words.",
  "Second reading against FORMAT.md (whole item re-read): the three quote spans (commas dropped before closing marks, final stop kept in the second), speaker mentions, the three figures (18 hours in a quote -> Hinson; 5 ships and about 100 personnel in narration -> null) and the single dated event checked; no change.",
 ],
}
