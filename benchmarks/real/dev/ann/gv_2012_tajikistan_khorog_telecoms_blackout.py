S = "tajikistan_khorog_2012"
OFF = "Tajik official sources"
GOV = "Tajik government"
EXP = "Badakhshani expatriates"
ANN = {
 "article": "articles/gv_2012_tajikistan_khorog_telecoms_blackout.txt",
 "gold_out": "gold/gv_2012_tajikistan_khorog_telecoms_blackout.json",
 "published": "2012-07-28",
 "quotes": [],
 "figures": [
  {"quantity": S + ":killed_since_operation_began", "text": "40", "value": 40, "unit": None, "counted": "people killed since the beginning of the government security operation", "source": OFF, "approx": None,
   "note": "'Official sources suggest that 40 people have been killed since the beginning of the government security operation in the province': the claimant is named in the sentence ('Official sources suggest') -> source the official sources. 'suggest' is the verb of the claim, not a hedge on the number -> approx null. Key for later items of the story"},
  {"quantity": S + ":troops_killed", "text": "nine", "value": 9, "unit": None, "counted": "government troops among the dead", "source": None, "approx": None,
   "note": "'Of them, nine are government troops, ...': a breakdown of the official 40, but the sentence has no cue of its own; as in the set's other items an uncued continuation does not carry over the claimant of the sentence before -> source null"},
  {"text": "eight", "value": 8, "unit": None, "counted": "Afghan nationals among the rebels killed", "source": None, "approx": None,
   "note": "'with the remaining being the rebels, including eight Afghan nationals': same uncued sentence as 'nine' -> source null"},
 ],
 "events": [
  {"actor": None, "date": "2012-07-21", "date_text": "on July 21, 2012", "what": "murder of a senior Tajik security official",
   "note": "a date on a noun ('The murder of a senior Tajik security official on July 21, 2012'): the text does not say who killed him; it says only that the authorities blame a local strongman (an accusation, not the text's own statement of the agent) -> null"},
  {"actor": None, "date": "2012-07-24", "date_text": "Since July 24", "what": "Internet, mobile and landline connections to GBAO cut",
   "note": "passive without a by-agent ('Since July 24, Internet, mobile, and landline connections to GBAO have been cut') -> null; the start of the blackout, 24 July 2012"},
 ],
 "actors": [
  {"name": GOV, "type": "organisation", "aliases": ["the Tajik government", "the authorities"]},
  {"name": "Tajik government troops", "type": "organisation", "aliases": ["government troops"]},
  {"name": OFF, "type": "group", "aliases": ["Official sources", "the official sources"]},
  {"name": "news agencies", "type": "group", "aliases": ["some news agencies"]},
  {"name": EXP, "type": "group", "aliases": ["Badakhshani expatriates"]},
  {"name": "Stop the Military Action in Khorog", "type": "organisation", "aliases": ["Stop the Military Action in Khorog", "One Facebook group"]},
  {"name": "Tajik Facebook users", "type": "group", "aliases": ["Many Tajik users"]},
 ],
 "notes": [
  "Global Voices post of Saturday 28 July 2012 on the communications blackout in Tajikistan's Gorno-Badakhshan province (GBAO) during the government's security operation in Khorog that began on 24 July 2012, after the killing of a security official on 21 July; story tajikistan_khorog_2012 (one item so far). The official death toll (40) and the troops' share (nine) carry keys for later items of the story.",
  "No quotes: '‘Stop the Killing’' is the text of a sign used as a profile picture (a slogan named as the sign, not words a speaker says in the post), like the set's names in quote marks.",
  "Not events: 'since the beginning of the government security operation' (no date expression); 'over the last week' ('the conflict has dominated discussion ... over the last week') is a duration, the past seven days up to the post, not the previous ISO week, and is left out as durations are.",
  "Actors: the authorities 'blame' a local strongman (unnamed, not an actor); Badakhshani expatriates pool information and call on telecommunications companies (undated); 'Group members' of the Facebook group and 'Tajikistanis outside the province' act in no dated event and are not given aliases. 'some news agencies report' attributes the claim that civilian casualties are higher (no number).",
  "Not figures: 'One' in 'One Facebook group, Stop the Military Action in Khorog, compile reports' (picks out one group by name, an enumerator like 'one of'; the group's count is not at issue), 'GBAO' (an abbreviation), the dates' '21,', '2012,' and '24', 'the number of civilian casualties' (no number), 'Many Tajik users' (no number).",
  "Edits: the stored page is the post's comment-reply view (address with '?replytocom=1835089'); the last paragraph ('Young Badakhshani expatriates also held demonstrations ... Protesters demanded that all forms of commu') is cut mid-word in the stored copy and was dropped.",
  "second reading (annotator): re-read the whole item against FORMAT.md sections 1-2; checked 'on July 21, 2012' and 'Since July 24' against the post of 28 July 2012, the curly single marks of ‘Stop the Killing’, the three number tokens (40, nine, eight) and every alias as an exact substring.",
 ],
}
