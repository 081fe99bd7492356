K = "indonesia_jakarta_raids_2010:"
P = "Indonesian police"
EA = "Edward Aritonang"
AM = "Ansyaad Mbai"
ANN = {
 "article": "articles/wn_2010_indonesia_three_rebels_killed_raids.txt",
 "gold_out": "gold/wn_2010_indonesia_three_rebels_killed_raids.json",
 "published": "2010-03-10",
 "quotes": [
  {"text": "[i]f it's true that it's him, we will be very grateful that the most-wanted terrorist has been killed. It will be a big relief to us.", "speaker": AM, "speaker_mention": "Ansyaad Mbai", "fragment": False,
   "note": "'Ansyaad Mbai, the chief of the security ministry, remarked to Agence France-Presse that \"...\"': two whole sentences after 'that' (the bracketed '[i]' marks the editor's lower-casing), so not a fragment; straight double marks; the final full stop inside the closing mark kept. AFP is only the addressee"},
 ],
 "figures": [
  {"quantity": K+"suspects_killed", "text": "Three", "occ": 1, "value": 3, "unit": None, "counted": "rebels killed in raids", "source": None, "approx": None,
   "note": "headline 'Three rebels in Indonesia killed in raids': the outlet's voice, null"},
  {"quantity": K+"suspects_killed", "text": "Three", "occ": 2, "value": 3, "unit": None, "counted": "rebels killed near the capital Jakarta in raids", "source": None, "approx": None,
   "note": "'Three rebels in Indonesia, which authorities say were terror suspects, have been killed near the capital Jakarta in raids': the authorities are cited only for calling them terror suspects, not for the count, so the count is the outlet's voice (null); same quantity as the headline and as VOA's 'three terrorism suspects have been killed in raids outside the capital' (voa_2010_indonesia_police_confirm_three_killed)"},
  {"text": "five", "ctx": "about five minutes", "value": 5, "unit": "minutes", "counted": "minutes the suspected rebel had been on the internet", "source": "Associated Press", "approx": "around",
   "note": "'According to the Associated Press, the suspected rebel had been on the internet for about five minutes when security officials entered': claimed by the AP; 'about' -> around; the number only, as '12' in '12 miles'; a duration in minutes (unit 'minutes' as in other dev items)"},
  {"quantity": K+"killed_second_raid", "text": "two", "ctx": "killed two suspects", "value": 2, "unit": None, "counted": "suspects shot and killed in the other raid", "source": EA, "approx": None,
   "note": "'In the other raid, police shot and killed two suspects ..., according to National Police spokesman Edward Aritonang': claimed by Aritonang; same quantity as VOA's 'police shot and killed two suspects on a motorcycle' (Aritonang there too)"},
 ],
 "events": [
  {"actor": None, "date": "2002", "date_text": "2002", "what": "the bombing in Bali",
   "note": "a date on a noun ('the 2002 bombing in Bali'); the text names no one who carried out the bombing (Dulmatin is only alleged by the authorities to have 'played a role in' it, which does not make him the agent of the bombing) -> null"},
 ],
 "actors": [
  {"name": P, "type": "organisation", "aliases": ["police", "security officials"]},
  {"name": EA, "type": "person", "aliases": ["National Police spokesman Edward Aritonang", "Edward Aritonang"]},
  {"name": "Indonesian authorities", "type": "organisation", "aliases": ["authorities"]},
  {"name": "Associated Press", "type": "organisation", "aliases": ["the Associated Press", "Associated Press"]},
  {"name": AM, "type": "person", "aliases": ["Ansyaad Mbai", "the chief of the security ministry"]},
  {"name": "BBC", "type": "organisation", "aliases": ["The BBC", "BBC"]},
  {"name": "Dulmatin", "type": "person", "aliases": ["Dulmatin"]},
 ],
 "notes": [
  "Wikinews report of Wednesday 10 March 2010 on the two police raids near Jakarta (Pamulang, printed 'Palmulang') in which three suspected militants were killed; the raids are not dated in the text (they took place on Tuesday 9 March 2010, the day VOA's report voa_2010_indonesia_police_confirm_three_killed gives). Story indonesia_jakarta_raids_2010 with that VOA item.",
  "Quotes: one, Ansyaad Mbai's two sentences after 'remarked to Agence France-Presse that' (speaker named in the same sentence, before the quote).",
  "Figures: 'Three' twice (headline and lead, outlet's voice; key suspects_killed shared with VOA's 'three terrorism suspects'), 'about five minutes' (the AP), 'two suspects' killed in the second raid (Edward Aritonang; key killed_second_raid shared with VOA). Not figures: 'One of the raids' and 'one of them had a rifle' (pronoun-like 'one of'), 'a shot', 'one of Indonesia's most wanted men', '2002' (a year).",
  "Events: only '2002' ('the 2002 bombing in Bali', a date on a noun, agent not stated -> null). The raids themselves carry no date expression in this text.",
  "Actors: the Indonesian police ('police' twice as the agent of the shootings; 'security officials entered' in the first raid, listed as the same forces), Edward Aritonang (claims the second raid's toll), the Indonesian authorities ('authorities say', 'whom authorities allege'), the Associated Press (claims the five minutes), Ansyaad Mbai (speaks; 'the chief of the security ministry' in apposition), the BBC ('The BBC reports') and Dulmatin (subject of the allegation). Not actors: Agence France-Presse (only the addressee), Jemaah Islamiah (named only in Dulmatin's description), the unnamed suspected rebel who fired a shot (no name or group noun to resolve to).",
  "second reading (annotator): re-read the whole item once against FORMAT.md sections 1-2 and the stored copy: checked the quote span (straight double marks, '[i]' kept, final full stop kept), 'about' -> around, both 'Three' occurrences, that the raids carry no date, 10 March 2010 a Wednesday, every alias an exact substring; no change.",
 ],
}
