K = "madrid_spanair_crash_2008:"
SAS = "SAS Group"
NTSB = "National Transportation Safety Board"
SM = "S.A.M.U.R."
ANN = {
 "article": "articles/wn_2008_madrid_spanair_crash_over_one_hundred.txt",
 "gold_out": "gold/wn_2008_madrid_spanair_crash_over_one_hundred.json",
 "published": "2008-08-20",
 "quotes": [
  {"text": "the aircraft broke apart and a post-crash fire ensued.", "speaker": NTSB, "speaker_mention": "The United States agency National Transportation Safety Board", "fragment": False,
   "note": "'... said it was sending a team ... and reported that \"...\"': a whole clause quoted inside reported speech (as the 'said that \"...\"' clauses of wn_2010_love_parade_stampede_duisburg, not marked fragment); the subject of 'reported' is the NTSB, named at the start of the sentence; the final '.' inside the marks is kept"},
  {"text": "Helicopters are continually heading to the scene, dropping lots of water... The smoke has really died down now, things seem to be more under control", "speaker": "Stephanie McGovern", "speaker_mention": "Stephanie McGovern from the BBC", "fragment": False,
   "note": "quote first, attribution after ('\"...,\" said Stephanie McGovern from the BBC'); the trailing comma before the closing mark is dropped, the ellipsis inside the quote kept"},
  {"text": "I've seen around 50 ambulances. They're still coming and going, so there may still be more casualties.", "speaker": "Manuel Moleno", "speaker_mention": "Manuel Moleno, who witnessed the crash", "fragment": False,
   "note": "'Manuel Moleno, who witnessed the crash, said that \"...\"': a witness; the final '.' inside the marks is kept"},
  {"text": "SAS is doing everything possible to help passengers and next-of-kin and to assist Spanish authorities at this difficult time", "speaker": SAS, "speaker_mention": "a statement from SAS Group", "fragment": False,
   "note": "'\"...,\" read a statement from SAS Group, the Stockholm-based company that owns Spanair': a statement speaks for the company that issued it (SAS Group, not Spanair); trailing comma dropped"},
  {"text": "SAS will provide further information as soon as it becomes available.", "speaker": SAS, "speaker_mention": "a statement from SAS Group", "fragment": False,
   "note": "the next sentence of the same statement, in its own marks with no new attribution: speaker carried over from the sentence before (SAS Group)"},
 ],
 "figures": [
  {"quantity": K + "killed", "text": "one hundred", "ctx": "Over one hundred die", "value": 100, "unit": None, "counted": "people who died in the Madrid plane crash", "source": None, "approx": "more than",
   "note": "headline 'Over one hundred die': 'Over' -> more than; outlet's own voice; the same quantity (deaths in the crash) as the 153 fatalities of the lead"},
  {"quantity": K + "killed", "text": "153", "value": 153, "unit": None, "counted": "fatalities reported amongst those on the aircraft", "source": None, "approx": None,
   "note": "'153 fatalities and 19 injuries have been reported': a passive report without a named reporter -> source null"},
  {"quantity": K + "injured", "text": "19", "value": 19, "unit": None, "counted": "injuries reported amongst those on the aircraft", "source": None, "approx": None,
   "note": "same passive report as the 153 -> source null; the injured, a different quantity from the dead and from the '26 survivors'"},
  {"quantity": K + "survivors", "text": "26", "value": 26, "unit": None, "counted": "survivors of the crash", "source": SM, "approx": None,
   "note": "'A spokesman for S.A.M.U.R. stated that there were only 26 survivors': claimed by the Madrid emergency medical service through its spokesman ('only' is no approximator). 26 survivors against 19 injured: the text's next sentence but one says 7 survivors later died (26 - 7 = 19), so survivors and injured are kept as separate quantities"},
  {"quantity": K + "aboard", "text": "173", "value": 173, "unit": None, "counted": "people the plane was carrying", "source": None, "approx": None,
   "note": "'The plane at the time was carrying 173 people.': a sentence of its own in the outlet's voice after the spokesman's sentence; it is not given as the spokesman's claim (no 'he said', no reporting verb), so source null"},
  {"text": "7", "ctx": "7 survivors", "value": 7, "unit": None, "counted": "survivors who later died en route to hospital", "source": None, "approx": None,
   "note": "outlet's own voice, as the 173; not attributed to the spokesman"},
  {"text": "50", "ctx": "around 50 ambulances", "value": 50, "unit": None, "counted": "ambulances seen by the witness", "source": "Manuel Moleno", "approx": "around",
   "note": "inside Manuel Moleno's quote ('I've seen around 50 ambulances'): the speaker claims it; 'around' -> around"},
 ],
 "events": [
  {"actor": None, "date": "2008-08-20", "date_text": "at 14:45 local time", "what": "Flight JK5022 skidded off the end of the runway",
   "note": "'when it skidded off the end of the runway in good weather at 14:45 local time': the subject is the plane ('it' = Flight JK5022), not a person or organisation that acts; Spanair only operates the flight ('operated by Spanair'), it is not the agent of skidding -> actor null. A clock time is normalised to the reference day, the published day (Wednesday 20 August 2008, the day of the crash)"},
 ],
 "actors": [
  {"name": "Spanair", "type": "organisation", "aliases": ["Spanair"]},
  {"name": SM, "type": "organisation", "aliases": ["S.A.M.U.R.", "A spokesman for S.A.M.U.R."]},
  {"name": NTSB, "type": "organisation", "aliases": ["National Transportation Safety Board", "The United States agency National Transportation Safety Board"]},
  {"name": "Stephanie McGovern", "type": "person", "aliases": ["Stephanie McGovern", "Stephanie McGovern from the BBC"]},
  {"name": "Manuel Moleno", "type": "person", "aliases": ["Manuel Moleno"]},
  {"name": SAS, "type": "organisation", "aliases": ["SAS Group", "SAS", "the Stockholm-based company that owns Spanair"]},
 ],
 "notes": [
  "Wikinews report dated Wednesday 20 August 2008 on the crash of Spanair flight JK5022 on take-off at Madrid-Barajas that afternoon; story madrid_spanair_crash_2008 (single item in this folder; no VOA or second Wikinews item on it was found in the stored pages).",
  "Five quotes from four speakers: the NTSB (a clause after 'reported that'), Stephanie McGovern of the BBC (attribution after the quote), the witness Manuel Moleno ('said that \"...\"') and two sentences of a statement by SAS Group, the second with no attribution of its own (speaker carried over from the sentence before). SAS Group, not Spanair, is the speaker: 'a statement from SAS Group, the Stockholm-based company that owns Spanair'.",
  "Figures: deaths in the headline ('Over one hundred') and the lead (153) share madrid_spanair_crash_2008:killed; the 19 injuries, the spokesman's 26 survivors, the 173 aboard and the 7 survivors who later died are separate quantities. Only the 26 has a named claimant in its sentence (S.A.M.U.R.'s spokesman) and the 50 ambulances are claimed by the witness inside his quote; '153 fatalities and 19 injuries have been reported' is a passive report without a reporter (source null).",
  "Not figures: 'JK5022' and 'MD-82' (designations), '14:45' (time of day); 'the left engine' and 'An engine' are not numbers; 'several', 'lots of' are no number words.",
  "Events: only 'at 14:45 local time' dates an act; 'later died', 'at the time', 'now' (inside McGovern's quote) and 'at this difficult time' (inside the SAS statement) are not date expressions in the FORMAT.md sense. The event's actor is null (the plane skids; no person or organisation is the agent).",
  "S.A.M.U.R. (Madrid's municipal emergency medical service) is the claimant of the 26 through 'A spokesman for S.A.M.U.R.'; the spokesman is not split into an actor of his own because he speaks only in reported speech. The BBC is only Stephanie McGovern's employer and does not act; it is not an actor.",
  "Second careful read of the whole item against FORMAT.md done by the annotator: quote spans (trailing commas dropped, final '.' kept, the 'SAS' second sentence as its own quote), figure spans and approximators ('Over' -> more than, 'around' -> around, 'only' none), the clock time as the only event, actor aliases unique; the cut last paragraph (Boeing's statement) dropped as listed in the meta edits.",
 ],
}
