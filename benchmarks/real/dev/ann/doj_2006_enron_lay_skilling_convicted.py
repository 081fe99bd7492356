S = "enron_verdict_2006"
LAY = "Kenneth L. Lay"
SK = "Jeffrey K. Skilling"
J = "jury in Houston"
DOJ = "Department of Justice"
M = "Paul J. McNulty"
ANN = {
 "article": "articles/doj_2006_enron_lay_skilling_convicted.txt",
 "gold_out": "gold/doj_2006_enron_lay_skilling_convicted.json",
 "published": "2006-05-25",
 "quotes": [
  {"text": "The message of today’s verdict is simple: our criminal laws will be enforced just as vigorously against corporate executives as they will be against street criminals", "speaker": M, "speaker_mention": "Deputy Attorney General Paul J. McNulty",
   "note": "'“...,” said Deputy Attorney General Paul J. McNulty, chairman of ...'; trailing comma dropped. The second quotation ('“No one – including the heads of Fortune 500 companies') was cut mid-sentence in the stored copy and dropped (edits)."},
 ],
 "figures": [
  {"text": "eight", "value": 8, "unit": None, "counted": "women on the jury", "source": None, "approx": None, "ctx": "eight-woman",
   "note": "'The eight-woman, four-man jury': number glued to its noun as in '47-year-old'"},
  {"text": "four", "value": 4, "unit": None, "counted": "men on the jury", "source": None, "approx": None, "ctx": "four-man"},
  {"text": "56", "value": 56, "unit": "days", "counted": "days of trial proceedings", "source": None, "approx": None},
  {"text": "64", "value": 64, "unit": "years", "counted": "age of Kenneth Lay", "source": None, "approx": None, "ctx": "Lay, 64"},
  {"text": "six", "value": 6, "unit": None, "counted": "counts Lay was charged with in the jury trial, all convicted", "source": None, "approx": None, "ctx": "all of the six counts"},
  {"text": "two", "value": 2, "unit": None, "counted": "counts of wire fraud (Lay)", "source": None, "approx": None, "ctx": "two counts of wire fraud"},
  {"text": "three", "value": 3, "unit": None, "counted": "counts of securities fraud (Lay)", "source": None, "approx": None, "ctx": "three counts of securities fraud"},
  {"text": "one", "value": 1, "unit": None, "counted": "count of bank fraud (Lay, bench trial)", "source": None, "approx": None, "ctx": "one count of bank fraud"},
  {"text": "three", "value": 3, "unit": None, "counted": "counts of making false statements to banks (Lay, bench trial)", "source": None, "approx": None, "ctx": "three counts of making false"},
  {"text": "52", "value": 52, "unit": "years", "counted": "age of Jeffrey Skilling", "source": None, "approx": None, "ctx": "Skilling, 52"},
  {"quantity": S+":skilling_counts_convicted", "text": "19", "value": 19, "unit": None, "counted": "counts Skilling was convicted on", "source": None, "approx": None},
  {"quantity": S+":skilling_counts_charged", "text": "28", "value": 28, "unit": None, "counted": "counts pending against Skilling", "source": None, "approx": None},
  {"text": "12", "value": 12, "unit": None, "counted": "counts of securities fraud (Skilling)", "source": None, "approx": None},
  {"text": "one", "value": 1, "unit": None, "counted": "count of insider trading (Skilling)", "source": None, "approx": None, "ctx": "one count of insider trading"},
  {"text": "five", "value": 5, "unit": None, "counted": "counts of making false statements to auditors (Skilling)", "source": None, "approx": None, "ctx": "five counts of making false"},
  {"text": "nine", "value": 9, "unit": None, "counted": "insider trading counts Skilling was acquitted of", "source": None, "approx": None},
  {"text": "five", "value": 5, "unit": "years", "counted": "maximum prison term on conspiracy", "source": None, "approx": None, "ctx": "five years on conspiracy"},
  {"text": "10", "value": 10, "unit": "years", "counted": "maximum prison term on each securities fraud charge", "source": None, "approx": None, "ctx": "10 years on each of the securities"},
  {"text": "10", "value": 10, "unit": "years", "counted": "maximum prison term on each false statements to auditors charge", "source": None, "approx": None, "ctx": "10 years on each of the false"},
  {"text": "five", "value": 5, "unit": "years", "counted": "maximum prison term on the wire fraud charges", "source": None, "approx": None, "ctx": "five years on the wire"},
  {"text": "10", "value": 10, "unit": "years", "counted": "maximum prison term on the insider trading charge", "source": None, "approx": None, "ctx": "10 years on the insider"},
  {"text": "tens of millions", "value": None, "vague": True, "unit": "USD", "counted": "fines the defendants face", "source": None, "approx": None,
   "note": "'tens of millions of dollars in fines': vague plural with a money unit"},
 ],
 "events": [
  {"actor": DOJ, "date": "2006-05-25", "date_text": "today", "what": "announced the convictions of Lay and Skilling", "ctx": "announced today",
   "note": "'..., the Department of Justice announced today': narration, dates the announcing"},
  {"actor": J, "date": "2006-05-25", "date_text": "today", "what": "returned its verdict", "ctx": "verdict today",
   "note": "'The eight-woman, four-man jury returned its verdict today': the jury is the subject"},
  {"actor": None, "date": "2006-09-11", "date_text": "Sept. 11, 2006", "what": "sentencing of both defendants scheduled",
   "note": "'Sentencing ... is scheduled for Sept. 11, 2006, before Judge Lake': passive without agent (who scheduled it is not said), so null, as in the Wikinews report"},
  {"actor": None, "date": "2006-09-11", "date_text": "at 1:30 p.m. CST", "what": "time of the sentencing hearing",
   "note": "a time of day, normalised to the day it belongs to (the Sept. 11, 2006 of the same clause); same passive, no agent"},
 ],
 "actors": [
  {"name": LAY, "type": "person", "aliases": ["Kenneth L. Lay", "Ken Lay", "Lay"]},
  {"name": SK, "type": "person", "aliases": ["Jeffrey K. Skilling", "Jeff Skilling", "Skilling"]},
  {"name": J, "type": "organisation", "aliases": ["A federal jury in Houston", "Federal Jury", "The eight-woman, four-man jury"]},
  {"name": DOJ, "type": "organisation", "aliases": ["the Department of Justice"]},
  {"name": "Sim Lake", "type": "person", "aliases": ["U.S. District Judge Sim Lake", "Judge Lake", "The judge"]},
  {"name": M, "type": "person", "aliases": ["Deputy Attorney General Paul J. McNulty"]},
 ],
 "notes": [
  "Justice Department press release 06-328 (Criminal Division) of Thursday 25 May 2006, kept from a Scribd copy (meta edits); story enron_verdict_2006 with the Wikinews report of the same day (wn_2006_enron_lay_skilling_found_guilty).",
  "Cross-item figures: Skilling's '19' of '28' counts share skilling_counts_convicted / skilling_counts_charged with Wikinews' 'nineteen' / 'twenty-eight'. Lay's 'six' counts (jury trial) are not Wikinews' 'all ten counts' (both trials): no shared key.",
  "Claimants: only the first sentence has a reporting verb ('the Department of Justice announced today'), and it carries no number; all figures are in the release's own voice (null).",
  "Events: 'today’s verdict' inside McNulty's quotation is 'today' inside speech and is left out; 'immediately after reading the jury verdict' is relative, no event. The judge's verdict in the bench trial carries no date of its own.",
  "Not figures: 'sixth day of deliberations' (ordinal); 'Sept. 11, 2006' (date); '1:30 p.m.' (time of day). 'one count' is a count (a figure), not a pronoun.",
  "The President’s Corporate Fraud Task Force appears only in McNulty's title and does not act: not an actor. Enron does not act.",
  "second reading: re-read the whole item against FORMAT.md sections 1-2 (every number token, the ctx of the repeated 'today', 'one', 'three', 'five', '10', the quote span and dropped comma, alias surface forms); no change.",
 ],
}
