K = "hague_burma_visit_2012:"
WH = "William Hague"
BG = "Burmese government"
ANN = {
 "article": "articles/voa_2012_hague_historic_visit_burma.txt",
 "gold_out": "gold/voa_2012_hague_historic_visit_burma.json",
 "published": "2012-01-04",
 "quotes": [],
 "figures": [
  {"quantity": K+"years_since_last_fs_visit", "text": "50", "value": 50, "unit": "years", "counted": "years since a British foreign secretary visited Burma", "source": None, "approx": "more than",
   "note": "'Hague is the first British foreign secretary to visit Burma in more than 50 years': VOA's own voice -> null; 'more than' -> more than. The same quantity as the GOV.UK round-up's 'the first by any British foreign secretary in 50 years' (govuk_2012_hague_burma_historic_visit), same key"},
  {"text": "1,000", "value": 1000, "unit": None, "counted": "political prisoners Burma is still holding", "source": "governments and rights groups", "approx": "around",
   "note": "'Numerous governments and rights groups say Burma is still holding about 1,000 or more political prisoners': the claimants are the subject of 'say' -> the governments and rights groups (one group actor). 'about 1,000 or more' carries two hedges; 'about' before the number is taken (-> around), the trailing 'or more' noted here"},
 ],
 "events": [
  {"actor": "Hillary Clinton", "date": "2011-11", "date_text": "In November", "what": "Clinton was the first top Western diplomat to respond to Burma's reforms with a visit",
   "note": "'In November, U.S. Secretary of State Hillary Clinton was the first top diplomat from a Western nation to respond to recent reforms ... with a visit': Clinton is the subject and the agent of the visit; the November before this January 2012 post = November 2011 (her visit of 30 November-2 December 2011; the text gives only the month)"},
  {"actor": BG, "date": "2011-03", "date_text": "in March", "what": "Burma's new government took over",
   "note": "'Burma's new government, which took over in March': the government is the subject of 'took over' (relative clause); the March before this January 2012 post = March 2011"},
  {"actor": None, "date": "2012-04", "date_text": "in April", "what": "parliamentary by-elections in Burma due",
   "note": "'parliamentary by-elections due in April': a date on the by-elections (a noun) whose organiser the text does not name -> null; the coming April = April 2012"},
 ],
 "actors": [
  {"name": WH, "type": "person", "aliases": ["British Foreign Secretary William Hague", "Hague"]},
  {"name": "Thein Sein", "type": "person", "aliases": ["president Thein Sein", "President Thein Sein"]},
  {"name": "Aung San Suu Kyi", "type": "person", "aliases": ["opposition leader Aung San Suu Kyi", "longtime political prisoner and opposition leader Aung San Suu Kyi"]},
  {"name": "Hillary Clinton", "type": "person", "aliases": ["U.S. Secretary of State Hillary Clinton"]},
  {"name": BG, "type": "organisation", "aliases": ["the Burmese government", "Burma's new government", "The new nominally civilian government", "Burma"]},
  {"name": "United Kingdom", "type": "country", "aliases": ["Britain"]},
  {"name": "Western leaders", "type": "group", "aliases": ["Western leaders"]},
  {"name": "governments and rights groups", "type": "group", "aliases": ["Numerous governments and rights groups"]},
 ],
 "notes": [
  "VOA breaking-news blog post of Wednesday 4 January 2012 (posted 10:05 pm UTC-5) as William Hague began the first visit to Burma by a British foreign secretary in more than 50 years. Story hague_burma_visit_2012 with the Foreign Office's weekly round-up of Friday 6 January 2012 (govuk_2012_hague_burma_historic_visit, this folder).",
  "Quotes: none (no quote marks); Hague's words are reported indirectly ('says he will press Burma', 'Hague said he is visiting', 'he said his country is ... interested'), as are 'many say' and the governments' and rights groups' claim.",
  "Figures: '50' ('in more than 50 years', VOA's voice; key hague_burma_visit_2012:years_since_last_fs_visit with the GOV.UK round-up's '50 years') and '1,000' political prisoners (claimed by 'Numerous governments and rights groups', who 'say'). Not figures: 'first' (ordinal, three times), 'a lot more' (no number).",
  "Events: 'In November' (Clinton's visit, November 2011), 'in March' (the new government took over, March 2011), 'in April' (by-elections due, April 2012, no agent). Not events: 'Before departing London' (relative to an act, no date expression), 'then' (vague), 'still' (vague). 'begins' in 'Hague's historic visit to Burma begins in the capital' carries no date expression.",
  "Actors: Hague ('British Foreign Secretary William Hague', 'Hague'; 'he'/'He' are pronouns; 'Britain’s Foreign Secretary' in the headline is a description containing the country's name, which is left to the United Kingdom), Thein Sein ('president Thein Sein' lower-case as printed, 'President Thein Sein'), Aung San Suu Kyi (two descriptions), Hillary Clinton, the Burmese government ('the Burmese government', 'Burma's new government', 'The new nominally civilian government' that modified election laws, and 'Burma' where it is pressed to release and is 'still holding' prisoners: a metonym; the same string also names the country as a place in 'visit to Burma'), the United Kingdom ('what Britain can do'), 'Western leaders' (commended the government) and 'Numerous governments and rights groups' (claimants). Not listed: the United States and 'the opposition' (objects of 'surprised'), the National League for Democracy (object of 're-register'), 'many' (vague).",
  "second reading (annotator): the whole item re-read once fully against FORMAT.md sections 1-2 and the stored copy: no quote marks in the text, 'more than 50' -> more than with the shared key, the two hedges of 'about 1,000 or more', 'In November' -> 2011-11 and 'in March' -> 2011-03 (months before a January post), 'in April' -> 2012-04, every alias an exact substring used by one actor only; no change.",
 ],
}
