G = "gabon_election_2016:"
M = "Seraphin Moundounga"
P = "Jean Ping"
I = "Pacome Moubelet Boubeya"
ANN = {
 "article": "articles/voa_2016_gabon_justice_minister_resigns.txt",
 "gold_out": "gold/voa_2016_gabon_justice_minister_resigns.json",
 "published": "2016-09-05",
 "quotes": [
  {"text": "some arrests have been made in recent days.", "speaker": "France", "speaker_mention": "France", "fragment": True,
   "note": "'France expressed concern about the safety of several of its nationals, noting that \"some arrests have been made in recent days.\"': a phrase of France's statement inside reported speech; the final period inside the marks is kept"},
 ],
 "figures": [
  {"quantity": G+"margin_votes", "text": "5,000", "value": 5000, "unit": None, "counted": "votes by which Bongo won the election over Ping", "source": "Gabon election commission", "approx": "around",
   "note": "'Gabon's election commission announced last week that Bongo won the election over opposition leader Jean Ping by about 5,000 votes': the margin is part of what the commission announced; 'about' -> around"},
  {"quantity": G+"deaths", "text": "six", "value": 6, "unit": None, "counted": "people dead in the protests and street violence", "source": None, "approx": "at least",
   "note": "'leading to protests and street violence that has left at least six people dead': outlet's voice; the toll of the post-election violence, same key as the Guardian's 'three people' (1 September item) and the minister's 'three deaths' below"},
  {"quantity": G+"arrested_nationwide", "text": "1,000", "value": 1000, "unit": None, "counted": "people arrested nationwide", "source": I, "approx": "more than",
   "note": "'Interior Minister Pacome Moubelet Boubeya said more than 1,000 people have been arrested nationwide'"},
  {"quantity": G+"arrested_libreville", "text": "800", "value": 800, "unit": None, "counted": "people arrested in the capital", "source": I, "approx": "up to",
   "note": "'including as many as 800 in the capital': same sentence as the minister's 'said'; 'as many as' -> up to"},
  {"quantity": G+"deaths", "text": "three", "value": 3, "unit": None, "counted": "deaths in the post-election violence", "source": I, "approx": None,
   "note": "'He confirmed three deaths in the post-election violence': 'He' is the interior minister named in the sentence before"},
 ],
 "events": [
  {"actor": "Gabon election commission", "date": "2016-08-29/2016-09-04", "date_text": "last week", "what": "announced that Bongo won the election",
   "note": "'Gabon's election commission announced last week that Bongo won': the commission is the subject of 'announced'; 'last week' = the ISO week before Monday 5 September 2016 (the announcement was on Wednesday 31 August)"},
  {"actor": M, "date": "2016-09-05", "date_text": "on Monday", "what": "told Radio France International why he stepped down",
   "note": "'Moundounga told Radio France International on Monday that ...': Moundounga is the subject of 'told'"},
  {"actor": P, "date": "2016-09-05", "date_text": "Monday", "ctx": "Also Monday", "what": "called for a general strike",
   "note": "'Also Monday, Ping — who has declared himself the leader of Gabon — called for a general strike': Ping is the subject of 'called'"},
  {"actor": None, "date": "2016-09-05", "date_text": "Monday", "ctx": "stay home Monday", "what": "few people stayed home (strike call little followed)",
   "note": "'few people seemed to stay home Monday': the subject is the quantifier phrase 'few people' (nobody named; a non-event), so null"},
  {"actor": "France", "date": "2016-09-05", "date_text": "Monday", "ctx": "development Monday", "what": "expressed concern about the safety of French nationals",
   "note": "'In another development Monday, France expressed concern ...': France is the subject of 'expressed'"},
  {"actor": "Ban Ki-moon", "date": "2016-09-04", "date_text": "Sunday", "what": "spoke by phone with Bongo and Ping and urged an end to the violence",
   "note": "'United Nations Secretary-General Ban Ki-moon spoke over the phone Sunday with Bongo and Ping': Ban is the subject of 'spoke'; Sunday 4 September 2016"},
 ],
 "actors": [
  {"name": M, "type": "person", "aliases": ["Gabon's Justice Minister Seraphin Moundounga", "Gabon Justice Minister", "Moundounga"]},
  {"name": "Ali Bongo", "type": "person", "aliases": ["President Ali Bongo", "Bongo"]},
  {"name": P, "type": "person", "aliases": ["opposition leader Jean Ping", "Ping"]},
  {"name": "Gabon election commission", "type": "organisation", "aliases": ["Gabon's election commission"]},
  {"name": "Gabon government", "type": "organisation", "aliases": ["the government"]},
  {"name": "Libreville residents", "type": "group", "aliases": ["Some city residents"]},
  {"name": "France", "type": "country", "aliases": ["France"]},
  {"name": I, "type": "person", "aliases": ["Interior Minister Pacome Moubelet Boubeya"]},
  {"name": "Ban Ki-moon", "type": "person", "aliases": ["United Nations Secretary-General Ban Ki-moon"]},
 ],
 "notes": [
  "VOA News report of Monday 5 September 2016 (no date printed; see published_evidence) on the resignation of Gabon's justice minister after the disputed re-election of Ali Bongo (vote of 27 August, result announced 31 August). Story gabon_election_2016 with voa_2016_gabon_protests_after_bongo_reelection (1 September).",
  "Keys: the death tolls ('at least six people dead', outlet's voice; the interior minister's 'three deaths') share gabon_election_2016:deaths with the Guardian's 'three people' of the 1 September item. The margin 'about 5,000 votes' (the commission's announcement), the arrests 'more than 1,000' nationwide and 'as many as 800' in the capital (the interior minister) appear only here.",
  "The only quote is France's phrase ('noting that \"...\"'). The last paragraph of the stored copy, with the quote from Ban's office, was cut mid-word and dropped (meta edits). Moundounga's, Ping's and the residents' statements are reported speech without quote marks.",
  "Not figures: 'the first high-level government official' (ordinal), 'several of its nationals', 'few people' (no number). Not events: 'since the vote' (no date expression), 'in recent days' (inside the quote, vague), 'following the violence'.",
  "Radio France International is only the outlet Moundounga spoke to: not an actor. 'the government' (not responding to concerns; to be pressured by the strike) is listed as the Gabon government.",
  "Second careful reading done against FORMAT.md sections 1-2: the quote span (final period kept), every number token (5,000, six, 1,000, 800, three), the six date expressions (three separate 'Monday's told apart by ctx) and the alias surface forms; no change needed after it.",
 ],
}
