K = "iran_ahar_quake_2012:"
NET = "Iranian netizens"
REP = "Supreme Leader's representative in East Azarbaijan"
TV = "Iranian national TV"
ANN = {
 "article": "articles/gv_2012_iran_earthquakes_tv_broadcasts_prayers.txt",
 "gold_out": "gold/gv_2012_iran_earthquakes_tv_broadcasts_prayers.json",
 "published": "2012-08-12",
 "quotes": [
  {"text": "TV Broadcasts Prayers", "speaker": NET, "speaker_mention": "Iranians", "fragment": True,
   "note": "headline phrase in quote marks: the complaint the post reports from Iranian web users ('They also expressed their anger at the Iranian national TV, which broadcast religious programmes'; the four bloggers quoted below all say it); not verbatim from one named blogger, so the group that 'expressed their anger' is the speaker; fragment (a short headline phrase)"},
  {"text": "the Day of Judgement", "speaker": REP, "speaker_mention": "Iran's Supreme Leader's representative in East Azarbaijan", "fragment": True,
   "note": "inside Damavandiyeh's block quotation: 'Iran's Supreme Leader's representative in East Azarbaijan said this earthquake reminds us “the Day of Judgement’.' - the representative's words in reported speech (fragment); opened with “ and closed with ’ as printed; the full stop is outside the mark. The representative is not named in the post, so the description is the canonical name"},
 ],
 "figures": [
  {"text": "Two", "value": 2, "unit": None, "counted": "powerful earthquakes that hit East Azarbaijan province", "source": None, "approx": None,
   "note": "'Two powerful earthquakes hit ...': a count in the post's voice (VOA's item also says 'two earthquakes', not annotated there as a keyed quantity)"},
  {"quantity": K + "deaths", "text": "250", "value": 250, "unit": None, "counted": "people killed by the two earthquakes", "source": None, "approx": None,
   "note": "'killing 250 people': the post's own voice; same quantity as VOA's 'more than 300 people' killed by the two earthquakes (voa_2012_iran_quake_toll_may_rise, three days later)"},
  {"quantity": K + "injured", "text": "1,800", "value": 1800, "unit": None, "counted": "people injured by the earthquakes", "source": None, "approx": "around",
   "note": "'injuring around 1,800': post's voice; same key as VOA's 'around 4,500 people injured'"},
  {"text": "6.4", "value": 6.4, "unit": None, "counted": "magnitude of the first earthquake", "source": None, "approx": None,
   "note": "'The earthquakes measured 6.4 and 6.3 in magnitude': magnitude, no unit (as the dev set's magnitudes)"},
  {"text": "6.3", "value": 6.3, "unit": None, "counted": "magnitude of the second earthquake", "source": None, "approx": None},
  {"text": "half", "value": 0.5, "unit": "share", "counted": "province destroyed", "source": "Bidad", "approx": None,
   "note": "in Bidad's block quotation ('half province is destroyed'), introduced by 'Bidad shares [fa] similar sentiments:'; a share of the province, Bidad's claim"},
 ],
 "events": [
  {"actor": None, "date": "2012-08-11", "date_text": "on Saturday (August 11, 2012)", "what": "two powerful earthquakes hit East Azarbaijan province",
   "note": "one expression with its parenthesised full date (as 'on Tuesday (9 April 2024)' in the dev set); the earthquakes are the subject of 'hit', natural events, no agent; Saturday 11 August 2012, the day before the post"},
 ],
 "actors": [
  {"name": NET, "type": "group", "aliases": ["Iranians"]},
  {"name": TV, "type": "organisation", "aliases": ["the Iranian national TV", "Iranian channels"]},
  {"name": "Damavandiyeh", "type": "person", "aliases": ["Damavandiyeh"]},
  {"name": REP, "type": "person", "aliases": ["Iran's Supreme Leader's representative in East Azarbaijan"]},
  {"name": "Green City", "type": "person", "aliases": ["Green City"]},
  {"name": "Aandishe", "type": "person", "aliases": ["Aandishe"]},
  {"name": "Bidad", "type": "person", "aliases": ["Bidad"]},
 ],
 "notes": [
  "Global Voices citizen-media roundup of Sunday 12 August 2012 on the two earthquakes of Saturday 11 August 2012 in East Azarbaijan province, Iran, and the web users' anger at state TV for broadcasting religious programmes; story iran_ahar_quake_2012 with voa_2012_iran_quake_toll_may_rise (in dev). Keys iran_ahar_quake_2012:deaths (250 here, more than 300 in VOA) and iran_ahar_quake_2012:injured (around 1,800 here, around 4,500 in VOA).",
  "Quotes: the headline phrase (the netizens' complaint) and the representative's 'the Day of Judgement' inside Damavandiyeh's text. The four bloggers' texts (Damavandiyeh, Green City, Aandishe, Bidad) are block quotations without quote marks, not quotes in the gold sense; their speakers are given by 'writes', 'adds', 'reflects', 'shares'. Not a quote: '“Down with USA’ [slogan]' - the wording of a slogan shown on a channel, marked '[slogan]' by the post (a name in quote marks, no speaker's utterance).",
  "Figures: the two earthquakes, 250 killed and around 1,800 injured (post's voice), the two magnitudes, and Bidad's 'half province'. Not figures: '2012' and '11' (the date), 'one' in 'one of them is showing' (an enumerator picking one channel out).",
  "Events: one date expression ('on Saturday (August 11, 2012)'), no agent. Undated: the Iranians 'flocked to the Internet', the TV 'broadcast religious programmes', the representative 'said'.",
  "'Iranian channels' (in Green City's text) is listed as an alias of the state broadcaster, the Iranian national TV ('All State run channels [in Iran there is no private channel]'); 'All State run channels' is left as a description, not an alias.",
  "second reading (checker): re-read against FORMAT.md: the headline quote's speaker is the group the post says complained (no one else is named for those words); the representative's fragment ends before ’ with the full stop outside; 1,800 carries 'around'; the magnitudes have no unit as in the dev set; 'half' is a share claimed by Bidad (his block quote); the one date is 11 August 2012, agentless (earthquakes). First and second readings agree.",
 ],
}
