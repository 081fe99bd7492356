K = "pakistan_islamabad_protests_2014:"
NS = "Nawaz Sharif"
IK = "Imran Khan"
TQ = "Tahir-ul-Qadri"
PR = "anti-government protesters"
RL = "rally leaders"
HO = "hospital officials"
MM = "Marvi Memon"
ANN = {
 "article": "articles/voa_2014_islamabad_protests_hundreds_injured.txt",
 "gold_out": "gold/voa_2014_islamabad_protests_hundreds_injured.json",
 "published": "2014-08-30",
 "quotes": [
  {"text": "minor and major wounds.", "speaker": HO, "kind": "direct", "fragment": True, "speaker_mention": "hospital officials",
   "note": "'hospital officials confirmed receiving scores of people, including police officers, with \u201cminor and major wounds.\u201d': a short phrase inside the officials' reported confirmation, so fragment; the final '.' inside the closing mark kept"},
  {"text": "mutually agreed red lines.", "speaker": MM, "kind": "direct", "fragment": True, "speaker_mention": "Marvi Memon",
   "note": "'A ruling party lawmaker, Marvi Memon, says the government had been repeatedly and sternly warning protesters against crossing \u201cmutually agreed red lines.\u201d': the phrase sits in Memon's reported speech, so she is the speaker (the text does not say the government's warnings used these words); fragment; final '.' kept"},
 ],
 "figures": [
  {"quantity": K+"injured", "text": "Hundreds", "value": None, "vague": True, "unit": None, "counted": "injured in Islamabad protests", "source": None, "approx": None,
   "note": "headline 'Reports: Hundreds Injured in Islamabad Protests': vague plural; 'Reports' names no claimant (unnamed reports) -> null; the same toll as the lead's 'more than 300'"},
  {"quantity": K+"injured", "text": "300", "value": 300, "unit": None, "counted": "people reported injured in clashes between police and protesters", "source": None, "approx": "more than",
   "note": "'More than 300 people have been reported injured in clashes ...': a passive 'have been reported' with no by-agent, and no claimant in the next sentence -> null"},
  {"text": "thousands", "value": None, "vague": True, "unit": None, "counted": "protesters camping outside parliament", "source": None, "approx": None,
   "note": "'thousands of protesters who have been camping outside parliament for two weeks': vague plural in VOA's own voice"},
  {"text": "two", "ctx": "for two weeks", "value": 2, "unit": "weeks", "counted": "weeks the protesters have been camping outside parliament", "source": None, "approx": None,
   "note": "'camping outside parliament for two weeks': a duration, so a figure (unit weeks) and not an event"},
  {"text": "two", "ctx": "two separate mass rallies", "value": 2, "unit": None, "counted": "separate mass rallies", "source": None, "approx": None,
   "note": "'The protesters are part of two separate mass rallies organized by ... Imran Khan and ... Tahir-ul-Qadri': a count in VOA's voice"},
  {"quantity": K+"injured", "text": "scores", "value": None, "vague": True, "unit": None, "counted": "people received by hospitals with wounds, including police officers", "source": HO, "approx": None,
   "note": "'hospital officials confirmed receiving scores of people, including police officers, with \u201cminor and major wounds.\u201d': vague plural claimed by the hospital officials; the people hurt in the same Saturday clashes, so the same quantity as the lead's 'more than 300' reported injured (the officials' vaguer count beside it)"},
 ],
 "events": [
  {"actor": None, "date": "2014-08-30", "date_text": "Saturday", "ctx": "broke out Saturday", "what": "the clashes broke out when protesters tried to storm Sharif's home",
   "note": "'The clashes broke out Saturday when thousands of protesters ... tried to storm his home': the expression dates 'broke out', whose subject 'the clashes' is no agent -> null; Saturday = 30 August 2014, the publication day"},
  {"actor": None, "date": "2013-05", "date_text": "May 2013", "what": "the election that brought Sharif to power",
   "note": "'the May 2013 election that saw Sharif sweep to power': a dated noun; the text names no one who held the election (the voters and the election authority are not mentioned) -> null"},
  {"actor": RL, "date": "2014-08-30", "date_text": "late Saturday", "what": "the rally leaders called for the demonstration to move toward the prime minister's residence",
   "note": "'The stalemate provoked rally leaders late Saturday to call for the demonstration to move toward ... the official residence of the prime minister': the grammatical subject 'The stalemate' is a state, not an agent; the dated act is the rally leaders' call (provoked and made at the same moment), so the actor is the rally leaders (Khan and Qadri, described only as 'rally leaders' here); 30 August 2014"},
 ],
 "actors": [
  {"name": "Pakistani police", "type": "organisation", "aliases": ["police", "Police"]},
  {"name": PR, "type": "group", "aliases": ["anti-government protesters", "protesters", "The protesters", "the protesters"]},
  {"name": NS, "type": "person", "aliases": ["Prime Minister Nawaz Sharif", "Sharif", "The prime minister", "the prime minister"]},
  {"name": IK, "type": "person", "aliases": ["cricketer-turned-politician Imran Khan", "Imran Khan"]},
  {"name": TQ, "type": "person", "aliases": ["firebrand cleric Tahir-ul-Qadri", "Tahir-ul-Qadri"]},
  {"name": "International observers", "type": "group", "aliases": ["International observers"]},
  {"name": RL, "type": "group", "aliases": ["rally leaders"]},
  {"name": HO, "type": "group", "aliases": ["hospital officials"]},
  {"name": MM, "type": "person", "aliases": ["A ruling party lawmaker, Marvi Memon", "Marvi Memon"]},
  {"name": "Pakistani government", "type": "organisation", "aliases": ["the government"]},
 ],
 "notes": [
  "VOA report by Ayaz Gul (byline in the stored copy), dated Saturday 30 August 2014 (no date line; caption date, text and item number, see meta), on the clashes in Islamabad when protesters led by Imran Khan and Tahir-ul-Qadri, camped outside parliament for two weeks, tried to storm Prime Minister Nawaz Sharif's residence. Story pakistan_islamabad_protests_2014 (one item so far; the dev item gv_2014_pakistan_ptv_under_siege, story pakistan_ptv_storming_2014, covers the storming of state TV by the same protesters two days later, 1 September; its figures do not state the same quantities as these).",
  "Keys: " + K + "injured joins the headline's 'Hundreds' (unnamed 'Reports'), the lead's 'More than 300' (passive, no claimant) and the hospital officials' 'scores' of people received with wounds: all count the people hurt in the Saturday clashes. The other figures (thousands of protesters, two weeks, two rallies) have no partner.",
  "Quotes: two fragments, 'minor and major wounds.' (hospital officials) and 'mutually agreed red lines.' (Marvi Memon, in whose reported speech it stands). The cut last paragraph, which opened a full quotation ('\u201cWhen the protesters tried to break the gate of the presidency,'), was dropped, so the item has no full-sentence quote.",
  "Events: 'Saturday' (the clashes broke out, no agent), 'May 2013' (the election, no agent named) and 'late Saturday' (the rally leaders' call; subject 'The stalemate' is a state, the dated act is the leaders'). Left out: 'at the time' (anaphoric, points back to late Saturday; not a date expression of its own), 'Shortly after they began the march' (relative to an event, no date), 'for two weeks' (a duration, annotated as a figure).",
  "Sources: no figure is claimed by a named source except the hospital officials' 'scores'; 'Reports:' in the headline and 'have been reported' in the lead name no claimant -> null.",
  "Actors: the police (responded, fired tear gas), the protesters ('They have alleged massive fraud'; tried to storm), Sharif (rejects calls for his ouster), Khan and Qadri (organised the rallies), the rally leaders (called for the march; kept as their own group because the text does not name them here and 'rally leaders' cannot be an alias of both Khan and Qadri), International observers (have said the vote was free and fair), hospital officials, Marvi Memon and the government (had been warning protesters). 'The stalemate' and 'The crackdown' are not actors.",
  "Not figures: '2013' (a year), 'a huge majority' (no number word).",
  "Second careful read by the annotator: the whole item re-read once against FORMAT.md sections 1-2 and the search copy of the stored page; text identical to the stored page after the listed edits (curly quote marks as printed); 30 August 2014 was a Saturday; every alias checked as an exact substring; 'More than' -> more than.",
 ],
}
