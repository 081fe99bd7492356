UN = "UN Security Council"
B = "John Bolton"
NK = "North Korea"
USO = "U.S. officials"
ANN = {
 "article": "articles/voa_2006_un_council_passes_nkorea_sanctions.txt",
 "gold_out": "gold/voa_2006_un_council_passes_nkorea_sanctions.json",
 "published": "2006-10-14",
 "quotes": [],
 "figures": [
  {"text": "six", "value": 6, "unit": None, "counted": "parties to the talks on North Korea's nuclear program", "source": None, "approx": None,
   "note": "'return to six-party talks': counts the parties, as in voa_2006_un_council_urges_nkorea_halt_test (and '15-nation' in voa_2012_houla_security_council). It sits in Ivanov's reported words ('quote ... Ivanov as saying that ... if North Korea agrees to return to six-party talks') but names the forum and is not a quantity he claims: source null; no quantity key"},
 ],
 "events": [
  {"actor": B, "date": "2006-10-14", "date_text": "Earlier today", "what": "Bolton said technical changes had been made to the draft resolution",
   "note": "'Earlier today, U.S. Ambassador John Bolton said ...': Bolton is the agent of 'said'; 'today' in narration = the published day, Saturday 14 October 2006"},
  {"actor": NK, "date": "2006-10-09", "date_text": "Monday", "what": "North Korea conducted an underground nuclear test (its claim)",
   "note": "'North Korea's claim that it conducted an underground nuclear test Monday': 'it' (North Korea) is the agent of 'conducted'; the Monday before Saturday 14 October = 9 October 2006"},
  {"actor": USO, "date": "2006-10-13", "date_text": "Late Friday", "what": "unnamed U.S. officials said U.S. aircraft had detected traces of radiation",
   "note": "'Late Friday, unnamed U.S. officials said ...': the officials are the agent of 'said'; the Friday before Saturday 14 October = 13 October 2006"},
 ],
 "actors": [
  {"name": UN, "type": "organisation", "aliases": ["UN Security Council", "The U.N. Security Council"]},
  {"name": NK, "type": "country", "aliases": ["North Korea", "Pyongyang"]},
  {"name": B, "type": "person", "aliases": ["U.S. Ambassador John Bolton"]},
  {"name": "Diplomats", "type": "group", "aliases": ["Diplomats"]},
  {"name": "South Korea", "type": "country", "aliases": ["South Korea"]},
  {"name": "Japan", "type": "country", "aliases": ["Japan"]},
  {"name": USO, "type": "group", "aliases": ["unnamed U.S. officials"]},
  {"name": "Russian news agencies", "type": "organisation", "aliases": ["Russian news agencies"]},
  {"name": "Sergei Ivanov", "type": "person", "aliases": ["Russian Defense Minister Sergei Ivanov"]},
  {"name": "George W. Bush", "type": "person", "aliases": ["President Bush"]},
 ],
 "notes": [
  "VOA report of Saturday 14 October 2006 (date from the address, see meta published_evidence) on the Security Council's unanimous sanctions resolution on North Korea (Resolution 1718), five days after the test of Monday 9 October 2006; story north_korea_nuclear_test_2006 with voa_2006_un_council_urges_nkorea_halt_test (6 October) and wn_2006_russia_larger_yield_nkorea_test (9 October).",
  "No quotes: every statement is reported speech without quote marks (Bolton 'said', 'Diplomats said', South Korea and Japan 'have said', U.S. officials 'said ... they stressed', Pyongyang 'has said', Russian news agencies 'quote ... Ivanov as saying').",
  "Figures: only 'six' of 'six-party talks' (source null, see its note). Not figures: 'less than a week after North Korea announced ...' (an interval measured from another event with no number word, left out as 'a week after gang violence' in the dev set's Haiti 2006 item and voa_2010_yushu_quake_day_of_mourning), 'any radioactivity', 'more nuclear tests' (no number).",
  "Events: 'Earlier today' (Bolton said), 'Monday' (the test, agent North Korea, inside the country's claim as reported by VOA), 'Late Friday' (U.S. officials said). Undated and left out: the vote, 'North Korea announced', 'President Bush signed a law'.",
  "Actors: South Korea and Japan speak together ('have said they have not detected ...') and are listed one by one; 'Diplomats' and 'unnamed U.S. officials' are speaking groups; 'U.S. aircraft' (detected traces) is equipment in the officials' words and is not listed. China and Russia (a concession to them) and the United States (allowed by the law) do not act.",
  "second reading (annotator): re-read the whole item against FORMAT.md sections 1-2: checked that 14 October 2006 was a Saturday and 9 and 13 October a Monday and a Friday, that no span between quote marks exists, the single number token 'six', and every alias as an exact substring; no change.",
 ],
}
