GB = "Gordon Brown"
NC = "Nick Clegg"
LD = "Liberal Democrats"
ANN = {
 "article": "articles/wn_2010_gordon_brown_offers_resignation.txt",
 "gold_out": "gold/wn_2010_gordon_brown_offers_resignation.json",
 "published": "2010-05-10",
 "quotes": [
  {"text": "progressive alliance", "speaker": GB, "speaker_mention": "He", "fragment": True, "ctx": "stable \"progressive alliance\"",
   "note": "'He stated that a strong and stable \"progressive alliance\" of the Labour and Liberal parties would be ...': Brown's own phrase inside reported speech; 'He' = Gordon Brown, named at the start of the paragraph before. The second '\"progressive alliance\"' ('For the \"progressive alliance\" to have its majority') is the outlet's reuse of the term as a name for the proposed alliance, not a rendering of anyone's words: not a quote"},
 ],
 "figures": [
  {"text": "two", "value": 2, "unit": None, "counted": "largest parties", "source": None, "approx": None,
   "note": "'discussions between the Liberal Democrats and the two largest parties': counts parties (Labour and the Conservatives), outlet's voice; counted like 'the two presidents' elsewhere in the set"},
 ],
 "events": [
  {"actor": GB, "date": "2010-05-10", "date_text": "at 5.00 pm local time", "what": "Brown made his statement announcing his resignation in front of 10 Downing Street",
   "note": "'Gordon Brown made his statement at 5.00 pm local time': active verb, Brown the agent; a time of day points to the reference day, Monday 10 May 2010 (date line)"},
  {"actor": "Gordon Brown and Nick Clegg", "date": "2010-05-09", "date_text": "yesterday", "what": "Brown's meeting with Nick Clegg",
   "note": "'following a meeting he had yesterday with Nick Clegg': 'he' (Brown) had the meeting with Clegg, a joint act of the two; Sunday 9 May 2010"},
  {"actor": None, "date": "2010-09-01/2010-11-30", "date_text": "in the autumn", "what": "a new Labour leader to be in place",
   "note": "'that a new leader will be in place in the autumn by the time of the next Labour Party Conference' (Brown's reported words): a future state, no agent; autumn 2010 normalised as meteorological autumn September-November, as elsewhere in the set"},
  {"actor": None, "date": "2010-05-06", "date_text": "on Thursday", "what": "the United Kingdom general election that returned a hung parliament",
   "note": "'the return of a hung parliament in the United Kingdom general election on Thursday': the date sits on the noun 'general election'; the text names no agent (voters are not mentioned): null. Thursday 6 May 2010, the last Thursday before Monday 10 May"},
 ],
 "actors": [
  {"name": GB, "type": "person", "aliases": ["Gordon Brown"]},
  {"name": NC, "type": "person", "aliases": ["Nick Clegg", "the leader of the Liberal Democratic Party"]},
  {"name": LD, "type": "organisation", "aliases": ["the Liberal Democrats", "The Liberal Democratic Party"]},
  {"name": "Conservative Party", "type": "organisation", "aliases": ["the Conservative Party"]},
  {"name": "Scottish National Party", "type": "organisation", "aliases": ["the Scottish National Party"]},
  {"name": "Plaid Cymru", "type": "organisation", "aliases": ["Plaid Cymru"]},
 ],
 "notes": [
  "Wikinews report of Monday 10 May 2010 on Gordon Brown's announcement that afternoon that he would resign as Labour leader to open the way for a Labour-Liberal Democrat coalition after the hung parliament of the 6 May general election. Story uk_coalition_government_2010 with wn_2010_cameron_becomes_prime_minister (11 May 2010, Brown's formal resignation and Cameron's appointment); no figure is shared between the two items, so no quantity keys.",
  "One quote: Brown's phrase 'progressive alliance' inside reported speech ('He stated that ...'), speaker named in the paragraph before. The second \"progressive alliance\" is the outlet's use of the term as the name of the proposed alliance (not a quote, left unannotated on purpose).",
  "Figures: only 'the two largest parties'. Not figures: '5.00 pm' (time of day), '10' in '10 Downing Street' (an address, a designation), 'one' in 'a Labour-Liberal one' (pronoun for 'alliance').",
  "Events: 'at 5.00 pm local time' (Brown's statement, 10 May), 'yesterday' (Brown's meeting with Clegg, joint actor, 9 May), 'in the autumn' (future state, null), 'on Thursday' (the general election of 6 May, a noun without a named agent, null). 'the time of the next Labour Party Conference' is not a date expression of its own (it names an event, not a date). The caption's 'in 2007' was removed with the caption.",
  "Actors: the Scottish National Party and Plaid Cymru speak ('have stated they would be amenable'); the Conservative Party takes part in the negotiations. The Labour Party does not act in the text (only 'Labour Party leader', 'a new leader of the Labour Party') and is not listed. 'the leader of the Liberal Democratic Party' is an alias of Nick Clegg only; 'The Liberal Democratic Party' (capital T, last paragraph) and 'the Liberal Democrats' belong to the party.",
  "Second careful read done by the annotator against FORMAT.md: headline without date expressions or numbers; quote span without the marks; the two 'progressive alliance' occurrences told apart by ctx; dates of the four events checked against Monday 10 May 2010 (yesterday = Sunday 9 May, Thursday = 6 May); no surface form shared between actors.",
 ],
}
