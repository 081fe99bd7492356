K = "totonicapan_killings_2012:"
NW = "Nic Wirtz"
ANN = {
 "article": "articles/gv_2012_guatemala_soldiers_arrested_totonicapan.txt",
 "gold_out": "gold/gv_2012_guatemala_soldiers_arrested_totonicapan.json",
 "published": "2012-10-23",
 "quotes": [
  {"text": "the first test of Guatemalan President Otto Pérez Molina's mano dura (iron fist) approach to restoring law and order.", "speaker": NW, "speaker_mention": "Blogger Nic Wirtz", "fragment": True,
   "note": "'Blogger Nic Wirtz says that the arrest ... is “...”': a phrase completing Wirtz's reported clause, so a fragment; the final '.' inside the marks is kept"},
 ],
 "figures": [
  {"quantity": K+"soldiers_arrested", "text": "eight", "value": 8, "unit": None, "counted": "soldiers arrested", "source": NW, "approx": None,
   "note": "in the that-clause of 'Blogger Nic Wirtz says that the arrest of eight soldiers ...': Wirtz claims it"},
  {"quantity": K+"protesters_killed", "text": "8", "value": 8, "unit": None, "counted": "indigenous protestors dead", "source": NW, "approx": "at least",
   "note": "'-which left at least 8 indigenous protestors dead-' is a parenthesis inside Wirtz's that-clause: read as part of what he says (the post gives no other claimant). 'at least'"},
  {"text": "36", "value": 36, "unit": "years", "counted": "civil war", "source": None, "approx": None,
   "note": "'the 36-year civil war': a duration in the outlet's own voice"},
 ],
 "events": [],
 "actors": [
  {"name": NW, "type": "person", "aliases": ["Blogger Nic Wirtz", "Nic Wirtz"]},
  {"name": "Otto Pérez Molina", "type": "person", "aliases": ["Guatemalan President Otto Pérez Molina", "Pérez Molina"]},
 ],
 "notes": [
  "Global Voices 'quick read' of Tuesday 23 October 2012 on the arrest of eight soldiers over the killing of indigenous protesters at Totonicapán (4 October 2012); story totonicapan_killings_2012 (one item so far; keys soldiers_arrested and protesters_killed are set for later items of the story).",
  "No events: the post prints no date or time expression ('after the clashes', 'campaigned for office' and 'has brought back memories' are undated).",
  "The quote sits inside the reported clause; 'mano dura (iron fist)' is part of it. Wirtz's claim covers both numbers of the sentence (see notes on each figure). Otto Pérez Molina acts ('campaigned for office promising ...') without date or claim.",
  "Not figures: 'first' in 'the first test' is an ordinal.",
  "second reading (annotator): re-read the whole item against FORMAT.md sections 1-2; quote text copied as stored (straight apostrophe in Molina's, em dash in National Civil Police—PNC untouched); link numbers [1]-[4] removed before annotation.",
 ],
}
