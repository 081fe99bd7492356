K = "pakistan_floods_2010:"
AM = "Andrew Mitchell"
UK = "United Kingdom"
ANN = {
 "article": "articles/govuk_2010_mitchell_pakistan_worst_yet_to_come.txt",
 "gold_out": "gold/govuk_2010_mitchell_pakistan_worst_yet_to_come.json",
 "published": "2010-08-18",
 "quotes": [
  {"text": "The people of Pakistan need help and they need it now. It is difficult to comprehend the extent of this tragedy. Nothing could have prepared me for the horrific scenes of destruction and devastation I have seen today.",
   "speaker": AM, "speaker_mention": "Andrew Mitchell",
   "note": "first paragraph of the statement under 'Speaking from Pakistan, Andrew Mitchell said:'; no closing mark, the quotation runs on into the next paragraph (one quote per paragraph)"},
  {"text": "But the worst could still be to come. More heavy rains are expected, and as the River Indus rises, it threatens further damage to heavily populated areas in the south of the country.",
   "speaker": AM, "speaker_mention": "Andrew Mitchell",
   "note": "second paragraph of the same quotation, two paragraphs below the attribution; no closing mark (the quotation runs on into the dropped, cut paragraph, meta edits)"},
 ],
 "figures": [
  {"quantity": K+"people_benefiting_uk_aid", "text": "three million", "value": 3e6, "unit": None, "counted": "people affected by the floods UK aid will now benefit", "source": None, "approx": "up to",
   "note": "'This means that UK aid will now benefit up to three million people affected by the floods': the release's own inference from Mitchell's announcement ('This means'), not what he announced (as the 'which means' total in govuk_2022_truss_370_sanctions_over_1000): source null; 'up to' here is a ceiling of the reach, so 'up to'"},
  {"text": "five", "value": 5, "unit": None, "counted": "metres high the floods were at their peak at Pir Sabak", "source": None, "approx": None,
   "note": "'which at their peak were five metres high': metres are not in FORMAT's unit table, so unit null and the unit named in counted (as the '3-metre wave' of govuk_2018_indonesia_raf_a400m_relief); the release's voice"},
  {"text": "A fifth", "value": 0.2, "unit": "share", "counted": "share of the country now underwater", "source": None, "approx": None,
   "note": "'A fifth of the country is now underwater': a fraction of Pakistan's area, unit share; the release's voice, no claimant"},
 ],
 "events": [
  {"actor": AM, "date": "2010-08-18", "date_text": "today", "what": "Mitchell said the worst could be yet to come for Pakistan, during a visit to the country", "ctx": "said today during",
   "note": "narration: 'International Development Secretary Andrew Mitchell said today during a visit to the country'; the release's day, Wednesday 18 August 2010"},
  {"actor": None, "date": "2010-08-18", "date_text": "today", "what": "another RAF flight carrying further aid is leaving for Pakistan", "ctx": "leaving for Pakistan today",
   "note": "'another RAF flight carrying further aid is leaving for Pakistan today': the flight (a vehicle) is the subject, no agent named (as the flight in govuk_2018_indonesia_uk_aid_shelter_purifiers)"},
 ],
 "actors": [
  {"name": AM, "type": "person", "aliases": ["International Development Secretary Andrew Mitchell", "Secretary of State for International Development Andrew Mitchell", "Andrew Mitchell"]},
  {"name": "Baroness Warsi", "type": "person", "aliases": ["Minister Without Portfolio Baroness Warsi", "Baroness Warsi"]},
  {"name": UK, "type": "country", "aliases": ["Britain", "UK"]},
  {"name": "Ban Ki-moon", "type": "person", "aliases": ["Secretary General Ban Ki-Moon", "Ban Ki-Moon"]},
 ],
 "notes": [
  "DFID press release of Wednesday 18 August 2010 (date line of the stored copy, removed; kept from DFID's own site dfid.gov.uk, as govuk_2012_syria_britain_to_double_aid; headline rebuilt from the page's address, meta edits): Andrew Mitchell and Baroness Warsi visit flooded Pakistan and Mitchell announces more UK aid. Story pakistan_floods_2010 with the DFID releases of 17 September (govuk_2010_mitchell_stand_by_pakistan_64_million) and 20 September 2010 (govuk_2010_mitchell_pakistan_further_70m) and the VOA and DOD items of the story in dev.",
  "Quotes: two paragraphs of one quotation, both opened by a straight double mark and not closed (the first continues into the second, the second into the dropped, cut paragraph); the speaker is named in the introducing line 'Speaking from Pakistan, Andrew Mitchell said:', one and two paragraphs away.",
  "Figures: 'up to three million' (people UK aid will benefit, the release's inference: null; key people_benefiting_uk_aid, a running reach of UK aid with no partner among the items of this set), 'five' (metres, unit null) and 'A fifth' (share of the country underwater). 'a number of programmes' is not a number.",
  "Events: 'said today' (Mitchell) and 'is leaving for Pakistan today' (the RAF flight, no agent). Left out: 'today' inside the quotation ('I have seen today'); 'now' (vague); the date line (removed). 'Following the visit Andrew Mitchell will travel to New York' has no date expression.",
  "Actors: Mitchell (three forms), Baroness Warsi (in Pakistan with him, travels with him: 'The ministers travelled'), the United Kingdom ('Britain was standing by Pakistan', 'UK aid') and Ban Ki-moon (called the UNGA emergency session). 'The ministers' names both Mitchell and Warsi and is not an alias of either. Pakistan, the UNGA and the RAF do not act in the text.",
  "Not figures: none left ('18 August 2010' was removed with the date line).",
  "second reading (annotator): re-read the whole item once against FORMAT.md sections 1-2 and the stored copy: checked the two quote spans and their open ends, 'up to' kept for 'up to three million', metres left without unit, 18 August 2010 a Wednesday, every alias an exact substring; no change.",
 ],
}
