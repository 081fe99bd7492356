YL = "Yves Leterme"
KA = "King Albert II"
PO = "press office of the Belgian parliament"
PAL = "Belgian royal palace"
ANN = {
 "article": "articles/wn_2010_belgian_pm_leterme_offers_resignation.txt",
 "gold_out": "gold/wn_2010_belgian_pm_leterme_offers_resignation.json",
 "published": "2010-04-22",
 "quotes": [
  {"text": "seriously threatens", "speaker": KA, "speaker_mention": "The king", "fragment": True,
   "note": "'The king said that the resulting political turbulence from the resignation \"seriously threatens\" the country's standing ...': the king's words inside reported speech; 'The king' = King Albert II, named two sentences before"},
  {"text": "[He] had no other choice than to inform us that he would go to the king immediately to tender the government's resignation",
   "speaker": "Laurette Onkelinx", "speaker_mention": "Belgium's health minister, Laurette Onkelinx", "fragment": False,
   "note": "'\"...,\" said Belgium's health minister, Laurette Onkelinx': attribution after the quote; the trailing comma is dropped; the bracketed '[He]' (Leterme) is the outlet's insertion and stays inside the quote"},
  {"text": "The king and the prime minister jointly underlined that [...] a political crisis would be inopportune and would seriously damage both the economic and social well-being of the citizens and the role of Belgium in Europe.",
   "speaker": PAL, "speaker_mention": "The Belgian palace", "fragment": False,
   "note": "no attribution verb in the quote's sentence: the sentence before says 'The Belgian palace commented on the issue in a written statement.'; the quote is that statement, so its speaker is the palace (the statement reports what the king and the prime minister underlined, but the words are the palace's). The final '.' inside the marks is kept; '[...]' stays inside"},
  {"text": "[w]e have not agreed on a negotiated solution and therefore Open VLD no longer has confidence in the government.",
   "speaker": "Alexander De Croo", "speaker_mention": "Party chairman Alexander De Croo", "fragment": True,
   "note": "'Party chairman Alexander De Croo said that\"[w]e have not ...\"' (no space before the opening mark, as printed): a quoted clause after 'said that', the '[w]' adapted to the sentence, marked fragment as a quoted stretch inside indirect speech (as in wn_2008_olmert_to_step_down_september); final '.' kept"},
 ],
 "figures": [],
 "events": [
  {"actor": PO, "date": "2010-04-22", "date_text": "on Thursday", "what": "the press office of the Belgian parliament reported Leterme's offer to resign", "ctx": "reported on Thursday",
   "note": "'..., the press office of the Belgian parliament reported on Thursday': the date modifies 'reported', whose agent is the press office; Thursday = the publication day, 22 April 2010"},
  {"actor": "King Albert II and Yves Leterme", "date": "2010-04-22", "date_text": "on Thursday's afternoon", "what": "the king and Leterme met",
   "note": "'He and Leterme met on Thursday's afternoon, the office said': 'He' = the king; a joint act of the two; the afternoon of Thursday 22 April 2010. The office's saying is not dated separately"},
  {"actor": YL, "date": "2008", "date_text": "in late 2008", "what": "Leterme resigned as prime minister over a banking scandal",
   "note": "'Leterme also resigned as prime minister in late 2008': active verb, Leterme the agent; 'late 2008' normalised to the year, as elsewhere in the set (December 2008 in fact; the text does not give the month)"},
  {"actor": YL, "date": "2009-11", "date_text": "last November", "what": "Leterme returned to office when Herman van Rompuy gave up the post",
   "note": "'He returned to office last November when former PM Herman van Rompuy gave up the post': the date modifies 'returned', whose agent is 'He' = Leterme (the 'when' clause is dated by the same expression but the expression is annotated once); last November from April 2010 = November 2009"},
 ],
 "actors": [
  {"name": YL, "type": "person", "aliases": ["Yves Leterme", "Leterme", "Belgian prime minister Yves Leterme", "Belgian prime minister", "the prime minister"]},
  {"name": KA, "type": "person", "aliases": ["King Albert II", "The Belgian king", "The king", "the king"]},
  {"name": PO, "type": "organisation", "aliases": ["the press office of the Belgian parliament", "the office"]},
  {"name": "Laurette Onkelinx", "type": "person", "aliases": ["Laurette Onkelinx", "Belgium's health minister"]},
  {"name": PAL, "type": "organisation", "aliases": ["The Belgian palace"]},
  {"name": "Herman van Rompuy", "type": "person", "aliases": ["Herman van Rompuy", "former PM Herman van Rompuy"]},
  {"name": "Open VLD", "type": "organisation", "aliases": ["Open VLD", "the Flemish liberal Open VLD Party", "A key coalition member"]},
  {"name": "Alexander De Croo", "type": "person", "aliases": ["Alexander De Croo", "Party chairman Alexander De Croo"]},
 ],
 "notes": [
  "Wikinews report of Thursday 22 April 2010 on Belgian prime minister Yves Leterme's offer to resign after the Flemish liberal Open VLD left the coalition over the Brussels-Halle-Vilvoorde electoral dispute; King Albert II withheld his acceptance. Story belgium_leterme_resignation_2010 (single item so far).",
  "Four quotes, three of them with the speaker away from the quote or given by a description: the king's 'seriously threatens' (reported speech, 'The king' two sentences after his name); Onkelinx's statement (named after the quote); the palace's written statement (speaker only in the sentence before, no verb of saying in the quote's sentence); De Croo's clause after 'said that' (printed without a space before the opening mark).",
  "No figures: 'first' in 'the first, full-time head' is an ordinal; the only count ('the other four government parties have 76 of ...') was in the last paragraph, cut mid-sentence and dropped (see meta edits). 'long-term' and 'full-time' are not numbers.",
  "Events: 'on Thursday' (the press office's report; the first of the two Thursday expressions, pinned by ctx), 'on Thursday's afternoon' (the king and Leterme met, joint actor), 'in late 2008' (Leterme resigned, agent Leterme), 'last November' (Leterme returned to office, agent Leterme). The date line was removed as furniture.",
  "Actors: 'The king'/'the king' and 'The Belgian king' belong to King Albert II only; the palace's statement is given to the palace as an institution ('Belgian royal palace'), not to the king. 'the prime minister' (in the text and inside the palace's quote) is Leterme. The European Union, the Walloons and the Flemish-speaking majority do not act in the kept text and are not listed.",
  "Second careful read done by the annotator against FORMAT.md: quote spans (the trailing comma of Onkelinx's quote dropped, final '.' kept in the palace's and De Croo's quotes, bracketed insertions kept), the four dates checked against Thursday 22 April 2010 (last November = 2009-11), joint actor written with canonical names, no surface form shared between two actors.",
 ],
}
