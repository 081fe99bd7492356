S = "benghazi_clashes_2014"
LNA = "Libyan National Army"
KH = "Khalifa Haftar"
IM = "Islamist militants"
AS = "Nuri Abu Sahmain"
HM = "Libyan Health Ministry"
ANN = {
 "article": "articles/voa_2014_benghazi_families_flee_toll_43.txt",
 "gold_out": "gold/voa_2014_benghazi_families_flee_toll_43.json",
 "published": "2014-05-17",
 "quotes": [
  {"text": "We'll come back with force", "speaker": KH, "speaker_mention": "he", "fragment": False,
   "note": "'he told reporters': 'he' is Hafter, named in the paragraph before ('Hafter ... said his troops had temporarily withdrawn'); trailing comma before the closing mark dropped"},
  {"text": "We've started this battle and will continue it until we have reached our goals", "speaker": KH, "speaker_mention": "he", "fragment": False,
   "note": "'he said': still Hafter (two paragraphs after his name)"},
  {"text": "The street and the Libyan people are with us", "speaker": KH, "speaker_mention": "he", "fragment": False,
   "note": "'He said government and parliament had no legitimacy ... \"The street ...,\" he said': Hafter"},
  {"text": "[LNA] members who have carried out the clashes in Benghazi are out of the control of the state of Libya and they are trying to attempt a coup for their own interests", "speaker": AS, "speaker_mention": "Abu Sahmain", "fragment": False,
   "note": "'Abu Sahmain said in a televised news conference'; the bracketed '[LNA]' is the outlet's insertion, kept as printed"},
 ],
 "figures": [
  {"quantity": S + ":killed", "text": "dozens", "value": None, "vague": True, "unit": None, "counted": "killed in the worst clashes in the city for months", "source": None, "approx": None,
   "note": "'a day after dozens were killed in the worst clashes': the toll of Friday's clashes in the outlet's voice (no claimant in the sentence or the next); the same quantity as 43 (Health Ministry official, last paragraph) and the day before's 'at least 13' (hospital officials)"},
  {"quantity": S + ":killed", "text": "43", "value": 43, "unit": None, "counted": "death toll of the Benghazi clashes", "source": HM, "approx": None,
   "note": "'A Health Ministry official said the death toll had risen to 43'"},
  {"quantity": S + ":wounded", "text": "100", "value": 100, "unit": None, "counted": "wounded", "source": HM, "approx": "more than",
   "note": "'with more than 100 wounded', in the Health Ministry official's statement; the day before: '100 wounded' (hospital officials)"},
 ],
 "events": [
  {"actor": LNA, "date": "2014-05-17", "date_text": "on Saturday", "what": "the LNA told civilians to leave parts of Benghazi before a fresh attack",
   "note": "'The self-declared Libyan National Army ... told civilians on Saturday to leave parts of Benghazi': agent of 'told'; Saturday = publication day, 17 May 2014"},
  {"actor": LNA, "date": "2014-05-17", "date_text": "a day after", "what": "the LNA's warning to civilians came a day after dozens were killed",
   "note": "'told civilians on Saturday ..., a day after dozens were killed in the worst clashes': as 'a day after' elsewhere in the set, it dates the main clause (the LNA's telling, Saturday 17 May), a day after Friday's clashes"},
  {"actor": IM + " and " + LNA, "date": "2014-05-16", "date_text": "on Friday", "what": "Islamist militants and LNA forces fought for hours in western Benghazi",
   "note": "'where Islamist militants and LNA forces led by retired General Khalifa Haftar fought for hours on Friday': a joint subject of 'fought'"},
 ],
 "actors": [
  {"name": LNA, "type": "organisation", "aliases": ["The self-declared Libyan National Army", "LNA forces", "his troops"]},
  {"name": KH, "type": "person", "aliases": ["a renegade general", "retired General Khalifa Haftar", "Hafter"]},
  {"name": IM, "type": "group", "aliases": ["Islamist militants"]},
  {"name": AS, "type": "person", "aliases": ["the speaker of parliament", "parliamentary speaker and military commander-in-chief Nuri Abu Sahmain", "Abu Sahmain"]},
  {"name": HM, "type": "organisation", "aliases": ["A Health Ministry official"]},
 ],
 "notes": [
  "VOA News report of Saturday 17 May 2014 (date inferred: see meta published_evidence), the day after the first clashes of Khalifa Haftar's offensive in Benghazi. Story benghazi_clashes_2014 with voa_2014_benghazi_clashes_13_killed (Friday 16 May).",
  "Cross-day figures: Friday's toll 'dozens' (VOA) and 43 (a Health Ministry official) here, 'at least 13' (hospital officials) the day before: benghazi_clashes_2014:killed; 'more than 100 wounded' here and '100 wounded' the day before: :wounded. The stored copy's next sentence (Haftar's own tallies of 60 militants and six soldiers killed) is cut mid-word and was dropped.",
  "Quotes: three by Haftar, each attributed by 'he' (his name, spelled 'Hafter', is in the paragraph before the first one), and one by Nuri Abu Sahmain. '[LNA]' inside the last quote is the outlet's bracket, kept.",
  "Spellings 'Haftar' and 'Hafter' both kept as printed; both are aliases of Khalifa Haftar ('retired General Khalifa Haftar', 'Hafter'). 'his troops' (twice) are the LNA. 'the state of Libya', 'government and parliament' inside speech are not actors with acts of their own.",
  "Not figures: 'a small town', 'several parts', 'for months', 'for hours' (no number). Not events: 'for hours' (a duration), 'for months'.",
  "Second careful read done by the annotator against FORMAT.md: quote texts without the trailing commas, speakers of the 'he said' quotes traced back to Hafter, the hedge 'more than' on 100 (and none on 43), 'a day after' dated to the Saturday of the main clause, 'on Friday' with a joint actor.",
 ],
}
