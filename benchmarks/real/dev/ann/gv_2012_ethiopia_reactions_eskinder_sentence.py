S = "ethiopia_terror_trial_2012"
EN = "Eskinder Nega"
TL = "Tsedi Lemma"
CT = "Ethiopian federal court"
ANN = {
 "article": "articles/gv_2012_ethiopia_reactions_eskinder_sentence.txt",
 "gold_out": "gold/gv_2012_ethiopia_reactions_eskinder_sentence.json",
 "published": "2012-07-15",
 "quotes": [
  {"text": "Freedom is partial to no race. Freedom has no religion. Freedom favors no ethnicity. Freedom discriminates not between rich and poor countries. Inevitably freedom will overwhelm Ethiopia.", "speaker": EN, "speaker_mention": "Eskinder Nega", "fragment": False,
   "note": "'a prominent Ethiopian dissident blogger, Eskinder Nega, wrote, “...”': his written words, a full quotation in one span; the final '.' inside the marks is kept"},
 ],
 "figures": [
  {"text": "Five", "value": 5, "unit": "days", "counted": "days before his arrest", "source": None, "approx": None,
   "note": "'Five days before his arrest ...': a duration in days, the post's own voice"},
  {"text": "23", "value": 23, "unit": None, "counted": "other opposition activists sentenced", "source": None, "approx": None,
   "note": "'sentenced Eskinder and 23 other opposition activists': the post's own voice; counts those sentenced besides Eskinder, so not given the key of VOA's 'At least 20 Ethiopians' (13 July), whose scope includes Eskinder"},
  {"text": "20", "ctx": "20-minute", "value": 20, "unit": "minutes", "counted": "minute presentation", "source": None, "approx": None,
   "note": "'In a 20-minute presentation': the number only, as '47' in '47-year-old'; a duration in minutes"},
  {"quantity": S + ":eskinder_sentence_years", "text": "18", "value": 18, "unit": "years", "counted": "years for Eskindir Nega", "source": TL, "approx": None,
   "note": "in Tsedi Lemma's Facebook post, reproduced as a block quotation without quote marks ('Tsedi Lemma posted on her Facebook:' on the line before): 'Eskindir Nega – 18 years' -> source Tsedi Lemma. Same quantity as 'jailed for 18 years' in voa_2012_ethiopia_journalists_activists_jailed"},
  {"text": "8", "ctx": "8 years each", "value": 8, "unit": "years", "counted": "years each for Mesfin Negash and Abiye Teklemariam", "source": TL, "approx": None,
   "note": "same block quotation ('Mesfin Negash and Abiye Teklemariam 8 years each'), claimed by Tsedi Lemma"},
 ],
 "events": [
  {"actor": None, "date": "2011-09", "date_text": "in September last year", "what": "Eskinder's arrest (he wrote the quoted lines five days before it)",
   "note": "'Five days before his arrest in September last year, ... Eskinder Nega, wrote, ...': the expression dates the noun 'his arrest', whose agent the text does not name -> null. September of last year before July 2012 = September 2011. The writing itself is dated only relative to the arrest ('Five days before'), with no day given"},
  {"actor": CT, "date": "2012-07-13", "date_text": "On 13 July, 2012", "what": "Ethiopia's federal court sentenced Eskinder and 23 others to long prison terms",
   "note": "'On 13 July, 2012 Ethiopia's federal court sentenced Eskinder and 23 other opposition activists ...': agent of 'sentenced' is the court"},
 ],
 "actors": [
  {"name": EN, "type": "person", "aliases": ["Eskinder Nega", "a prominent Ethiopian dissident blogger", "Eskinder", "Eskindir Nega"]},
  {"name": CT, "type": "organisation", "aliases": ["Ethiopia's federal court", "the court"]},
  {"name": "netizens", "type": "group", "aliases": ["netizens"]},
  {"name": TL, "type": "person", "aliases": ["Tsedi Lemma", "Tsedi"]},
  {"name": "Tessema S. Belay", "type": "person", "aliases": ["Tessema S. Belay"]},
 ],
 "notes": [
  "Global Voices post of Sunday 15 July 2012 on online reactions to the sentences handed down on Friday 13 July 2012 to blogger Eskinder Nega and 23 others in Ethiopia's terrorism trial; story ethiopia_terror_trial_2012 with voa_2012_ethiopia_convictions_raise_concern (VOA blog, 27 June, the conviction) and voa_2012_ethiopia_journalists_activists_jailed (VOA, 13 July, the sentences).",
  "Cross-report figures: Eskinder's 18 years (here in Tsedi Lemma's post, source Tsedi Lemma) share ethiopia_terror_trial_2012:eskinder_sentence_years with VOA's 'jailed for 18 years' (outlet's voice). The 23 others, the 20-minute presentation and the 8 years each appear once in the story.",
  "Quotes: one, Eskinder's written words. Not quotes: “participating in a terrorist organization” is the name of the offence (as in the set's other items, a charge name in quote marks is no one's words). Tsedi Lemma's post is a block quotation without quote marks: no quote in the gold sense, but its numbers are figures claimed by her.",
  "Not events: 'Immediately after the court's judgement' (relative, no date); 'right now' inside the block quotation (vague, inside speech). 'Five days before his arrest' is anchored on the arrest; only 'in September last year' is annotated.",
  "Actors: 'He' (Eskinder) challenged the case and warned the court (undated). The prosecution does not act ('the prosecution’s case'). Andualem Aragei, Mesfin Negash and Abiye Teklemariam are named in the block quotation only as sentenced; not actors. Tessema S. Belay reacts (his post is in the cut paragraph).",
  "Not figures: 'each' (not a number), 'life' (no number), '13 July, 2012' (date).",
  "second reading (annotator): re-read the whole item against FORMAT.md sections 1-2; checked the quote span (curly marks, final '.'), the link numbers removed from the names, 'in September last year' against 15 July 2012, the date with its comma ('13 July, 2012') as printed, and every alias as an exact substring.",
 ],
}
