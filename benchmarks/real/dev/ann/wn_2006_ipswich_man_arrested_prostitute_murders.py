SG = "Stewart Gull"
TS = "Tom Stephens"
P = "police"
Q = "ipswich_murders_2006:"
ANN = {
 "article": "articles/wn_2006_ipswich_man_arrested_prostitute_murders.txt",
 "gold_out": "gold/wn_2006_ipswich_man_arrested_prostitute_murders.json",
 "published": "2006-12-18",
 "quotes": [],
 "figures": [
  {"quantity": Q + "women_murdered", "text": "5", "value": 5, "unit": None, "counted": "prostitutes murdered in the Ipswich area", "source": None, "approx": None,
   "note": "'in connection with the murder of 5 prostitutes in the Ipswich area': outlet's own voice"},
  {"quantity": Q + "stephens_age", "text": "37", "value": 37, "unit": "years", "counted": "age of Tom Stephens", "source": None, "approx": None,
   "note": "'Tom Stephens, 37,': an age in the outlet's voice; the same age as '37-year-old man' in the VOA report of the same day"},
  {"quantity": Q + "women_murdered", "text": "five", "ctx": "all the five women", "value": 5, "unit": None, "counted": "women he is suspected of murdering", "source": SG, "approx": None,
   "note": "inside the quote box signed '\u2014Police Chief Superintendent Steward Gull' (no quote marks, so no quote in the gold sense): the words are Gull's, so he claims the number"},
  {"quantity": Q + "women_murdered", "text": "five", "ctx": "All five of the women", "value": 5, "unit": None, "counted": "women found dumped naked in the countryside", "source": None, "approx": None,
   "note": "outlet's own voice; the same five victims"},
  {"text": "11", "value": 11, "unit": "days", "counted": "days over which the bodies were found", "source": None, "approx": None,
   "note": "'over a period of 11 days': a duration in days, outlet's voice"},
  {"text": "412", "value": 412, "unit": None, "counted": "detectives, uniformed officers and police staff working on the case", "source": None, "approx": None,
   "note": "'In total there are currently 412 ...': outlet's voice. Not the same quantity as VOA's '500 officers from 30 different forces helped' (a different scope: officers who helped, against detectives, officers and staff now on the case), so no shared key"},
 ],
 "events": [
  {"actor": None, "date": "2006-12-18", "date_text": "at 7:20 a.m.", "what": "Tom Stephens was arrested at his home in Trimley",
   "note": "'Tom Stephens, 37, was arrested at his home ... at 7:20 a.m.': passive without a by-agent -> null (the lead says the police arrested a man, but the dated clause names no agent). A time of day = the reference day (date line Monday 18 December 2006)"},
  {"actor": None, "date": "2006-12-18/2006-12-24", "date_text": "earlier in the week", "what": "a phone and laptop were confiscated from Mr Stephens",
   "note": "'a phone and laptop confiscated from Mr Stephens earlier in the week': a passive participle without agent -> null. Normalised like 'earlier this week' in the dev set: the ISO week of the published day (Monday 18 - Sunday 24 December 2006). The page is dated Monday, so the confiscation probably fell in the days before (the week of 11-17 December); the convention is followed as printed"},
 ],
 "actors": [
  {"name": P, "type": "organisation", "aliases": ["The British police", "Police", "police"]},
  {"name": SG, "type": "person", "aliases": ["Police Chief Superintendent Steward Gull", "Steward Gull"]},
  {"name": TS, "type": "person", "aliases": ["Tom Stephens", "Mr Stephens", "Stephens"]},
  {"name": "the media", "type": "group", "aliases": ["the media"]},
 ],
 "notes": [
  "Wikinews report dated Monday 18 December 2006 (mobile page) on the arrest of Tom Stephens, the first suspect in the murders of five women in Ipswich, Suffolk; story ipswich_murders_2006 with voa_2006_ipswich_suspect_arrested_serial_killing (VOA, same day).",
  "No quotes: the only quotation is a Wikinews quote box signed '\u2014Police Chief Superintendent Steward Gull', printed without quote marks; its 'five' is sourced to Gull. The article misspells Gull's first name ('Steward') and a victim's surname ('Nichol'); the canonical actor name is Stewart Gull, as in the VOA item.",
  "Cross-report figures: the five murdered women ('5', 'five' twice here; 'five' three times in VOA) share ipswich_murders_2006:women_murdered; Stephens's age ('37' here, '37-year-old' twice in VOA) shares ipswich_murders_2006:stephens_age. '11 days' and '412' have no counterpart in the VOA item.",
  "Events: 'at 7:20 a.m.' (arrest, passive without agent) and 'earlier in the week' (confiscation, passive participle without agent, ISO-week convention noted). 'the ninteenth century killer Jack the Ripper' is a descriptive modifier, not a date of an act in the story (as '18th century' elsewhere in the set): no event. 'currently', 'still' are not date expressions.",
  "Not figures: '7:20 a.m.' (time of day), 'ninteenth' (ordinal, misspelt in the original). Jack the Ripper and the five victims do not act and are not actors; the media act only undated ('compared by the media').",
  "second reading: re-read the whole item once against FORMAT.md sections 1-2: text compared with the stored copy (only the listed edits), every number token checked (5, 37, five, five, 11, 412 annotated; 7:20 and ninteenth excluded), the two passives checked for a by-agent (none), aliases checked as exact surface forms.",
 ],
}
