CG = "Chinese government"
SM = "Chinese state media"
XH = "Xinhua"
TM = "Tibetan Buddhist monks"
DL = "Dalai Lama"
Q = "yushu_quake_2010:"
ANN = {
 "article": "articles/voa_2010_yushu_quake_toll_2220.txt",
 "gold_out": "gold/voa_2010_yushu_quake_toll_2220.json",
 "published": "2010-04-25",
 "quotes": [],
 "figures": [
  {"quantity": Q + "killed", "text": "2,220", "value": 2220, "unit": None, "counted": "Earthquake Death Toll", "source": CG, "approx": None, "ctx": "Toll to 2,220\n",
   "note": "headline 'China Raises Earthquake Death Toll to 2,220': China raises (states) the toll"},
  {"quantity": Q + "killed", "text": "2,220", "value": 2220, "unit": None, "counted": "death toll from the April 14th earthquakes in Yushu County", "source": CG, "approx": None, "ctx": "Yushu County to 2,220",
   "note": "'China has raised the death toll ... to 2,220'"},
  {"quantity": Q + "xining_yushu_daily_flights", "text": "six", "value": 6, "unit": None, "counted": "daily flights delayed", "source": XH, "approx": None,
   "note": "'China's Xinhua news agency says a sandstorm and snow delayed all six daily flights'"},
  {"quantity": Q + "rescuers_stranded", "text": "hundreds", "value": None, "vague": True, "unit": None, "counted": "rescuers held up at Xining", "source": XH, "approx": None,
   "note": "same 'Xinhua ... says' sentence"},
  {"quantity": Q + "missing", "text": "73", "value": 73, "unit": None, "counted": "people missing", "source": XH, "approx": None,
   "note": "'Xinhua says 73 people are missing'"},
  {"quantity": Q + "injured", "text": "12,000", "value": 12000, "unit": None, "counted": "people injured", "source": XH, "approx": "more than",
   "note": "same 'Xinhua says' ('and more than 12,000 injured')"},
  {"quantity": Q + "monasteries_damaged", "text": "87", "value": 87, "unit": None, "counted": "Buddhist monasteries to be restored", "source": CG, "approx": None,
   "note": "'the Chinese government said it will restore all 87 Buddhist monasteries damaged by the earthquake'"},
  {"quantity": Q + "monks_in_quake_zone", "text": "Thousands", "value": None, "vague": True, "unit": None, "counted": "Tibetan Buddhist monks flocked to the quake zone", "source": None, "approx": None,
   "note": "vague plural, outlet's voice"},
 ],
 "events": [
  {"actor": None, "date": "2010-04-14", "date_text": "April 14th", "what": "the earthquakes in Yushu County",
   "note": "date on a noun ('the April 14th earthquakes'): natural event, no actor"},
  {"actor": SM, "date": "2010-04-25", "date_text": "late Sunday", "what": "state media published the new death toll",
   "note": "'Official state media published the new death toll late Sunday': agent of 'published'"},
  {"actor": None, "date": "2010-04-25", "date_text": "as of Sunday", "what": "focus switched from search to reconstruction and resettlement",
   "note": "'Officials say that as of Sunday, the focus has switched ...': the expression dates 'has switched', whose subject 'the focus' does nothing; not the officials' saying"},
  {"actor": None, "date": "2010-04-24/2010-04-25", "date_text": "during the weekend", "what": "sandstorm and snow delayed all flights from Xining to Yushu",
   "note": "weather is the subject of 'delayed': no actor; the weekend of 24-25 April 2010"},
  {"actor": CG, "date": "2010-04-24", "date_text": "On Saturday", "what": "Chinese government said it will restore 87 monasteries",
   "note": "'On Saturday, the Chinese government said ...': agent of 'said'"},
  {"actor": CG, "date": "2010-04-23", "date_text": "on Friday", "what": "government urged monks to return to their monasteries",
   "note": "'on Friday, China's communist government urged them to return': agent of 'urged'"},
 ],
 "actors": [
  {"name": CG, "type": "organisation", "aliases": ["China", "the Chinese government", "China's communist government", "Officials", "Chinese officials"]},
  {"name": SM, "type": "organisation", "aliases": ["Official state media"]},
  {"name": XH, "type": "organisation", "aliases": ["China's Xinhua news agency", "Xinhua"]},
  {"name": TM, "type": "group", "aliases": ["Tibetan Buddhist monks"]},
  {"name": DL, "type": "person", "aliases": ["Tibet's exiled spiritual leader, the Dalai Lama", "the Dalai Lama"]},
 ],
 "notes": [
  "VOA News report of Sunday 25 April 2010 (VOA's English copy on voatibetanenglish.com, no date line; see the meta's published_evidence) on the Yushu (Qinghai) earthquake of 14 April 2010; story yushu_quake_2010 with voa_2010_yushu_quake_day_of_mourning (21 April).",
  "Cross-report figures: the dead, 2,220 here (China, twice) against 'more than 2,000' and 2,064 on 21 April (yushu_quake_2010:killed); missing 73 here against at least 175 (:missing); injured 'more than 12,000' in both (:injured).",
  "'Officials' and 'Chinese officials' are the Chinese government's (one actor with 'China' and 'China's communist government'); 'Official state media' is a separate actor (it publishes the toll).",
  "Undated acts: the government 'has asked them to return home', officials 'have ignored the Dalai Lama's appeal', the monks 'have flocked'. 'Most of the people in Yushu are Tibetans' has no number.",
  "Dated Sunday 25 April: a Monday 26 April date would resolve 'late Sunday', 'On Saturday', 'on Friday' and 'during the weekend' to the same days.",
  "second reading: checked the text against the stored copy (the headline printed twice, once kept), the weekdays (Friday 23, Saturday 24, Sunday 25 April 2010), the two '2,220' pinned with ctx, and that 'all 87' and 'all six' carry no hedge.",
 ],
}
