K = "pitak_siam_rally_2012:"
PS = "Pitak Siam"
PR = "Pitak Siam protesters"
ANN = {
 "article": "articles/gv_2012_pitak_siam_protest_failed.txt",
 "gold_out": "gold/gv_2012_pitak_siam_protest_failed.json",
 "published": "2012-12-14",
 "quotes": [
  {"text": "puppet", "speaker": PS, "speaker_mention": "the group", "fragment": True,
   "note": "one word of the group's accusation, under 'According to the group, Yingluck has to be removed from power becauseshe is corrupt and a ‘puppet’ of her brother Thaksin': it renders the group's word, so a one-word fragment quote of Pitak Siam (single curly marks)"},
 ],
 "figures": [
  {"text": "one million", "value": 1000000, "unit": None, "counted": "people Pitak Siam vowed to mobilize", "source": PS, "approx": None,
   "note": "the group's own target ('vowed to mobilize'); a target, not a turnout, so no key"},
  {"quantity": K+"turnout", "text": "20,000", "value": 20000, "unit": None, "counted": "people Pitak Siam managed to gather", "source": None, "approx": None,
   "note": "'managed to gather only 20,000': the outlet's own narration (source null); shares the turnout key with the police's 'no more than 20,000' and Saiyasombut's 'about 30,000' in gv_2012_pitak_siam_rally_violent"},
 ],
 "events": [
  {"actor": PS, "date": "2012-11-24", "date_text": "last November 24", "what": "Pitak Siam rally in Bangkok (vowed one million, gathered 20,000)",
   "note": "'Pitak Siam ... vowed to mobilize one million people in the streets of Bangkok last November 24 but managed to gather only 20,000': the date belongs to the mobilization, whose agent is the group; 'last November 24' from a 14 December text is 24 November 2012"},
  {"actor": PR, "date": "2012-11-24", "date_text": "in the afternoon", "what": "the crowd dispersed",
   "note": "the afternoon of the rally day named in the sentence before; the crowd is the subject and agent of 'dispersed'"},
  {"actor": None, "date": "2006", "date_text": "in 2006", "what": "Thaksin ousted by a coup",
   "note": "passive 'who was ousted by a coup in 2006': the by-phrase names an event ('a coup'), not an actor, and the text names no one who carried it out, so null"},
  {"actor": "Yellow Shirts", "date": "2008", "date_text": "in 2008", "what": "the Yellow Shirts organized massive rallies",
   "note": "'The Yellow Shirts are anti-Thaksin groups which organized massive rallies in 2008': the relative clause's agent is the Yellow Shirts"},
 ],
 "actors": [
  {"name": PS, "type": "group", "aliases": ["The anti-government group Pitak Siam", "Pitak Siam", "the group"]},
  {"name": PR, "type": "group", "aliases": ["the crowd"]},
  {"name": "Aim Sinpeng", "type": "person", "aliases": ["Global Voices author Aim Sinpeng", "Aim Sinpeng"]},
  {"name": "Yellow Shirts", "type": "group", "aliases": ["The Yellow Shirts", "the former Yellow Shirt forces"]},
  {"name": "Nick Nostitz", "type": "person", "aliases": ["Nick Nostitz"]},
 ],
 "notes": [
  "Global Voices post of Friday 14 December 2012 looking back on the Pitak Siam rally of Saturday 24 November 2012; story pitak_siam_rally_2012 with gv_2012_pitak_siam_rally_violent (25 November).",
  "Quotes: ‘puppet’ is given to Pitak Siam as a one-word fragment (the sentence is opened by 'According to the group'). “Thaksin regime” inside Aim Sinpeng's block quotation is read as a label in scare quotes (the analyst's distancing from the movement's term, no speech verb, no speaker), not as a quote; a borderline case. Aim Sinpeng's two paragraphs are a block quotation without quote marks (not a quote in the gold sense); Nick Nostitz's block quotation was cut in the stored copy and dropped.",
  "Figures: the one-million target is the group's (source Pitak Siam); 'only 20,000' is narration and shares pitak_siam_rally_2012:turnout with the figures of the 25 November item. Years (2006, 2008) are not figures.",
  "Events: 'last November 24' (the rally, agent Pitak Siam), 'in the afternoon' (the crowd dispersed), 'in 2006' (Thaksin ousted by a coup: no actor named), 'in 2008' (Yellow Shirt rallies). 'At this stage' in the block quotation is vague.",
  "Not actors: Yingluck Shinawatra, Thaksin, the King and the Red Shirts are talked about but do not act in the text; 'Bloggers, journalists and academics' (generic) are left out. The typo 'becauseshe' is kept as printed.",
  "second reading (annotator): quote span checked (single curly marks around 'puppet'); 'last November 24' resolved against the 14 December publication date; every alias checked as an exact substring.",
 ],
}
