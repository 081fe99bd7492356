KF = "Kiir's forces"
MF = "Machar's forces"
ANN = {
 "article": "articles/voa_2016_south_sudan_ceasefire_halts_juba_clashes.txt",
 "gold_out": "gold/voa_2016_south_sudan_ceasefire_halts_juba_clashes.json",
 "published": "2016-07-12",
 "quotes": [
  {"text": "We don't even know what is happening. These things, they just happen again and again, and the people of South Sudan are suffering. We need peace", "speaker": "Samson Kenyi", "speaker_mention": "Samson Kenyi, a 34-year-old motorcycle taxi rider",
   "note": "opened with a curly mark and closed with a straight one, as printed; attribution after the quote ('... Samson Kenyi, a 34-year-old motorcycle taxi rider said'); trailing comma dropped"},
 ],
 "figures": [
  {"text": "five", "value": 5, "unit": "years", "counted": "years since South Sudan declared independence from Sudan", "source": None, "approx": "around",
   "note": "'almost five years to the day since South Sudan declared independence': almost = around; VOA's own voice"},
  {"text": "34", "value": 34, "unit": "years", "counted": "age of Samson Kenyi", "source": None, "approx": None,
   "note": "'a 34-year-old motorcycle taxi rider': VOA's description of the speaker, not his claim"},
  {"text": "two", "value": 2, "unit": "years", "counted": "years of ethnically charged civil war", "source": None, "approx": None,
   "note": "'a ... peace deal that was supposed to end two years of ethnically charged civil war': outlet's voice"},
 ],
 "events": [
  {"actor": "Juba residents", "date": "2016-07-12", "date_text": "on Tuesday", "what": "people emerged from makeshift shelters in Juba after the cease-fire",
   "note": "'People emerged from makeshift shelters in this capital city on Tuesday': active 'emerged', subject 'People' (the residents of Juba, 'this capital city'); Tuesday = publication day, 12 July 2016"},
  {"actor": KF + " and " + MF, "date": "2016-07-07", "date_text": "since Thursday", "what": "forces loyal to Kiir and Machar battled each other with anti-aircraft guns, attack helicopters and tanks",
   "note": "'Forces loyal to President Salva Kiir and Vice President Riek Machar had battled each other ... since Thursday': the two sides' forces are a joint subject ('each other'); the Thursday before the Tuesday report, 7 July 2016"},
  {"actor": None, "date": "2016-07-11", "date_text": "on Monday night", "what": "a cease-fire was called",
   "note": "'A cease-fire called on Monday night appeared to hold': passive participle without a 'by' agent; the text does not say who called it -> null; Monday 11 July 2016"},
 ],
 "actors": [
  {"name": "Juba residents", "type": "group", "aliases": ["People"]},
  {"name": "Salva Kiir", "type": "person", "aliases": ["President Salva Kiir", "Kiir"]},
  {"name": "Riek Machar", "type": "person", "aliases": ["Vice President Riek Machar", "Machar"]},
  {"name": KF, "type": "group", "aliases": ["Forces loyal to President Salva Kiir"]},
  {"name": MF, "type": "group", "aliases": ["Machar's supporters"]},
  {"name": "Samson Kenyi", "type": "person", "aliases": ["Samson Kenyi", "Samson Kenyi, a 34-year-old motorcycle taxi rider"]},
  {"name": "Machar's officials", "type": "group", "aliases": ["officials from Machar's sides"]},
 ],
 "notes": [
  "VOA report of Tuesday 12 July 2016 on the cease-fire that halted the fighting in Juba between forces loyal to President Kiir and Vice President Machar (7-11 July 2016); story south_sudan_juba_fighting_2016 (one item). Published date worked out from the text (see meta).",
  "Quote: one, Samson Kenyi's, attributed after the quote with a description; it opens with a curly mark and closes with a straight one as stored. No other quote marks.",
  "Figures: 'almost five years' (around), the age 34 and 'two years' of civil war, all in VOA's voice. Not figures: 'a nearly year-old peace deal' (no number token), 'days of heavy fighting', 'each other'.",
  "Events: 'on Tuesday' (people emerged; actor the Juba residents named by 'People'), 'since Thursday' (the two sides' forces battled; joint actor), 'on Monday night' (cease-fire called, passive with no agent -> null). Left out: 'to the day' (part of the duration 'almost five years to the day since ...', no date of its own), 'during the unrest' (no date expression).",
  "Actors: the side of Machar in the fighting has no alias in the kept text besides 'Machar's supporters' ('civil war between Kiir and Machar's supporters'), which is listed for Machar's forces; 'their forces' is a pronoun form and not listed. 'Both leaders' (Kiir and Machar together) denied responsibility with no date. 'officials from Machar's sides' (kept as printed) said he was ready for talks (no date of their own).",
  "Second careful read done by the annotator against FORMAT.md sections 1-2: quote text re-checked against the stored copy (mixed marks, trailing comma dropped), number tokens checked ('34' in '34-year-old', 'five', 'two'), the three date expressions normalised against Tuesday 12 July 2016.",
 ],
}
