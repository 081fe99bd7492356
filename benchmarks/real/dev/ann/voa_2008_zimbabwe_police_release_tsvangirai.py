K = "tsvangirai_detentions_2008:"
T = "Morgan Tsvangirai"
MDC = "Movement for Democratic Change"
POL = "Zimbabwean police"
ANN = {
 "article": "articles/voa_2008_zimbabwe_police_release_tsvangirai.txt",
 "gold_out": "gold/voa_2008_zimbabwe_police_release_tsvangirai.json",
 "published": "2008-06-04",
 "quotes": [
  {"text": "deeply disturbing news.", "speaker": "United States", "speaker_mention": "The United States", "fragment": True,
   "note": "'The United States called Tsvangirai's arrest \"...\"': a short phrase, the country as speaker; the final full stop inside the marks is kept"},
 ],
 "figures": [
  {"quantity": K+"lupane_detention_hours", "text": "eight", "value": 8, "unit": "hours", "counted": "hours Tsvangirai was held at a police station in Lupane", "source": MDC, "approx": None,
   "note": "'The opposition Movement for Democratic Change party said police released Mr. Tsvangirai without charge after holding him for eight hours': in the party's reported speech, so the MDC claims it. Same quantity as 'about eight hours' (Wikinews 4 June) and 'nine hours' (VOA 6 June)"},
 ],
 "events": [
  {"actor": POL, "date": "2008-06-04", "date_text": "Wednesday", "what": "police held Tsvangirai for eight hours at Lupane and released him", "ctx": "eight hours Wednesday",
   "note": "'police released Mr. Tsvangirai ... after holding him for eight hours Wednesday': the date modifies the holding (and release), whose agent is the police; Wednesday of a report of Wednesday 4 June 2008 is that day"},
  {"actor": None, "date": "2008-06-27", "date_text": "on June 27", "what": "presidential runoff",
   "note": "'running ... in a presidential runoff on June 27': the date hangs on the noun 'runoff', which has no agent in the text"},
  {"actor": "international aid agencies", "date": "2008-06-03", "date_text": "On Tuesday", "what": "aid agencies said the government ordered some groups to suspend work",
   "note": "'On Tuesday, international aid agencies said ...': agent of 'said'; the government's order, reported in their clause, is undated"},
  {"actor": "Human Rights Watch", "date": "2008-06-04", "date_text": "Wednesday", "what": "Human Rights Watch accused the government of using food as a political weapon", "ctx": "government Wednesday",
   "note": "'Human Rights Watch accused Zimbabwe's government Wednesday of ...': agent of 'accused'"},
  {"actor": POL, "date": "2008-06-04", "date_text": "Wednesday", "what": "arrest of Tsvangirai (before which he spoke to VOA)", "ctx": "arrest Wednesday",
   "note": "'Before his arrest Wednesday, Mr. Tsvangirai told VOA ...': the date sits on the noun 'arrest', whose agent the text names as the police (they stopped his convoy and held him); Tsvangirai's telling VOA is dated only relative to it. Same day either way"},
 ],
 "actors": [
  {"name": T, "type": "person", "aliases": ["Morgan Tsvangirai", "Mr. Tsvangirai", "Tsvangirai"]},
  {"name": MDC, "type": "organisation", "aliases": ["Zimbabwe's opposition party", "The opposition Movement for Democratic Change party", "Movement for Democratic Change", "MDC"]},
  {"name": POL, "type": "organisation", "aliases": ["police"]},
  {"name": "Job Sibanda", "type": "person", "aliases": ["A lawyer for Mr. Tsvangirai, Job Sibanda", "Job Sibanda"]},
  {"name": "United States", "type": "country", "aliases": ["The United States", "the U.S."]},
  {"name": "European Union", "type": "organisation", "aliases": ["the European Union"]},
  {"name": "Robert Mugabe", "type": "person", "aliases": ["President Robert Mugabe", "Mr. Mugabe", "The president"]},
  {"name": "international aid agencies", "type": "group", "aliases": ["international aid agencies"]},
  {"name": "Zimbabwean government", "type": "organisation", "aliases": ["Zimbabwe's government", "the government"]},
  {"name": "CARE International", "type": "organisation", "aliases": ["A spokesman for CARE International", "CARE International", "the aid group"]},
  {"name": "Human Rights Watch", "type": "organisation", "aliases": ["Human Rights Watch"]},
  {"name": "Zimbabwean army", "type": "organisation", "aliases": ["the army"]},
 ],
 "notes": [
  "VOA News report (no byline) of Wednesday 4 June 2008 on Morgan Tsvangirai's release after eight hours in police custody at Lupane; story tsvangirai_detentions_2008 with the two Wikinews items of the same day and voa_2008_tsvangirai_detained_second_time (6 June).",
  "One quote: the US's 'deeply disturbing news.' (fragment). Everything else is reported speech without marks: the MDC ('Zimbabwe's opposition party says', 'It says'), Job Sibanda, the aid agencies, a CARE spokesman ('told VOA', 'He denied'), Human Rights Watch, Tsvangirai ('told VOA').",
  "Cross-item key: lupane_detention_hours ('eight hours', claimed by the MDC; 'about eight hours' in Wikinews, 'nine hours' in VOA 6 June).",
  "Not figures: 'several hours of detention' ('several' is not a number word in this set's convention), 'large parts'. 'June 27' is a date.",
  "Three events fall on 'Wednesday' (4 June 2008): the holding by the police, HRW's accusation, and 'his arrest Wednesday' (a noun date, agent the police; see its note). 'On Tuesday' (3 June) dates the aid agencies' statement.",
  "'Human rights groups and MDC officials have accused ...' (undated) are not listed as separate actors.",
  "Second careful read done by the annotator against FORMAT.md: the single fragment quote, the MDC as claimant of 'eight hours', the three 'Wednesday' events told apart by ctx, aliases exact as printed ('The president' for Mugabe in the last paragraph).",
 ],
}
