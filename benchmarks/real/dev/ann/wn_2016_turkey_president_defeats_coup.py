BY = "Binali Yıldırım"
RE = "Recep Tayyip Erdoğan"
RB = "rebels (coup plotters)"
ANN = {
 "article": "articles/wn_2016_turkey_president_defeats_coup.txt",
 "gold_out": "gold/wn_2016_turkey_president_defeats_coup.json",
 "published": "2016-07-17",
 "quotes": [
  {"text": "taken control of the country", "speaker": RB, "speaker_mention": "rebellion army", "fragment": True,
   "note": "phrase inside the reported claim 'rebellion army declared martial law claiming they had “...”'"},
  {"text": "Who betrayed this country will pay this treachery", "speaker": RE, "speaker_mention": "Erdoğan",
   "note": "'Erdoğan after reaching Ankara yesterday, said, “...”'; the language marker '((tr))' after the closing mark was removed (meta edits)"},
 ],
 "figures": [
  {"quantity": "turkey_coup_2016:killed_total", "text": "265", "value": 265, "unit": None, "counted": "people killed", "source": BY, "approx": None,
   "note": "the sentence ends 'Turkish Prime Minister Binali Yıldırım reported' -> Yıldırım claims it; same key as the 18 July version"},
  {"quantity": "turkey_coup_2016:injured", "text": "1440", "value": 1440, "unit": None, "counted": "people injured", "source": BY, "approx": None},
  {"quantity": "turkey_coup_2016:military_detained", "text": "2,839", "value": 2839, "unit": None, "counted": "soldiers and officers arrested", "source": None, "approx": None,
   "note": "'Following the incident, 2,839 soldiers and officers were arrested ...': a new sentence without a claimant (Yıldırım's 'reported' closes the previous one), so source null; the 18 July version says 'detained' (same key)"},
  {"quantity": "turkey_coup_2016:plotters_killed", "text": "104", "value": 104, "unit": None, "counted": "coup plotters killed", "source": None, "approx": None,
   "note": "no claimant in this version (the 18 July version adds 'according to another military official')"},
  {"quantity": "turkey_coup_2016:bridges_blocked", "text": "two", "ctx": "blocked two bridges", "value": 2, "unit": None, "counted": "bridges blocked", "source": None, "approx": None},
 ],
 "events": [
  {"actor": None, "date": "2016-07-16", "date_text": "Yesterday", "ctx": "Yesterday, in a failed", "what": "265 people killed and 1440 injured in the coup attempt (as reported by Yıldırım)",
   "note": "the fronted 'Yesterday' modifies the main clause '265 people were killed and 1440 were injured', a passive without agent ('by Turkish Armed Forces' qualifies 'a failed attempt of coup', not the killing); 'Turkish Prime Minister Binali Yıldırım reported' is the attribution tag. The 18 July rewrite dates the report itself ('reported on Saturday'), the same day. Saturday 16 July, the day before the Sunday date line"},
  {"actor": RB, "date": "2016-07-15", "date_text": "On Friday", "what": "rebel army declared martial law",
   "note": "subject of 'declared' is 'rebellion army'"},
  {"actor": RE, "date": "2016-07-16", "date_text": "yesterday", "ctx": "reaching Ankara yesterday", "what": "Erdoğan reached Ankara (as printed) and spoke",
   "note": "'Erdoğan after reaching Ankara yesterday, said': the date modifies 'reaching', agent Erdoğan; the 18 July version corrects the city to Istanbul"},
 ],
 "actors": [
  {"name": BY, "type": "person", "aliases": ["Binali Yıldırım", "Turkish Prime Minister Binali Yıldırım", "Prime Minister Yıldırım", "Yıldırım"]},
  {"name": RE, "type": "person", "aliases": ["Recep Tayyip Erdoğan", "Turkish president Recep Tayyip Erdoğan", "Erdoğan"]},
  {"name": RB, "type": "group", "aliases": ["rebellion army", "the rebellions", "coup plotters", "Turkish Armed Forces"]},
  {"name": "CNN", "type": "organisation", "aliases": ["CNN", "news channel CNN"]},
 ],
 "notes": [
  "Wikinews report dated Sunday 17 July 2016 (first version of the article, kept from a verbatim mirror, en.wikiactu.com); the Wikinews page itself was retitled and rewritten under the date line Monday 18 July 2016 (wn_2016_turkey_coup_over_250_killed). Story turkey_coup_2016 with that item and voa_2016_erdogan_vows_rid_turkey_virus.",
  "Keys shared with the 18 July version: killed_total (265), injured (1440), military_detained (2,839 'arrested' here, 'detained' there), plotters_killed (104), bridges_blocked (two). Here only 265 and 1440 have a claimant (Yıldırım).",
  "'Turkish Armed Forces' is listed as an alias of the rebels because this version attributes the coup to them ('a failed attempt of coup by Turkish Armed Forces').",
  "Quote-mark check: the ‘ in 'Erdoğan‘s' and the ’ in 'Turkey’s' are apostrophes, not quotation marks; no quote between them.",
  "Not actors: Hulusi Akar (held and freed, passive). Pronoun 'They' (the rebels) is not an alias.",
  "Second careful read of the whole item against FORMAT.md done by the annotator: quote spans (curly marks), figure spans and sources, 'Yesterday'/'yesterday' (ctx) against the Sunday date line and actor aliases rechecked.",
 ],
}
