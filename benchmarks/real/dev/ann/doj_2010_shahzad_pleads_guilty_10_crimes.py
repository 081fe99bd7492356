EH = "Eric Holder"
RM = "Robert S. Mueller"
PB = "Preet Bharara"
FS = "Faisal Shahzad"
DOJ = "Department of Justice"
K = "times_square_bomb_2010:"
ANN = {
 "article": "articles/doj_2010_shahzad_pleads_guilty_10_crimes.txt",
 "gold_out": "gold/doj_2010_shahzad_pleads_guilty_10_crimes.json",
 "published": "2010-06-21",
 "quotes": [
  {"text": "Faisal Shahzad plotted and launched an attack that could have led to serious loss of life, and today the American criminal justice system ensured that he will pay the price for his actions", "speaker": EH, "speaker_mention": "Attorney General Eric Holder", "fragment": False,
   "note": "first half of Holder's statement, attribution after it ('...,\" Attorney General Eric Holder said.'); the trailing comma inside the closing mark is dropped"},
  {"text": "We will not rest in bringing to justice terrorists who seek to harm the American people, and we will use every tool available to the government to do so.", "speaker": EH, "speaker_mention": "Attorney General Eric Holder", "fragment": False,
   "note": "the continuation after 'Attorney General Eric Holder said.': a second quote with no cue of its own; the speaker is named in the sentence before; final full stop inside the marks kept"},
  {"text": "This investigation included a combination of traditional law enforcement techniques and intelligence-based authorities, with men and women from a number of agencies working side-by-side in support of a common goal", "speaker": RM, "speaker_mention": "FBI Director Robert S. Mueller", "fragment": False,
   "note": "attribution after the quote ('...,\" said FBI Director Robert S. Mueller.'); trailing comma dropped"},
  {"text": "Today, less than two months after his arrest, Faisal Shahzad pleaded guilty to 10 felony charges for attempting to carry out a plot to bomb the heart of New York City", "speaker": PB, "speaker_mention": "Preet Bharara", "fragment": False,
   "note": "attribution after the quote ('...,\" said Preet Bharara, the U.S. Attorney for the Southern District of New York.'); trailing comma dropped. The stored copy goes on with a second quoted sentence of Bharara's, cut mid-sentence and dropped (meta edits)"},
 ],
 "figures": [
  {"quantity": K+"indictment_counts", "text": "10", "value": 10, "unit": None, "counted": "federal crimes Shahzad pleaded guilty to", "source": None, "approx": None, "ctx": "to 10 Federal Crimes",
   "note": "headline, no claimant -> null. The ten crimes are the ten counts of the indictment ('all counts of the 10-count indictment' in the body): same key as the body's '10-count', Bharara's '10 felony charges' and the 17 June release's '10-count'"},
  {"quantity": K+"indictment_counts", "text": "10", "value": 10, "unit": None, "counted": "counts of the indictment against Shahzad", "source": DOJ, "approx": None, "ctx": "10-count",
   "note": "'Faisal Shahzad pleaded guilty today ... to all counts of the 10-count indictment against him, ..., the Justice Department announced': in what the Department announced (attribution at the end of the same sentence) -> the Department"},
  {"quantity": K+"shahzad_age", "text": "30", "value": 30, "unit": "years", "counted": "age of Faisal Shahzad", "source": None, "approx": None, "ctx": "Shahzad, 30",
   "note": "'Shahzad, 30, a naturalized U.S. citizen': the sentence after the announcing one names no claimant of its own -> null (as in the 17 June release, same key)"},
  {"quantity": K+"complaint_counts", "text": "five", "value": 5, "unit": None, "counted": "counts of the criminal complaint against Shahzad", "source": None, "approx": None, "ctx": "five-count",
   "note": "'Shahzad was then charged in a five-count criminal complaint': no claimant -> null; same key as the 17 June 'five-count' and the 18 May 'five felony charges'"},
  {"text": "two months", "value": 2, "unit": "months", "counted": "months between Shahzad's arrest and his guilty plea", "source": PB, "approx": "less than",
   "note": "inside Bharara's quote ('Today, less than two months after his arrest'): the speaker claims it; 'less than' -> less than"},
  {"quantity": K+"indictment_counts", "text": "10", "value": 10, "unit": None, "counted": "felony charges Shahzad pleaded guilty to", "source": PB, "approx": None, "ctx": "to 10 felony charges",
   "note": "inside Bharara's quote ('Faisal Shahzad pleaded guilty to 10 felony charges'): the speaker claims it; the ten counts of the indictment, same key"},
 ],
 "events": [
  {"actor": FS, "date": "2010-06-21", "date_text": "today", "what": "Shahzad pleaded guilty to all counts of the 10-count indictment", "ctx": "pleaded guilty today in",
   "note": "active verb with its subject: 'Faisal Shahzad pleaded guilty today in Manhattan federal court before U.S. District Judge Miriam Goldman Cedarbaum' ('before' names the judge, not an agent); the release's day, Monday 21 June 2010 (see meta published_evidence)"},
  {"actor": FS, "date": "2010-05-01", "date_text": "on the evening of May 1, 2010", "what": "Shahzad allegedly drove a car bomb into Times Square",
   "note": "'for allegedly driving a car bomb into Times Square on the evening of May 1, 2010': the date modifies 'driving', whose understood subject is Shahzad. Saturday 1 May 2010"},
  {"actor": None, "date": "2010-05-03", "date_text": "on May 3, 2010", "what": "Shahzad taken into custody at JFK Airport",
   "note": "passive without a by-agent ('was taken into custody ... on May 3, 2010'); the by-phrase 'by ... U.S. Customs and Border Protection' belongs to 'was identified' in the after-clause -> null"},
  {"actor": None, "date": "2010-05-18", "date_text": "On May 18, 2010", "what": "Shahzad presented in Manhattan federal court before Magistrate Judge Francis",
   "note": "passive without a by-agent ('he was presented ... before U.S. Magistrate Judge James C. Francis IV') -> null"},
  {"actor": None, "date": "2010-06-17", "date_text": "Last week, on June 17, 2010", "what": "Shahzad indicted in the Southern District of New York",
   "note": "'Last week, on June 17, 2010, Shahzad was indicted': passive without a by-agent -> null; 'Last week' and its apposition 'on June 17, 2010' are one expression (as 'today, February 17' in the dev set), dated to the day it names (Thursday 17 June, inside the week 14-20 June before the Monday of publication)"},
 ],
 "actors": [
  {"name": FS, "type": "person", "aliases": ["Faisal Shahzad", "Shahzad"]},
  {"name": DOJ, "type": "organisation", "aliases": ["the Justice Department"]},
  {"name": "U.S. Customs and Border Protection", "type": "organisation", "aliases": ["U.S. Customs and Border Protection", "the Department of Homeland Security\u2019s U.S. Customs and Border Protection"]},
  {"name": EH, "type": "person", "aliases": ["Attorney General Eric Holder"]},
  {"name": RM, "type": "person", "aliases": ["FBI Director Robert S. Mueller"]},
  {"name": PB, "type": "person", "aliases": ["Preet Bharara", "the U.S. Attorney for the Southern District of New York"]},
 ],
 "notes": [
  "Justice Department (Office of Public Affairs) release of Monday 21 June 2010 on Faisal Shahzad's guilty plea to all ten counts of the indictment over the attempted Times Square car bombing, kept from the New York Paralegal Blog's reprint (headline and body as released; the copy prints no date, worked out from the text, see meta). Story times_square_bomb_2010 with the US Attorney's release of 18 May (doj_2010_shahzad_to_appear_five_charges), the Justice Department's release of 17 June (doj_2010_shahzad_indicted_10_counts), VOA's sentencing report (voa_2010_times_square_bomber_sentence) and Global Voices (gv_2010_pakistan_times_square_reactions).",
  "Quotes: Holder's statement split by its attribution into two quotes (the second with no cue of its own), Mueller's one sentence and the first sentence of Bharara's statement (speaker named after the quote with his title in apposition); straight double marks as stored.",
  "Figures: the headline's 10 (null), '10-count' in what 'the Justice Department announced' (the Department), the age '30' and 'five-count' of the next paragraph (null), and 'less than two months' and '10 felony charges' inside Bharara's quote (Bharara). Keys: times_square_bomb_2010:indictment_counts (three 10s here, the 17 June '10-count'), :complaint_counts (with the 17 June 'five-count' and the 18 May 'five felony charges'), :shahzad_age (with the 17 June '30'). Not figures: the dates, 'IV' in the judge's name, 'a number of agencies' (no number).",
  "Events: 'today' (pleaded guilty -> Shahzad), May 1 (driving -> Shahzad), May 3 (taken into custody, passive -> null), May 18 (presented, passive -> null), 'Last week, on June 17, 2010' (indicted, passive -> null). Left out: 'today' inside Holder's quote and 'Today' inside Bharara's quote ('today' inside speech, FORMAT.md).",
  "Actors: Shahzad, the Justice Department (announced), U.S. Customs and Border Protection (identified him), Holder, Mueller and Bharara (speak). Not actors: Judge Cedarbaum and Magistrate Judge Francis (named only as the judges before whom he pleaded or was presented; no act of theirs in the text), 'men and women from a number of agencies' (inside Mueller's quote, no name).",
  "second reading (annotator): the whole item re-read once fully against FORMAT.md sections 1-2 and the stored copy (search excerpt): checked the four quote spans with their dropped trailing commas and the kept final full stop, the three '10' pinned by ctx with their different claimants (headline null, the Department, Bharara), 'less than' on 'two months', 'Last week, on June 17, 2010' as one expression, 21 June 2010 a Monday, every alias an exact substring and none shared, the three keys against the 18 May and 17 June items; no change.",
 ],
}
