RC = "Raúl Castro"
FC = "Fidel Castro"
NA = "National Assembly of People's Power"
ANN = {
 "article": "articles/wn_2008_raul_castro_chosen_president_cuba.txt",
 "gold_out": "gold/wn_2008_raul_castro_chosen_president_cuba.json",
 "published": "2008-02-24",
 "quotes": [
  {"text": "aspire to or accept... the positions of President of Council of State and Commander in Chief", "speaker": FC, "speaker_mention": "Fidel Castro", "fragment": True,
   "note": "'Fidel Castro, who ruled ..., wrote a letter last Tuesday saying that he would not \"...\"': words of his letter inside reported speech (fragment); the speaker is named at the start of the long sentence, with a relative clause between; the ellipsis '...' is the outlet's and stays inside"},
 ],
 "figures": [
  {"text": "76", "value": 76, "unit": "years", "counted": "age of Raúl Castro", "source": None, "approx": None, "ctx": "Castro, 76,",
   "note": "age ('Raúl Castro, 76,'), unit years as for ages elsewhere in the set"},
  {"text": "5", "value": 5, "unit": "years", "counted": "years Raúl Castro will serve as President", "source": None, "approx": None, "ctx": "for 5 years",
   "note": "'He will serve for 5 years': outlet's voice after the Assembly's announcement"},
  {"text": "614", "value": 614, "unit": None, "counted": "members of the National Assembly", "source": None, "approx": None},
  {"text": "29", "value": 29, "unit": None, "counted": "other members of the Council of State chosen by the Assembly", "source": None, "approx": None},
  {"text": "97.7%", "value": 97.7, "unit": "%", "counted": "voters who approved the Socialist Cuban Constitution in the 1976 referendum", "source": None, "approx": None,
   "note": "outlet's voice"},
 ],
 "events": [
  {"actor": NA, "date": "2008-02-24", "date_text": "Today", "what": "the National Assembly announced it had unanimously chosen Raúl Castro as President",
   "note": "'Today, the National Assembly of People's Power ... announced that it had unanimously chosen Raúl Castro': active verb, the Assembly is the agent"},
  {"actor": None, "date": "2008-01-20", "date_text": "January 20, 2008", "what": "general election in which the Assembly's members were elected",
   "note": "'614 members previously elected in a January 20, 2008 general election': passive without agent and a date on the noun 'general election' (no agent named) -> null"},
  {"actor": "Cuban voters", "date": "1976", "date_text": "in 1976", "what": "referendum approving the Socialist Cuban Constitution", "ctx": "referendum in 1976",
   "note": "'the Socialist Cuban Constitution was approved by 97.7% of voters in a referendum in 1976': passive with a by-agent (the voters) -> Cuban voters"},
  {"actor": FC, "date": "1959", "date_text": "in 1959", "what": "Fidel Castro rose to power with the Cuban Revolution",
   "note": "'Fidel Castro, who ruled as President ever since rising to power in 1959': Fidel is the subject of 'rising'"},
  {"actor": FC, "date": "2008-02-19", "date_text": "last Tuesday", "what": "Fidel Castro wrote a letter saying he would not accept the posts again",
   "note": "'Fidel Castro ... wrote a letter last Tuesday': active verb; last Tuesday before Sunday 24 February 2008 = 19 February 2008"},
  {"actor": NA, "date": "2008-02-24", "date_text": "today's", "what": "today's election for a new President",
   "note": "date on the noun 'election' ('in today's election for a new President'): the text says the National Assembly chose the President (first paragraph), so the Assembly is the agent of this election"},
  {"actor": None, "date": "2006-07-31", "date_text": "since July 31, 2006", "what": "Raúl has been acting president; Fidel transferred his presidential power to him that day",
   "note": "'Raúl ... has been acting president of Cuba since July 31, 2006, when Fidel transferred his presidential power to him': the expression modifies the state 'has been acting president' -> null (cf. 'since Aug. 16 ... have been delivering aid' in the dev set); the 'when' clause names Fidel as agent of the transfer on that day, noted here but not taken as the event's actor"},
 ],
 "actors": [
  {"name": NA, "type": "organisation", "aliases": ["National Assembly of People's Power", "Cuba's legislative parliament", "The National Assembly", "The Assembly"]},
  {"name": RC, "type": "person", "aliases": ["Raúl Castro", "Raúl"]},
  {"name": FC, "type": "person", "aliases": ["Fidel Castro", "Fidel"]},
  {"name": "Cuban voters", "type": "group", "aliases": ["voters"]},
  {"name": "Voice of America", "type": "organisation", "aliases": ["Voice of America"]},
  {"name": "Cuban exiles in Miami", "type": "group", "aliases": ["Cuban exiles in Miami"]},
 ],
 "notes": [
  "Wikinews report of Sunday 24 February 2008 on the Cuban National Assembly choosing Raúl Castro as President, after Fidel Castro's letter of Tuesday 19 February saying he would not accept the posts again. Story cuba_raul_castro_president_2008 (single item).",
  "One quote: words of Fidel Castro's letter inside reported speech ('wrote a letter last Tuesday saying that he would not \"...\"'), a fragment; the speaker is named at the head of a long sentence with a relative clause before the quote.",
  "Figures, all in the outlet's voice: Raúl's age 76, the 5-year term, the Assembly's 614 members, 29 other Council of State members, 97.7% of voters in 1976. 'According to Voice of America' attributes a fact without a number. Not figures: '1959', '1976' (years), 'January 20, 2008', 'July 31, 2006' (dates), 'First Vice-President', 'First Secretary' (titles).",
  "Events: 'Today' (Assembly announced: Assembly), 'January 20, 2008' (election: null), 'in 1976' (approved by voters: Cuban voters), 'in 1959' (Fidel rose to power: Fidel), 'last Tuesday' (Fidel wrote: Fidel), 'today's' (election for a new President: the Assembly, by the first paragraph), 'since July 31, 2006' (state of being acting president: null; see its note about the 'when' clause).",
  "Actors: José Ramón Machado Ventura is chosen and does not act; the United States appears only in 'a better life in the United States'. 'The National Assembly' and 'The Assembly' are the capitalised surface forms at sentence starts; 'Fidel' covers 'Fidel's'. No surface form is shared ('Raúl' vs 'Fidel'; 'Castro' alone never appears).",
  "Second careful read done by the annotator against FORMAT.md: the fragment quote span with its ellipsis, the five figures (percentage as unit %, age and term as years), the seven date expressions (last Tuesday = 19 Feb 2008, today's = 24 Feb 2008) and their agents, and the dropped cut paragraph (see meta edits).",
 ],
}
