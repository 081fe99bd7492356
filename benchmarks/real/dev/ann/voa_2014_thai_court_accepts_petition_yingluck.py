CC = "Constitutional Court of Thailand"
YS = "Yingluck Shinawatra"
LAW = "anti-government lawmakers"
NACC = "National Anti-Corruption Commission"
PRO = "Thai opposition protesters"
ANN = {
 "article": "articles/voa_2014_thai_court_accepts_petition_yingluck.txt",
 "gold_out": "gold/voa_2014_thai_court_accepts_petition_yingluck.json",
 "published": "2014-04-02",
 "quotes": [],
 "figures": [
  {"text": "24", "value": 24, "unit": None, "counted": "people killed in the protests", "source": None, "approx": "at least",
   "note": "'At least 24 people have been killed in the protests, including one person at an opposition protest Tuesday': outlet's own voice -> null; 'At least' -> at least. Not keyed with the story's other tolls: 'Around two dozen anti-government protesters' killed 'in the past several months' (6 May) counts protesters only, and 'about 25 people since the start of the year' (7 May) another period and a later date; this one counts people killed in the protests since November (as printed, 'since November')"},
  {"text": "one", "value": 1, "unit": None, "counted": "person killed at an opposition protest Tuesday", "source": None, "approx": None,
   "note": "'including one person at an opposition protest Tuesday': a count of the dead (one of the 24), outlet's voice"},
  {"text": "billions", "value": None, "vague": True, "unit": None, "counted": "in losses from the rice subsidy program", "source": None, "approx": None,
   "note": "'a rice subsidy program that has cost the government billions in losses': vague plural -> value null, vague; no currency is printed (not 'of dollars'), so unit null; outlet's voice (the investigation of the commission is about her role, the sentence does not make the commission claim the losses)"},
 ],
 "events": [
  {"actor": CC, "date": "2014-04-02", "date_text": "on Wednesday", "what": "the court accepted the case against the prime minister",
   "note": "'The court on Wednesday accepted the case, which was brought by a group of anti-government lawmakers': active verb, subject 'The court' (Thailand's Constitutional Court); Wednesday 2 April 2014, the day of the report. The lawmakers' bringing of the case (a passive with a by-agent) carries no date"},
  {"actor": YS, "date": "2011", "date_text": "in 2011", "what": "Yingluck fired a national security council member (alleged in the petition)",
   "note": "'The petition alleges Yingluck violated the constitution by firing a national security council member, allegedly for political reasons, in 2011': the date belongs to the firing, whose doer is Yingluck (the subject of 'violated ... by firing'); as 'in 2011' -> Yingluck in voa_2014_thailand_top_court_ousts_pm"},
  {"actor": None, "date": "2013-11", "date_text": "since November", "what": "start of the wave of anti-government protests against her government",
   "note": "'Her government also has been hit by a wave of anti-government protests since November': a passive whose by-phrase is the protests (an event, not an actor), so null, as 'Anti-government street protests ... have killed about 25 people since the start of the year' -> null in voa_2014_thailand_top_court_ousts_pm; November before an April 2014 report = November 2013"},
  {"actor": None, "date": "2014-04-01", "date_text": "Tuesday", "what": "one person was killed at an opposition protest in Bangkok",
   "note": "'At least 24 people have been killed in the protests, including one person at an opposition protest Tuesday': the expression dates the killing of the one person (a passive 'have been killed' without agent), so null; Tuesday before the Wednesday report = 1 April 2014. Read as dating the noun 'an opposition protest' it would be the protesters' act, but the sentence counts the dead and names no killer; null is the literal reading"},
  {"actor": None, "date": "2010", "date_text": "since 2010", "what": "Thailand's worst political violence since that of 2010",
   "note": "'It is Thailand's worst political violence since 2010': the point of comparison, the political violence of 2010; no agent named -> null (as 'since 2012' baselines in the dev set)"},
 ],
 "actors": [
  {"name": CC, "type": "organisation", "aliases": ["Thailand's Constitutional Court", "The court"]},
  {"name": YS, "type": "person", "aliases": ["Yingluck Shinawatra", "Prime Minister Yingluck Shinawatra", "Yingluck", "the country's embattled prime minister", "The prime minister", "Embattled PM"]},
  {"name": LAW, "type": "group", "aliases": ["a group of anti-government lawmakers"]},
  {"name": NACC, "type": "organisation", "aliases": ["National Anti-Corruption Commission"]},
  {"name": PRO, "type": "group", "aliases": ["The protesters"]},
 ],
 "notes": [
  "VOA News report of Wednesday 2 April 2014 (date worked out, see meta), stored from VOA's publishing host: Thailand's Constitutional Court accepts the petition against Yingluck Shinawatra over the 2011 removal of a national security council member. Story thailand_yingluck_ouster_2014 with voa_2014_thai_court_to_rule_wednesday_yingluck (6 May), voa_2014_thailand_top_court_ousts_pm (7 May, the ruling on this petition) and voa_2014_ousted_thai_pm_indicted_rice (8 May).",
  "No quotes: the item has no quote marks. The petition's allegation and the protesters' claims ('They say her government is hopelessly corrupt ...') are reported speech without marks.",
  "Figures: 'At least 24' killed (outlet voice), 'one person' (killed Tuesday), 'billions' (vague, no currency printed -> unit null). No shared quantity key: the story's other tolls count another kind of casualty or another period (see the first figure's note). Not figures: '2011', '2010' (years), 'either case' (no number), 'a wave', 'a group'.",
  "Events: 'on Wednesday' (the court accepted the case -> the court), 'in 2011' (the firing -> Yingluck), 'since November' (start of the protest wave; passive by-phrase an event -> null), 'Tuesday' (a death at a protest, passive without agent -> null), 'since 2010' (the point of comparison, null).",
  "Actors: the court ('Thailand's Constitutional Court', 'The court'), Yingluck ('the country's embattled prime minister', 'The prime minister', 'Embattled PM' in the headline), the anti-government lawmakers who brought the case, the National Anti-Corruption Commission (its investigation), the protesters ('The protesters are calling ...', 'They say ...'; canonical name as in the other items of the story). Not actors: Thaksin Shinawatra (named only in the protesters' claim that he controls the government), 'the government' and 'Her government' (hit by protests, cost billions: no act), 'The petition' (a document of the lawmakers, not a separate actor).",
  "second reading (annotator): the whole item re-read once fully against FORMAT.md sections 1-2 and the stored copy: no quote marks anywhere; the three figures (at least 24, one, vague billions without a unit) and that none shares a key with the story's other tolls; 'in 2011' on the firing (Yingluck); the two nulls for 'since November' and 'Tuesday'; 'since 2010' kept as a dated comparison with a null actor; every alias an exact substring; no change.",
 ],
}
