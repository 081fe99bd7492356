S = "armenia_post_election_clashes_2008"
K = "Robert Kocharyan"
KO = "Office of President Kocharyan"
AR = "Alexander Arzumanian"
OPP = "Armenian opposition protesters"
ANN = {
 "article": "articles/wn_2008_armenia_kocharyan_state_of_emergency.txt",
 "gold_out": "gold/wn_2008_armenia_kocharyan_state_of_emergency.json",
 "published": "2008-03-02",
 "quotes": [
  {"text": "They attacked peaceful demonstrations in parts of Yerevan", "speaker": AR, "speaker_mention": "opposition official Alexander Arzumanian", "fragment": False,
   "note": "first half of a quote split by its attribution ('..., said opposition official Alexander Arzumanian.'); trailing comma before the closing mark dropped"},
  {"text": "But the people are very resolute and they will struggle for their rights... There are a lot of wounded people", "speaker": AR, "speaker_mention": "opposition official Alexander Arzumanian", "fragment": False,
   "note": "second half of the split quote, uncued in its own sentence; the speaker is named in the sentence before ('said opposition official Alexander Arzumanian'). The full stop sits outside the closing mark as printed, so the text ends at 'people'"},
 ],
 "figures": [
  {"quantity": S + ":dead", "text": "eight", "value": 8, "unit": None, "counted": "persons left dead in clashes between police and opposition", "source": None, "approx": "at least",
   "note": "outlet's own voice ('At least eight persons were left dead in clashes ...'); the same toll of the 1 March clashes as the Global Voices post of 3 March ('At least eight people died in clashes ...'), same key"},
  {"text": "15,000", "value": 15000, "unit": None, "counted": "protesters at the rally suppressed by riot police", "source": None, "approx": "around",
   "note": "'the rally of roughly 15,000 protesters': outlet's own voice; 'roughly' -> around. The Saturday rally only, not the ten-day sit-in"},
  {"text": "30", "value": 30, "unit": None, "counted": "people who have sought treatment", "source": "Armenian health ministry", "approx": "at least",
   "note": "'The health ministry said that at least 30 people, including six police officers, have sought treatment': the ministry claims it. People who sought treatment, not the wounded of the GV post ('16 servicemen and 18 protesters were wounded in shooting'): no shared key"},
  {"text": "six", "value": 6, "unit": None, "counted": "police officers among those who sought treatment", "source": "Armenian health ministry", "approx": None,
   "note": "part of the health ministry's 30 ('including six police officers'), same claimant"},
  {"quantity": S + ":emergency_days", "text": "20", "value": 20, "unit": "days", "counted": "days the state of emergency will be in effect", "source": KO,
   "approx": None,
   "note": "'Kocharyan's office said that the state of emergency will be in effect for 20 days': the president's office claims it"},
 ],
 "events": [
  {"actor": K, "date": "2008-03-01", "date_text": "Saturday", "what": "Kocharyan declared a state of emergency in Armenia",
   "note": "'Armenian president Robert Kocharyan declared a state of emergency in Armenia Saturday': the president is the subject of 'declared'; Saturday before the Sunday 2 March report = 1 March 2008"},
  {"actor": None, "date": "2008-02", "date_text": "last month's", "what": "presidential election (alleged fraud)",
   "note": "a date on a noun ('last month's presidential election'): the election (held 19 February 2008) has no agent in the text -> null; last month before March 2008 = February 2008"},
 ],
 "actors": [
  {"name": K, "type": "person", "aliases": ["Armenian president Robert Kocharyan", "Armenian President Kocharyan", "Robert Kocharyan", "Kocharyan"]},
  {"name": KO, "type": "organisation", "aliases": ["President Kocharyan's office", "Kocharyan's office"]},
  {"name": "Armenian police", "type": "organisation", "aliases": ["policemen", "police", "riot police"]},
  {"name": OPP, "type": "group", "aliases": ["protesters", "demonstrators", "opposition"]},
  {"name": AR, "type": "person", "aliases": ["opposition official Alexander Arzumanian", "Alexander Arzumanian"]},
  {"name": "witnesses", "type": "group", "aliases": ["Witnesses"]},
  {"name": "Associated Press", "type": "organisation", "aliases": ["the Associated Press", "Associated Press"]},
  {"name": "Armenian health ministry", "type": "organisation", "aliases": ["The health ministry", "health ministry"]},
 ],
 "notes": [
  "Wikinews report of Sunday 2 March 2008 on the state of emergency President Robert Kocharyan declared in Armenia on Saturday 1 March 2008 after police broke up the protests over the presidential election of 19 February; story armenia_post_election_clashes_2008 with gv_2008_armenia_eight_dead_state_of_emergency (Global Voices, 3 March).",
  "Cross-report figures: 'At least eight' dead here and 'At least eight people died' in the Global Voices post share armenia_post_election_clashes_2008:dead; the 20-day state of emergency has its key armenia_post_election_clashes_2008:emergency_days (the GV post's kept text prints no length).",
  "Left out of events: 'Earlier' ('Earlier, demonstrators ... were forcibly evacuated') and 'at the time' are vague; 'nighttime' in 'the nighttime police action' is an adjective of the noun with no anchored day or night, left out as vague (the action was during the night into 1 March, but the text does not say which). 'It is still technically at war' is a state without a date expression.",
  "Not figures: 'a lot of wounded people' (no number), 'last month' (a date). 'Witnesses told the Associated Press ...' carries no number or date; the witnesses and the AP are listed as actors because they speak.",
  "Actors: Kocharyan (the person, who declared) and his office (which made the announcement and claims the 20 days) are kept apart, as the text names both; 'the Republic of Armenia', 'Azerbaijan' and 'Nagorno-Karabakh' do not act in the text.",
  "second reading (annotator): re-read the whole item against FORMAT.md sections 1-2; checked the split quote (two quotes, both Arzumanian), the stray full stop outside the last closing mark, 'Saturday' against Sunday 2 March 2008, and every alias as an exact substring.",
 ],
}
