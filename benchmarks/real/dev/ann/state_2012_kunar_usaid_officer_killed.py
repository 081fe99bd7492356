US = "United States"
RA = "Ragaei Abdelfattah"
ANN = {
 "article": "articles/state_2012_kunar_usaid_officer_killed.txt",
 "gold_out": "gold/state_2012_kunar_usaid_officer_killed.json",
 "published": "2012-08-09",
 "quotes": [],
 "figures": [
  {"text": "three", "value": 3, "unit": None, "counted": "ISAF service members killed in the suicide attack", "source": None, "approx": None,
   "note": "'the suicide attack yesterday ... that killed USAID Foreign Service Officer Ragaei Abdelfattah, three ISAF service members and an Afghan civilian': the statement's own voice; its author (Clinton) is named only in the removed label lines, so null as in state_2016_us_condemns_lahore_attack (not as in the Blinken item, whose introduction naming him is kept)"},
  {"text": "15", "value": 15, "unit": "months", "counted": "months Ragaei worked in eastern Afghanistan", "source": None, "approx": None,
   "note": "'Over the last 15 months' (the number span is '15'; the unit word is not glued) -- 'partnering with local officials -- he worked in eastern Afghanistan': a duration; the statement's own voice (null)"},
 ],
 "events": [
  {"actor": None, "date": "2012-08-08", "date_text": "yesterday", "what": "suicide attack in Kunar province that killed Ragaei Abdelfattah, three ISAF service members and an Afghan civilian",
   "note": "'The United States strongly condemns the suicide attack yesterday in Kunar province': the date sits on the noun 'attack'; the statement names no attacker, so null. The verb 'condemns' is present and undated. Yesterday = Wednesday 8 August 2012 (statement of Thursday 9 August)"},
  {"actor": US, "date": "2009", "date_text": "in 2009", "what": "the civilian surge the United States launched in Afghanistan",
   "note": "'the civilian surge we launched in Afghanistan in 2009': subject of 'launched' is 'we', the first-person voice of the statement that opens 'The United States strongly condemns ...' (the U.S. government), so the United States, as the statement's 'we' in state_2016_us_condemns_lahore_attack"},
 ],
 "actors": [
  {"name": US, "type": "country", "aliases": ["The United States"]},
  {"name": RA, "type": "person", "aliases": ["USAID Foreign Service Officer Ragaei Abdelfattah", "Ragaei"]},
 ],
 "notes": [
  "State Department press statement of Secretary of State Hillary Clinton, Thursday 9 August 2012, on the suicide attack of 8 August 2012 in Kunar province, Afghanistan, that killed USAID officer Ragaei Abdelfattah; kept from a blog that reposts it word for word (see meta). Story kunar_usaid_officer_killed_2012 (single item in this batch), so no quantity keys.",
  "No quote marks: a first-person statement (its 'I' is Clinton, named only in the removed label lines), so no quotes, and the two figures are in the statement's own voice (null), as in the Lahore statement of dev.",
  "Events: 'yesterday' (the attack; no attacker named -> null) and 'in 2009' (the civilian surge 'we launched' -> the United States). Left out as durations: 'over the last year' (Ragaei's work), 'Over the last 15 months' (annotated as a figure, not as an event). 'On behalf of President Obama ... I have sent my deepest condolences' is undated.",
  "Not figures: 'an Afghan civilian', 'a State Department Foreign Service officer' (articles, not counts), 'a second year' (ordinal), '2009' (year). Actors: President Obama, the American people, the U.S. Mission, local officials, the Afghan Government and ISAF are named without acting as speakers, claimants or dated agents; Ragaei Abdelfattah is listed (he 'worked', 'volunteered'). 'Ragaei’s' (curly apostrophe) is covered by the alias 'Ragaei'.",
  "Second reading (annotator): re-read the whole item against FORMAT.md sections 1-2: both number spans ('three'; '15' with unit months), the two date expressions (8 August 2012 a Wednesday), that the apostrophes are not quote marks, and every alias as an exact substring.",
 ],
}
