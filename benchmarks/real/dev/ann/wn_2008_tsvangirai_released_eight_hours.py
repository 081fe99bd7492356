K = "tsvangirai_detentions_2008:"
T = "Morgan Tsvangirai"
MDC = "Movement for Democratic Change"
EUP = "Presidency of the Council of the European Union"
MC = "Sean McCormack"
ANN = {
 "article": "articles/wn_2008_tsvangirai_released_eight_hours.txt",
 "gold_out": "gold/wn_2008_tsvangirai_released_eight_hours.json",
 "published": "2008-06-04",
 "quotes": [
  {"text": "It is nothing but the usual harassment which is totally unnecessary", "speaker": T, "speaker_mention": "Tsvangirai", "fragment": False,
   "note": "quote interrupted by its attribution ('Tsvangirai told Agence France-Presse'): first of two quotes; the comma before the closing mark is dropped"},
  {"text": "We have seen worse things than this.", "speaker": T, "speaker_mention": "Tsvangirai", "fragment": False,
   "note": "second half, after the attribution 'Tsvangirai told Agence France-Presse.'"},
  {"text": "We are deeply concerned on the report of the arrest of Tsvangirai", "speaker": EUP, "speaker_mention": "an official from the Presidency of the Council of the European Union", "fragment": False,
   "note": "'said an official from the Presidency of the Council of the European Union' after the quote; an unnamed official speaking for the Council presidency, so the speaker is that body"},
  {"text": "We urge the authorities to release him immediately and to resist from all harassment of opposition members.", "speaker": EUP, "speaker_mention": "an official from the Presidency of the Council of the European Union", "fragment": False,
   "note": "second quote of the same official, after the attribution"},
  {"text": "unharmed and untouched.", "speaker": MC, "speaker_mention": "Sean McCormack of the United States Department of State", "fragment": True,
   "note": "short phrase inside reported speech ('said Tsvangirai should be released \"...\"'); the final full stop inside the marks is kept"},
  {"text": "But we are deeply concerned about whether or not the proper conditions exist for a free and fair election", "speaker": MC, "speaker_mention": "McCormack", "fragment": False,
   "note": "'McCormack added' after the quote; McCormack is named in full in the paragraph before"},
  {"text": "We continue to call on the Zimbabwean government to create these conditions. But, given their history, that call also comes with a healthy does of skepticism.", "speaker": MC, "speaker_mention": "McCormack", "fragment": False,
   "note": "second part of the quote interrupted by 'McCormack added.'; 'does' for 'dose' as printed"},
 ],
 "figures": [
  {"text": "14", "value": 14, "unit": None, "counted": "other members of the MDC released with Tsvangirai", "source": None, "approx": "around",
   "note": "'about 14 other members': outlet's own voice"},
  {"quantity": K+"lupane_detention_hours", "text": "eight", "value": 8, "unit": "hours", "counted": "hours held at a police station in Lupane", "source": None, "approx": "around",
   "note": "'held for about eight hours': outlet's own voice. Same quantity (the length of the Wednesday 4 June detention at Lupane) as 'eight hours' (the MDC, VOA 4 June) and 'nine hours' (VOA 6 June)"},
 ],
 "events": [
  {"actor": None, "date": "2008-06-04", "date_text": "earlier today", "what": "Tsvangirai's convoy stopped at a roadblock",
   "note": "passive without a by-agent ('was stopped at a roadblock earlier today'), so null; today = Wednesday 4 June 2008"},
  {"actor": None, "date": "2008-06-27", "date_text": "June 27", "what": "presidential run-off election",
   "note": "a date on the noun 'presidential run-off election', which has no agent in the text"},
 ],
 "actors": [
  {"name": T, "type": "person", "aliases": ["Morgan Tsvangirai", "Tsvangirai"]},
  {"name": MDC, "type": "organisation", "aliases": ["Movement for Democratic Change", "MDC"]},
  {"name": "Zimbabwean police", "type": "organisation", "aliases": ["police"]},
  {"name": "Robert Mugabe", "type": "person", "aliases": ["President Robert Mugabe", "President Mugabe", "Mugabe"]},
  {"name": "United States", "type": "country", "aliases": ["the United States"]},
  {"name": "European Union", "type": "organisation", "aliases": ["the European Union"]},
  {"name": EUP, "type": "organisation", "aliases": ["an official from the Presidency of the Council of the European Union", "Presidency of the Council of the European Union"]},
  {"name": MC, "type": "person", "aliases": ["Sean McCormack of the United States Department of State", "Sean McCormack", "McCormack"]},
 ],
 "notes": [
  "Wikinews report of Wednesday 4 June 2008 on the release of Morgan Tsvangirai after about eight hours in police custody at Lupane; story tsvangirai_detentions_2008 with wn_2008_tsvangirai_detained_lupane (same day, the detention), voa_2008_zimbabwe_police_release_tsvangirai (same day) and voa_2008_tsvangirai_detained_second_time (6 June).",
  "Seven quotes by three speakers: two split quotes of Tsvangirai (attribution in the middle), two of an unnamed EU Council presidency official (speaker named after the first, by description), McCormack's fragment 'unharmed and untouched.' and his two-part quote with 'McCormack added' in the middle.",
  "Cross-item key: lupane_detention_hours ('about eight hours' here, 'eight hours' claimed by the MDC in VOA 4 June, 'nine hours' in VOA 6 June). 'about 14 other members' has no counterpart in the other items.",
  "Not figures: 'June 27' is a date. The dropped last paragraph (Bush's statement 'On Monday', its quotation cut at the end of the stored copy) held the only other date.",
  "Agence France-Presse is only the addressee of Tsvangirai's words; 'authorities' ('have kept the vehicles'), 'many governments and NGOs' and the United States Department of State (McCormack's employer) are not listed as actors apart from the US and the EU, who 'called for his release'. No dated act besides 'earlier today'; 'currently' is vague.",
  "Second careful read done by the annotator against FORMAT.md: split quotes, dropped trailing commas, the fragment's kept full stop, both events passive/noun dates without agent, aliases exact as printed.",
 ],
}
