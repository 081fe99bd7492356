MO = "military officials"
CF = "coalition forces"
ANN = {
 "article": "articles/dod_2008_afghanistan_troops_kill_10_detain_13.txt",
 "gold_out": "gold/dod_2008_afghanistan_troops_kill_10_detain_13.json",
 "published": "2008-11-09",
 "quotes": [],
 "figures": [
  {"text": "10", "value": 10, "unit": None, "counted": "armed militants killed in Nangarhar and Khowst", "source": MO, "approx": None, "ctx": "killed 10 armed militants",
   "note": "'..., military officials reported': the claim of the whole lead sentence. Total of the day's operations; the parts below (six in Acheen, one in Spera) are other quantities"},
  {"text": "13", "value": 13, "unit": None, "counted": "suspects detained in Nangarhar and Khowst", "source": MO, "approx": None,
   "note": "same lead attribution; total of the day"},
  {"text": "six", "value": 6, "unit": None, "counted": "armed militants killed in Acheen", "source": MO, "approx": None,
   "note": "the release reports every count as the officials' ('military officials reported' in the lead, 'officials said' closing the next sentence and the paragraph): source the officials, as in the dev set's other operational round-ups"},
  {"text": "10", "value": 10, "unit": None, "counted": "suspected militants detained in Acheen", "source": MO, "approx": None, "ctx": "10 suspected militants",
   "note": "part of the 13 of the lead, a different quantity"},
  {"text": "two", "value": 2, "unit": None, "counted": "groups of armed militants engaged with close-air support", "source": MO, "approx": None, "ctx": "engaged two groups",
   "note": "the paragraph closes with 'officials said'"},
  {"text": "Twelve", "value": 12, "unit": None, "counted": "women protected by the force", "source": MO, "approx": None,
   "note": "'Twelve women and 40 children were protected ..., officials said'"},
  {"text": "40", "value": 40, "unit": None, "counted": "children protected by the force", "source": MO, "approx": None},
  {"text": "one", "value": 1, "unit": None, "counted": "militant killed in Spera", "source": MO, "approx": None, "ctx": "killed one militant",
   "note": "within the release attributed to military officials (lead); no attribution in the sentence itself"},
  {"text": "two", "value": 2, "unit": None, "counted": "others detained in Spera", "source": MO, "approx": None, "ctx": "detained two others"},
 ],
 "events": [
  {"actor": CF, "date": "2008-11-08", "date_text": "yesterday", "what": "coalition forces killed 10 militants and detained 13 suspects in Nangarhar and Khowst",
   "note": "subject 'Coalition forces' of 'killed ... and detained ... yesterday'; the dateline day Sunday 9 November 2008 minus one"},
 ],
 "actors": [
  {"name": CF, "type": "group", "aliases": ["Coalition forces", "coalition forces", "the force"]},
  {"name": MO, "type": "group", "aliases": ["military officials", "officials"]},
 ],
 "notes": [
  "American Forces Press Service round-up dated Washington, Sunday 9 November 2008, of coalition operations of Saturday 8 November in Nangarhar (Acheen) and Khowst (Spera), from the UNT End of Term archive of defenselink.mil. Story afghanistan_coalition_operations_nov_2008; no other item of it in the set, so no quantity keys (totals and parts of the lead are different quantities: 10 killed overall vs six in Acheen and one in Spera; 13 detained vs 10 and two).",
  "No quotes. Every figure is claimed by 'military officials' (lead 'military officials reported'; 'officials said' closes three later paragraphs), as in dod_2016_isil_strikes_syria_iraq.",
  "One event only: 'yesterday' (coalition forces killed and detained). The dateline 'WASHINGTON, Nov. 9, 2008' is left out; its '9' and '2008' are not figures.",
  "Not figures: 'One group took up fighting positions' and 'Other groups' (an enumerator: one of the groups, contrasted with the others), 'multiple', 'AK-47' (designation).",
  "Actors: 'the force' is the coalition force of the Acheen operation (an alias of coalition forces). The militants, the Taliban commander and the Haqqani operative are targets described generically and not listed; Taliban and Haqqani networks are only targets.",
  "Second reading against FORMAT.md sections 1-2 (whole item re-read): the en dash dateline left out, every count checked against the text (10, 13, six, 10, two, Twelve, 40, one, two), the enumerator 'One group' excluded; no change.",
 ],
}
