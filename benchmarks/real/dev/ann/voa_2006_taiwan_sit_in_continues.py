K = "taiwan_anti_chen_campaign_2006:"
CSB = "Chen Shui-bian"
PR = "anti-Chen protesters"
CM = "Chu-cheng Ming"
ANN = {
 "article": "articles/voa_2006_taiwan_sit_in_continues.txt",
 "gold_out": "gold/voa_2006_taiwan_sit_in_continues.json",
 "published": "2006-09-12",
 "quotes": [
  {"text": "There are some radical voices saying that perhaps a sitting demonstration will not lead to anything at all, so perhaps they should go for more violent and more high-profile action, which is a call for a general strike",
   "speaker": CM, "speaker_mention": "he", "fragment": False,
   "note": "'... general strike,\" he said.': 'he' is Professor Chu-cheng Ming, named in the paragraph before ('Political science Professor Chu-cheng Ming of National Taiwan University says ...'); trailing comma dropped"},
 ],
 "figures": [
  {"text": "tens of thousands", "value": None, "vague": True, "unit": None, "counted": "demonstrators on Saturday and Sunday", "source": None, "approx": None,
   "note": "'who numbered in the tens of thousands on Saturday and Sunday': outlet's voice; covers two days (9-10 September), so it is not keyed with the 9 September rally turnout of voa_2006_taipei_rally_demand_chen_quit (different scope)"},
  {"text": "hundreds", "value": None, "vague": True, "unit": None, "counted": "demonstrators left as the workweek begins", "source": None, "approx": None,
   "note": "'have dwindled into the hundreds': vague plural, outlet's voice"},
 ],
 "events": [
  {"actor": None, "date": "2006-09-09/2006-09-10", "date_text": "on Saturday and Sunday", "what": "demonstrators numbered in the tens of thousands",
   "note": "'numbered' is a state, not an act: no agent; Saturday 9 and Sunday 10 September 2006, written as a day interval"},
  {"actor": "Su Tseng-chang", "date": "2006-09-11", "date_text": "on Monday", "what": "warned against any strike and said everyone should respect the rule of law",
   "note": "active verb: 'Premier Su Tseng-chang on Monday warned'; the Monday before Tuesday 12 September 2006"},
  {"actor": None, "date": "1949", "date_text": "since 1949", "what": "Taiwan formally known as the Republic of China",
   "note": "'has formally been known as the Republic of China since 1949': a state (passive without agent); the when-clause ('when the Nationalist government fled') explains the year but the date expression modifies 'has been known'"},
 ],
 "actors": [
  {"name": CSB, "type": "person", "aliases": ["Taiwan President Chen Shui-bian", "President Chen Shui-bian", "President Chen", "Mr. Chen", "the unpopular leader", "the president"]},
  {"name": "Shih Ming-teh", "type": "person", "aliases": ["Shih Ming-teh", "Mr. Shih"]},
  {"name": PR, "type": "group", "aliases": ["protesters", "The demonstrators"]},
  {"name": "anti-Chen campaign organizers", "type": "group", "aliases": ["organizers"]},
  {"name": "Democratic Progressive Party", "type": "organisation", "aliases": ["Democratic Progressive Party", "D.P.P.", "the D.P.P."]},
  {"name": "political analysts", "type": "group", "aliases": ["political analysts", "few political analysts"]},
  {"name": CM, "type": "person", "aliases": ["Political science Professor Chu-cheng Ming of National Taiwan University", "Professor Chu-cheng Ming", "Chu-cheng Ming"]},
  {"name": "Su Tseng-chang", "type": "person", "aliases": ["Premier Su Tseng-chang", "Su Tseng-chang"]},
  {"name": "Nationalist government", "type": "organisation", "aliases": ["the Nationalist government", "Nationalist government"]},
  {"name": "Communists", "type": "group", "aliases": ["the Communists", "Communists"]},
  {"name": "China", "type": "country", "aliases": ["China"]},
 ],
 "notes": [
  "VOA News report of Tuesday 12 September 2006, the fourth day of the sit-in outside President Chen Shui-bian's office; story taiwan_anti_chen_campaign_2006 with voa_2006_taipei_rally_demand_chen_quit (9 September, the rally that began the sit-in) and voa_2006_taiwan_recall_vote_fails_third (24 November).",
  "The one quote is attributed by 'he said' to Professor Chu-cheng Ming, who is named only in the paragraph before.",
  "Figures: only two vague counts ('tens of thousands' for the weekend, 'hundreds' now). Not keyed with the first item's 9 September turnout: this one covers Saturday and Sunday together. Not figures: 'the fourth day' (ordinal), 'for months' (no number), '1949' (year).",
  "Not events: 'as the workweek begins' (vague, no day named), 'for months' (duration), 'It is the fourth day' (no date expression). Reported speech without marks: Mr. Shih says ...; organizers say ...; China ... says ...; no quotes there.",
  "'Republic of China' is the name Taiwan is known by, not an actor; 'China' (says any move towards independence would be cause for war) is the actor. Shih is named as 'a former head of the president's own Democratic Progressive Party, or D.P.P., Shih Ming-teh'; only his names are aliases.",
  "Second careful read done by the annotator against FORMAT.md sections 1-2: quote text and dropped trailing comma, the null actors of the state verbs ('numbered', 'has been known'), Monday = 11 September, and that no surface form is shared by two actors.",
 ],
}
