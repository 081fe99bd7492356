K = "dera_ismail_khan_hospital_bombing_2008:"
NM = "Naveed Malik"
SF = "Pakistani security forces"
AU = "Pakistani authorities"
ANN = {
 "article": "articles/voa_2008_dera_ismail_khan_hospital_blast_23.txt",
 "gold_out": "gold/voa_2008_dera_ismail_khan_hospital_blast_23.json",
 "published": "2008-08-19",
 "quotes": [
  {"text": "A dead body was being carried to the hospital, and it was accompanied by family members; friends and police were also there. And then, there was a suicide bombing amidst them. We have recovered the legs of the suicide bomber, and the forensic teams are already searching for other evidences in the debris",
   "speaker": NM, "speaker_mention": "Malik",
   "note": "'said Malik' after the quote; he is introduced in the paragraph before ('regional police chief Naveed Malik gave details of the incident'); the trailing comma before the closing mark is dropped"},
 ],
 "figures": [
  {"quantity": K+"deaths", "text": "23", "value": 23, "unit": None, "counted": "killed by the bomb blast in Pakistan", "source": None, "approx": "at least", "ctx": "Kills at Least 23",
   "note": "headline, unattributed"},
  {"quantity": K+"deaths", "text": "23", "value": 23, "unit": None, "counted": "people killed by the suicide bomb blast", "source": None, "approx": "at least", "ctx": "killed at least 23 people",
   "note": "'A suicide bomb blast in northwestern Pakistan has killed at least 23 people and wounded many others.': the outlet's own voice (no 'say' and no claimant of the toll in the next sentence, which is about responsibility and police blame): null"},
  {"quantity": K+"bajaur_militants_killed_fresh", "text": "25", "value": 25, "unit": None, "counted": "Taliban militants killed in fresh attacks", "source": SF, "approx": "up to",
   "note": "'security forces say they have killed up to 25 Taliban militants in fresh attacks in a tribal area bordering Afghanistan': claimed by the security forces; the same fresh kills in Bajaur are 'at least 20' by the authorities in paragraph 7 (same key)"},
  {"text": "hundreds", "value": None, "vague": True, "unit": None, "counted": "lives claimed by sectarian violence", "source": None, "approx": None,
   "note": "'Sectarian violence involving the two Muslim sects has claimed hundreds of lives in recent years': vague plural, outlet's voice"},
  {"text": "two", "value": 2, "unit": None, "counted": "Muslim sects", "source": None, "approx": None,
   "note": "'the two Muslim sects' (Sunni and Shiite, named in the paragraph before): a count, outlet's voice"},
  {"quantity": K+"bajaur_militants_killed_fresh", "text": "20", "value": 20, "unit": None, "counted": "Taliban militants killed in fighting in the Bajaur tribal region", "source": AU, "approx": "at least",
   "note": "'Meanwhile, authorities say that security forces killed at least 20 Taliban militants in fighting in the Bajaur tribal region': claimed by the authorities; the fresh kills of the lede ('up to 25', security forces), same key. Not the cumulative toll of the Bajaur offensive (key bajaur_offensive_2008:militants_killed in the dev set), which was in the dropped last paragraph ('up to 500 ... so far')"},
 ],
 "events": [
  {"actor": None, "date": "2008-08-19", "date_text": "earlier in the day", "what": "a local leader was murdered in Dera Ismail Khan",
   "note": "'had gathered to protest the murder of a local leader earlier in the day': the expression dates the murder (a dated noun; the gathering was after it, at the hospital); the text does not say who killed him, so null; 'the day' is the day of the bombing, the report's date Tuesday 19 August 2008"},
 ],
 "actors": [
  {"name": NM, "type": "person", "aliases": ["regional police chief Naveed Malik", "Police chief Malik", "Malik"]},
  {"name": "Dera Ismail Khan police", "type": "organisation", "aliases": ["police", "Police"]},
  {"name": "witnesses", "type": "group", "aliases": ["witnesses"]},
  {"name": "doctors", "type": "group", "aliases": ["doctors"]},
  {"name": SF, "type": "organisation", "aliases": ["security forces"]},
  {"name": AU, "type": "organisation", "aliases": ["authorities"]},
 ],
 "notes": [
  "VOA report by Ayaz Gul (Islamabad) of Tuesday 19 August 2008 on the suicide bombing outside the hospital in Dera Ismail Khan that day, kept from a word-for-word reprint on testbig.com/voa; story dera_ismail_khan_hospital_bombing_2008 (single item).",
  "Keys: " + K + "deaths (headline and lede, both 'at least 23', outlet's voice); " + K + "bajaur_militants_killed_fresh (the fresh Bajaur kills: 'up to 25' claimed by the security forces in the lede, 'at least 20' claimed by the authorities in paragraph 7).",
  "Claimants: 'Police and witnesses say the bomb went off outside a hospital' and 'doctors said the condition of some of those wounded was critical' carry no figure; the toll of 23 is in the outlet's voice. 'Police and witnesses' is a joint claim of the place; both are listed as actors, as are the doctors.",
  "Quote: one, Naveed Malik's account, named in the paragraph before and by 'said Malik' after it. His other statements ('Police chief Malik says that an investigation ... is under way') are reported speech without quote marks.",
  "Not figures: 'No one has claimed responsibility' (pronoun), 'legs of the suicide bomber' (no number), 'a group of Shi'ite Muslims', 'a local leader', 'A dead body'. Not events: 'in recent years' (vague), 'No one has claimed responsibility' (no date). 'religious extremists', 'extremist Sunni militants' and 'Taliban militants' are blamed or killed but do not act or speak in the text: not actors. VOA (addressee) and the reporter are not listed, as in other VOA items.",
  "Second careful read done by the annotator against FORMAT.md: text re-compared with the stored copy (only the listed edits; the last paragraph dropped because it is cut mid-word); quote marks and trailing comma checked; toll kept in the outlet's voice; 'earlier in the day' read as dating the murder (null actor) rather than the gathering; the 25 and 20 given one key as the same fresh Bajaur kills stated by two claimants.",
 ],
}
