K = "ira_indictment_2018:"
R = "Rod J. Rosenstein"
GJ = "grand jury"
D = "defendants"
ANN = {
 "article": "articles/doj_2018_ira_indictment_thirteen_russians.txt",
 "gold_out": "gold/doj_2018_ira_indictment_thirteen_russians.json",
 "published": "2018-02-16",
 "quotes": [
  {"text": "information warfare against the United States", "speaker": D, "speaker_mention": "they", "fragment": True,
   "note": "'The defendants allegedly conducted what they called \"information warfare against the United States,\"': the defendants' own words (as the indictment quotes them), attributed by 'what they called'; the trailing comma before the closing mark is dropped"},
  {"text": "spread[ing] distrust towards the candidates and the political system in general.", "speaker": D, "speaker_mention": "The defendants", "fragment": True,
   "note": "'with the stated goal of \"spread[ing] distrust ...\"': the goal the defendants stated (the same sentence, subject 'The defendants'); the editorial brackets and the final full stop inside the marks are kept"},
  {"text": "This indictment serves as a reminder that people are not always who they appear to be on the Internet", "speaker": R, "speaker_mention": "Deputy Attorney General Rod J. Rosenstein", "fragment": False,
   "note": "attribution after the quote ('...,\" said Deputy Attorney General Rod J. Rosenstein.'); the trailing comma is dropped"},
  {"text": "The indictment alleges that the Russian conspirators want to promote discord in the United States and undermine public confidence in democracy. We must not allow them to succeed. The Department of Justice will continue to work cooperatively with other law enforcement and intelligence agencies, and with the Congress, to defend our nation against similar current and future schemes. I want to thank the federal agents and prosecutors working on this case for their exceptional service.", "speaker": R, "speaker_mention": "Deputy Attorney General Rod J. Rosenstein", "fragment": False,
   "note": "the continuation after the attribution: a second quote with no cue of its own; the speaker is named in the sentence before (Rosenstein)"},
 ],
 "figures": [
  {"quantity": K+"russians_charged", "text": "Thirteen", "value": 13, "unit": None, "counted": "Russian individuals indicted by the grand jury", "source": None, "approx": None,
   "note": "headline, no claimant; the body's 'thirteen Russian nationals' and VOA's '13 Russians' / '13 Russian nationals' share the key"},
  {"quantity": K+"companies_charged", "text": "Three", "value": 3, "unit": None, "counted": "Russian companies indicted by the grand jury", "source": None, "approx": None,
   "note": "headline; the body's 'three Russian companies', same key"},
  {"quantity": K+"russians_charged", "text": "thirteen", "value": 13, "unit": None, "counted": "Russian nationals charged by the indictment", "source": None, "approx": None,
   "note": "'The indictment charges thirteen Russian nationals': the indictment is the agent of charging, not a claimant, and the sentence after the announcement ('The Department of Justice announced that a grand jury ... returned an indictment') names no claimant of its own: source null (as the next-sentence figures of doj_2020_elder_fraud_sweep_400_defendants)"},
  {"quantity": K+"companies_charged", "text": "three", "value": 3, "unit": None, "counted": "Russian companies charged by the indictment", "source": None, "approx": None,
   "note": "same sentence as the thirteen nationals: source null"},
  {"quantity": K+"ira_employees_charged", "text": "twelve", "value": 12, "unit": None, "counted": "individual defendants, employees of Internet Research Agency LLC", "source": GJ, "approx": None,
   "note": "'According to the allegations in the indictment, twelve of the individual defendants worked ... for Internet Research Agency LLC': claimed by the indictment, the grand jury's charging document (a document's claim goes to the body that wrote it, as 'a UN report said' -> the UN body; the indictment is the one the grand jury 'returned'). VOA's '12 employees' (twice), same key"},
 ],
 "events": [
  {"actor": GJ, "date": "2018-02-16", "date_text": "today", "what": "a grand jury in the District of Columbia returned an indictment presented by the Special Counsel's Office",
   "note": "'The Department of Justice announced that a grand jury in the District of Columbia today returned an indictment': 'today' stands in the clause of 'returned', whose agent is the grand jury (not the announcing Department); the release's day, Friday 16 February 2018"},
  {"actor": None, "date": "2016", "date_text": "2016", "what": "the 2016 Presidential election the defendants sought to interfere in",
   "note": "a date on a noun ('including the 2016 Presidential election'): an election has no agent in the text -> null (as 'the 19 February 2008 presidential election' in the dev set)"},
 ],
 "actors": [
  {"name": "Department of Justice", "type": "organisation", "aliases": ["The Department of Justice"]},
  {"name": GJ, "type": "organisation", "aliases": ["Grand Jury", "a grand jury in the District of Columbia"]},
  {"name": "Special Counsel's Office", "type": "organisation", "aliases": ["the Special Counsel\u2019s Office"]},
  {"name": R, "type": "person", "aliases": ["Deputy Attorney General Rod J. Rosenstein"]},
  {"name": D, "type": "group", "aliases": ["The defendants", "the Russian conspirators"]},
  {"name": "Yevgeniy Viktorovich Prigozhin", "type": "person", "aliases": ["Yevgeniy Viktorovich Prigozhin", "The other individual defendant"]},
 ],
 "notes": [
  "Justice Department (Office of Public Affairs) release of Friday 16 February 2018 on the grand jury indictment of thirteen Russians and three Russian companies brought by the Special Counsel's Office (the Internet Research Agency case), kept from seniorwomen.com's repost; story ira_indictment_2018 with VOA's report of the same day (voa_2018_ira_13_russians_charged).",
  "Quotes: two fragments of the defendants' own words as the indictment quotes them ('what they called \"information warfare ...\"', 'the stated goal of \"spread[ing] distrust ...\"'; speaker the defendants) and Rosenstein's statement, split by its attribution into two quotes (the second with no cue of its own). Not a quote: '\u201cProject Lakhta.\u201d' (the name of an operation).",
  "Figures and keys: Thirteen / thirteen Russians (russians_charged), Three / three companies (companies_charged), both also in VOA's report for the 13; the twelve defendants who worked for the Internet Research Agency (ira_employees_charged, VOA's '12 employees' twice). Only the twelve has a claimant ('According to the allegations in the indictment' -> the grand jury that returned it); the headline and the 'The indictment charges ...' sentence are the release's own voice.",
  "Events: 'today' (the grand jury returned the indictment) and '2016' (the 2016 Presidential election, no agent). 'at various times' is vague; the removed date line is not annotated.",
  "Actors: the Department of Justice (announced), the grand jury ('Grand Jury' in the headline, 'a grand jury in the District of Columbia'), the Special Counsel's Office (presented the indictment), Rosenstein, the defendants ('The defendants', and 'the Russian conspirators' in Rosenstein's quote; 'they' is a pronoun and not listed) and Prigozhin ('The other individual defendant', who funded the conspiracy). Internet Research Agency LLC and the Concord companies only employ or pay in the text and are not listed; 'the federal agents and prosecutors' are only thanked.",
  "second reading (annotator): the whole item re-read against FORMAT.md sections 1-2 and against the stored copy; checked the straight quote marks of the body (curly only around 'Project Lakhta.'), the dropped trailing commas and kept final full stops of the quotes, the brackets of 'spread[ing]', 16 February 2018 a Friday, every alias an exact substring and the three keys against the VOA item; no change.",
 ],
}
