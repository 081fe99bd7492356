UN = "UN Security Council"
O = "Kenzo Oshima"
B = "John Bolton"
NK = "North Korea"
ANN = {
 "article": "articles/voa_2006_un_council_urges_nkorea_halt_test.txt",
 "gold_out": "gold/voa_2006_un_council_urges_nkorea_halt_test.json",
 "published": "2006-10-06",
 "quotes": [
  {"text": "The Security Council stresses that a nuclear test, if carried out by the DPRK, would represent a clear threat to international peace and security, and that, should the DPRK ignore calls of the international community, the Security Council will act consistent with its responsibility under the Charter of the United Nations",
   "speaker": O, "speaker_mention": "he",
   "note": "'\"...,\" he said.': 'he' is the Security Council president, Japanese U.N. Ambassador Kenzo Oshima, named in the paragraph before as the one who read the message; the words are the Council's statement, but the text gives them to him as reader ('he said'); trailing comma before the closing mark dropped"},
  {"text": "Because there would be another nuclear power", "speaker": B, "speaker_mention": "he",
   "note": "'\"Because there would be another nuclear power,\" he said.': 'he' = Bolton, named in the sentence before ('Bolton explained to reporters Friday ...'); trailing comma dropped"},
  {"text": "This would be proof positive of North Korea having a nuclear weapon. This would be an example of nuclear proliferation that we're very much concerned about. And it's one of the reasons we feel so strongly that North Korea should not test.",
   "speaker": B, "speaker_mention": "he",
   "note": "second part of the quote interrupted by 'he said.': no attribution of its own, same speaker (Bolton); final '.' inside the marks kept"},
 ],
 "figures": [
  {"text": "three", "value": 3, "unit": "days", "counted": "days of Security Council negotiations", "source": None, "approx": None,
   "note": "'That language was rejected during three days of Security Council negotiations': a duration in VOA's own voice, no claimant"},
  {"text": "six", "value": 6, "unit": None, "counted": "parties to the talks on North Korea's nuclear program", "source": None, "approx": None,
   "note": "'six-party talks': counts the parties, as '15' in 'The 15-nation council' is counted in the dev set (voa_2012_houla_security_council); the next sentence lists the six. VOA's voice (the statement's urging is reported, the name of the forum is VOA's wording); no quantity key (a description of the forum, not a quantity anyone disputes)"},
 ],
 "events": [
  {"actor": None, "date": "2006-10-06", "date_text": "Friday", "ctx": "adopted Friday", "what": "the Security Council statement on North Korea was adopted",
   "note": "'The statement adopted Friday warns ...': the date sits in the reduced passive relative 'adopted Friday', which has no by-agent in the text (passive without agent -> null, as 'held in Australia last month' in govuk_2014_ebola_international_contributions), although the Council is the statement's author. Friday = the published day, 6 October 2006"},
  {"actor": B, "date": "2006-10-06", "date_text": "Friday", "ctx": "reporters Friday", "what": "Bolton explained to reporters why he takes North Korea's threat seriously",
   "note": "'Bolton explained to reporters Friday': Bolton is the agent of 'explained'; the published day, Friday 6 October 2006"},
  {"actor": NK, "date": "2005", "date_text": "last year", "what": "North Korea walked out of the six-party talks",
   "note": "'North Korea walked out of the talks last year.': North Korea is the agent; the year before 2006"},
 ],
 "actors": [
  {"name": UN, "type": "organisation", "aliases": ["Security Council", "The statement", "The Security Council statement"]},
  {"name": O, "type": "person", "aliases": ["Japanese U.N. Ambassador Kenzo Oshima", "the Security Council president"]},
  {"name": B, "type": "person", "aliases": ["John Bolton", "Washington's U.N. ambassador", "Bolton"]},
  {"name": NK, "type": "country", "aliases": ["North Korea", "N. Korea", "the DPRK", "Pyongyang"]},
  {"name": "United States", "type": "country", "aliases": ["the United States"]},
 ],
 "notes": [
  "VOA report of Friday 6 October 2006 (date from the address, see meta published_evidence) on the Security Council's presidential statement warning North Korea against a nuclear test, three days before the test of Monday 9 October 2006; story north_korea_nuclear_test_2006 with wn_2006_russia_larger_yield_nkorea_test (9 October) and voa_2006_un_council_passes_nkorea_sanctions (14 October).",
  "Quotes: three, all with 'he said' and the speaker named in the paragraph or sentence before: the statement read by Council president Kenzo Oshima ('The message, read by ... Kenzo Oshima ...' then '\"...,\" he said.'), and Bolton's answer split by 'he said.' into two quotes (the second has no attribution of its own).",
  "Oshima is given as the speaker of the statement's text because the text attributes it to 'he' (the reader); the Council, the statement's author, is an actor of its own ('Security Council has threatened', 'The statement ... warns', 'The Security Council statement urges'), listed with 'The statement' as in voa_2012_houla_security_council.",
  "Figures: 'three' (days of negotiations) and 'six' (parties of the six-party talks, as the dev set counts '15-nation'); both VOA's voice, no claimant, no quantity key. Not figures: 'both North and South Korea' (no number), 'one of the reasons' (not a count), 'another nuclear power'.",
  "Events: 'Friday' twice (the statement 'adopted Friday', a passive without agent -> null; Bolton 'explained to reporters Friday') and 'last year' (North Korea walked out of the talks, 2005). Left out: 'if it goes ahead with planned nuclear weapons tests' and 'may be imminent' (no date), 'during three days of ... negotiations' (a duration, annotated as a figure).",
  "Actors: 'Washington's U.N. ambassador' is Bolton's description (so 'Washington' is not listed as a separate alias of the United States); 'the Security Council president' is Oshima's role that day. Russia, China, Japan and South Korea are listed only as parties to the talks and do not act; 'intelligence reports' indicate but are not a named body.",
  "second reading (annotator): re-read the whole item against FORMAT.md sections 1-2: quote spans (trailing commas dropped, final '.' of the third quote kept, straight marks), the 'he' of each quote, that 6 October 2006 was a Friday, the two 'Friday's separated with ctx, and every alias as an exact substring; no change.",
 ],
}
