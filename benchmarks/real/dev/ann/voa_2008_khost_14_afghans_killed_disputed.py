K = "afghanistan_khost_guards_killed_2008:"
AJ = "Arsala Jamal"
USM = "U.S. military"
GJ = "Greg Julian"
USF = "U.S.-led forces"
AIM = "Afghan Interior Ministry"
AO = "Afghan officials"
SB = "suicide car bomber"
ANN = {
 "article": "articles/voa_2008_khost_14_afghans_killed_disputed.txt",
 "gold_out": "gold/voa_2008_khost_14_afghans_killed_disputed.json",
 "published": "2008-11-10",
 "quotes": [],
 "figures": [
  {"quantity": K+"killed", "text": "14", "occ": 1, "value": 14, "unit": None, "counted": "Afghans killed in clashes with U.S.-led forces", "source": None, "approx": None,
   "note": "headline '14 Afghans Killed in Clashes With US-Led Forces' in VOA's voice"},
  {"quantity": K+"killed", "text": "14", "occ": 2, "value": 14, "unit": None, "counted": "dead who were security guards of a road construction company", "source": AJ, "approx": None,
   "note": "teaser 'Khost Governor Arsala Jamal says the 14 were security guards ...': the same 14 dead, counted by the governor"},
  {"quantity": K+"killed", "text": "14", "occ": 3, "value": 14, "unit": None, "counted": "Afghan civilians killed in clashes with U.S.-led forces", "source": AJ, "approx": None,
   "note": "'A provincial governor in eastern Afghanistan says 14 Afghan civilians have been killed': the governor is Khost Governor Arsala Jamal (next sentence)"},
  {"quantity": K+"killed", "text": "14", "occ": 4, "value": 14, "unit": None, "counted": "dead who were security guards of a road construction company", "source": AJ, "approx": None,
   "note": "'Khost Governor Arsala Jamal says the 14 were security guards ...'"},
  {"quantity": K+"killed", "text": "14", "occ": 5, "value": 14, "unit": None, "counted": "dead who were suspected militants", "source": GJ, "approx": None,
   "note": "'But a U.S. military spokesman, Colonel Greg Julian, says the 14 were suspected militants ...': the two sides agree on the number of dead and disagree on who they were, so all five 14s share one key"},
  {"text": "two", "value": 2, "unit": None, "counted": "Spanish soldiers killed by a suicide car bomber in Herat", "source": AO, "approx": None,
   "note": "'On Sunday, Afghan officials said a suicide car bomber rammed ... a NATO-led convoy ..., killing two Spanish soldiers and seriously wounding another'"},
 ],
 "events": [
  {"actor": AO, "date": "2008-11-09", "date_text": "On Sunday", "what": "Afghan officials said a suicide car bomber rammed a NATO-led convoy in Herat, killing two Spanish soldiers",
   "note": "'On Sunday, Afghan officials said a suicide car bomber rammed ...': the fronted date governs the main clause ('said'), subject the officials, as in the dev models ('On Thursday, U.S. military officials said ...'); Sunday before Monday 10 November = 9 November 2008 (the bombing was the same day)"},
 ],
 "actors": [
  {"name": AJ, "type": "person", "aliases": ["Khost Governor Arsala Jamal", "A provincial governor in eastern Afghanistan"]},
  {"name": USM, "type": "organisation", "aliases": ["the U.S. military"]},
  {"name": GJ, "type": "person", "aliases": ["a U.S. military spokesman, Colonel Greg Julian", "Colonel Greg Julian", "The spokesman"]},
  {"name": USF, "type": "organisation", "aliases": ["U.S.-led forces", "U.S.-led coalition forces", "US-Led Forces"]},
  {"name": AIM, "type": "organisation", "aliases": ["Afghan Interior Ministry"]},
  {"name": AO, "type": "group", "aliases": ["Afghan officials"]},
  {"name": SB, "type": "person", "aliases": ["a suicide car bomber"]},
 ],
 "notes": [
  "VOA News report of Monday 10 November 2008 (date printed in the stored copy of VOA's headline feed) on 14 Afghans killed in clashes with U.S.-led forces in Khost province, and a suicide bombing in Herat on Sunday 9 November 2008; story afghanistan_khost_guards_killed_2008 (one item). The text names no day for the Khost clash.",
  "Competing accounts: the Khost governor (14 civilians, security guards of a road construction company) against the U.S. military spokesman Colonel Greg Julian (14 suspected militants who fired first). Key " + K + "killed joins all five 14s (headline in VOA's voice, teaser and three body sentences): the same dead, counted alike, described differently.",
  "Quotes: none (no quote marks; both accounts are reported speech). 'He says' (Julian's account of the return fire) carries no figure.",
  "Events: one date expression ('On Sunday'). The present-tense 'says' of the governor and of Julian are undated; 'are looking into the incident' is undated.",
  "Not figures: 'another' ('seriously wounding another': a pronoun, not a number word); 'first' ('fired first', ordinal adverb).",
  "Actors: 'A provincial governor in eastern Afghanistan' is named in the next sentence as Khost Governor Arsala Jamal; 'The spokesman' is Julian; 'US-Led Forces' (headline), 'U.S.-led forces' and 'U.S.-led coalition forces' are one actor. The troops who 'forced their vehicle to stop' are these forces (no separate alias). The NATO-led convoy and the Spanish soldiers are victims, not actors. AFP, AP and Reuters in the credit supply the copy.",
  "Second careful read done by the annotator against FORMAT.md sections 1-2: all number tokens (five '14', 'two') and the one date expression checked; each 14 pinned by occ and its claimant checked (headline: VOA; teaser and two body sentences: the governor; fifth: Julian).",
 ],
}
