S = "zone9_bloggers_2014"
Z = "Zone 9 blogging collective"
GV = "Global Voices"
EN = "Endalk"
ANN = {
 "article": "articles/gv_2014_zone9_netizen_report_arrests.txt",
 "gold_out": "gold/gv_2014_zone9_netizen_report_arrests.json",
 "published": "2014-04-30",
 "quotes": [
  {"text": "In the suburbs of Addis Ababa, there is a large prison called Kality where many political prisoners are currently being held, among them journalists Eskinder Nega and Reeyot Alemu. The journalists have told us a lot about the prison and its appalling conditions. Kality is divided into eight different zones, the last of which — Zone Eight — is dedicated to journalists, human right activists and dissidents.\nWhen we came together, we decided to create a blog for the proverbial prison in which all Ethiopians live: this is Zone Nine.",
   "speaker": EN, "speaker_mention": "Zone Nine member Endalk",
   "note": "block quotation from Endalk's post, introduced by 'Zone Nine member Endalk explained the origin of the group’s name:' at the end of the paragraph before. It runs over two paragraphs with one opening mark (before 'In the suburbs') and one closing mark (after 'Zone Nine.'); the second paragraph opens with no mark, so the span between the two marks is annotated as one quote, paragraph break included. The final '.' inside the mark is kept"},
 ],
 "figures": [
  {"quantity": S + ":zone9_members_arrested_apr25", "text": "six", "value": 6, "unit": None, "counted": "members of the Zone Nine blogging collective arrested", "source": None, "approx": None,
   "note": "the report's own voice: the bloggers arrested in Addis Ababa on 25 April (the journalists arrested with them are counted apart in the next sentences)"},
  {"text": "One", "value": 1, "unit": None, "counted": "journalist suspected of association with the group", "source": None, "approx": None,
   "note": "'One journalist ... was also taken into custody': a count of people (as 'one town'), not the pronoun 'one of'"},
  {"text": "two", "value": 2, "unit": None, "counted": "more journalists arrested", "source": None, "approx": None,
   "note": "'two more journalists were arrested' the next day (26 April): a part of the nine detained, no key with the totals"},
  {"text": "eight", "value": 8, "unit": None, "counted": "different zones of Kality prison", "source": EN, "approx": None,
   "note": "inside Endalk's quotation ('Kality is divided into eight different zones'): his number"},
 ],
 "events": [
  {"actor": GV, "date": "2014-04-28/2014-05-04", "date_text": "This  week's", "what": "this week's Netizen Report (the post itself)",
   "note": "a date on a noun ('This  week's report', double space as stored): the report is Global Voices Advocacy's ('Global Voices Advocacy's Netizen Report'), so the actor is Global Voices; 'this week' = the ISO week of the post's day, Monday 28 April to Sunday 4 May 2014"},
  {"actor": None, "date": "2014-04-25", "date_text": "on April 25", "what": "six Zone Nine bloggers arrested in Addis Ababa",
   "note": "passive without a by-agent ('were arrested in Addis Ababa'): the text does not say who arrested them -> null"},
  {"actor": None, "date": "2014-04-26", "date_text": "The next day", "what": "two more journalists arrested",
   "note": "'The next day' follows 'on April 25': Saturday 26 April 2014. Passive without agent -> null"},
  {"actor": Z, "date": "2012", "date_text": "In 2012", "what": "Zone Nine worked with Global Voices to create Global Voices in Amharic",
   "note": "'In 2012, Zone Nine worked in partnership with Global Voices ...': Zone Nine is the subject of 'worked'; Global Voices is the partner in the with-phrase, not a joint subject"},
 ],
 "actors": [
  {"name": GV, "type": "organisation", "aliases": ["Global Voices", "Global Voices Advocacy"]},
  {"name": Z, "type": "organisation", "aliases": ["the Zone Nine blogging collective", "Zone Nine", "the group"]},
  {"name": EN, "type": "person", "aliases": ["Zone Nine member Endalk", "Endalk"]},
  {"name": "local sources", "type": "group", "aliases": ["local sources"]},
  {"name": "Human Rights Watch", "type": "organisation", "aliases": ["Human Rights Watch"]},
  {"name": "Committee to Protect Journalists", "type": "organisation", "aliases": ["the Committee to Protect Journalists"]},
  {"name": "Electronic Frontier Foundation", "type": "organisation", "aliases": ["the Electronic Frontier Foundation"]},
 ],
 "notes": [
  "Global Voices Advocacy Netizen Report of Wednesday 30 April 2014, opening with the arrests of six Zone Nine bloggers (25 April) and three journalists (25-26 April) in Addis Ababa; story zone9_bloggers_2014 with gv_2014_zone9_statement_release_nine (2 May), gv_2014_zone9_police_request_more_time (14 May) and gv_2014_zone9_charged_with_terrorism (18 July).",
  "Not a quote: 'the bloggers have since been issued charges of  “working with foreign organizations ... through social media.”' - the quoted words give the wording of the charges (the content of 'charges of'), as the dev items treat 'charged with “instigating criminal acts”': the text names no one whose words they are ('According to local sources' attributes the report that charges were issued, not the wording). The same accusation is quoted, also unattributed, in the 18 July item.",
  "Figures: six bloggers (25 April), one journalist (25 April), two journalists (26 April) are parts of the nine detained of the later items; only the six has a key (for later items on the bloggers arrested on 25 April). 'eight' is Endalk's, inside his quotation.",
  "Not figures: 'Zone Eight' and 'Zone Nine' (names), 'the last of which' (no number), 'In 2012' (year). Not events: 'have since been issued' and 'currently' (vague), '2012' is annotated once as 'In 2012'.",
  "Human Rights Watch, CPJ and EFF 'have called for their release' (undated): actors without event. 'local sources' report the charges (no figure or quote of theirs). Eskinder Nega and Reeyot Alemu are named inside the quotation and do not act.",
  "second reading (annotator): re-read the whole item against FORMAT.md sections 1-2; checked the double spaces kept as stored, the one quote over two paragraphs, each figure token (six, One, two, eight; Eight/Nine are names) and the dates of 'on April 25' and 'The next day' against the post's date (Wednesday 30 April 2014).",
 ],
}
