S = "yeonpyeong_shelling_2010"
SKO = "South Korean officials"
CSG = "USS George Washington carrier strike group"
GW = "USS George Washington"
ANN = {
 "article": "articles/dod_2010_yeonpyeong_four_dead_carrier_deploys.txt",
 "gold_out": "gold/dod_2010_yeonpyeong_four_dead_carrier_deploys.json",
 "published": "2010-11-24",
 "quotes": [
  {"text": "The intent of the series of exercises is to enhance our interoperability with the Republic of Korea, but also as a deterrent to North Korea", "speaker": "Dave Lapan",
   "speaker_mention": "Pentagon spokesman Marine Col. Dave Lapan",
   "note": "attribution after the quote; trailing comma dropped. The sentence before ('This exercise is defensive in nature, said United Nations Command officials') is unmarked reported speech of another speaker"},
 ],
 "figures": [
  {"quantity": S + ":deaths_total", "text": "Four", "value": 4, "unit": None, "counted": "dead in the North Korean attack", "source": None, "approx": None,
   "note": "headline, in the outlet's voice; the lead gives the same toll as the South Korean officials' announcement (same key)"},
  {"text": "two", "value": 2, "unit": None, "counted": "civilians among the dead", "source": SKO, "approx": None, "ctx": "two of the four",
   "note": "'South Korean officials announced that two of the four dead ... were civilians'"},
  {"quantity": S + ":deaths_total", "text": "four", "value": 4, "unit": None, "counted": "dead in the attack by North Korea", "source": SKO, "approx": None,
   "note": "the whole toll (two marines and two civilians), inside the officials' announcement; the VOA item of 23 November gives only the marines ('At least two'), a different quantity"},
  {"text": "two", "value": 2, "unit": None, "counted": "presidents (Obama and Lee)", "source": None, "approx": None, "ctx": "The two presidents",
   "note": "counts the two presidents, as 'the two countries' is counted elsewhere in the set"},
  {"text": "two", "value": 2, "unit": None, "counted": "countries (the United States and South Korea)", "source": None, "approx": None, "ctx": "our two countries",
   "note": "'between our two countries': part of what the presidents agreed (wording of the White House readout), not a claim attributed by a speech verb; source null"},
 ],
 "events": [
  {"actor": "North Korea", "date": "2010-11-23", "date_text": "yesterday", "what": "unprovoked attack by North Korea on Yeonpyeong",
   "note": "date on a noun phrase with a 'by' agent ('the unprovoked attack by North Korea yesterday'): North Korea"},
  {"actor": CSG, "date": "2010-11-28/2010-12-01", "date_text": "from Nov. 28 to Dec. 1", "what": "will join South Korean naval forces in the Yellow Sea for an exercise",
   "note": "subject of 'will join'; a future day range"},
  {"actor": None, "date": "2010-07", "date_text": "in July", "what": "series of exercises announced at the 2-plus-2 meetings",
   "note": "'the series announced at the 2-plus-2 meetings in July': a passive without agent (the text does not say who held the meetings); the July before the November report"},
  {"actor": "Dave Lapan", "date": "2010-11-24", "date_text": "today", "what": "said the exercises are meant to enhance interoperability and deter North Korea",
   "note": "'Pentagon spokesman Marine Col. Dave Lapan said today during a press availability'; 'today' outside speech = the dateline day"},
  {"actor": GW, "date": "2009-10", "date_text": "in October 2009", "what": "last exercised in the area",
   "note": "subject of 'last exercised'"},
 ],
 "actors": [
  {"name": SKO, "type": "group", "aliases": ["South Korean officials"]},
  {"name": "North Korea", "type": "country", "aliases": ["North Korea"]},
  {"name": "Barack Obama", "type": "person", "aliases": ["President Barack Obama", "Barack Obama", "Obama"]},
  {"name": "Lee Myung-bak", "type": "person", "aliases": ["South Korean President Lee Myung-bak", "Lee Myung-bak"]},
  {"name": "United States", "type": "country", "aliases": ["The United States", "the United States"]},
  {"name": "South Korea", "type": "country", "aliases": ["South Korea"]},
  {"name": CSG, "type": "organisation", "aliases": ["The USS George Washington carrier strike group"]},
  {"name": GW, "type": "organisation", "aliases": ["The USS George Washington"]},
  {"name": "United Nations Command", "type": "organisation", "aliases": ["United Nations Command officials"]},
  {"name": "Dave Lapan", "type": "person", "aliases": ["Pentagon spokesman Marine Col. Dave Lapan", "Dave Lapan"]},
 ],
 "notes": [
  "American Forces Press Service story by Jim Garamone, Washington, 24 November 2010, kept from a blog that reposts AFPS stories. Story yeonpyeong_shelling_2010 with voa_2010_yeonpyeong_north_korea_shells_island (VOA, 23 November).",
  "Toll figures: 'Four Dead' in the headline (outlet's voice) and, claimed by South Korean officials, four dead, two of them civilians (headline and lead keyed :deaths_total; the VOA item's 'At least two' marines is a different quantity, so the two items share no key).",
  "The dateline 'WASHINGTON, Nov. 24, 2010 \u2013' is not an event and its numbers are not figures. 'in the days ahead' is vague: not an event. 'Nov. 28', 'Dec. 1' are dates, '2-plus-2' names the format of the meetings (foreign and defence ministers of two countries): not figures.",
  "Obama is the speaker of unmarked reported speech ('He said North Korea must stop ...'); 'shoulder-to-shoulder' carries no quote marks. The carrier strike group (which will join the exercise) and the carrier itself (which 'last exercised in the area in October 2009') are kept as two actors, as printed; the ships of the group (USS Cowpens, Lassen, Stethem, Fitzgerald) act only in an undated future sentence and are not listed.",
  "Second reading: re-read the whole item against FORMAT.md sections 1-2; checked that 'yesterday' dates the attack noun (North Korea by the 'by' phrase), the day range, 'in July' as a passive without agent, the three 'two' spans by ctx, and the headline 'Four'.",
 ],
}
