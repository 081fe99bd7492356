NACC = "National Anti-Corruption Commission"
YS = "Yingluck Shinawatra"
VM = "Vicha Mahakhun"
ANN = {
 "article": "articles/voa_2014_ousted_thai_pm_indicted_rice.txt",
 "gold_out": "gold/voa_2014_ousted_thai_pm_indicted_rice.json",
 "published": "2014-05-08",
 "quotes": [
  {"text": "The committee agrees, 7-0, that the accused intended to use power and her role in an unconstitutional way which conflicted with the constitution section 178 and it is clearly shown that the accused intended to use her power and her role in a way that conflicts with the administration law. Therefore, the commission agreed to file the complaint to remove the accused from the position.", "speaker": VM, "speaker_mention": "Anti-Corruption Commission member Vicha Mahakhun",
   "note": "a whole paragraph in quote marks with no attribution of its own: the speaker is named in the sentence before ('Anti-Corruption Commission member Vicha Mahakhun announced the verdict.'), and the quote is the verdict he announced. The final '.' inside the marks is kept"},
 ],
 "figures": [
  {"text": "billions", "value": None, "vague": True, "unit": "USD", "counted": "dollars the rice program wasted", "source": "Yingluck's critics", "approx": None,
   "note": "'the program, which her critics say was riddled with corruption and wasted billions of dollars': inside what her critics say -> the critics; vague plural with a currency (as 'millions' of dollars in the dev set)"},
  {"text": "7", "value": 7, "unit": None, "counted": "commission members voting to agree", "source": VM, "approx": None, "ctx": "7-0",
   "note": "'The committee agrees, 7-0': the votes for, inside Vicha's quote -> Vicha Mahakhun (the speaker claims the figures of his quote)"},
  {"text": "0", "value": 0, "unit": None, "counted": "commission members voting against", "source": VM, "approx": None, "ctx": "7-0",
   "note": "the '0' of '7-0': the votes against, inside Vicha's quote -> Vicha Mahakhun"},
  {"text": "five", "value": 5, "unit": "years", "counted": "years of the ban from politics", "source": None, "approx": None,
   "note": "'a five-year ban from politics': the number glued to its noun by a hyphen (as '47' in '47-year-old'); outlet's own voice -> null"},
  {"text": "nine", "value": 9, "unit": None, "counted": "cabinet members the Constitutional Court decided to remove", "source": None, "approx": None,
   "note": "'decided to remove Ms. Yingluck and nine of her cabinet members from power': outlet's own voice -> null"},
  {"text": "six months", "value": 6, "unit": "months", "counted": "months opposition protesters had tried to force the government from power", "source": None, "approx": None,
   "note": "'For six months, opposition protesters had tried ...': a duration (a figure, not an event); outlet voice -> null"},
 ],
 "events": [
  {"actor": NACC, "date": "2014-05-08", "date_text": "Thursday", "what": "the commission ruled there was enough evidence to indict Yingluck",
   "note": "'The commission unanimously ruled Thursday there was enough evidence to indict Ms. Yingluck': active verb, agent the commission; Thursday 8 May 2014, the day of the report"},
  {"actor": NACC, "date": "2014-05-08", "date_text": "a day after", "what": "the commission's decision, a day after the court removed Yingluck",
   "note": "'The decision comes a day after the Thai Constitutional Court decided to remove Ms. Yingluck ...': the expression dates the subject of 'comes', the commission's decision (dated 'Thursday' in the text), so 8 May 2014, and its agent is the commission; as 'These violent protests come a day after ...' and the president's visit 'a day after' in the dev set. The court's decision itself (7 May) gets no event of its own: it is dated only through this phrase"},
 ],
 "actors": [
  {"name": NACC, "type": "organisation", "aliases": ["Thailand's Anti-Corruption Commission", "Anti-Corruption Commission", "The commission", "The committee"]},
  {"name": YS, "type": "person", "aliases": ["ousted Prime Minister Yingluck Shinawatra", "Ms. Yingluck", "the accused"]},
  {"name": "Yingluck's critics", "type": "group", "aliases": ["her critics"]},
  {"name": VM, "type": "person", "aliases": ["Anti-Corruption Commission member Vicha Mahakhun", "Vicha Mahakhun"]},
  {"name": "Constitutional Court of Thailand", "type": "organisation", "aliases": ["the Thai Constitutional Court"]},
  {"name": "Niwatthamrong Boonsongphaisan", "type": "person", "aliases": ["Commerce Minister Niwatthamrong Boonsongphaisan", "Niwatthamrong Boonsongphaisan"]},
  {"name": "Thai opposition protesters", "type": "group", "aliases": ["opposition protesters", "many protesters"]},
 ],
 "notes": [
  "VOA report (no byline) of Thursday 8 May 2014 on the National Anti-Corruption Commission's vote to indict Yingluck Shinawatra over the rice subsidy program, a day after the Constitutional Court removed her; story thailand_yingluck_ouster_2014 with voa_2014_thai_court_to_rule_wednesday_yingluck (6 May) and voa_2014_thailand_top_court_ousts_pm (7 May).",
  "Hard case: the one quote is a whole paragraph without any attribution; its speaker is named in the sentence before ('Anti-Corruption Commission member Vicha Mahakhun announced the verdict.'). Inside it 'The committee' and 'the commission' are the commission and 'the accused' is Yingluck (aliases). The text calls the body 'Thailand's Anti-Corruption Commission'; the canonical name is its full name, National Anti-Corruption Commission.",
  "Figures: 'billions' (of dollars, claimed by her critics), '7' and '0' (the vote, claimed by Vicha in his quote), 'five' (five-year ban), 'nine' (cabinet members removed), 'six months' (duration). Not figures: 'section 178' (a designation), 'another legal defeat' (not a count). No quantity key shared with the other items of the story: none of them restates these counts ('several Cabinet members' of 7 May has no number).",
  "Events: 'Thursday' (the commission ruled) and 'a day after' (the commission's decision, 8 May). Not events: 'now' (the case 'will now proceed', not a date of the kinds listed), 'For six months' (a duration), 'Despite the rulings' (no date).",
  "Actors: the commission, Yingluck, her critics (say), Vicha (announced, speaks), the Constitutional Court (decided to remove), Niwatthamrong (replaced her: passive with a by-agent), the opposition protesters (had tried to force the government from power; 'many protesters are not satisfied'). Not actors: the Senate (the case will proceed to it; it does not act in the text), Thaksin (only described: 'her influential brother', 'a divisive figure'), the supporters and the 'mostly middle class opposition' (pitted by the decisions, no act).",
  "second reading (annotator): the whole item re-read against FORMAT.md sections 1-2 and the stored copy; checked the unattributed quote paragraph and its speaker named a sentence before, the two vote figures inside it, 'billions' claimed by the critics, 'a day after' dated to 8 May with the commission as agent, and the kept typos ('Boonsongphaisan ,', 'rural ad poor'); no change.",
 ],
}
