AUTH = "Belarusian authorities"
LUK = "Alexander Lukashenko"
STU = "Belarusian students"
POL = "Belarusian police"
VIA = "Viasna Human Rights Center"
PEO = "people gathering near the plants"
ANN = {
 "article": "articles/voa_2020_belarus_police_detain_students.txt",
 "gold_out": "gold/voa_2020_belarus_police_detain_students.json",
 "published": "2020-09-01",
 "quotes": [],
 "figures": [
  {"text": "scores", "value": None, "vague": True, "unit": None, "counted": "demonstrators detained", "source": None, "approx": None,
   "note": "'Belarusian authorities detained scores of demonstrators Tuesday': vague plural, outlet's own voice (the authorities are the agent of the detentions, not the claimant of the count)"},
  {"text": "Hundreds", "value": None, "vague": True, "unit": None, "counted": "students who marched through the center of the capital", "source": None, "approx": None,
   "note": "'Hundreds of students marched ...': vague plural, outlet's voice"},
 ],
 "events": [
  {"actor": AUTH, "date": "2020-09-01", "date_text": "Tuesday", "ctx": "demonstrators Tuesday as", "what": "Belarusian authorities detained scores of demonstrators in Minsk",
   "note": "'Belarusian authorities detained scores of demonstrators Tuesday': the weekday modifies 'detained', whose subject is the authorities; Tuesday = the publication day, 1 September 2020"},
  {"actor": STU, "date": "2020-09-01", "date_text": "on the first day of classes", "what": "hundreds of students marched to the Education Ministry",
   "note": "'Hundreds of students marched through the center of the capital to the Education Ministry on the first day of classes': the expression names the day of the march (Tuesday 1 September 2020, the day the captions give); the students are the agent of 'marched'"},
  {"actor": None, "date": "2020-08-09", "date_text": "August 9", "what": "Lukashenko's disputed reelection (the presidential vote)",
   "note": "'Lukashenko's August 9 reelection': a date on the noun 'reelection'; an election has no single agent in the text (Lukashenko is the one reelected, not the one who reelects), so null, as for the election of 9 August in voa_2020_belarus_warning_shots_minsk"},
  {"actor": PEO, "date": "2020-09-01", "date_text": "Tuesday", "ctx": "gather Tuesday", "what": "people gathered near several industrial plants in support of striking workers",
   "note": "'prompting people to gather Tuesday near several of the plants': the weekday modifies 'gather', whose subject is 'people'; the detentions of the strike organizers that prompted it are a passive without agent and undated"},
  {"actor": None, "date": "2020-08", "date_text": "last month", "what": "the opposition's Coordination Council was formed",
   "note": "'which was formed last month': passive without a by-agent, so null; the month before September 2020 = August 2020"},
 ],
 "actors": [
  {"name": AUTH, "type": "organisation", "aliases": ["Belarusian authorities"]},
  {"name": LUK, "type": "person", "aliases": ["authoritarian President Alexander Lukashenko", "Alexander Lukashenko", "Lukashenko"]},
  {"name": STU, "type": "group", "aliases": ["university students", "Hundreds of students", "the students", "students"]},
  {"name": POL, "type": "organisation", "aliases": ["police", "Police", "riot police"]},
  {"name": "local media", "type": "organisation", "aliases": ["local media reports"]},
  {"name": VIA, "type": "organisation", "aliases": ["The Viasna Human Rights Center in Belarus", "Viasna Human Rights Center"]},
  {"name": PEO, "type": "group", "aliases": ["people"]},
  {"name": "Belarusian prosecutors", "type": "organisation", "aliases": ["Prosecutors"]},
 ],
 "notes": [
  "VOA News report of Tuesday 1 September 2020 on detentions at a student protest in Minsk on the first day of classes, in the fourth week of protests after Belarus's presidential election of 9 August 2020; story belarus_protests_2020 with voa_2020_belarus_warning_shots_minsk (1 November 2020, already in real/dev). No figure of this item states the same quantity as one of that item (different days), so no quantity keys.",
  "No quotes: the only quoted words on the page were the placard in the removed photo caption. Claims without numbers: police confirmed detentions 'but did not say how many'; the Viasna Human Rights Center said riot police beat detained students and that professors were apprehended ('it' = Viasna); 'reports say' strike organizers were detained.",
  "Not figures: 'fourth week' and 'sixth term' (ordinals); 'a portion', 'many', 'several', 'some' (no number).",
  "Left out of events: 'in the fourth week of mass protests' (a period counted from the election, not a calendar expression; the day itself is dated by 'Tuesday' and 'the first day of classes'). 'Prosecutors have launched a criminal investigation' has no date expression.",
  "Actors: the Coordination Council is only formed and investigated (not an actor); 'people' in 'Police confirmed people were apprehended' are the detained, not the group that gathered near the plants (the alias 'people' is listed once, for the latter).",
  "Second careful read done by the annotator against FORMAT.md sections 1-2: every number token and vague plural, each date expression with its agent (both 'Tuesday's, 'the first day of classes', 'August 9', 'last month'), no quote marks left in the text, no alias shared between actors.",
 ],
}
