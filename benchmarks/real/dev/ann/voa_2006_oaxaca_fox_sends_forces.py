K = "oaxaca_2006:"
VF = "Vicente Fox"
RSF = "Reporters Without Borders"
ML = "Mark Leyes"
AS = "Ana Maria Salazar"
ANN = {
 "article": "articles/voa_2006_oaxaca_fox_sends_forces.txt",
 "gold_out": "gold/voa_2006_oaxaca_fox_sends_forces.json",
 "published": "2006-10-28",
 "quotes": [
  {"text": "horrified by this escalation of violence", "speaker": RSF, "speaker_mention": "Reporters Without Borders", "fragment": True,
   "note": "fragment inside reported speech ('condemned the killing saying the group is \"...\"'); the closing mark stands before the full stop, which is outside the quote"},
  {"text": "The city is very quiet, calm -- but tense", "speaker": ML, "speaker_mention": "Leyes",
   "note": "trailing comma before the closing mark dropped; Leyes is introduced by full name and title two sentences before ('U.S. Consular Agent, Mark Leyes, works near the site ... He told VOA ...')"},
  {"text": "This administration has been characterized to be very reluctant to use force. And that may have been in part the reason why they didn't want to get involved in the Oaxaca conflict must sooner", "speaker": AS, "speaker_mention": "Salazar",
   "note": "words as printed ('must sooner', sic); trailing comma dropped; Salazar is named in full at the end of the previous paragraph"},
 ],
 "figures": [
  {"text": "one", "ctx": "killing one American", "value": 1, "unit": None, "counted": "American killed", "source": None, "approx": None,
   "note": "'protests erupted into violence late Friday, killing one American and two Mexicans': outlet's voice"},
  {"quantity": K + "mexicans_killed_oct27", "text": "two", "ctx": "and two Mexicans. VOA", "value": 2, "unit": None, "counted": "Mexicans killed", "source": None, "approx": None,
   "note": "outlet's voice; the same two Mexicans as 'gunmen killed American photojournalist Brad Will and two Mexicans' in the next paragraph and 'two Mexican men ... were shot and killed Friday' in voa_2006_oaxaca_riot_police_stay"},
  {"quantity": K + "mexicans_killed_oct27", "text": "two", "ctx": "Brad Will and two Mexicans", "value": 2, "unit": None, "counted": "Mexicans killed by gunmen", "source": None, "approx": None,
   "note": "outlet's voice; the same quantity as the lead's 'two Mexicans'"},
 ],
 "events": [
  {"actor": VF, "date": "2006-10-28", "date_text": "Saturday", "ctx": "has announced Saturday", "what": "Fox announced the deployment of federal troops to Oaxaca",
   "note": "'Mexico's President, Vincente Fox, has announced Saturday the deployment': Fox is the subject of 'has announced'; Saturday = the day of the report, 28 October 2006"},
  {"actor": None, "date": "2006-10-27", "date_text": "late Friday", "ctx": "into violence late Friday", "what": "protests erupted into violence, killing one American and two Mexicans",
   "note": "'after protests erupted into violence late Friday': the subject of the dated verb is 'protests' (an event noun, not an agent); the killers (gunmen) are named only in the next paragraph and not as agents of 'erupted', so null. Friday before Saturday 28 October 2006 = 27 October"},
  {"actor": None, "date": "2006-10-27", "date_text": "late Friday", "ctx": "gunfire erupted late Friday", "what": "the gunfire erupted near street barricades",
   "note": "'The gunfire erupted late Friday': inanimate subject, no agent, null"},
  {"actor": RSF, "date": "2006-10-28", "date_text": "Saturday", "ctx": "protest released Saturday", "what": "Reporters Without Borders released a protest condemning the killing",
   "note": "'Reporters Without Borders, in its protest released Saturday condemned the killing': the date modifies 'released', whose agent is the group ('its protest'); the group is also the subject of the main verb 'condemned'"},
  {"actor": "Oaxaca teachers", "date": "2006-05", "date_text": "in May", "what": "teachers went on strike to demand better pay and school funding",
   "note": "'since teachers went on strike in May': the teachers are the subject of 'went on strike'; May of the report's year, 2006"},
  {"actor": VF, "date": "2006-10-28", "date_text": "Saturday's", "ctx": "Saturday's announcement", "what": "the announcement to send a federal contingent to Oaxaca",
   "note": "dated noun: 'Saturday's announcement to send a federal contingent' is the announcement the lead gives to Fox ('Vincente Fox, has announced Saturday the deployment'), so its agent is Fox"},
 ],
 "actors": [
  {"name": VF, "type": "person", "aliases": ["Mexico's President, Vincente Fox", "Vincente Fox", "Mexican President"]},
  {"name": "Fox administration", "type": "organisation", "aliases": ["the Fox administration", "This administration"]},
  {"name": "Gunmen", "type": "group", "aliases": ["gunmen"]},
  {"name": "Oaxaca protesters", "type": "group", "aliases": ["protestors"]},
  {"name": "Oaxaca teachers", "type": "group", "aliases": ["teachers", "striking teachers"]},
  {"name": RSF, "type": "organisation", "aliases": ["Reporters Without Borders", "the group", "The group"]},
  {"name": ML, "type": "person", "aliases": ["U.S. Consular Agent, Mark Leyes", "Mark Leyes", "Leyes"]},
  {"name": "Critics of Governor Ruiz", "type": "group", "aliases": ["Critics of Governor Ruiz"]},
  {"name": "APPO", "type": "organisation", "aliases": ["Oaxaca's Popular Assembly", "APPO"]},
  {"name": AS, "type": "person", "aliases": ["Mexico City Radio News Host and Political Analyst Ana Maria Salazar", "Ana Maria Salazar", "Salazar"]},
 ],
 "notes": [
  "VOA report by Sean Maroney (Washington) of Saturday 28 October 2006: President Vicente Fox ('Vincente' as printed) announces federal forces for Oaxaca after gunmen killed US journalist Brad Will and two Mexicans on Friday 27 October; story oaxaca_2006 with voa_2006_oaxaca_riot_police_stay (the police takeover of Sunday 29 October).",
  "Quotes: three, all attributed away from the first naming: Reporters Without Borders' fragment ('saying the group is \"...\"'), Mark Leyes ('Leyes says', full name two sentences earlier, 'He told VOA' in between) and Ana Maria Salazar ('Salazar says', named in full in the previous paragraph).",
  "Figures: 'one American' and 'two Mexicans' (twice) killed on Friday, all in the outlet's voice; the two Mexicans share key oaxaca_2006:mexicans_killed_oct27 with the other item. Not figures: 'Several others were also injured' ('several' is no number word), 'one of anticipation' (a pronoun), 'in May' (a date).",
  "Events: six date expressions: 'Saturday' (Fox announced), 'late Friday' twice (protests erupted / gunfire erupted: no agent, null), 'Saturday' (RSF released its protest), 'in May' (teachers went on strike) and the dated noun 'Saturday's announcement' (Fox's announcement). Not events: 'in the wake of the attacks', 'soon joined the fray', 'The ongoing violence' (no date expression).",
  "Actors: victims (Brad Will, Osvaldo Ramirez) and Governor Ulises Ruiz do not act and are not listed; 'Critics of Governor Ruiz, including ... APPO, soon joined the fray' gives the critics and APPO; Sean Maroney is the reporter. 'The deployment of Mexican troops' is a noun phrase, the troops do not act in the text.",
  "Dropped the last paragraph ('Before Friday's violence, teachers had agreed to end their s'), cut mid-word in the stored copy (see meta edits).",
  "Second reading (annotator): re-read the whole item once fully against FORMAT.md sections 1-2; checked every quote span and mark, every number token (one, two, two; 'Several', 'one of anticipation' excluded), the weekday dates against Saturday 28 October 2006, and the agent of each dated verb or noun.",
 ],
}
