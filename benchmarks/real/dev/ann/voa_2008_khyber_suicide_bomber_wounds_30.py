K = "khyber_bombing_2008"
B = "Khyber suicide bomber"
PO = "Pakistani officials"
LO = "Khyber local officials"
W = "Khyber bombing witnesses"
SD = "U.S. State Department"
ANN = {
 "article": "articles/voa_2008_khyber_suicide_bomber_wounds_30.txt",
 "gold_out": "gold/voa_2008_khyber_suicide_bomber_wounds_30.json",
 "published": "2008-05-01",
 "quotes": [],
 "figures": [
  {"quantity": K + ":wounded", "text": "30", "ctx": "Wounds 30", "value": 30, "unit": None, "counted": "wounded by suicide bomber in Northwestern Pakistan", "source": PO, "approx": None,
   "note": "headline 'Suicide Bomber Wounds 30' (no hedge); the claimant, Pakistani officials, opens the next sentence (as the headline of voa_2008_burma_cyclone_toll)"},
  {"quantity": K + ":wounded", "text": "30", "ctx": "at least 30 people", "value": 30, "unit": None, "counted": "people wounded", "source": PO, "approx": "at least",
   "note": "'Pakistani officials say a suicide bomber has wounded at least 30 people'"},
 ],
 "events": [
  {"actor": B, "date": "2008-05-01", "date_text": "Thursday", "what": "the suicide attack at the offices of the 'Promotion of Virtue and Prevention of Vice'",
   "note": "date on the noun 'the attack' ('Officials say the attack happened Thursday'); the text says who made the attack (the suicide bomber who 'has wounded at least 30 people', 'the bomber struck') -> the bomber; Thursday = publication day, 1 May 2008"},
  {"actor": SD, "date": "2008-04-30", "date_text": "Wednesday", "what": "the State Department released a report saying al-Qaida has exploited the instability in the border",
   "note": "'The U.S. State Department released a report Wednesday': agent the State Department; Wednesday = 30 April 2008"},
 ],
 "actors": [
  {"name": B, "type": "person", "aliases": ["a suicide bomber", "the bomber", "a boy"]},
  {"name": PO, "type": "organisation", "aliases": ["Pakistani officials", "Officials"]},
  {"name": W, "type": "group", "aliases": ["Witnesses"]},
  {"name": "Haji Namdar", "type": "person", "aliases": ["Haji Namdar", "the group's leader, Haji Namdar"]},
  {"name": LO, "type": "organisation", "aliases": ["Local officials"]},
  {"name": SD, "type": "organisation", "aliases": ["The U.S. State Department", "The report"]},
  {"name": "al-Qaida", "type": "group", "aliases": ["al-Qaida"]},
 ],
 "notes": [
  "VOA News report (no byline in the stored copy) of Thursday 1 May 2008 on a suicide bombing at the offices of the 'Promotion of Virtue and Prevention of Vice' in Pakistan's Khyber tribal region; story " + K + ", a single item so far.",
  "Key " + K + ":wounded: headline '30' and body 'at least 30', both claimed by Pakistani officials.",
  "No quotes: '\"Promotion of Virtue and Prevention of Vice.\"' is the name of the organisation in quote marks (final full stop inside the marks), not someone's words.",
  "'Only the bomber was killed' gives no number. Not figures: 'one of the Pakistani territories' (pronoun). Not events: 'in recent years' (vague), 'over the past year' (a period inside the report's reported claim, a duration, left out), 'just after a cleric appealed' (relative, undated).",
  "'a boy' (who 'stood up pretending to donate a weapon and then detonated his explosives') is the bomber, listed as his alias; 'Officials' in paragraph 2 are the Pakistani officials of the lede; 'Local officials' (who say a turf war likely prompted the bombing) kept apart. 'The report said' is the State Department's report (alias of the State Department). 'a cleric', 'Islamist militants', 'terrorists', 'the Taliban' do not act on a date and are left out; al-Qaida is listed as it acts in the report's claim.",
  "Second careful read done by the annotator against FORMAT.md sections 1-2: text compared with the stored copy (only the listed edits), both date expressions and every number token checked; the actor of 'the attack happened Thursday' re-checked (a dated noun whose maker the text names).",
 ],
}
