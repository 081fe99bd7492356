K = "mumbai_kasab_trial_2010:"
M = "mumbai_attacks_2008:"
KASAB = "Ajmal Amir Kasab"
NIKAM = "Ujjwal Nikam"
GUN = "Mumbai gunmen"
ANN = {
 "article": "articles/wn_2010_mumbai_gunman_death_penalty.txt",
 "gold_out": "gold/wn_2010_mumbai_gunman_death_penalty.json",
 "published": "2010-05-06",
 "quotes": [
  {"text": "Today's sentencing sends the message that keeping Kasab alive would be a crime in itself", "speaker": NIKAM,
   "speaker_mention": "public prosecutor Ujjwal Nikam", "fragment": False,
   "note": "quote before its attribution ('... commented public prosecutor Ujjwal Nikam outside the court'); the trailing comma before the closing mark dropped"},
  {"text": "Terrorism and terrorists like Kasab cannot be tolerated. The death penalty is the only option.", "speaker": NIKAM,
   "speaker_mention": "public prosecutor Ujjwal Nikam", "fragment": False,
   "note": "a second quoted passage in the same paragraph with no attribution of its own: it continues Nikam's words, attributed in the sentence before; the final '.' inside the marks kept"},
 ],
 "figures": [
  {"quantity": K + "charges", "text": "86", "value": 86, "unit": None, "counted": "charges Kasab was sentenced on", "source": None, "approx": None,
   "note": "'has been sentenced to death by hanging, on 86 charges': the outlet's voice, no claimant. Same key as '86 charges against him' in voa_2010_kasab_convicted_mumbai_siege (the charges of the case; the death sentence itself was on four counts, as voa_2010_kasab_sentenced_to_death says, but both texts state the same count of charges)"},
  {"text": "a year", "value": 1, "unit": "years", "counted": "time the case was in the courts", "source": None, "approx": "more than",
   "note": "'after being in the courts for over a year': a duration; 'over' -> more than"},
  {"text": "90", "value": 90, "unit": "minutes", "counted": "minute sentencing hearing", "source": None, "approx": None,
   "note": "'a 90-minute sentencing hearing': the number without '-minute' (as '47' in '47-year-old')"},
  {"quantity": M + "deaths", "text": "166", "value": 166, "unit": None, "counted": "people in Mumbai killed in the November 2008 attacks", "source": None, "approx": "at least",
   "note": "'At least 166 people in Mumbai were killed': the outlet's voice, no claimant. Same key as the 2008 tolls of the attacks in wn_2008_mumbai_standoffs and wn_2008_mumbai_sieges_end (the same quantity, people killed in the Mumbai attacks) and as the '166' of the two VOA items of this story"},
  {"quantity": M + "wounded", "text": "234", "value": 234, "unit": None, "counted": "people injured in the Mumbai attacks", "source": None, "approx": None,
   "note": "'... were killed and 234 injured': read literally, 'At least' modifies '166 people', not the second number: approx null. Same key as the 2008 counts of wounded in the Wikinews items of 2008"},
  {"text": "60", "value": 60, "unit": "hours", "counted": "hour period over which the gunmen attacked", "source": None, "approx": None,
   "note": "'over a 60-hour period': a duration, the number without '-hour'"},
  {"text": "308", "value": 308, "unit": None, "counted": "people on death row in India", "source": "Christian Science Monitor", "approx": None,
   "note": "'the last available data from 2007 indicates 308 people are on death row, the Christian Science Monitor reports': the claimant is named at the end of the sentence"},
 ],
 "events": [
  {"actor": GUN, "date": "2008", "date_text": "2008", "what": "the gun attacks in Mumbai", "ctx": "the 2008 gun attacks",
   "note": "date on the noun 'the 2008 gun attacks'; the text says who attacked: 'were attacked by gunmen over a 60-hour period in November 2008' (P5) and Kasab is 'the only surviving gunman from' them -> the gunmen"},
  {"actor": GUN, "date": "2008-11", "date_text": "in November 2008", "what": "hotels, a rail station and other locations in Mumbai attacked by gunmen",
   "note": "passive with a 'by' agent: '... were attacked by gunmen over a 60-hour period in November 2008'"},
  {"actor": None, "date": "2007", "date_text": "from 2007", "what": "the last available data on people on death row",
   "note": "date on the noun 'data'; the text does not say who compiled the data (the Christian Science Monitor only reports it): null"},
 ],
 "actors": [
  {"name": KASAB, "type": "person", "aliases": ["Ajmal Amir Kasab", "Kasab", "Mumbai gunman"]},
  {"name": NIKAM, "type": "person", "aliases": ["public prosecutor Ujjwal Nikam", "Ujjwal Nikam"]},
  {"name": "Mumbai special court", "type": "organisation", "aliases": ["The court"]},
  {"name": "Kasab's defence lawyer", "type": "person", "aliases": ["the defence lawyer"]},
  {"name": "Lashkar-e-Taiba", "type": "organisation", "aliases": ["Lashkar-e-Taiba", "the Lashkar-e-Taiba"]},
  {"name": GUN, "type": "group", "aliases": ["gunmen"]},
  {"name": "Christian Science Monitor", "type": "organisation", "aliases": ["the Christian Science Monitor", "Christian Science Monitor"]},
 ],
 "notes": [
  "Wikinews report of Thursday 6 May 2010 (date line) on the death sentence passed that day on Ajmal Amir Kasab by the special court in Mumbai; story mumbai_kasab_trial_2010 with voa_2010_kasab_convicted_mumbai_siege (VOA, 3 May, the conviction) and voa_2010_kasab_sentenced_to_death (VOA, 6 May).",
  "Cross-report keys: '86 charges' shares mumbai_kasab_trial_2010:charges with VOA's '86 charges against him' (3 May); '166' killed and '234' injured take the keys of the 2008 Wikinews items on the attacks, mumbai_attacks_2008:deaths and mumbai_attacks_2008:wounded (the final toll of the same attacks; VOA's two '166' share the deaths key).",
  "Quotes: two quoted passages of the prosecutor Ujjwal Nikam in one paragraph, the first attributed after the quote, the second carrying no attribution of its own. 'Today's' inside the quote is 'today' inside speech and is not an event.",
  "Events: 'the 2008 gun attacks' and 'in November 2008' are both given to the gunmen (the second a passive with 'by gunmen'); 'from 2007' dates data with no named compiler (null). 'after the sentence was made' has no date; 'for years' is vague and not a figure.",
  "Actors: 'Mumbai gunman' (headline) is Kasab; the court rejected the defence lawyer's position, and the defence lawyer 'said' (reported, no quote). 'according to media' is a vague source with no figure of its own (the 308 is the Christian Science Monitor's). The high Mumbai court, the Supreme Court and the Indian president are named only as venues of a possible appeal and do not act; Lashkar-e-Taiba is 'blamed for the attacks' and listed as their alleged organiser.",
  "Not figures: '2008', '2007' (years); 'the only surviving gunman' (no number).",
  "Second careful read of the whole item against FORMAT.md done by the annotator: quote spans (comma dropped, final '.' kept), 'At least' applied to 166 only, '90'/'60' as the bare numbers of the compound adjectives, 'over a year' as a figure with 'more than', and the three dated expressions rechecked against 6 May 2010.",
 ],
}
