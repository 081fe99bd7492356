EH = "Eric Holder"
FS = "Faisal Shahzad"
DOJ = "Department of Justice"
MGC = "Miriam Goldman Cedarbaum"
K = "times_square_bomb_2010:"
ANN = {
 "article": "articles/doj_2010_shahzad_indicted_10_counts.txt",
 "gold_out": "gold/doj_2010_shahzad_indicted_10_counts.json",
 "published": "2010-06-17",
 "quotes": [
  {"text": "The facts alleged in this indictment show that the Pakistani Taliban facilitated Faisal Shahzad\u2019s attempted attack on American soil", "speaker": EH, "speaker_mention": "Attorney General Eric Holder", "fragment": False,
   "note": "first half of Holder's statement, attribution after it ('...,\" said Attorney General Eric Holder.'); the trailing comma inside the closing mark is dropped"},
  {"text": "Our nation averted serious loss of life in this attempted bombing, but it is a reminder that we face an evolving threat that we must continue to fight with every tool available to the government.", "speaker": EH, "speaker_mention": "Attorney General Eric Holder",
   "fragment": False,
   "note": "the continuation after the attribution: a second quote with no cue of its own; the speaker is named in the sentence before (as the second Rosenstein quote of doj_2018_ira_indictment_thirteen_russians); final full stop inside the marks kept"},
 ],
 "figures": [
  {"quantity": K+"indictment_counts", "text": "10", "value": 10, "unit": None, "counted": "counts of the indictment charging Shahzad", "source": DOJ, "approx": None, "ctx": "10-count",
   "note": "'A federal grand jury ... has returned a 10-count indictment charging Faisal Shahzad ..., the Justice Department announced today': the number glued to '-count' (as '47' in '47-year-old'); in what the Department announced -> the Department. The 21 June release's '10' (headline), '10-count' and Bharara's '10 felony charges' share the key (VOA's '10 weapons and terrorism charges' in voa_2010_times_square_bomber_sentence is the same quantity)"},
  {"quantity": K+"shahzad_age", "text": "30", "value": 30, "unit": "years", "counted": "age of Faisal Shahzad", "source": None, "approx": None, "ctx": "Shahzad, 30",
   "note": "'Shahzad, 30, a naturalized U.S. citizen': an age; the sentence after the announcing one names no claimant of its own -> null (as the next-sentence figures of doj_2018_ira_indictment_thirteen_russians); the 21 June release's '30' shares the key"},
  {"quantity": K+"complaint_counts", "text": "five", "value": 5, "unit": None, "counted": "counts of the criminal complaint against Shahzad", "source": None, "approx": None, "ctx": "five-count",
   "note": "'Shahzad was then charged in a five-count criminal complaint': no claimant -> null; the 18 May release's 'five felony charges' (Bharara) and the 21 June release's 'five-count' share the key"},
 ],
 "events": [
  {"actor": FS, "date": "2010-05-01", "date_text": "on the evening of May 1, 2010", "what": "Shahzad allegedly drove a car bomb into Times Square",
   "note": "'charging Faisal Shahzad for allegedly driving a car bomb into Times Square on the evening of May 1, 2010': the date modifies 'driving', whose understood subject is Shahzad; 'allegedly' does not change the agent. Saturday 1 May 2010"},
  {"actor": DOJ, "date": "2010-06-17", "date_text": "today", "what": "the Justice Department announced the 10-count indictment of Shahzad", "ctx": "announced today",
   "note": "'..., the Justice Department announced today': 'today' closes the attribution clause and modifies 'announced', whose subject is the Department (the grand jury's 'has returned' carries no date of its own); the release's day, Thursday 17 June 2010"},
  {"actor": None, "date": "2010-05-03", "date_text": "on May 3, 2010", "what": "Shahzad taken into custody at JFK Airport",
   "note": "'Shahzad ... was taken into custody at John F. Kennedy International Airport (JFK Airport) on May 3, 2010, after he was identified by ... U.S. Customs and Border Protection': passive without a by-agent; the by-phrase belongs to 'was identified' in the after-clause, not to the dated verb -> null"},
  {"actor": None, "date": "2010-05-18", "date_text": "On May 18, 2010", "what": "Shahzad presented in Manhattan federal court before Magistrate Judge Francis",
   "note": "passive without a by-agent ('he was presented ... before U.S. Magistrate Judge James C. Francis IV'; 'before' names the judge, not an agent) -> null"},
  {"actor": MGC, "date": "2010-06-21", "date_text": "on June 21, 2010, at noon", "what": "Shahzad to be arraigned by Judge Cedarbaum",
   "note": "'Shahzad is expected to be arraigned by Judge Cedarbaum on June 21, 2010, at noon': passive with a by-agent -> the judge (future); one expression, day and time of day together (as 'today, February 17' in the dev set). Monday 21 June 2010"},
  {"actor": None, "date": "2010-06-17", "date_text": "today", "what": "the indictment filed", "ctx": "filed today",
   "note": "'According to the indictment filed today': a passive participle without an agent ('filed') -> null; the release's day"},
  {"actor": FS, "date": "2009-12", "date_text": "In December 2009", "what": "Shahzad received explosives training in Waziristan, Pakistan",
   "note": "active verb with its subject: 'In December 2009, Shahzad received explosives training ...' (the trainers are only the source of the training)"},
 ],
 "actors": [
  {"name": "grand jury", "type": "organisation", "aliases": ["A federal grand jury in the Southern District of New York"]},
  {"name": FS, "type": "person", "aliases": ["Faisal Shahzad", "Shahzad"]},
  {"name": DOJ, "type": "organisation", "aliases": ["the Justice Department"]},
  {"name": "U.S. Customs and Border Protection", "type": "organisation", "aliases": ["U.S. Customs and Border Protection", "the Department of Homeland Security\u2019s U.S. Customs and Border Protection"]},
  {"name": MGC, "type": "person", "aliases": ["U.S. District Judge Miriam Goldman Cedarbaum", "Judge Cedarbaum"]},
  {"name": EH, "type": "person", "aliases": ["Attorney General Eric Holder"]},
  {"name": "Tehrik-e-Taliban", "type": "organisation", "aliases": ["Tehrik-e-Taliban", "the Pakistani Taliban"]},
 ],
 "notes": [
  "Justice Department (Office of Public Affairs) release of Thursday 17 June 2010 on the grand jury's 10-count indictment of Faisal Shahzad for the attempted Times Square car bombing of 1 May 2010, from justice.gov (site banner, section labels and date line removed, see meta edits). Story times_square_bomb_2010 with the US Attorney's release of 18 May (doj_2010_shahzad_to_appear_five_charges), the Justice Department's release of 21 June on the guilty plea (doj_2010_shahzad_pleads_guilty_10_crimes), VOA's sentencing report (voa_2010_times_square_bomber_sentence) and Global Voices (gv_2010_pakistan_times_square_reactions).",
  "Quotes: Holder's statement split by its attribution ('...,\" said Attorney General Eric Holder. \"...\"') into two quotes, the second with no cue of its own; straight double marks as stored.",
  "Figures: '10-count' in what 'the Justice Department announced today' -> the Department; the age '30' and 'five-count' of the next sentences have no claimant -> null. Keys: times_square_bomb_2010:indictment_counts (with the 21 June release's three 10s), :complaint_counts (with the 18 May 'five felony charges' and the 21 June 'five-count'), :shahzad_age (with the 21 June '30'). Not figures: the dates, 'IV' in the judge's name, 'at noon' (a time of day).",
  "Events: May 1 (driving -> Shahzad), 'today' (announced -> the Department), May 3 (taken into custody, passive without agent -> null), May 18 (presented, passive -> null), 'on June 21, 2010, at noon' (to be arraigned by Judge Cedarbaum -> the judge), 'filed today' (passive participle -> null), 'In December 2009' (received training -> Shahzad).",
  "Actors: the grand jury (returned the indictment), Shahzad, the Justice Department (announced), U.S. Customs and Border Protection (identified him), Judge Cedarbaum (the case assigned to her; to arraign him), Holder (speaks) and Tehrik-e-Taliban ('the Pakistani Taliban facilitated ...' in Holder's quote; the trainers were 'affiliated with Tehrik-e-Taliban'). Not actors: Magistrate Judge Francis (named only as the judge before whom Shahzad was presented), 'explosive trainers' (no name, no dated act of their own).",
  "second reading (annotator): the whole item re-read once fully against FORMAT.md sections 1-2 and the stored copy (search excerpt): checked the straight quote marks and curly apostrophes, the dropped trailing comma and kept final full stop of Holder's quotes, the double space kept, the two 'today' pinned by ctx, 'on June 21, 2010, at noon' as one expression, 17 June 2010 a Thursday, 1 May a Saturday and 21 June a Monday, every alias an exact substring and none shared, the three keys against the 18 May and 21 June items; no change.",
 ],
}
