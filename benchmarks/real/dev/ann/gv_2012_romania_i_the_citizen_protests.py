EB = "Emil Boc"
TB = "Teodor Baconschi"
PR = "Romanian protesters"
ANN = {
 "article": "articles/gv_2012_romania_i_the_citizen_protests.txt",
 "gold_out": "gold/gv_2012_romania_i_the_citizen_protests.json",
 "published": "2012-01-25",
 "quotes": [],
 "figures": [
  {"text": "a week", "value": 1, "unit": "weeks", "counted": "time the street protests in Romania have been going on", "source": None, "approx": "more than", "ctx": "for over a week",
   "note": "'Street protests in Romania have been going on for over a week now': a duration in the post's voice; 'over' -> more than (as the dev set's 'more than a week')"},
 ],
 "events": [
  {"actor": EB, "date": "2012-01-23", "date_text": "On Monday, January 23, 2012", "what": "Prime Minister Emil Boc fired Foreign Affairs Minister Teodor Baconschi",
   "note": "active 'Prime Minister Emil Boc fired ...': Boc is the agent; Monday 23 January 2012, two days before the post"},
  {"actor": EB, "date": "2012-01-23", "date_text": "a week after", "what": "the firing came a week after Baconschi's blog post",
   "note": "'fired ... Teodor Baconschi – a week after the latter posted this on his personal blog': as in the dev set ('a week after the sudden death', voa_2020_burundi_ndayishimiye_sworn_in), the expression dates the main clause, the firing on 23 January, whose agent is Boc; the blog post itself (about 16 January) is not given its own date. Not a figure (no number word, as in that item)"},
  {"actor": None, "date": "2012", "date_text": "This year", "what": "the year Baconschi says will be crucial for Romania",
   "note": "in Baconschi's blog text (a block quotation without quote marks, written in January 2012): 'This year will be crucial for Romania' - a state, no agent"},
 ],
 "actors": [
  {"name": PR, "type": "group", "aliases": ["the protesters", "People in the streets", "People"]},
  {"name": EB, "type": "person", "aliases": ["Prime Minister Emil Boc", "Emil Boc"]},
  {"name": TB, "type": "person", "aliases": ["the Foreign Affairs Minister Teodor Baconschi", "Teodor Baconschi", "the latter"]},
  {"name": "Romanian opposition", "type": "organisation", "aliases": ["The opposition"]},
  {"name": "Bogdan Ciuclaru", "type": "person", "aliases": ["Journalist Bogdan Ciuclaru", "Bogdan Ciuclaru"]},
  {"name": "Romanians", "type": "group", "aliases": ["Romanians"]},
 ],
 "notes": [
  "Global Voices citizen-media post of Wednesday 25 January 2012 on the street protests in Romania and the firing of Foreign Minister Teodor Baconschi by Prime Minister Emil Boc on Monday 23 January 2012 over a blog post about the protesters; story romania_protests_2012 (single item).",
  "No quotes: the headline's '“I, the Citizen”' is a title phrase whose speaker the post does not give (no one is said to have said or written it; left out as a title in quote marks, like a name). Baconschi's blog text is a block quotation without quote marks (attributed by 'the latter posted this on his personal blog'); Bogdan Ciuclaru's quotation was the last, cut paragraph and is dropped (see meta edits), leaving his lead-in line.",
  "Figure: 'over a week' (duration). Not figures: '23', '2012' (dates); 'One' in Baconschi's 'One thing is becoming ever more clear' (not a count, an idiom introducing a statement).",
  "Events: the firing (two expressions, both 23 January 2012, agent Boc) and 'This year' in Baconschi's text (2012, a state, null). Left out: 'now' (vague), 'for over a week' (a duration), 'the miners of the past' (vague).",
  "'the latter' is Baconschi (a description standing for the name given just before); 'People' (demanding early elections) and 'People in the streets' are the protesters; 'The opposition' in Baconschi's text is the Romanian opposition (USL), which acts in his account ('has finally activated the entire arsenal').",
  "second reading (checker): re-read against FORMAT.md and the published date: Monday 23 January 2012 is two days before the Wednesday post; the agent of 'fired' is Boc both for the full date and for 'a week after'; 'the latter' resolves to Baconschi, not Boc; the duration keeps 'more than'; no quote-mark span renders anyone's attributed words. First and second readings agree; doubt noted: 'a week after' could also be read as dating nothing of its own (left out), but the dev precedent dates the main clause.",
 ],
}
