ANN = {
 "article": "articles/voa_2008_supreme_court_guantanamo_detainees.txt",
 "gold_out": "gold/voa_2008_supreme_court_guantanamo_detainees.json",
 "published": "2008-06-12",
 "quotes": [
  {"text": "survive, and remain in force, in extraordinary times.", "speaker": "Anthony Kennedy", "speaker_mention": "Justice Anthony Kennedy", "fragment": True,
   "note": "'Writing for the court, Justice Anthony Kennedy said ... are designed to \"survive, ... times.\"': words of the majority opinion inside reported speech; period inside the marks kept"},
 ],
 "figures": [
  {"quantity": "guantanamo_habeas_ruling_2008:justices_majority", "text": "5", "value": 5, "counted": "justices voting for the detainees' rights", "source": None,
   "note": "'The justices voted 5-4': majority first; text is the digit only"},
  {"quantity": "guantanamo_habeas_ruling_2008:justices_minority", "text": "4", "value": 4, "counted": "justices voting against", "source": None},
 ],
 "events": [
  {"actor": None, "date": "2002", "date_text": "in 2002", "what": "Guantanamo prison opened",
   "note": "'The prison opened in 2002': intransitive, the prison is not an actor and no agent is named"},
 ],
 "actors": [
  {"name": "United States Supreme Court", "type": "organisation", "aliases": ["US Supreme Court", "The U.S. Supreme Court", "The justices", "the court"]},
  {"name": "Anthony Kennedy", "type": "person", "aliases": ["Justice Anthony Kennedy"]},
  {"name": "Civil rights advocates", "type": "group", "aliases": ["Civil rights advocates"]},
 ],
 "notes": [
  "VOA News item of Thursday 12 June 2008 (Boumediene v. Bush), kept from a reprint on baktabul.net credited 'By VOA News'; story guantanamo_habeas_ruling_2008.",
  "One quote: a fragment of Justice Kennedy's majority opinion ('Writing for the court ... said'), with the final period inside the marks.",
  "Figures: the 5-4 vote, two figures (majority, minority), in VOA's voice. No other number words.",
  "Events: only 'in 2002' (the prison opened; no agent). 'says' in the lead is present tense with no date expression; the date line was removed as furniture, so the ruling itself carries no date expression.",
  "'Civil rights advocates have criticized ... saying ...' is reported speech without quote marks; they are listed as an actor (they speak). 'the Guantanamo tribunals' do not act.",
  "Second careful read done against FORMAT.md (fragment quote, vote figures, year event) by the annotator.",
 ],
}
