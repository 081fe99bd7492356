K = "karachi_violence_2010:"
POL = "Pakistani police"
RH = "Raza Haider"
GUN = "unknown gunmen"
RM = "Rehman Malik"
ANN = {
 "article": "articles/voa_2010_karachi_dozens_die_violence.txt",
 "gold_out": "gold/voa_2010_karachi_dozens_die_violence.json",
 "published": "2010-08-03",
 "quotes": [],
 "figures": [
  {"quantity": K+"deaths", "text": "Dozens", "value": None, "vague": True, "unit": None, "counted": "people who died in the Karachi violence", "source": None, "approx": None,
   "note": "headline 'Dozens Die in Karachi Violence': vague plural, no claimant in the headline; the same toll as the lead's 'at least 45'"},
  {"quantity": K+"deaths", "text": "45", "value": 45, "unit": None, "counted": "people killed in Karachi since Monday's assassination", "source": POL, "approx": "at least",
   "note": "'Police in Pakistan say at least 45 people have been killed': the police claim it. The other item of the day (voa_2010_karachi_violence_kills_45) gives the same 45 from 'Pakistani officials'"},
  {"quantity": K+"deaths", "text": "dozens", "value": None, "vague": True, "unit": None, "counted": "people dead after the outbreak of violence", "source": POL, "approx": None, "ctx": "left dozens of people dead",
   "note": "'Police say an outbreak of violence ... left dozens of people dead': claimed by the police; the same dead as the 45"},
  {"quantity": K+"wounded", "text": "scores", "value": None, "vague": True, "unit": None, "counted": "others wounded", "source": POL, "approx": None,
   "note": "same sentence as 'dozens of people dead', so also claimed by the police; the wounded of the unrest ('More than 90' in the other item)"},
  {"quantity": K+"arrested", "text": "20", "value": 20, "unit": None, "counted": "people detained in connection with the violence", "source": RM, "approx": "more than",
   "note": "'He said that police have detained more than 20 people': 'He' is Malik (two sentences after 'Federal Interior Minister Rehman Malik'), the claimant. The other item says 'At least 10 people were arrested in connection with the violence' (same key; the reports disagree)"},
 ],
 "events": [
  {"actor": GUN, "date": "2010-08-02", "date_text": "Monday's", "what": "assassination of MQM leader Raza Haider",
   "note": "date on the noun 'assassination' ('since Monday's assassination'); the next paragraph says who did it ('unknown gunmen riding motorcycles attacked and killed the lawmaker'), so the gunmen are the actor. Monday before Tuesday 3 August 2010 = 2 August"},
  {"actor": RH, "date": "2010-08-02", "date_text": "late on Monday", "what": "Haider was attending a funeral when gunmen attacked and killed him",
   "note": "'He was attending a funeral in Karachi late on Monday when unknown gunmen ... attacked and killed the lawmaker': the expression sits in the main clause and modifies 'was attending', whose subject 'He' is Haider; the killing is in the when-clause (its date is annotated on 'Monday's' above with the gunmen as actor)"},
  {"actor": None, "date": "2010-08-02/2010-08-03", "date_text": "throughout the night", "what": "no let-up in the violence during the night",
   "note": "'there was no let-up in the violence throughout the night': the night of Monday 2 to Tuesday 3 August (as 'overnight' = D-1/D); existential clause, no agent ('Authorities deployed' in the first half of the sentence is not what the expression dates)"},
  {"actor": None, "date": "2010-08-03", "date_text": "on Tuesday", "what": "the city was shuttered by the violence",
   "note": "passive whose 'by' phrase is 'the violence', not an actor: null. Tuesday = the report day, 3 August 2010"},
 ],
 "actors": [
  {"name": POL, "type": "organisation", "aliases": ["Police in Pakistan", "Police", "police"]},
  {"name": RH, "type": "person", "aliases": ["Raza Haider", "The slain politician", "the lawmaker", "the politician", "a senior leader of the city's dominant political party"]},
  {"name": GUN, "type": "group", "aliases": ["unknown gunmen riding motorcycles", "unknown gunmen"]},
  {"name": "Muttahida Qaumi Movement", "type": "organisation", "aliases": ["Muttahida Quami Movement", "MQM political party", "MQM", "the MQM"]},
  {"name": "MQM leaders", "type": "group", "aliases": ["leaders of the MQM"]},
  {"name": "Angry protesters", "type": "group", "aliases": ["Angry protesters"]},
  {"name": "Pakistani authorities", "type": "organisation", "aliases": ["Authorities"]},
  {"name": RM, "type": "person", "aliases": ["Federal Interior Minister Rehman Malik", "Rehman Malik", "Malik"]},
 ],
 "notes": [
  "VOA News report of Tuesday 3 August 2010 on the violence in Karachi after the assassination of MQM provincial lawmaker Raza Haider on Monday 2 August 2010; story karachi_violence_2010 with voa_2010_karachi_violence_kills_45 (VOA, same day, kept on VOA's Tibetan service English site).",
  "No quote marks in the item: the police, Malik and the MQM leaders are all reported speech, so there are no quotes.",
  "Cross-report keys: karachi_violence_2010:deaths ('Dozens' headline, 'at least 45' from the police, 'dozens' from the police here; '45' headline and 'at least 45' from 'Pakistani officials' in the other item), :wounded ('scores' here, 'More than 90' there), :arrested (Malik's 'more than 20' detained here, 'At least 10' arrested there).",
  "'Tense situation' and 'Who is to blame?' are VOA section headings, kept on their own lines (not quotes, no figures).",
  "Claims: 'He said that police have detained more than 20' - 'He' is Malik (the pronoun follows 'Malik said ...'), so the source is Malik, not the police who did the detaining. 'leaders of the MQM ... blamed the attack on ... the Awami National Party' is undated and has no figure; the ANP, the Taliban-linked militants and Sipah-e-Sahab Pakistan are named only as suspects or objects and are not listed as actors. 'lawmakers' whom Malik told is the audience, not an actor.",
  "Not figures: 'a number of vehicles' (no number), 'his bodyguard'. The speaker of 'Malik said they have received information' ('they' = the government) is Malik.",
  "Second careful read done by the annotator against FORMAT.md sections 1-2: checked every number token (45 and the vague Dozens/dozens/scores, 20), each date expression ('Monday's', 'late on Monday', 'throughout the night', 'on Tuesday'), and that 'Karachi 's' (space before the apostrophe) is kept as printed.",
 ],
}
