B = "Boris Johnson"
ANN = {
 "article": "articles/govuk_2018_salisbury_opcw_report_statement.txt",
 "gold_out": "gold/govuk_2018_salisbury_opcw_report_statement.json",
 "published": "2018-04-12",
 "quotes": [],
 "figures": [
  {"text": "4", "value": 4, "unit": None, "counted": "independent, highly reputable laboratories", "source": B, "approx": None,
   "note": "inside the Foreign Secretary's statement (unmarked block after 'Foreign Secretary Boris Johnson said:'), so claimed by him as speaker"},
 ],
 "events": [
  {"actor": "OPCW Executive Council", "date": "2018-04-18", "date_text": "next Wednesday", "what": "session of the OPCW Executive Council to discuss next steps",
   "note": "'we have called a session of the OPCW Executive Council next Wednesday': the calling is already done (present perfect), the date is that of the session, a date on a noun -> the body that holds the session; the UK is the caller, not the agent of the dated act. Future-pointing weekday from Thursday 12 April 2018 -> Wednesday 18 April 2018 (the Council met that day)"},
 ],
 "actors": [
  {"name": B, "type": "person", "aliases": ["Boris Johnson", "Foreign Secretary Boris Johnson", "Foreign Secretary"]},
  {"name": "Organisation for the Prohibition of Chemical Weapons", "type": "organisation", "aliases": ["Organisation for the Prohibition of Chemical Weapons", "OPCW", "the international chemical weapons watchdog"]},
  {"name": "OPCW Executive Council", "type": "organisation", "aliases": ["OPCW Executive Council"]},
  {"name": "United Kingdom", "type": "country", "aliases": ["the United Kingdom", "the UK government"]},
  {"name": "Russia", "type": "country", "aliases": ["Russia", "the Russians", "The Kremlin"]},
  {"name": "Sergei Skripal", "type": "person", "aliases": ["Mr Skripal"]},
 ],
 "notes": [
  "GOV.UK statement of 12 April 2018 by the Foreign Secretary on the OPCW report confirming the Novichok used in Salisbury; story salisbury_novichok_2018.",
  "No quotes: the statement is printed as an unmarked block after 'Foreign Secretary Boris Johnson said:'; its figure ('4' laboratories) is sourced to Johnson as speaker.",
  "'Today the international chemical weapons watchdog have confirmed ...' is 'today' inside speech: left out by the guidelines (it would be 2018-04-12, agent the OPCW).",
  "Not events: 'now' ('We will now work tirelessly'), 'never' (vague).",
  "'The Kremlin' is Russia's government by metonymy (listed under Russia, with 'the Russians'); 'the international chemical weapons watchdog' is the OPCW. The OPCW Technical Secretariat (author of the note) and 'our scientists at Porton Down' do not act in a dated clause and are not listed.",
  "second reading: checked the one number token (4; 'a Novichok' and 'one' do not occur as numbers), that 'Today' sits inside the statement, and the weekday arithmetic (12 April 2018 was a Thursday, next Wednesday = 18 April); no change.",
 ],
}
