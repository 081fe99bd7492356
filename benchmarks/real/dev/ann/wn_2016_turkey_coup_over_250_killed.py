BY = "Binali Yıldırım"
RE = "Recep Tayyip Erdoğan"
RB = "rebels (coup plotters)"
ZA = "Zekai Aksakalli"
MO = "military official (unnamed)"
ANN = {
 "article": "articles/wn_2016_turkey_coup_over_250_killed.txt",
 "gold_out": "gold/wn_2016_turkey_coup_over_250_killed.json",
 "published": "2016-07-18",
 "quotes": [
  {"text": "taken control of the country", "speaker": RB, "speaker_mention": "the rebels", "fragment": True,
   "note": "short phrase inside the reported claim 'the rebels declared martial law claiming to have \"...\"'"},
  {"text": "Those who betrayed this country will pay for this treachery", "speaker": RE, "speaker_mention": "Erdoğan",
   "note": "'Erdoğan after reaching Istanbul on Saturday, said, \"...\"'; the language template after the closing mark was removed (see meta edits)"},
  {"text": "Those who are attempting a coup will not succeed. Our people should know that we will overcome this", "speaker": ZA, "speaker_mention": "General Zekai Aksakalli",
   "note": "'General Zekai Aksakalli told NTV, \"...\"'; the full stop stands outside the closing mark, so the text ends at 'this'"},
 ],
 "figures": [
  {"quantity": "turkey_coup_2016:killed_total", "text": "250", "value": 250, "unit": None, "counted": "people killed in failed coup attempt", "source": None, "approx": "more than",
   "note": "headline 'Over 250 killed', outlet's own voice; the round form of the 265 of the lead"},
  {"quantity": "turkey_coup_2016:killed_total", "text": "265", "value": 265, "unit": None, "counted": "people killed", "source": BY, "approx": None,
   "note": "'265 people were killed and 1440 were injured, Turkish Prime Minister Binali Yıldırım reported on Saturday' -> Yıldırım claims it; total dead including the 104 plotters (same key in wn_2016_turkey_president_defeats_coup)"},
  {"quantity": "turkey_coup_2016:injured", "text": "1440", "value": 1440, "unit": None, "counted": "people injured", "source": BY, "approx": None,
   "note": "same reporting clause as the 265 dead; injured, a different quantity from the dead"},
  {"quantity": "turkey_coup_2016:military_detained", "text": "2,839", "value": 2839, "unit": None, "counted": "soldiers and officers detained", "source": None, "approx": None,
   "note": "'Following the incident, 2,839 soldiers and officers were detained and, according to another military official, 104 coup plotters were killed': no claimant is given for the detentions (the 'according to' belongs to the second conjunct), so source null; the earlier version of the article says 'arrested' (same key)"},
  {"quantity": "turkey_coup_2016:plotters_killed", "text": "104", "value": 104, "unit": None, "counted": "coup plotters killed", "source": MO, "approx": None,
   "note": "'according to another military official' stands right before the clause"},
  {"quantity": "turkey_coup_2016:bridges_blocked", "text": "two", "ctx": "the two bridges", "value": 2, "unit": None, "counted": "bridges over the Bosphorus blocked", "source": None, "approx": None,
   "note": "outlet's own voice ('They shut down ... and blocked the two bridges over the Bosphorus')"},
 ],
 "events": [
  {"actor": BY, "date": "2016-07-16", "date_text": "on Saturday", "ctx": "reported on Saturday", "what": "Yıldırım reported the toll of 265 dead and 1440 injured",
   "note": "'on Saturday' modifies 'reported', whose subject is Yıldırım; the Saturday before the Monday date line"},
  {"actor": RB, "date": "2016-07-15", "date_text": "On Friday", "what": "rebels declared martial law and claimed control of the country",
   "note": "subject of 'declared' is 'the rebels'"},
  {"actor": RE, "date": "2016-07-16", "date_text": "on Saturday", "ctx": "reaching Istanbul on Saturday", "what": "Erdoğan reached Istanbul and spoke",
   "note": "'Erdoğan after reaching Istanbul on Saturday, said': the date modifies 'reaching', whose agent is Erdoğan (who also speaks)"},
 ],
 "actors": [
  {"name": BY, "type": "person", "aliases": ["Binali Yıldırım", "Turkish Prime Minister Binali Yıldırım", "Prime Minister Yıldırım", "Yıldırım"]},
  {"name": RE, "type": "person", "aliases": ["Recep Tayyip Erdoğan", "Turkish president Recep Tayyip Erdoğan", "Erdoğan"]},
  {"name": RB, "type": "group", "aliases": ["the rebels", "coup plotters", "coup supporters", "elements of the Turkish Armed Forces"]},
  {"name": ZA, "type": "person", "aliases": ["Zekai Aksakalli", "General Zekai Aksakalli"]},
  {"name": MO, "type": "person", "aliases": ["another military official"]},
  {"name": "CNN", "type": "organisation", "aliases": ["CNN", "news channel CNN"]},
 ],
 "notes": [
  "Wikinews report dated Monday 18 July 2016 on the failed coup of 15-16 July 2016 in Turkey; story turkey_coup_2016 with wn_2016_turkey_president_defeats_coup (the first version of this Wikinews article, dated Sunday 17 July, kept from a mirror) and voa_2016_erdogan_vows_rid_turkey_virus (VOA, 17 July), and the dev item voa_2016_turkey_coup_crackdown (VOA, 1 August).",
  "Keys shared with the 17 July version: killed_total (250 headline, 265), injured (1440), military_detained (2,839), plotters_killed (104), bridges_blocked (two). The VOA item's 'Around 6,000 people have been detained' is a wider count (all people, a day later) and has its own key.",
  "Sources: 265 and 1440 are claimed by Yıldırım; 104 by 'another military official' (unnamed, own actor); 2,839 has no claimant in the text (null, see note).",
  "Not figures: '2016' (removed caption); 'One' does not occur. 'Eight people fled' was in the dropped, cut sentence.",
  "Not actors: Hulusi Akar (held and freed, passive), NTV (addressee of Aksakalli's words), 'Erdoğan supporters' (seen carrying flags; not a speaker or claimant). Pronoun 'They' (the rebels) is not an alias.",
  "Second careful read of the whole item against FORMAT.md done by the annotator: quote spans and marks, figure spans, approximators and sources, the two 'on Saturday' (ctx), dates against the Monday date line and actor aliases rechecked.",
 ],
}
