PO = "Petro Poroshenko"
WEB = "Ukrainian president's website"
ANN = {
 "article": "articles/voa_2014_poroshenko_ready_resume_ceasefire.txt",
 "gold_out": "gold/voa_2014_poroshenko_ready_resume_ceasefire.json",
 "published": "2014-07-03",
 "quotes": [
  {"text": "to intervene with the separatists to get them to negotiate and reach an agreement with the Ukrainian authorities.", "speaker": "Office of the French President", "speaker_mention": "Hollande\u2019s office", "fragment": True,
   "note": "'Hollande\u2019s office said he and Merkel called on Putin \u201c...\u201d': the quoted words are those of the office's statement (what Hollande and Merkel asked of Putin, as the office put it); the office is the subject of 'said'; final full stop inside the marks kept"},
  {"text": "expressed deep concern in connection with the increase in casualties among the civilian population and a sharp increase in the number of refugees from southeastern Ukraine on Russian territory.", "speaker": "Kremlin", "speaker_mention": "The Kremlin", "fragment": True,
   "note": "'The Kremlin said the Russian president \u201c...\"': the Kremlin's statement about Putin, completing the reporter's sentence; opened with a curly mark and closed with a straight one as printed; final full stop kept"},
 ],
 "figures": [
  {"text": "three", "value": 3, "unit": "days", "counted": "days by which the cease-fire was extended", "source": None, "approx": None, "ctx": "three days",
   "note": "'Poroshenko declared a unilateral, week-long cease-fire June 20 and then extended it by three days': the outlet's own account -> null"},
  {"text": "three", "value": 3, "unit": None, "counted": "three-way telephone call", "source": None, "approx": None, "ctx": "three-way",
   "note": "'a three-way telephone call' among Putin, Merkel and Hollande: counts the parties to the call (as 'two-day' counts days in the dev set); outlet's voice -> null"},
 ],
 "events": [
  {"actor": WEB, "date": "2014-07-03", "date_text": "Thursday", "ctx": "website said Thursday", "what": "the Ukrainian president's website reported Poroshenko's phone call with Biden",
   "note": "'The Ukrainian president's website said Thursday that he discussed ...': the weekday follows 'said', whose subject is the website; Thursday = the publication day, 3 July 2014"},
  {"actor": PO, "date": "2014-06-20", "date_text": "June 20", "what": "Poroshenko declared a unilateral, week-long cease-fire",
   "note": "'Poroshenko declared a unilateral, week-long cease-fire June 20': Poroshenko is the subject of 'declared'"},
  {"actor": PO, "date": "2014-07-01", "date_text": "on Tuesday", "what": "Poroshenko refused a second extension and ordered new military operations",
   "note": "'he refused a second extension and ordered new military operations on Tuesday': 'he' is Poroshenko, the subject of 'ordered'; Tuesday before the Thursday publication day = 1 July 2014"},
  {"actor": PO, "date": "2014-07-03", "date_text": "Earlier Thursday", "what": "Poroshenko replaced top defense officials, naming Heletey defense minister and Muzhenko chief of the general staff",
   "note": "'Earlier Thursday, the president replaced top defense officials': 'the president' is Poroshenko, the subject of 'replaced'"},
  {"actor": "Vladimir Putin, Angela Merkel and Francois Hollande", "date": "2014-07-03", "date_text": "Also Thursday", "what": "Putin, Merkel and Hollande discussed Ukraine in a three-way telephone call",
   "note": "'Also Thursday, Russian President Vladimir Putin, German Chancellor Angela Merkel and French President Francois Hollande discussed the situation': a joint actor of three, the subject of 'discussed'"},
 ],
 "actors": [
  {"name": PO, "type": "person", "aliases": ["Ukrainian President Petro Poroshenko", "Poroshenko", "the president"]},
  {"name": WEB, "type": "organisation", "aliases": ["The Ukrainian president's website"]},
  {"name": "Joe Biden", "type": "person", "aliases": ["U.S. Vice President Joe Biden", "Biden"]},
  {"name": "Vladimir Putin", "type": "person", "aliases": ["Russian President Vladimir Putin", "Putin", "the Russian president"]},
  {"name": "Angela Merkel", "type": "person", "aliases": ["German Chancellor Angela Merkel", "Merkel"]},
  {"name": "Francois Hollande", "type": "person", "aliases": ["French President Francois Hollande"]},
  {"name": "Office of the French President", "type": "organisation", "aliases": ["Hollande\u2019s office"]},
  {"name": "Kremlin", "type": "organisation", "aliases": ["The Kremlin"]},
 ],
 "notes": [
  "VOA News report of Thursday 3 July 2014 (stored from VOA's content-system preview copy) on Poroshenko's conditions for a new cease-fire in eastern Ukraine, his new defense chiefs and the Putin-Merkel-Hollande call; story ukraine_ceasefire_defense_chiefs_2014 (single item).",
  "Quotes: two statements by bodies set in the reporter's sentences, Hollande's office (on what Hollande and Merkel asked of Putin) and the Kremlin (on Putin's concern); both fragments. Poroshenko's conditions are reported speech without marks ('It quoted Poroshenko as telling Biden he is ready ...'; 'It' is the website): no quote.",
  "Figures: 'three days' (the extension) and 'three-way' (the parties to the call), both in the outlet's voice. Not figures: 'week-long' (no number word), 'a second extension' (ordinal), 'June 20' (a date), 'all hostages', 'both sides' (no number).",
  "Events: 'Thursday' (the website said), 'June 20' (Poroshenko declared the cease-fire), 'on Tuesday' (he ordered new operations), 'Earlier Thursday' (he replaced the defense chiefs) and 'Also Thursday' (the three leaders' call, joint actor). Heletey and Muzhenko are only named to their posts and are not actors.",
  "Second careful read done against FORMAT.md by the annotator: both quote-mark spans (one with mixed curly/straight marks), every number token (three twice), each date expression's agent and normalisation against Thursday 3 July 2014, and no alias shared between actors ('the president' is Poroshenko, 'the Russian president' Putin); no change after the reading.",
 ],
}
