K = "bajaur_offensive_2008:"
PO = "Pakistani officials"
RM = "Rehman Malik"
ANN = {
 "article": "articles/voa_2008_bajaur_460_militants_22_troops_killed.txt",
 "gold_out": "gold/voa_2008_bajaur_460_militants_22_troops_killed.json",
 "published": "2008-08-15",
 "quotes": [],
 "figures": [
  {"quantity": K+"militants_killed", "text": "460", "value": 460, "unit": None, "counted": "al-Qaida-linked militants killed", "source": PO, "approx": "at least",
   "note": "'Pakistani officials say security forces have killed at least 460 al-Qaida-linked militants in a tribal region bordering Afghanistan': toll of the Bajaur offensive to date, claimed by the officials; the same cumulative toll is 'at least 1,000' in the VOA item of 26 September (same key)"},
  {"quantity": K+"troops_killed", "text": "22", "value": 22, "unit": None, "counted": "troops dead", "source": None, "approx": None,
   "note": "'VOA's Ayaz Gul reports, the week-long clashes also have left 22 troops dead': the outlet's own reporter, so null; 'more than 60 Pakistani troops' of the 26 September item is the same cumulative toll (same key)"},
  {"quantity": K+"displaced", "text": "200,000", "value": 200000, "unit": None, "counted": "people forced to flee to safer areas", "source": None, "approx": "more than",
   "note": "'... and forced more than 200,000 people to flee to safer areas': same reporter's sentence, null; shares the key with the officials' 'tens of thousands' of people forced to leave the area (paragraph 6), the same displacement by the same fighting, stated differently"},
  {"text": "hundreds", "value": None, "vague": True, "unit": None, "counted": "militants killed", "source": None, "approx": None,
   "note": "'In addition to killing hundreds of militants, including senior Taliban commanders, officials say many militants were wounded': the killing is in the fronted participial phrase (of the gunship helicopters of the previous sentence) outside what 'officials say', so null; no key (the helicopters' kills may be only part of the 460)"},
  {"text": "3,000", "value": 3000, "unit": None, "counted": "armed militants present in the area", "source": RM, "approx": "up to",
   "note": "'The head of the federal Interior Ministry, Rehman Malik, says that as many as 3,000 armed militants are present in the area': 'as many as' -> up to"},
  {"quantity": K+"displaced", "text": "tens of thousands", "value": None, "vague": True, "unit": None, "counted": "people forced to leave the area", "source": PO, "approx": None,
   "note": "'Pakistani officials say that the fighting has forced tens of thousands of people to leave the area': vague plural, claimed by the officials"},
 ],
 "events": [
  {"actor": None, "date": "2008-08-08", "date_text": "a week ago", "what": "the clashes broke out in the Bajaur border region",
   "note": "'since the clashes broke out in the border region a week ago': the expression dates 'broke out', whose subject 'the clashes' is no agent -> null; 'a week ago' normalised like 'two days ago' = seven days before Friday 15 August 2008 (other reports give 6 August, which the text does not print)"},
  {"actor": RM, "date": "2008-08-15", "date_text": "Friday", "what": "Malik told a news conference in Peshawar the majority of the militants are foreigners",
   "note": "'Mr. Malik told a news conference in Peshawar Friday': agent of 'told'; Friday = publication day, 15 August 2008"},
 ],
 "actors": [
  {"name": PO, "type": "group", "aliases": ["Pakistani officials", "officials"]},
  {"name": "Pakistani security forces", "type": "organisation", "aliases": ["security forces"]},
  {"name": "Pakistan army", "type": "organisation", "aliases": ["Pakistan army"]},
  {"name": RM, "type": "person", "aliases": ["The head of the federal Interior Ministry, Rehman Malik", "Rehman Malik", "Mr. Malik"]},
  {"name": "Pakistani government", "type": "organisation", "aliases": ["the government"]},
  {"name": "Fleeing residents", "type": "group", "aliases": ["Fleeing residents"]},
  {"name": "Owais Ahmed Ghani", "type": "person", "aliases": ["The provincial governor, Owais Ahmed Ghani", "Owais Ahmed Ghani"]},
  {"name": "U.S.-led coalition forces", "type": "organisation", "aliases": ["U.S-led coalition forces"]},
  {"name": "coalition spokesman (unnamed)", "type": "person", "aliases": ["A spokesman for the coalition forces in Afghanistan"]},
 ],
 "notes": [
  "VOA report by Ayaz Gul from Islamabad, Friday 15 August 2008 (date from a reprint's date line, see meta), on the first week of the army's offensive in the Bajaur tribal region; story bajaur_offensive_2008 with voa_2008_bajaur_military_1000_militants_killed (26 September 2008, same folder).",
  "Cross-item keys: " + K + "militants_killed (460 here, 'at least 1,000' on 26 September) and " + K + "troops_killed (22 here, 'more than 60' on 26 September) are the offensive's cumulative tolls as they change. The existing dev item voa_2008_swat_troops_kill_50_militants (23 August 2008) prints the same tolls for the Bajaur offensive ('More than 500 militants and 22 soldiers have been killed in the offensive'); on integration those two figures could take these keys (they are unkeyed there now). Within the item " + K + "displaced joins the reporter's 'more than 200,000' and the officials' 'tens of thousands'.",
  "Sources: the lead's 460 and the 'tens of thousands' are 'Pakistani officials''; 3,000 is Rehman Malik's; the 22 troops and 200,000 displaced are in VOA's reporter's own voice ('VOA's Ayaz Gul reports'), null. Ayaz Gul is the outlet's reporter, not an actor. No quote marks in the item.",
  "Events: 'a week ago' (the clashes broke out, no agent) and 'Friday' (Malik's news conference). Left out: 'week-long' (a duration). 'the same news conference' of the governor has no date expression of its own.",
  "Not figures: 'the majority of the militants', 'most of those left', 'many militants', 'some villages', 'some Arab countries'.",
  "Actors: 'Pakistani officials' of the lead and paragraph 6 and the bare 'officials' of paragraphs 3 and 6 are taken as one group. 'Pakistani counterparts', al-Qaida and the Taliban are mentioned but do not act.",
  "Second careful read done by the annotator against FORMAT.md sections 1-2: all number tokens checked; 'as many as' -> up to; the vague 'hundreds' and 'tens of thousands' have value null and vague true; the double space before 'Fleeing residents' kept as printed.",
 ],
}
