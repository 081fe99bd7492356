K = "egypt_presidential_runoff_2012:"
COM = "Egyptian Presidential Election Commission"
BAG = "Hatem Bagato"
SUL = "Faruk Sultan"
MOR = "Mohamed Morsi"
SHA = "Ahmed Shafiq"
EGY = "Egyptians"
ARMY = "Egyptian military"
P1 = "unnamed pro-army protester"
P2 = "second unnamed protester"
ANN = {
 "article": "articles/voa_2012_egypt_results_due_sunday.txt",
 "gold_out": "gold/voa_2012_egypt_results_due_sunday.json",
 "published": "2012-06-23",
 "quotes": [
  {"text": "I travelled thousands of kilometres to show my support for the army and to tell the Egyptian people that the military is a red line", "speaker": P1, "speaker_mention": "a protester", "fragment": False,
   "note": "'\"...,\" said a protester.': an unnamed protester at the late-Saturday rallies (a supporter of the army); comma before the closing mark dropped"},
  {"text": "We want stability and security to return. The armed forces are the only shield that is the country", "speaker": P2, "speaker_mention": "another", "fragment": False,
   "note": "'\"...,\" said another.': a second unnamed protester, named only by 'another' (another protester); a different person from the first; comma before the closing mark dropped"},
 ],
 "figures": [
  {"quantity": K+"days_since_mubarak_ousted", "text": "500", "value": 500, "unit": "days", "counted": "days after Egyptians ousted Hosni Mubarak", "source": None, "approx": None,
   "note": "'a new president Sunday, 500 days after they ousted Hosni Mubarak': outlet's own voice"},
  {"text": "Thousands", "value": None, "vague": True, "unit": None, "counted": "Egyptians who held rallies in central Cairo", "source": None, "approx": None, "ctx": "Thousands of Egyptians",
   "note": "vague plural; outlet's own voice"},
  {"text": "thousands", "value": None, "vague": True, "unit": "km", "counted": "kilometres the protester travelled", "source": P1, "approx": None, "ctx": "travelled thousands",
   "note": "'I travelled thousands of kilometres': inside the first protester's quote, so he claims it; vague plural with a unit"},
  {"quantity": K+"uprising_months", "text": "16", "value": 16, "unit": "months", "counted": "months of the uprising", "source": None, "approx": None,
   "note": "'16' in 'the heart of the 16-month uprising': outlet's own voice"},
 ],
 "events": [
  {"actor": COM, "date": "2012-06-24", "date_text": "Sunday", "ctx": "Results Sunday", "what": "Egypt (the election commission) to announce the election results",
   "note": "headline 'Egypt to Announce Election Results Sunday': 'Egypt' is a metonym for the body that announces, the election commission (body text: 'commission head Faruk Sultan will announce the results'); future tense, Sunday after a Saturday report = 24 June 2012"},
  {"actor": None, "date": "2012-06-24", "date_text": "Sunday", "ctx": "new president Sunday", "what": "Egyptians will have a new president",
   "note": "'Egyptians will finally have a new president Sunday': 'have' is a state, not an act; no agent"},
  {"actor": EGY, "date": "2011-02", "date_text": "in February, 2011", "what": "Egyptians ousted Hosni Mubarak",
   "note": "'500 days after they ousted Hosni Mubarak at the beginning of their popular uprising in February, 2011': 'they' = Egyptians, agent of 'ousted'; month as printed"},
  {"actor": BAG, "date": "2012-06-23", "date_text": "Saturday", "ctx": "said Saturday", "what": "Bagato said the results would be announced Sunday",
   "note": "'the secretary-general of Egypt's election commission, Hatem Bagato, said Saturday': agent of 'said'; Saturday = the report's day, 23 June 2012"},
  {"actor": SUL, "date": "2012-06-24", "date_text": "at 3 p.m. local time Sunday", "what": "Sultan to announce the results",
   "note": "'commission head Faruk Sultan will announce the results at 3 p.m. local time Sunday': agent of 'will announce'; one time-and-day expression; future Sunday = 24 June 2012"},
  {"actor": EGY, "date": "2012-06-23", "date_text": "late Saturday", "what": "thousands of Egyptians held rallies in central Cairo",
   "note": "'Thousands of Egyptians held rallies in central Cairo late Saturday': agent of 'held'; the report's day"},
  {"actor": None, "date": "2012-06-21", "date_text": "Thursday", "what": "official results were supposed to be released",
   "note": "'The official results were supposed to be released Thursday': passive without a by-agent, so null (the commission is named only in the next clause); Thursday before a Saturday report = 21 June 2012"},
  {"actor": ARMY, "date": "2012-07-01", "date_text": "by July 1", "what": "the army to hand over power to civilian rule",
   "note": "'when the army promised to hand over power to civilian rule by July 1': the date limits 'hand over', whose agent is the army (the subject of 'promised')"},
 ],
 "actors": [
  {"name": COM, "type": "organisation", "aliases": ["Egypt's election commission", "the election commission", "Egypt"]},
  {"name": BAG, "type": "person", "aliases": ["Hatem Bagato", "the secretary-general of Egypt's election commission, Hatem Bagato"]},
  {"name": SUL, "type": "person", "aliases": ["Faruk Sultan", "commission head Faruk Sultan"]},
  {"name": EGY, "type": "group", "aliases": ["Egyptians", "Thousands of Egyptians"]},
  {"name": MOR, "type": "person", "aliases": ["Muhammad Morsi", "Muslim Brotherhood's Muhammad Morsi", "Morsi"]},
  {"name": SHA, "type": "person", "aliases": ["Ahmed Shafiq", "former prime minister Ahmed Shafiq"]},
  {"name": "Muslim Brotherhood supporters", "type": "group", "aliases": ["Muslim Brotherhood supporters"]},
  {"name": "Shafiq's supporters", "type": "group", "aliases": ["Shafiq's supporters"]},
  {"name": ARMY, "type": "organisation", "aliases": ["the army", "the military", "The armed forces"]},
  {"name": P1, "type": "person", "aliases": ["a protester"]},
  {"name": P2, "type": "person", "aliases": ["another"]},
 ],
 "notes": [
  "VOA News report of Saturday 23 June 2012: Egypt's election commission will announce the presidential runoff result on Sunday; rallies for both candidates in Cairo. Story egypt_presidential_runoff_2012 with voa_2012_egypt_morsi_declares_win_rival_disputes (18 June, the Brotherhood's claim) and voa_2012_egypt_morsi_wins_presidency (24 June, the result).",
  "Hard cases: both quotes come from unnamed protesters ('said a protester', 'said another'): two distinct actors; 'Egypt' in the headline stands for the election commission (the announcing body); the Thursday release is a passive without agent.",
  "Not figures: '3 p.m.' (time of day), 'February, 2011', 'July 1' (dates); 'both candidates' ('both' is not a number word here).",
  "Hosni Mubarak does not act in the text (he is ousted) and is not an actor; 'the candidates' (fraud allegations by both candidates) is undated and not an actor.",
  "Second careful read done by the annotator against FORMAT.md: trailing commas dropped from both quotes, the vague 'thousands of kilometres' inside the quote given to its speaker with unit km, every weekday counted from Saturday 23 June 2012, aliases exact as printed.",
 ],
}
