K = "ira_indictment_2018:"
R = "Rod Rosenstein"
GJ = "grand jury"
IRA = "Internet Research Agency"
ANN = {
 "article": "articles/voa_2018_ira_13_russians_charged.txt",
 "gold_out": "gold/voa_2018_ira_13_russians_charged.json",
 "published": "2018-02-16",
 "quotes": [
  {"text": "in operations to interfere with elections and political processes", "speaker": GJ, "speaker_mention": "The indictment", "fragment": True,
   "note": "'The indictment alleges that Internet Research Agency ... engaged \u201cin operations ...\u201d': the indictment's own words; a document's words go to the body that wrote it, the grand jury that indicted (first paragraph; 'the indictment' has no actor of its own)"},
  {"text": "interference operations targeting the United States", "speaker": GJ, "speaker_mention": "the indictment", "fragment": True,
   "note": "'... carrying out its \u201cinterference operations targeting the United States\u201d from 2014 to the present, according to the indictment': the indictment's words, attributed at the end of the sentence; speaker the grand jury, as the quote before"},
  {"text": "promote discord in the United States to undermine public confidence in democracy", "speaker": R, "speaker_mention": "Deputy Attorney General Rod Rosenstein", "fragment": True,
   "note": "'The goal was to \"promote discord ...,\" said Deputy Attorney General Rod Rosenstein on Friday': a phrase worked into the writer's sentence (fragment); the trailing comma is dropped. The Justice Department release prints Rosenstein's words as 'want to promote discord in the United States and undermine public confidence in democracy'"},
  {"text": "We must not allow them to succeed.", "speaker": R, "speaker_mention": "Deputy Attorney General Rod Rosenstein", "fragment": False,
   "note": "the next quote of the same paragraph, with no cue of its own: the speaker carries over from the attribution before it (Rosenstein); the final full stop inside the marks is kept"},
 ],
 "figures": [
  {"quantity": K+"russians_charged", "text": "13", "value": 13, "unit": None, "counted": "Russians indicted by the grand jury", "source": None, "approx": None, "ctx": "13 Russians Charged",
   "note": "headline, no claimant; the Justice Department release's 'Thirteen' / 'thirteen', same key"},
  {"quantity": K+"russians_charged", "text": "13", "value": 13, "unit": None, "counted": "Russian nationals indicted by the federal grand jury", "source": None, "approx": None, "ctx": "indicted 13 Russian nationals",
   "note": "'A federal grand jury ... on Friday indicted 13 Russian nationals': the grand jury is the agent of indicting, not a claimant: source null"},
  {"quantity": K+"ira_employees_charged", "text": "12", "value": 12, "unit": None, "counted": "employees indicted", "source": None, "approx": None, "ctx": "including 12 employees",
   "note": "same sentence, agent not claimant: null. The release's 'twelve of the individual defendants worked ... for Internet Research Agency LLC', same key"},
  {"quantity": K+"ira_employees_charged", "text": "12", "value": 12, "unit": None, "counted": "employees of the firm accused of carrying out its operations", "source": GJ, "approx": None, "ctx": "The firm\u2019s 12 employees",
   "note": "'The firm\u2019s 12 employees are accused of ..., according to the indictment': claimed by the indictment -> the grand jury that returned it (as the release's 'twelve', 'According to the allegations in the indictment')"},
 ],
 "events": [
  {"actor": None, "date": "2016", "date_text": "2016", "what": "the 2016 election the grand jury investigates meddling in", "ctx": "in the 2016 election",
   "note": "a date on a noun ('investigating Russian meddling in the 2016 election'): the election has no agent in the text -> null"},
  {"actor": GJ, "date": "2018-02-16", "date_text": "on Friday", "what": "a federal grand jury indicted 13 Russian nationals", "ctx": "election on Friday indicted",
   "note": "'A federal grand jury ... on Friday indicted 13 Russian nationals': active, the grand jury is the agent; Friday 16 February 2018, the day of the report"},
  {"actor": None, "date": "2016", "date_text": "2016", "what": "the 2016 U.S. presidential elections", "ctx": "during the 2016 U.S.",
   "note": "'engaged \u201cin operations ...\u201d during the 2016 U.S. presidential elections': the year is printed on the noun 'elections' (the phrase is anchored on the election, as 'During the event' is not a date expression); an election has no agent -> null, as the '2016 Presidential election' of the Justice Department release"},
  {"actor": IRA, "date": "2014-01-01/2018-02-16", "date_text": "from 2014 to the present", "what": "the firm's employees carried out its interference operations targeting the United States",
   "note": "'The firm\u2019s 12 employees are accused of carrying out its \u201cinterference operations ...\u201d from 2014 to the present': the span dates the carrying out (not the accusing); the operations are the firm's ('its'), carried out by its employees, so the actor is the Internet Research Agency ('The firm'). 2014 to the day of the report, written as a day interval (as 'from 1992 to 1995' in the dev set)"},
  {"actor": R, "date": "2018-02-16", "date_text": "on Friday", "what": "Rosenstein spoke about the defendants' goal", "ctx": "Rosenstein on Friday",
   "note": "'..., said Deputy Attorney General Rod Rosenstein on Friday': the date modifies 'said', Rosenstein is the agent; Friday 16 February 2018"},
 ],
 "actors": [
  {"name": GJ, "type": "organisation", "aliases": ["A federal grand jury"]},
  {"name": IRA, "type": "organisation", "aliases": ["Internet Research Agency", "The firm"]},
  {"name": R, "type": "person", "aliases": ["Deputy Attorney General Rod Rosenstein"]},
  {"name": "Special Counsel's Office", "type": "organisation", "aliases": ["Special Counsel Robert Mueller\u2019s office"]},
 ],
 "notes": [
  "VOA report of Friday 16 February 2018 on the grand jury indictment of 13 Russians in the Internet Research Agency case; story ira_indictment_2018 with the Justice Department release of the same day (doj_2018_ira_indictment_thirteen_russians).",
  "Quotes: two fragments of the indictment ('The indictment alleges that ... engaged \u201c...\u201d', '..., according to the indictment'; speaker the grand jury that returned it, mention 'The indictment' / 'the indictment') and Rosenstein's two quotes (a fragment with 'said ... on Friday' after it, then a full sentence with no cue of its own). The removed embedded-video title held the scare-quoted 'Information Warfare' (see meta edits).",
  "Figures and keys: '13 Russians' (headline) and '13 Russian nationals' share russians_charged with the release's Thirteen / thirteen; '12 employees' (outlet's voice) and 'The firm\u2019s 12 employees' ('according to the indictment' -> grand jury) share ira_employees_charged with the release's twelve. The release's three companies have no figure here.",
  "Events: '2016' twice (dated noun 'election(s)', null), 'on Friday' twice (the grand jury indicted; Rosenstein said), 'from 2014 to the present' (the Internet Research Agency's operations carried out by its employees). The removed captions held 'Feb. 16, 2018' and 'June 21, 2017'.",
  "Actors: the grand jury ('A federal grand jury'), the Internet Research Agency ('Internet Research Agency', 'The firm'; 'a St. Petersburg, Russia-based company' and 'a propaganda outfit tied to the Kremlin' are descriptions in apposition or after 'of', not listed as aliases), Rosenstein and the Special Counsel's Office ('Special Counsel Robert Mueller\u2019s office announced the indictments', undated). Moscow and the Kremlin do not act in the text.",
  "second reading (annotator): the whole item re-read against FORMAT.md sections 1-2 and against the stored copy; checked the mixed quote marks (curly for the indictment's words, straight for Rosenstein's), the dropped trailing comma and kept final full stop, both 'on Friday' = 16 February 2018, the interval end (the report's day), every alias an exact substring and the two keys against the Justice Department item; no change.",
 ],
}
