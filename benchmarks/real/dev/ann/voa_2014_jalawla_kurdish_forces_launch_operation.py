PM = "Kurdish peshmerga"
IS = "Islamic State"
CH = "Chuck Hagel"
MD = "Martin Dempsey"
ANN = {
 "article": "articles/voa_2014_jalawla_kurdish_forces_launch_operation.txt",
 "gold_out": "gold/voa_2014_jalawla_kurdish_forces_launch_operation.json",
 "published": "2014-08-22",
 "quotes": [
  {"text": "beyond anything we have seen.", "speaker": CH, "speaker_mention": "U.S. Defense Department chief Chuck Hagel", "fragment": True,
   "note": "phrase inside reported speech ('Chuck Hagel said the threat ... is \"...\"'); the final '.' inside the marks is kept"},
  {"text": "more than a traditional terrorist group.", "speaker": CH, "speaker_mention": "Hagel", "fragment": True,
   "note": "'Hagel ... described the militants as \"...\"'; final '.' kept"},
  {"text": "an apocalyptic, end of days vision.", "speaker": MD, "speaker_mention": "who", "fragment": True,
   "note": "'General Martin Dempsey, who described the Islamic State organization as having \"...\"': the relative pronoun 'who' refers to Dempsey; final '.' kept"},
 ],
 "figures": [
  {"text": "115", "value": 115, "unit": "km", "counted": "kilometers northeast of Baghdad", "source": None, "approx": None,
   "note": "'Jalawla, 115 kilometers northeast of Baghdad': distance, outlet's voice (an apposition in the officials' sentence, not part of their claim)"},
  {"text": "20 million", "value": 20000000, "unit": None, "counted": "disenfranchised people living between Damascus and Baghdad", "source": MD, "approx": None,
   "note": "'He predicted the militancy will only be eradicated once it is rejected by the 20 million disenfranchised people ...': He = the general, Dempsey"},
 ],
 "events": [
  {"actor": PM, "date": "2014-08-22", "date_text": "early Friday", "what": "Kurdish peshmerga fighters retook several areas of Jalawla",
   "note": "'Officials said Kurdish peshmerga fighters early Friday retook several areas of Jalawla': the expression sits in the complement and modifies 'retook'; Friday 22 August 2014 (see meta published_evidence)"},
  {"actor": IS, "date": "2014-08-11", "date_text": "on August 11", "what": "Islamic State extremists captured Jalawla",
   "note": "passive with a by-agent: 'was captured by Islamic State extremists on August 11'; 2014"},
  {"actor": CH, "date": "2014-08-21", "date_text": "On Thursday", "what": "Hagel said the Islamic State threat is beyond anything seen",
   "note": "'On Thursday, U.S. Defense Department chief Chuck Hagel said ...': Thursday 21 August 2014, the day before publication"},
 ],
 "actors": [
  {"name": PM, "type": "organisation", "aliases": ["Kurdish forces", "Kurdish peshmerga fighters", "The peshmerga"]},
  {"name": IS, "type": "organisation", "aliases": ["the Islamic State group", "Islamic State extremists", "Islamic State jihadists", "the Islamic State organization", "the militants", "the group"]},
  {"name": "officials", "type": "group", "aliases": ["Officials"]},
  {"name": CH, "type": "person", "aliases": ["U.S. Defense Department chief Chuck Hagel", "Hagel"]},
  {"name": MD, "type": "person", "aliases": ["Joint Chiefs of Staff Chairman General Martin Dempsey", "The general"]},
 ],
 "notes": [
  "VOA News report of Friday 22 August 2014 (date inferred, see meta) on the Kurdish peshmerga operation to retake Jalawla from the Islamic State group, with Hagel's and Dempsey's Pentagon remarks of Thursday 21 August; story iraq_jalawla_2014 (one item; no quantity keys).",
  "Quotes: three fragments inside reported speech, two by Hagel ('Chuck Hagel said', 'Hagel ... described') and one by Dempsey ('who described'); the final '.' inside the marks is kept in each.",
  "Figures: '115' kilometers (outlet) and '20 million' disenfranchised people (Dempsey's prediction, 'He predicted'). Not figures: 'August 11' (a date), 'several areas' (no number token).",
  "Events: 'early Friday' (peshmerga retook parts of Jalawla), 'on August 11' (Islamic State captured the town, by-agent), 'On Thursday' (Hagel said). Left out: 'recently' (vague).",
  "Actors: the peshmerga ('Kurdish forces', 'Kurdish peshmerga fighters', 'The peshmerga'); the Islamic State ('the militants' in Hagel's description and 'the group' in Dempsey's are the Islamic State); officials (the unnamed sources of the Jalawla news); Hagel; Dempsey ('The general'). The United States (U.S. airstrikes, a modifier) is not listed; 'the militancy' is not made an alias (an abstraction).",
  "first reading (annotator): as above; build_gold.py listed only '11.' (of 'August 11', a date, not a figure).",
  "second reading (checker): re-read the whole item against FORMAT.md sections 1-2; speakers re-checked (Hagel named in the sentence of each of his fragments; 'who' -> Dempsey), the final '.' kept inside each fragment's marks, the 20 million given to Dempsey ('He predicted', He = 'The general' of the sentence before), the 115 km left to the outlet; event agents (retook -> peshmerga, not the officials who said it; by-agent -> Islamic State; said -> Hagel) and dates against Friday 22 August 2014 (Thursday = 21 August; 'August 11' = 2014-08-11). No change; the doubt is the inferred publication date (see meta), on which 'early Friday' and 'On Thursday' depend.",
 ],
}
