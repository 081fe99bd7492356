S = "guinea_election_violence_2010"
K = S + ":"
NT = "Nouhou Thiam"
CD = "Cellou Diallo"
AC = "Alpha Conde"
SC = "Supreme Court of Guinea"
ANN = {
 "article": "articles/voa_2010_guinea_army_declares_state_of_emergency.txt",
 "gold_out": "gold/voa_2010_guinea_army_declares_state_of_emergency.json",
 "published": "2010-11-17",
 "quotes": [],
 "figures": [
  {"text": "eight", "value": 8, "unit": "days", "counted": "days the supreme court has to certify the vote count", "source": None, "approx": None, "ctx": "eight days",
   "note": "'Electoral law gives the supreme court eight days from Monday's announcement ...': a legal time limit stated in VOA's own voice; the law is not an actor, so no claimant -> null. Span 'eight' with unit days (the unit word is not glued)"},
  {"text": "two", "value": 2, "unit": None, "counted": "districts whose votes Diallo asks the court to annul", "source": CD, "approx": None, "ctx": "two districts",
   "note": "'His opponent, former prime minister Cellou Diallo, is challenging those results, asking the supreme court to annul votes from two districts': the count is the content of Diallo's request to the court (reported), so Diallo is the claimant"},
  {"text": "thousands", "value": None, "vague": True, "unit": None, "counted": "members of his ethnic group driven from their homes in pre-election violence", "source": None, "approx": None,
   "note": "vague plural in the relative clause describing the two districts ('where thousands of members of his ethnic group were driven from their homes'): VOA's own background, not part of what Diallo is said to ask -> null"},
  {"quantity": K + "days_of_violence", "text": "three", "value": 3, "unit": "days", "counted": "days of violence between security forces and Diallo supporters", "source": None, "approx": None, "ctx": "three days",
   "note": "'three days of violence' (Monday 15 to Wednesday 17 November), VOA's voice. Same period as the Global Voices post's 'three days of violence' (gv_2010_guinea_three_days_post_election_violence)"},
  {"text": "Two", "value": 2, "unit": None, "counted": "Diallo supporters shot dead late Tuesday", "source": None, "approx": None, "ctx": "Two Diallo supporters",
   "note": "VOA's own voice; a subset (two deaths of one night) of the post-results toll, so no quantity key shared with the 'at least three' / 'at least seven' killed since Monday. 'One was shot ...', 'The other ...' that follow are enumerators, not figures"},
 ],
 "events": [
  {"actor": None, "date": "2010-11-07", "date_text": "November 7", "what": "presidential election (run-off) held",
   "note": "a date on a noun ('the November 7 presidential election'): an election has no single agent -> null; 7 November 2010, the run-off"},
  {"actor": None, "date": "2010-11-15", "date_text": "Monday's", "what": "announcement of provisional results",
   "note": "possessive weekday on a noun ('Monday's announcement of provisional results'): the text does not say who announced them -> null; Monday 15 November 2010, before the Wednesday report"},
  {"actor": None, "date": "2010-11-16", "date_text": "late Tuesday", "what": "two Diallo supporters shot dead",
   "note": "'Two Diallo supporters were shot dead late Tuesday': passive without a by-agent -> null (the report does not say who shot them); Tuesday 16 November 2010"},
 ],
 "actors": [
  {"name": "Guinean military government", "type": "organisation", "aliases": ["Guinea's military government"]},
  {"name": NT, "type": "person", "aliases": ["Army Chief Nouhou Thiam", "Nouhou Thiam", "Thiam"]},
  {"name": SC, "type": "organisation", "aliases": ["Guinea's supreme court", "the supreme court"]},
  {"name": AC, "type": "person", "aliases": ["long-time opposition leader Alpha Conde", "Alpha Conde", "Mr. Conde"]},
  {"name": CD, "type": "person", "aliases": ["His opponent, former prime minister Cellou Diallo", "former prime minister Cellou Diallo", "Cellou Diallo", "Mr. Diallo"]},
  {"name": "Guinean security forces", "type": "organisation", "aliases": ["security forces"]},
  {"name": "Diallo supporters", "type": "group", "aliases": ["Diallo supporters"]},
 ],
 "notes": [
  "VOA correspondent's report of Wednesday 17 November 2010 on the state of emergency declared in Guinea after the announcement (Monday 15 November) that Alpha Conde won the 7 November presidential run-off; story guinea_election_violence_2010 with the VOA News desk story of the same day (voa_2010_guinea_emergency_three_killed_reprint, kept from a reprint) and the Global Voices post of 28 November (gv_2010_guinea_three_days_post_election_violence).",
  "No quote marks at all: Thiam's words are reported speech ('Thiam says ...', 'what he calls ...'), so there are no quotes. The paragraph where Diallo is reported speaking was cut mid-sentence in the stored copy and dropped (see meta edits).",
  "Key shared across the story: guinea_election_violence_2010:days_of_violence ('three days of violence' here and in the Global Voices post). The death toll key guinea_election_violence_2010:dead_since_results is not used here: the only count of dead ('Two Diallo supporters ... late Tuesday') is one night's subset.",
  "Not figures: 'November 7' (a date), 'One was shot ...', 'The other ...' (enumerators). Not events: 'pre-election violence', 'three days of violence' (no date expression; 'three days' is a duration, annotated as a figure).",
  "'He' and 'his' (Thiam, Diallo) are pronouns, not aliases. 'Guinea's acting military leader General Sekouba Konate' was only in the dropped paragraph.",
  "second reading (annotator): re-read the whole item against FORMAT.md sections 1-2; resolved 'Monday's' (15 November), 'late Tuesday' (16 November) and 'November 7' against Wednesday 17 November 2010; checked every figure span, each alias as an exact substring and that no surface form belongs to two actors.",
 ],
}
