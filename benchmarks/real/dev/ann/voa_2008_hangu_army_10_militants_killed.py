K = "hangu_operation_2008:"
AA = "Athar Abbas"
PA = "Pakistan Army"
PAF = "Pakistani armed forces"
FTR = "Mehsud-allied fighters"
TS = "Taliban spokesman (unnamed)"
RO = "regional officials (NWFP)"
ANN = {
 "article": "articles/voa_2008_hangu_army_10_militants_killed.txt",
 "gold_out": "gold/voa_2008_hangu_army_10_militants_killed.json",
 "published": "2008-07-18",
 "quotes": [
  {"text": "At present, the operation is around the town of Zargari. The area around the town - the strongholds, etc. - are being cleared by the army and other troops",
   "speaker": AA, "speaker_mention": "Abbas", "fragment": False,
   "note": "'\"...,\" said Abbas.': inverted attribution after the quote; the trailing comma before the closing mark is dropped; Abbas was introduced in the previous paragraph ('Army spokesman Major General Athar Abbas says ...')"},
  {"text": "nonsense", "speaker": RO, "speaker_mention": "regional officials", "fragment": True,
   "note": "'Pakistani media quoted regional officials calling the threat \"nonsense,\"': the word is the regional officials', relayed by the media; trailing comma dropped"},
 ],
 "figures": [
  {"quantity": K+"militants_killed", "text": "10", "value": 10, "unit": None, "counted": "militants killed during offensive", "source": PA, "approx": None, "ctx": "Reports 10 Militants",
   "note": "headline 'Pakistan Army Reports 10 Militants Killed': the reporting verb names the army as claimant"},
  {"quantity": K+"militants_killed", "text": "10", "value": 10, "unit": None, "counted": "militants killed", "source": AA, "approx": None, "ctx": "says 10 militants",
   "note": "'A spokesman for Pakistan's army says 10 militants have been killed': the spokesman is named two paragraphs later as 'Army spokesman Major General Athar Abbas' (VOA's broadcast intro, then the name); same figure as the headline's"},
  {"text": "five", "value": 5, "unit": None, "counted": "troops wounded", "source": AA, "approx": None, "ctx": "five troops wounded",
   "note": "'... and five troops wounded': the same 'says' of the army spokesman"},
  {"text": "20", "value": 20, "unit": "km", "counted": "distance troops have moved north", "source": AA, "approx": "around", "ctx": "about 20 kilometers",
   "note": "'Army spokesman Major General Athar Abbas says troops have moved north about 20 kilometers': the number alone is the span (unit printed after a space), 'about' -> around"},
  {"text": "17", "value": 17, "unit": None, "counted": "paramilitary troops killed in an ambush", "source": None, "approx": None,
   "note": "'fighters allied with ... Baitullah Mehsud killed 17 paramilitary troops in an ambush last week': VOA's own voice"},
  {"text": "20", "value": 20, "unit": None, "counted": "people kidnapped", "source": None, "approx": "around", "ctx": "about 20 people",
   "note": "'Militants in the region are also believed to have kidnapped about 20 people': 'are believed' names no believer -> null source"},
  {"text": "seven", "value": 7, "unit": None, "counted": "fighters captured last week", "source": None, "approx": None,
   "note": "'The insurgents have demanded that police release seven of their fighters who were captured last week': the number is stated in VOA's voice, the insurgents make a demand, not a count claim -> null"},
  {"text": "five", "value": 5, "unit": "days", "counted": "days the ruling coalition had to resign", "source": TS, "approx": None, "ctx": "five days to resign",
   "note": "'The Taliban spokesman said the province's ruling coalition ... had five days to resign': an ultimatum stated by the spokesman"},
  {"text": "five", "value": 5, "unit": "years", "counted": "years of the government's mandate", "source": RO, "approx": None, "ctx": "five years",
   "note": "'Pakistani media quoted regional officials ... saying that voters had given the government a mandate for five years': the regional officials' statement (the media only relay it)"},
 ],
 "events": [
  {"actor": PAF, "date": "2008-07-16", "date_text": "on Wednesday", "what": "armed forces launched the operation in Hangu district",
   "note": "'Pakistani armed forces launched the operation in Hangu district on Wednesday': active 'launched', subject the armed forces; Wednesday before the Friday 18 July report = 16 July 2008"},
  {"actor": FTR, "date": "2008-07-07/2008-07-13", "date_text": "last week", "occ": 1, "what": "fighters allied with Baitullah Mehsud killed 17 paramilitary troops in an ambush at Zargari",
   "note": "'fighters allied with Pakistani Taliban leader Baitullah Mehsud killed 17 paramilitary troops in an ambush last week': active 'killed', subject the fighters; last week = previous ISO week of Friday 18 July, Mon 7 - Sun 13 July 2008"},
  {"actor": None, "date": "2008-07-07/2008-07-13", "date_text": "last week", "occ": 2, "what": "seven insurgent fighters captured",
   "note": "'seven of their fighters who were captured last week': passive without a by-agent -> null (the standfirst's 'security forces captured a deputy' has no date and speaks of one man)"},
  {"actor": TS, "date": "2008-07-17", "date_text": "on Thursday", "what": "a spokesman for the Taliban leader accused NWFP officials of being insincere in peace talks",
   "note": "'a spokesman for the Taliban leader on Thursday accused officials in the Northwest Frontier Province ...': 'on Thursday' sits between subject and verb and dates 'accused'; Thursday 17 July 2008"},
 ],
 "actors": [
  {"name": PA, "type": "organisation", "aliases": ["Pakistan Army", "the army"]},
  {"name": AA, "type": "person", "aliases": ["A spokesman for Pakistan's army", "Army spokesman Major General Athar Abbas", "Major General Athar Abbas", "Abbas", "Pakistan's army spokesman"]},
  {"name": "Pakistani security forces", "type": "organisation", "aliases": ["security forces", "local security forces"]},
  {"name": PAF, "type": "organisation", "aliases": ["Pakistani armed forces", "government forces"]},
  {"name": FTR, "type": "group", "aliases": ["fighters allied with Pakistani Taliban leader Baitullah Mehsud"]},
  {"name": "militants in Hangu region", "type": "group", "aliases": ["Militants in the region", "The insurgents"]},
  {"name": TS, "type": "person", "aliases": ["a spokesman for the Taliban leader", "The Taliban spokesman"]},
  {"name": "Pakistani Taliban", "type": "group", "aliases": ["the Pakistani Taliban"]},
  {"name": "Pakistani media", "type": "organisation", "aliases": ["Pakistani media"]},
  {"name": RO, "type": "group", "aliases": ["regional officials"]},
 ],
 "notes": [
  "VOA report by Barry Newhouse from Islamabad, Friday 18 July 2008 (date line of the stored reprint, see meta), on the army operation in Hangu district launched on 16 July 2008 after the Zargari ambush; story hangu_operation_2008 (one item).",
  "Key within the item: " + K + "militants_killed joins the headline's '10 Militants' (claimed by the Pakistan Army, the headline's reporting subject) and the lead's '10 militants' (claimed by the army spokesman). The other figures are of different things and have no partner.",
  "Speakers: 'A spokesman for Pakistan's army' (lead), 'Army spokesman Major General Athar Abbas' and 'Pakistan's army spokesman' (last paragraph) are taken as one person, Athar Abbas, the army's spokesman (VOA's broadcast style introduces him, then names him); the quote's attribution 'said Abbas' follows it. 'regional officials' speak the one-word quote 'nonsense' through Pakistani media.",
  "Events: 'on Wednesday' (armed forces launched the operation), 'last week' twice (the Mehsud-allied fighters' ambush; a passive capture with no agent, null), 'on Thursday' (the Taliban spokesman's accusation). Left out: 'days of clashes', 'five days', 'five years' (durations), 'recent peace talks' (vague), 'At present' (inside the quote, not a dated act), the removed date line.",
  "Not figures: 'One of those captured' (pronoun 'one', like 'one of the most ...'), 'several militant groups', 'some of whom'. 'Pakistan's top Taliban leader', 'Baitullah Mehsud', 'police', the Awami National Party, the NWFP officials and voters are mentioned but do not act in a dated or reporting role; Barry Newhouse is VOA's reporter (the outlet's voice), not an actor.",
  "Second careful read done by the annotator against FORMAT.md sections 1-2: every number token checked (two '10's and two '20's pinned with ctx, three 'five's pinned); both 'last week's pinned with occ; quote text without the trailing commas; hedges ('about' -> around) given only to the figures they precede.",
 ],
}
