K = "south_sudan_aid_2014:"
JG = "Justine Greening"
UK = "United Kingdom"
ANN = {
 "article": "articles/govuk_2014_south_sudan_uk_increases_support_25m.txt",
 "gold_out": "gold/govuk_2014_south_sudan_uk_increases_support_25m.json",
 "published": "2014-09-25",
 "quotes": [],
 "figures": [
  {"text": "thousands", "value": None, "vague": True, "unit": None, "counted": "more people affected by the conflict given life-saving support", "source": JG, "approx": None, "occ": 1,
   "note": "'Britain will provide life-saving support for thousands more people ..., International Development Secretary Justine Greening announced today.': the sentence is Greening's announcement ('..., X announced'), so she is the claimant"},
  {"text": "£25 million", "value": 25e6, "unit": "GBP", "counted": "new package of UK support for South Sudan", "source": None, "approx": None,
   "note": "'The new package of £25 million, which will be discussed ...': release's voice (the UK is the giver, not a claimant); a new tranche, no key"},
  {"quantity": K+"idps_south_sudan", "text": "1.3 million", "value": 1.3e6, "unit": None, "counted": "South Sudanese internally displaced since December 2013", "source": None, "approx": None,
   "note": "'Since fighting broke out in December 2013, 1.3 million South Sudanese have been internally displaced': release's voice, no claimant. The count of people displaced within South Sudan by the conflict; USAID's 'more than 708,000 people displaced in South Sudan' of March 2014 (usaid_2014_south_sudan_83_million_additional, dev, keyless there) is the same quantity six months earlier (a count that grows): key offered for it"},
  {"quantity": K+"refugees_neighbouring_countries", "text": "450,000", "value": 450000, "unit": None, "counted": "South Sudanese who have fled to neighbouring countries", "source": None, "approx": "more than",
   "note": "'more than 450,000 have fled to neighbouring countries': 'more than' -> more than; release's voice. Not the same quantity as the internally displaced (refugees abroad vs displaced at home)"},
  {"text": "Millions", "value": None, "vague": True, "unit": None, "counted": "people at risk of disease and starvation", "source": None, "approx": None,
   "note": "release's voice; 'aid agencies have warned there is a serious risk of famine' in the same sentence claims the famine risk, not this number"},
  {"text": "thousands", "value": None, "vague": True, "unit": None, "counted": "people forced from their homes whose needs UK support will help meet", "source": JG, "approx": None, "occ": 2,
   "note": "in Greening's statement, printed as an unmarked block after 'Justine Greening said:' (her claim, as in transcripts and the 12 August Sinjar release)"},
 ],
 "events": [
  {"actor": JG, "date": "2014-09-25", "date_text": "today", "what": "Greening announced UK life-saving support for thousands more people in South Sudan", "ctx": "announced today",
   "note": "'..., International Development Secretary Justine Greening announced today.': narration; Greening is the agent of 'announced'. The release's day, Thursday 25 September 2014"},
  {"actor": None, "date": "2014-09-25", "date_text": "today", "what": "the £25 million package is discussed at a UN General Assembly meeting", "ctx": "General Assembly meeting today",
   "note": "'which will be discussed at a UN General Assembly meeting today': passive without agent, null (the meeting is where, not who). 25 September 2014"},
  {"actor": None, "date": "2013-12", "date_text": "in December 2013", "what": "fighting broke out in South Sudan",
   "note": "'Since fighting broke out in December 2013': the outbreak of fighting, no agent named, null. December 2013"},
  {"actor": None, "date": "2014-09-25", "date_text": "today", "what": "the UK support pledged", "ctx": "pledged today",
   "note": "'The support pledged today will look at scaling up the protection ...': narration after the statement; the date modifies the passive participle 'pledged', which names no agent, so null by the literal rule (the pledge is evidently the UK's, but the dated phrase names no agent). 25 September 2014"},
 ],
 "actors": [
  {"name": JG, "type": "person", "aliases": ["International Development Secretary Justine Greening", "Justine Greening"]},
  {"name": UK, "type": "country", "aliases": ["Britain", "the UK"]},
  {"name": "Department for International Development", "type": "organisation", "aliases": ["Department for International Development"]},
  {"name": "aid agencies", "type": "group", "aliases": ["aid agencies"]},
 ],
 "notes": [
  "DFID press release of Thursday 25 September 2014, kept from wired-gov.net's repost of the same day: Justine Greening announces £25 million more UK humanitarian support for South Sudan, to be discussed at a UN General Assembly meeting. Story south_sudan_aid_2014 with USAID's release of March 2014 on US aid (usaid_2014_south_sudan_83_million_additional, dev).",
  "Quotes: none in the gold sense. Greening's statement is an unmarked block after 'Justine Greening said:' (GOV.UK layout); its one figure ('thousands of people') is annotated with her as claimant.",
  "Figures: 'thousands more people' (Greening's announcement, source Greening), £25 million (release's voice), 1.3 million internally displaced (key idps_south_sudan, offered for USAID's 708,000 of March), more than 450,000 fled abroad (key refugees_neighbouring_countries, for other items of the story), 'Millions' at risk (release's voice), 'thousands of people' in the statement (Greening). The cut last paragraph (the UK's running total) is dropped, meta edits.",
  "Events: three 'today' (Greening announced: Greening; the package 'will be discussed', passive: null; the support 'pledged today', passive participle: null) and 'in December 2013' (fighting broke out: null).",
  "Actors: Greening, the United Kingdom ('Britain will provide', 'the extra support from the UK'), DFID ('The latest assistance from the Department for International Development') and aid agencies (who 'have warned there is a serious risk of famine', undated). Not listed: South Sudan's leaders, the government and opposition (addressed by Greening's call, no act reported), UN, Red Cross and NGO partners (channels of the aid), the international community (urged).",
  "second reading (annotator): re-read the whole item once more against FORMAT.md sections 1-2 and the stored copy: no quote marks in the text; every number token annotated; 'more than' -> more than; the three 'today' told apart with ctx; every alias an exact substring. No change.",
 ],
}
