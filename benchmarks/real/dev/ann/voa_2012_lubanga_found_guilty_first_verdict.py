ICC = "International Criminal Court"
TL = "Thomas Lubanga"
AF = "Adrian Fulford"
LMO = "Luis Moreno-Ocampo"
K = "lubanga_icc_2012:"
ANN = {
 "article": "articles/voa_2012_lubanga_found_guilty_first_verdict.txt",
 "gold_out": "gold/voa_2012_lubanga_found_guilty_first_verdict.json",
 "published": "2012-03-14",
 "quotes": [
  {"text": "The chamber has reached its decision unanimously. The chamber concludes that the prosecution has proved beyond reasonable doubt Mr. Thomas Lubanga is guilty of the crimes of conscripting and enlisting children under the age of 15 years into the FPLC and using them to participate actively in hostilities.",
   "speaker": AF, "speaker_mention": "The judge", "fragment": False,
   "note": "a paragraph that is only a quotation, with no attribution of its own: the speaker is the judge of the two paragraphs before it ('Presiding Judge Adrian Fulford said ...', 'The judge said ...'), who read the verdict; final full stop inside the marks kept"},
  {"text": "Tomorrow is a very important day. The first decision of the first permanent international criminal court. The world was united at Nuremberg, but we learned that 'never again' requires that we are not waiting for a new Hitler. So tomorrow's decision on Lubanga, who was a local militia leader, is critically important.",
   "speaker": LMO, "speaker_mention": "ICC Prosecutor Luis Moreno-Ocampo", "fragment": False,
   "note": "a paragraph that is only a quotation; the speaker is named in the paragraph before ('ICC Prosecutor Luis Moreno-Ocampo said Tuesday ...'). The inner single-quoted 'never again' is a slogan, no one's words (not a separate quote); the outer text keeps the inner marks"},
 ],
 "figures": [
  {"quantity": K+"child_age_limit", "text": "15", "ctx": "children 15 years old", "value": 15, "unit": "years", "counted": "years old, the age of the children conscripted", "source": AF, "approx": "up to",
   "note": "'Presiding Judge Adrian Fulford said the court unanimously found ... children 15 years old and younger': the judge is the claimant ('X said'); 'and younger' = at most -> up to"},
  {"quantity": K+"child_age_limit", "text": "15", "ctx": "age of 15 years", "value": 15, "unit": "years", "counted": "years, the age of the children conscripted and enlisted", "source": AF, "approx": "less than",
   "note": "inside the judge's quote ('children under the age of 15 years'): the speaker is the source; 'under' -> less than"},
  {"text": "three years", "value": 3, "unit": "years", "counted": "years between Lubanga's arrest and the start of his trial", "source": None, "approx": None,
   "note": "'in 2009, three years after Lubanga's arrest': a duration in the outlet's voice (as 'Four days after Hurricane Michael slammed into Florida' in the dev set); the date of the trial's start is the event 'in 2009' below"},
 ],
 "events": [
  {"actor": None, "date": "2002", "date_text": "a decade ago", "what": "the International Criminal Court was established",
   "note": "'since it was established a decade ago': passive without a by-agent -> null; a decade before 2012 = 2002 (the text itself says 'set up in 2002' later). A relative date, not a figure (as 'four years ago' in the dev set)"},
  {"actor": None, "date": "2002-01-01/2003-12-31", "date_text": "in 2002 and 2003", "what": "the Democratic Republic of Congo's civil war during which Lubanga recruited children",
   "note": "'during the Democratic Republic of Congo's civil war in 2002 and 2003': the phrase follows and modifies the noun 'civil war' inside the 'during' phrase (a war has no single agent) -> null; two years written as an interval (as 'in 2013 and 2014' in the dev set)"},
  {"actor": None, "date": "2002", "date_text": "in 2002", "ctx": "set up in 2002", "what": "the ICC was set up",
   "note": "'It was set up in 2002': passive without a by-agent -> null"},
  {"actor": None, "date": "2009", "date_text": "in 2009", "what": "Lubanga's trial got underway",
   "note": "'Lubanga's trial got underway in 2009': intransitive, no agent -> null"},
  {"actor": LMO, "date": "2012-03-13", "date_text": "Tuesday", "what": "Moreno-Ocampo said the verdict would set a precedent",
   "note": "'ICC Prosecutor Luis Moreno-Ocampo said Tuesday ...': active verb of saying with its subject; the Tuesday before the Wednesday 14 March post"},
  {"actor": None, "date": "2012-03-14", "date_text": "Tomorrow", "what": "a very important day: the ICC's first decision",
   "note": "inside Moreno-Ocampo's quote, spoken on Tuesday 13 March ('said Tuesday'), so 'Tomorrow' is Wednesday 14 March, the verdict day; 'Tomorrow is a very important day' is a copula sentence without an agent -> null"},
  {"actor": ICC, "date": "2012-03-14", "date_text": "tomorrow", "what": "the court's decision on Lubanga",
   "note": "'tomorrow's decision on Lubanga' (in the same quote): a date on the noun 'decision'; the quote says whose decision it is ('The first decision of the first permanent international criminal court') -> the ICC; 14 March as above"},
 ],
 "actors": [
  {"name": ICC, "type": "organisation", "aliases": ["ICC", "The International Criminal Court", "the court", "the world's permanent war crimes tribunal", "The chamber", "the first permanent international criminal court"]},
  {"name": TL, "type": "person", "aliases": ["Congolese Warlord", "Congolese warlord Thomas Lubanga", "Lubanga", "Mr. Thomas Lubanga"]},
  {"name": AF, "type": "person", "aliases": ["Presiding Judge Adrian Fulford", "The judge"]},
  {"name": LMO, "type": "person", "aliases": ["ICC Prosecutor Luis Moreno-Ocampo", "Luis Moreno-Ocampo"]},
  {"name": "ICC prosecutors", "type": "group", "aliases": ["the prosecution"]},
  {"name": "Lubanga's co-perpetrators", "type": "group", "aliases": ["his co-perpetrators"]},
 ],
 "notes": [
  "VOA breaking-news blog post of Wednesday 14 March 2012 (posted 12:35 pm UTC-5): the International Criminal Court finds Thomas Lubanga guilty in its first verdict. Story lubanga_icc_2012 with Lisa Bryant's VOA report of the sentence, 10 July 2012 (voa_2012_lubanga_sentenced_14_years): the age limit of the children (15, three times across the two items, 'and younger' here against 'under' there) shares key child_age_limit.",
  "Two quotes, both whole paragraphs with no attribution of their own: the judge's verdict (speaker named two paragraphs before as 'Presiding Judge Adrian Fulford' and one before as 'The judge') and the prosecutor's words of the day before (named in the paragraph before). Not a quote: the inner 'never again' (a slogan, no one's words).",
  "Figures: the age limit 15 twice (the judge's claim 'said ... 15 years old and younger' -> up to; inside his quote 'under the age of 15 years' -> less than) and 'three years' (arrest to trial, outlet's voice). Not figures: 'a decade ago' (relative date, an event), 'first' (ordinals, five times), '2002', '2003', '2009' (years), 'up to life in prison' (no number).",
  "Events: 'a decade ago' and 'in 2002' (the ICC established / set up: passives without agent -> null), 'in 2002 and 2003' (the civil war, a dated noun -> null), 'in 2009' (trial got underway, no agent), 'Tuesday' (Moreno-Ocampo said: 13 March), 'Tomorrow' and 'tomorrow's decision' inside his quote (14 March, counted from the Tuesday he spoke; the first has no agent, the second is the court's decision). 'until his sentencing at a later hearing' is vague and left out; the verdict itself carries no date expression ('has found').",
  "Actors: the ICC ('The International Criminal Court', 'the court', 'the world's permanent war crimes tribunal'; 'The chamber' and 'the first permanent international criminal court' inside the quotes), Lubanga, the presiding judge, the prosecutor, 'the prosecution' (has proved, inside the judge's quote) and 'his co-perpetrators' (conscripted children). The Union of Congolese Patriots and the FPLC do not act in the text; Victoria Nuland was only in the dropped cut paragraph.",
  "second careful reading against FORMAT.md sections 1-2 (annotator): re-read the whole item; checked both quote spans between the curly marks with the final full stops kept, the inner 'never again' left inside the outer quote, 'Tomorrow' (capital, opening the quote) and 'tomorrow' (in 'tomorrow's') as two events dated from the Tuesday of the speech, the interval for 'in 2002 and 2003', and the approximators of the two 15s.",
 ],
}
