S = "ethiopia_terror_trial_2012"
HRW = "Human Rights Watch"
ANN = {
 "article": "articles/voa_2012_ethiopia_journalists_activists_jailed.txt",
 "gold_out": "gold/voa_2012_ethiopia_journalists_activists_jailed.json",
 "published": "2012-07-13",
 "quotes": [],
 "figures": [
  {"text": "20", "value": 20, "unit": None, "counted": "Ethiopians sentenced to prison on terrorism charges", "source": None, "approx": "at least",
   "note": "'At least 20 Ethiopians ... have been sentenced': outlet's own voice. Not given the key of the GV '23 other opposition activists' (those sentenced besides Eskinder, another scope)"},
  {"quantity": S + ":eskinder_sentence_years", "text": "18", "value": 18, "unit": "years", "counted": "years in prison for Eskinder Nega", "source": None, "approx": None,
   "note": "'Eskinder Nega was jailed for 18 years': outlet's own voice; same quantity as Tsedi Lemma's 'Eskindir Nega – 18 years' in gv_2012_ethiopia_reactions_eskinder_sentence"},
  {"quantity": S + ":convicted_june", "text": "24", "value": 24, "unit": None, "counted": "people convicted under the anti-terrorism law last month", "source": None, "approx": None,
   "note": "'Last month, Ethiopia's high court convicted a total of 24 people': outlet's own voice; same quantity as 'conviction of 24 people' in voa_2012_ethiopia_convictions_raise_concern (27 June)"},
  {"text": "34", "value": 34, "unit": None, "counted": "people convicted under the law", "source": HRW, "approx": None,
   "note": "'Human Rights Watch says a total of 34 people have been convicted under the law': all convictions under the law, a wider scope than the 24 of this trial -> no shared key"},
  {"text": "11", "value": 11, "unit": None, "counted": "journalists convicted under the law", "source": HRW, "approx": None,
   "note": "same sentence, claimed by Human Rights Watch"},
  {"text": "four", "value": 4, "unit": None, "counted": "opposition supporters convicted under the law", "source": HRW, "approx": None,
   "note": "same sentence, claimed by Human Rights Watch"},
 ],
 "events": [
  {"actor": None, "date": "2012-07-13", "date_text": "Friday", "what": "sentences handed down; Eskinder jailed for 18 years, Andualem given life",
   "note": "'In sentences handed down Friday, ... Eskinder Nega was jailed for 18 years': passive participle ('handed down') and passive main verbs without a by-agent -> null (the court is named only in the fourth paragraph, for the June conviction). Friday = 13 July 2012, the day of publication"},
  {"actor": "Ethiopian high court", "date": "2012-06", "date_text": "Last month", "what": "Ethiopia's high court convicted 24 people",
   "note": "'Last month, Ethiopia's high court convicted a total of 24 people': agent of 'convicted' is the court; last month before July 2012 = June 2012 (the conviction of 27 June)"},
 ],
 "actors": [
  {"name": "Eskinder Nega", "type": "person", "aliases": ["Eskinder Nega", "prominent journalist and blogger Eskinder Nega", "Eskinder"]},
  {"name": "Andualem Arage", "type": "person", "aliases": ["Andualem Arage", "Andualem"]},
  {"name": "Ethiopian high court", "type": "organisation", "aliases": ["Ethiopia's high court"]},
  {"name": "human rights groups", "type": "group", "aliases": ["human rights groups", "rights groups"]},
  {"name": "Ethiopian officials", "type": "organisation", "aliases": ["Ethiopian officials"]},
  {"name": HRW, "type": "organisation", "aliases": ["Human Rights Watch"]},
 ],
 "notes": [
  "VOA report of Friday 13 July 2012 on the sentences handed down that day in Addis Ababa (Eskinder Nega 18 years, Andualem Arage life) in the terrorism trial of 24 people convicted on 27 June; story ethiopia_terror_trial_2012 with voa_2012_ethiopia_convictions_raise_concern (VOA blog, 27 June) and gv_2012_ethiopia_reactions_eskinder_sentence (Global Voices, 15 July).",
  "Cross-report figures: Eskinder's 18 years share ethiopia_terror_trial_2012:eskinder_sentence_years with the GV item (Tsedi Lemma's post); the 24 convicted in June share ethiopia_terror_trial_2012:convicted_june with the VOA blog of 27 June. HRW's 34 / 11 / four are all convictions under the law, another scope, no key.",
  "No quotes (no quote marks in the text). 'rights groups say [the law] is being used to jail critics' and 'Ethiopian officials deny that accusation' are unquoted claims without numbers.",
  "Not figures: 'Many of the others' (no number), 'both Eskinder and Andualem' ('both' is not counted here, as a pronoun-like determiner), 'life' (no number). 'Some information for this report was provided by AFP and Reuters' is a credit line: the agencies claim nothing in the text and are not actors.",
  "Actors: 'human rights groups' (first paragraph, denounced the trial) and 'rights groups' (fourth paragraph) are listed as one group actor. The Unity for Democracy and Justice party does not act.",
  "second reading (annotator): re-read the whole item against FORMAT.md sections 1-2; checked 'Friday' = 13 July 2012, 'Last month' = June 2012, the 'At least' hedge, HRW as claimant of all three figures of its sentence, and every alias as an exact substring.",
 ],
}
