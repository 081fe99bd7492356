AG = "Amin Gemayel"
PG = "Pierre Gemayel"
FS = "Fuad Siniora"
ANN = {
 "article": "articles/voa_2006_lebanon_gemayel_gunned_down.txt",
 "gold_out": "gold/voa_2006_lebanon_gemayel_gunned_down.json",
 "published": "2006-11-21",
 "quotes": [
  {"text": "We do not want to do anything rash", "speaker": AG, "speaker_mention": "he",
   "note": "'he said' after the quote; 'he' is Amin Gemayel, introduced at the end of the paragraph before ('his father, former President Amin Gemayel, pleaded for calm'); trailing comma dropped"},
  {"text": "He died for the cause. He died for Lebanon, for freedom and for humanity. We should not desecrate his memory with irresponsible acts.", "speaker": AG, "speaker_mention": "he",
   "note": "second part of the quotation interrupted by 'he said': a separate quote, same speaker; final '.' kept"},
  {"text": "a night of prayer, a night of contemplation about the meaning of this martyrdom and how to protect the country.", "speaker": AG, "speaker_mention": "The former-president", "fragment": True,
   "note": "'The former-president called for \"...\"': his words inside reported speech (fragment); the speaker is named only by title ('The former-president' = Amin Gemayel); final '.' inside the marks kept"},
  {"text": "We do not want vengeance", "speaker": AG, "speaker_mention": "he",
   "note": "'he added' after the quote, two paragraphs after the name; trailing comma dropped"},
 ],
 "figures": [
  {"text": "three", "value": 3, "unit": None, "counted": "gunmen", "source": "Witnesses", "approx": "at least",
   "note": "'Witnesses say at least three gunmen ambushed ...': the witnesses claim the number; the 22 November item says only 'gunmen' (no number)"},
  {"text": "six", "value": 6, "unit": None, "counted": "pro-Syrian ministers who resigned", "source": FS, "approx": None,
   "note": "'the prime minister ... said his cabinet is still viable despite the resignation of six pro-Syrian ministers': the despite-phrase is inside the clause governed by 'said', so the prime minister (Siniora, named in the paragraph before) states the number"},
 ],
 "events": [
  {"actor": None, "date": "2006", "date_text": "earlier this year", "what": "the devastating war between Israel and Hezbollah",
   "note": "date on the noun 'war' ('the devastating war between Israel and Hezbollah earlier this year'); a war between two sides has no single agent of the dated act, and the set dates wars without an actor ('Bosnian war of the 1990s', 'six-week war in 2020' -> null); 'earlier this year' = the year of publication"},
  {"actor": FS, "date": "2006-11-21", "date_text": "Earlier in the day", "what": "the prime minister defended his government's legitimacy and said his cabinet is still viable",
   "note": "active verbs 'defended' and 'said', subject 'the prime minister' (Fuad Siniora, named in the paragraph before); 'earlier in the day' = the day of the report, the day of the killing (Tuesday 21 November 2006)"},
 ],
 "actors": [
  {"name": PG, "type": "person", "aliases": ["Industry Minister Pierre Gemayel", "Gemayel", "Lebanon's minister of industry, a vocal anti-Syrian cabinet member"]},
  {"name": "Witnesses", "type": "group", "aliases": ["Witnesses"]},
  {"name": "Hassan Nasrallah", "type": "person", "aliases": ["Pro-Syrian Hezbollah leader Hassan Nasrallah"]},
  {"name": "Hezbollah", "type": "organisation", "aliases": ["Hezbollah"]},
  {"name": "Israel", "type": "country", "aliases": ["Israel"]},
  {"name": FS, "type": "person", "aliases": ["Prime Minister Fuad Siniora", "the prime minister"]},
  {"name": AG, "type": "person", "aliases": ["his father, former President Amin Gemayel", "former President Amin Gemayel", "The former-president"]},
 ],
 "notes": [
  "VOA News report of Tuesday 21 November 2006, the day Lebanon's industry minister Pierre Gemayel was shot dead in a Christian suburb of Beirut; story gemayel_assassination_2006 with voa_2006_lebanon_gemayel_bush_condemns (21 November) and voa_2006_lebanon_gemayel_international_condemnation (22 November).",
  "Quotes: Amin Gemayel's quotation interrupted by 'he said' (two quotes), his phrase inside 'The former-president called for \"...\"' (fragment, speaker given only by title) and 'We do not want vengeance' with 'he added' two paragraphs after his name. Every speaker mention is a pronoun or a title, never the name itself.",
  "Figures: 'at least three' gunmen claimed by the witnesses; 'six' pro-Syrian ministers inside the prime minister's reported speech. No quantity keys: neither number recurs in the other two items of the story (the 22 November item gives no number of gunmen). Not figures: 'one window completely blown out, and the other ...' (enumerator 'one ... the other'), 'a large number of bullet holes' (no number).",
  "Events: 'earlier this year' (the Israel-Hezbollah war, no actor, as wars elsewhere in the set) and 'Earlier in the day' (Siniora). The shooting itself carries no date expression in the kept text ('has been shot and killed'), so it is no event here.",
  "Actors: Pierre Gemayel is listed (the victim; all bare 'Gemayel' mentions are him, never his father); Amin Gemayel has only his full titled forms and 'The former-president'. 'Hezbollah' inside 'Pro-Syrian Hezbollah leader Hassan Nasrallah' is part of Nasrallah's alias; the bare 'Hezbollah' (of the war) is the group; Israel and Hezbollah are listed as the two sides of the war, though the dated war has no actor. 'Television footage' and 'the United States' do not act.",
  "Second careful read done by the annotator against FORMAT.md: text re-compared with the stored copy word for word; quote spans checked (trailing commas dropped, final periods inside the marks kept); 'Earlier in the day' normalised to the report's own day; the six ministers' source re-read as inside the reported clause.",
 ],
}
