Z = "Volodymyr Zelenskyy"
ANN = {
 "article": "articles/uapres_2020_ps752_criminal_proceedings_tehran.txt",
 "gold_out": "gold/uapres_2020_ps752_criminal_proceedings_tehran.json",
 "published": "2020-01-08",
 "quotes": [
  {"text": "Dreadful news from the Middle East. This morning, after taking off from Imam Khomeini International Airport (Tehran), the passenger aircraft of Ukraine International Airlines crashed near the airport. According to preliminary reports, all passengers and crew are dead. My sincere condolences to the families and friends of all passengers and crew members",
   "speaker": Z, "speaker_mention": "the President of Ukraine",
   "note": "attribution after the quote by title only ('the President of Ukraine said'); Zelenskyy is named in the paragraph before. Opens with a straight double quote and closes with a curly one, as printed; trailing comma before the closing mark dropped"},
  {"text": "Pursuant to my instruction, the NSDC apparatus has established an operational headquarters. Special aircrafts for conveyance of the bodies have been prepared to depart to Tehran via the line of the Ministry of Foreign Affairs and the Ministry of Defense. We are waiting for the agreement of the Iranian side for departure",
   "speaker": Z, "speaker_mention": "Volodymyr Zelenskyy",
   "note": "attribution by name after the quote ('Volodymyr Zelenskyy said'); trailing comma dropped"},
  {"text": "An investigation commission should be set up of representatives of the security agencies and agencies responsible for civil aviation. We have to check all the possible versions. Regardless of the conclusions on the causes of the Iranian catastrophe, the airworthiness of the entire civilian fleet will be tested",
   "speaker": Z, "speaker_mention": "the Head of State",
   "note": "attribution by description only ('the Head of State said'); the Head of State is Zelenskyy (the only head of state in the text); trailing comma dropped"},
  {"text": "I keep all measures under personal control. I urge everyone to refrain from speculation and putting forward unverified versions of the disaster before the official announcements",
   "speaker": Z, "speaker_mention": "he",
   "note": "attribution by pronoun only ('he added'), continuing from the Head of State's quote of the paragraph before; trailing comma dropped"},
 ],
 "figures": [],
 "events": [
  {"actor": None, "date": "2020-01-08", "date_text": "This morning", "what": "the UIA passenger aircraft crashed after take-off from Imam Khomeini International Airport",
   "note": "inside Zelenskyy's first quote, but it dates an event (the crash), so kept (only 'today' inside speech is left out); the statement was made on the published day, Wednesday 8 January 2020 (date line '8 January 2020 - 11:35'). 'the passenger aircraft ... crashed': the aircraft is not an agent, and the text names none (the shoot-down was admitted by Iran only on 11 January), so null"},
 ],
 "actors": [
  {"name": Z, "type": "person", "aliases": ["President of Ukraine Volodymyr Zelenskyy", "Volodymyr Zelenskyy", "The Head of State", "the Head of State", "the President of Ukraine", "The President"]},
  {"name": "National Security and Defense Council of Ukraine", "type": "organisation", "aliases": ["the NSDC apparatus"]},
  {"name": "Prosecutor General of Ukraine", "type": "person", "aliases": ["the Prosecutor General of Ukraine"]},
  {"name": "Iran", "type": "country", "aliases": ["the Iranian side"]},
 ],
 "notes": [
  "President of Ukraine press release of Wednesday 8 January 2020 (11:35 Kyiv time), hours after Ukraine International Airlines flight PS752 crashed after take-off from Tehran; story iran_ps752_shootdown_2020 with uapres_2020_ps752_address_eleven_citizens (address of 9 January) and uapres_2020_ps752_partners_urged_provide_data (10 January).",
  "Four quotes, all Zelenskyy's, each attributed differently: by title ('the President of Ukraine said'), by name ('Volodymyr Zelenskyy said'), by description ('the Head of State said') and by pronoun ('he added'). 'According to him, the ambassador and consul ... are at the scene' is reported speech without quote marks: no quote. The first quote mixes a straight opening mark with a curly closing mark, as printed.",
  "No figures: the kept text has no number tokens ('all passengers and crew', 'all the possible versions', 'all measures' are not numbers). The dropped last paragraph ('According to the Minist...', cut mid-sentence) probably carried the passenger count; it is not in the item.",
  "One event: 'This morning' inside the first quote (the crash, no agent). 'Pursuant to my instruction, the NSDC apparatus has established ...' and 'The President also tasked the Prosecutor General ...' carry no date expression, so no events.",
  "Actors: Zelenskyy; the NSDC (its apparatus 'has established an operational headquarters'); the Prosecutor General of Ukraine (tasked to open criminal proceedings); Iran ('the Iranian side', whose agreement is awaited). 'Iran' and 'Tehran' appear only as places ('near Tehran International Airport (Iran)', 'in Iran'), so 'Iran' is not given as an alias; Ukraine International Airlines, the two ministries, the ambassador and consul do not act in the text and are left out.",
  "second reading (annotator): re-read the whole item once fully against FORMAT.md sections 1-2: four quoted spans (mixed marks checked), trailing commas dropped, no headline quote; no number tokens; one date expression checked against 2020-01-08 (a Wednesday); every alias an exact substring and none shared; no change.",
 ],
}
