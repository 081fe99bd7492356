K = "ukraine_kyiv_clashes_2014:"
OFF = "Ukrainian officials"
POL = "Ukrainian police"
PRO = "anti-government protesters"
ASH = "Catherine Ashton"
AZA = "Mykola Azarov"
EMB = "U.S. embassy in Kyiv"
ANN = {
 "article": "articles/voa_2014_kyiv_three_reported_dead.txt",
 "gold_out": "gold/voa_2014_kyiv_three_reported_dead.json",
 "published": "2014-01-22",
 "quotes": [
  {"text": "an immediate end", "speaker": ASH, "speaker_mention": "the European Union's foreign policy chief, Catherine Ashton", "fragment": True,
   "note": "'Catherine Ashton, urged \"an immediate end\" to the escalating violence': her words set in the reporter's sentence"},
  {"text": "strongly", "speaker": ASH, "speaker_mention": "she", "fragment": True,
   "note": "'she \"strongly\" condemned the violence': one word of Ashton's condemnation in quote marks; the speaker is named only by the pronoun, her name is in the sentence before"},
  {"text": "provocateurs", "speaker": AZA, "speaker_mention": "he", "fragment": True,
   "note": "'those he called \"provocateurs\"': Azarov's word (he told Russia's Vesti 24 television); 'he' refers back to 'Azarov' earlier in the sentence"},
 ],
 "figures": [
  {"quantity": K+"protesters_killed_kyiv_jan22", "text": "Three", "value": 3, "unit": None, "counted": "dead in Ukraine clashes", "source": None, "approx": None,
   "note": "headline 'Three Reported Dead': passive 'Reported' names no claimant, so null; same quantity as the 'three' of the first sentence and the 'at least three protesters' of voa_2014_kyiv_concessions_fail_new_fighting"},
  {"quantity": K+"protesters_killed_kyiv_jan22", "text": "three", "value": 3, "unit": None, "counted": "anti-government protesters who have died", "source": OFF, "approx": None,
   "note": "'Officials in Ukraine have confirmed three anti-government protesters have died': the officials claim it"},
  {"quantity": K+"protesters_shot_dead_kyiv_jan22", "text": "Two", "value": 2, "unit": None, "counted": "protesters with gunshot wounds", "source": None, "approx": None,
   "note": "'Two protesters were reported to have gunshot wounds': passive without a named reporter, so null (the medical official of the next sentence speaks only of the third activist's fall). In context these are two of the three dead (the third 'fell to his death'), so the key is shared with 'two of them by gunfire' in voa_2014_kyiv_concessions_fail_new_fighting"},
  {"text": "hundreds", "value": None, "vague": True, "unit": None, "counted": "people injured in fighting between police and demonstrators", "source": None, "approx": None,
   "note": "'Fighting between police and demonstrators has injured hundreds': vague plural, outlet's voice"},
 ],
 "events": [
  {"actor": POL, "date": "2014-01-22", "date_text": "Wednesday", "ctx": "in Kyiv Wednesday and", "what": "police tried to dismantle a protest camp in Kyiv and fired tear gas at demonstrators",
   "note": "'Reports indicate the police were trying to dismantle a protest camp in Kyiv Wednesday and fired tear gas': the weekday modifies 'were trying ... and fired', whose subject is the police; 'Reports' only relay it. Wednesday = the publication day"},
  {"actor": EMB, "date": "2014-01-22", "date_text": "Wednesday", "ctx": "statement Wednesday", "what": "the U.S. embassy said in a statement it had revoked visas of Ukrainians linked to the violence",
   "note": "'The U.S. embassy in Kyiv said in a statement Wednesday': the embassy is the subject of 'said'"},
  {"actor": ASH, "date": "2014-01-22", "date_text": "on Wednesday", "what": "Ashton urged an immediate end to the violence",
   "note": "'Also on Wednesday the European Union's foreign policy chief, Catherine Ashton, urged ...': Ashton is the agent of 'urged'"},
  {"actor": AZA, "date": "2014-01-21", "date_text": "On Tuesday", "what": "Azarov warned the protesters that authorities might use force",
   "note": "'On Tuesday, Ukrainian prime minister Mykola Azarov had warned the protesters ...': Azarov is the agent; Tuesday before the Wednesday publication day = 21 January 2014"},
  {"actor": PRO, "date": "2014-01-21", "date_text": "Tuesday", "ctx": "third straight day Tuesday", "what": "protesters marched through Kyiv for a third straight day",
   "note": "'Anti-government protesters marched through Kyiv for a third straight day Tuesday': the protesters are the agent of 'marched'"},
 ],
 "actors": [
  {"name": OFF, "type": "organisation", "aliases": ["Officials in Ukraine", "authorities", "officials"]},
  {"name": PRO, "type": "group", "aliases": ["anti-government protesters", "Anti-government protesters", "the protesters", "demonstrators"]},
  {"name": POL, "type": "organisation", "aliases": ["the police", "police"]},
  {"name": "unnamed medical official", "type": "person", "aliases": ["A medical official"]},
  {"name": EMB, "type": "organisation", "aliases": ["The U.S. embassy in Kyiv"]},
  {"name": ASH, "type": "person", "aliases": ["Catherine Ashton", "the European Union's foreign policy chief, Catherine Ashton"]},
  {"name": AZA, "type": "person", "aliases": ["Mykola Azarov", "Ukrainian prime minister Mykola Azarov", "Azarov"]},
 ],
 "notes": [
  "VOA News report of Wednesday 22 January 2014 on the first deaths in the Kyiv clashes over Ukraine's anti-protest laws; story ukraine_kyiv_clashes_2014, with voa_2014_kyiv_concessions_fail_new_fighting (Henry Ridgwell, 24 January 2014).",
  "Cross-item keys: protesters_killed_kyiv_jan22 ('Three' in the headline and 'three' here; 'at least three protesters ... died' on 24 January) and protesters_shot_dead_kyiv_jan22 ('Two protesters were reported to have gunshot wounds' here, read with the next sentence as two of the three dead; 'two of them by gunfire' on 24 January).",
  "Claimants: 'Officials in Ukraine have confirmed three ...' -> the officials; the headline 'Reported', the passive 'were reported' and 'hundreds' injured have no named claimant (null). The medical official's claim (another activist fell to his death) carries no number.",
  "Quotes: three one-word or short fragments set in reported speech ('an immediate end', 'strongly' by Ashton; 'provocateurs' by Azarov); 'she' and 'he' are the speaker mentions of the last two.",
  "Not figures: 'Vesti 24' (name of a television channel, a designation); 'third straight day' (ordinal); 'another activist', 'several Ukrainian nationals' (no number).",
  "'Ukrainian officials' carries 'Officials in Ukraine' and, in Azarov's reported speech, 'authorities' and 'officials' (the Ukrainian authorities he speaks for); Vesti 24 only receives Azarov's words and is not an actor.",
  "Second careful read done against FORMAT.md by the annotator: headline figure, every number token, the three straight-quote fragments, each weekday's agent (police, embassy, Ashton on Wednesday; Azarov and the protesters on Tuesday) and no alias shared between actors.",
 ],
}
