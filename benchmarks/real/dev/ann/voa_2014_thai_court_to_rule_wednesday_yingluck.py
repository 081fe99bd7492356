CC = "Constitutional Court of Thailand"
YS = "Yingluck Shinawatra"
TS = "Thaksin Shinawatra"
ANN = {
 "article": "articles/voa_2014_thai_court_to_rule_wednesday_yingluck.txt",
 "gold_out": "gold/voa_2014_thai_court_to_rule_wednesday_yingluck.json",
 "published": "2014-05-06",
 "quotes": [
  {"text": "With all my respect to the judges, I would like to take this opportunity to deny the allegations I am accused of", "speaker": YS, "speaker_mention": "she",
   "note": "'\"With all my respect ... accused of,\" she said.': the pronoun points back to 'The prime minister, who could be removed from office if found guilty, defended herself before the Bangkok court Tuesday' in the paragraph before (a description, not her name); Yingluck is named only in the first paragraph. Trailing comma before the closing mark dropped"},
 ],
 "figures": [
  {"text": "two dozen", "value": 24, "unit": None, "counted": "anti-government protesters killed during clashes with police and attacks on demonstrations", "source": None, "approx": "around",
   "note": "'Around two dozen anti-government protesters have been killed ... in the past several months': outlet's own voice -> null; 'Around' -> around. Not given a quantity key shared with 'about 25' in voa_2014_thailand_top_court_ousts_pm: that figure counts 'people' killed by the protests 'since the start of the year', this one anti-government protesters killed 'in the past several months' (another kind of casualty and another period as printed)"},
 ],
 "events": [
  {"actor": CC, "date": "2014-05-07", "date_text": "Wednesday", "ctx": "Thai Court to Rule Wednesday", "what": "the court is to rule on the charges against the prime minister (headline)",
   "note": "headline 'Thai Court to Rule Wednesday on Charges Against PM': future act of the court; the next Wednesday after Tuesday 6 May 2014 = 7 May"},
  {"actor": CC, "date": "2014-05-07", "date_text": "Wednesday", "ctx": "deliver a verdict Wednesday", "what": "the court will deliver its verdict on the abuse of power charges",
   "note": "'Thailand's Constitutional Court says it will deliver a verdict Wednesday': future tense -> the coming Wednesday, 7 May 2014; agent the court"},
  {"actor": YS, "date": "2014-05-06", "date_text": "Tuesday", "what": "the prime minister defended herself before the court",
   "note": "'The prime minister ... defended herself before the Bangkok court Tuesday': active verb, subject 'The prime minister' (Yingluck); Tuesday 6 May 2014, the day of the report"},
  {"actor": None, "date": "2011", "date_text": "2011", "what": "the replacement of Yingluck's then national security chief",
   "note": "dated noun ('the 2011 replacement of Yingluck's then national security chief'): this item does not say who made the replacement (the charges only 'relate to' it), so null; the next day's item (voa_2014_thailand_top_court_ousts_pm) names Yingluck as the one who transferred him"},
  {"actor": "Thai military", "date": "2006", "date_text": "2006", "what": "the military coup that removed Thaksin from office",
   "note": "'Thaksin was removed from office in a 2006 military coup': the date sits on the noun 'military coup', whose agent the text names (the military), as 'A military coup ousted Mr. Thaksin from office in 2006' -> the Thai military in voa_2010_bangkok_red_shirts_arrive"},
  {"actor": None, "date": "2014-02", "date_text": "in February", "what": "the early elections, boycotted and disrupted by the opposition",
   "note": "'Yingluck already called for early elections in February': 'in February' belongs to the elections (the vote of February 2014 that 'the opposition boycotted'; Yingluck called it in December 2013), a dated noun without a single agent -> null, as elections elsewhere in the dev set"},
 ],
 "actors": [
  {"name": CC, "type": "organisation", "aliases": ["Thailand's Constitutional Court", "the Bangkok court"]},
  {"name": YS, "type": "person", "aliases": ["Prime Minister Yingluck Shinawatra", "Yingluck", "The prime minister"]},
  {"name": "Yingluck's critics", "type": "group", "aliases": ["Her critics", "critics"]},
  {"name": "National Anti-Corruption Commission", "type": "organisation", "aliases": ["Thailand's Anti-Corruption Commission"]},
  {"name": "Yingluck's supporters", "type": "group", "aliases": ["Yingluck's supporters"]},
  {"name": "Thai opposition protesters", "type": "group", "aliases": ["The opposition protesters", "anti-government protesters", "the opposition"]},
  {"name": TS, "type": "person", "aliases": ["ex-prime minister Thaksin Shinawatra", "Thaksin", "her brother", "The billionaire businessman"]},
  {"name": "Thai military", "type": "organisation", "aliases": ["military"]},
 ],
 "notes": [
  "VOA report (no byline) of Tuesday 6 May 2014, the day Yingluck Shinawatra defended herself before Thailand's Constitutional Court; story thailand_yingluck_ouster_2014 with voa_2014_thailand_top_court_ousts_pm (7 May, the ruling) and voa_2014_ousted_thai_pm_indicted_rice (8 May, the anti-corruption commission's indictment).",
  "Hard cases: the only quote is attributed by the pronoun 'she', whose antecedent is the description 'The prime minister' in the paragraph before; her name stands only in the first paragraph. 'The prime minister' and 'the Bangkok court' are descriptions listed as aliases.",
  "Figures: 'two dozen' only (outlet voice, 'Around' -> around). Not figures: '2011' and '2006' (years); 'months of protests', 'the past several months', 'many provinces' (no number). No shared quantity key: the protest toll of the next day's item is of another scope as printed (see the figure's note).",
  "Events: two 'Wednesday' (headline and lead, pinned with ctx; the court's coming verdict), 'Tuesday' (Yingluck defended herself), '2011' (dated noun, no named agent here), '2006' (dated noun 'military coup' -> the military), 'in February' (the elections, null). Not events: 'in the past several months' (vague span), 'already' (vague). The dropped last paragraph held 'Last week'.",
  "Actors: the court, Yingluck, her critics ('Her critics say', and 'critics say' the rice scheme is wasteful, kept as one group), the anti-corruption commission (charged her), her supporters (say, threatened), the opposition protesters ('The opposition protesters say', 'the opposition boycotted the vote'; 'anti-government protesters' killed), Thaksin (lives in exile to escape charges; 'her brother', 'The billionaire businessman'), the military (the coup). Not actors: police (only in 'clashes with police'), the Pheu Thai Party (only benefits), the judges (addressed in the quote).",
  "second reading (annotator): the whole item re-read against FORMAT.md sections 1-2 and the stored copy; checked the quote span and its pronoun attribution, the two headline/lead 'Wednesday' as future dates (7 May), '2011' null because this item names no agent, 'in February' on the elections (null), and that 'two dozen' is not keyed with the next day's '25'; no change.",
 ],
}
