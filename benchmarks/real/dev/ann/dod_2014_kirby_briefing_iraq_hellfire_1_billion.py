JK = "John Kirby"
DOD = "US Department of Defense"
K = "iraq_isil_offensive_jun2014:"
ANN = {
 "article": "articles/dod_2014_kirby_briefing_iraq_hellfire_1_billion.txt",
 "gold_out": "gold/dod_2014_kirby_briefing_iraq_hellfire_1_billion.json",
 "published": "2014-06-13",
 "quotes": [],
 "figures": [
  {"text": "36", "value": 36, "unit": "hours", "approx": None, "counted": "hours in which the secretary met senior military leaders", "source": JK,
   "note": "'Over the last 36 hours': a duration, a figure (not an event)"},
  {"quantity": K + "hellfire_delivered_march", "text": "100", "value": 100, "unit": None, "approx": None, "counted": "Hellfire missiles delivered in March", "source": JK},
  {"quantity": K + "hellfire_delivered_total", "text": "300", "value": 300, "unit": None, "approx": "around", "counted": "Hellfire missiles delivered to Iraq in total", "source": JK,
   "note": "'bringing the total to some 300': 'some' -> around"},
  {"text": "millions", "value": None, "vague": True, "unit": None, "approx": None, "counted": "rounds of small arms fire, tank ammunition, helicopter fired rockets", "source": JK},
  {"quantity": K + "fms_notified_congress", "text": "$1 billion", "value": 1e9, "unit": "USD", "approx": None, "counted": "additional foreign military sales to Iraq notified to Congress", "source": JK},
 ],
 "events": [
  {"actor": DOD, "date": "2014-03", "date_text": "In March", "what": "delivered 100 Hellfire missiles to Iraq",
   "note": "'In March, we delivered 100 Hellfire missiles': 'we' in the Pentagon spokesman's turn = the Department of Defense (working 'in close coordination with the State Department', so not the State Department and not the US as a whole); March of the publication year"},
  {"actor": DOD, "date": "2013", "date_text": "Late last year", "what": "delivered additional armed scout helicopters to the Iraqi armed forces",
   "note": "'Late last year' = late 2013; given as the year (the format has no part-of-year form)"},
 ],
 "actors": [
  {"name": JK, "type": "person", "aliases": ["REAR ADMIRAL JOHN KIRBY", "Rear Adm. Kirby"]},
  {"name": "Chuck Hagel", "type": "person", "aliases": ["Secretary Hagel", "the secretary", "The secretary"]},
  {"name": "Barack Obama", "type": "person", "aliases": ["the president", "the commander in chief"]},
  {"name": DOD, "type": "organisation", "aliases": ["Department of Defense"]},
  {"name": "US Department of State", "type": "organisation", "aliases": ["the State Department"]},
  {"name": "ISIL", "type": "organisation", "aliases": ["ISIL"]},
  {"name": "Iraqi security forces", "type": "organisation", "aliases": ["Iraqi security forces", "the Iraqi armed forces"]},
  {"name": "US Congress", "type": "organisation", "aliases": ["Congress"]},
 ],
 "notes": [
  "DOD news transcript (GlobalSecurity.org copy) of the opening of Pentagon Press Secretary Rear Adm. John Kirby's briefing of Friday 13 June 2014, three days after ISIL took Mosul: Hagel's meetings on military options for the president and the US arms already delivered to Iraq (100 Hellfire missiles in March, some 300 in all, armed scout helicopters late last year, $1 billion of foreign military sales notified to Congress). Story iraq_isil_offensive_jun2014 (first item of it in the set; keys for the Hellfire counts and the FMS notification).",
  "No quotes: one speaker, label 'REAR ADMIRAL JOHN KIRBY:', no quote marks; the stored copy ends before the question-and-answer turns. 'as the president said' reports Obama's words without marks (no quote). All figures are Kirby's (transcript convention).",
  "Figures: 36 hours (duration), 100 Hellfire missiles, some 300 in total (around), 'millions of rounds' (vague), $1 billion in FMS. Not figures: 'a number of times', 'several months' (no number word), 'a few weeks ago' (a vague date, not a count).",
  "Events: 'In March' (DOD delivered the Hellfires: 2014-03) and 'Late last year' (DOD delivered scout helicopters: 2013). Left out: 'a few weeks ago' (vague: the FMS notification has no datable day), 'Over the last 36 hours' and 'for several months now' (durations), 'Good afternoon' (greeting).",
  "Actors: Kirby (speaker), Hagel ('Secretary Hagel', 'the secretary', 'The secretary': monitors, met, believes), Obama ('the president', 'the commander in chief': the decision rests with him; 'as the president said'), the Department of Defense ('Department of Defense' in the headline; 'we' in Kirby's turn), the State Department (DOD works with it), ISIL (its momentum), Iraqi security forces ('the Iraqi armed forces': receive the helicopters; to defend themselves), Congress (notified). Not actors: Iraq, Syria (places), 'defense and military leaders here at the Pentagon' (unnamed group).",
  "first reading (annotator): number tokens '36', '100', '300', 'millions', '$1' annotated; no quote-mark spans.",
  "second reading (checker): re-read the turn sentence by sentence: 'we' = DOD in each delivery sentence (the Pentagon spokesman, contrasting 'the State Department'); 'In March' = March 2014 and 'Late last year' = 2013 against Friday 13 June 2014; 'a few weeks ago' consciously left out as vague (as 'recently'); 'some 300' around; the Hellfire total (300) and March delivery (100) kept as separate quantities; no change.",
 ],
}
