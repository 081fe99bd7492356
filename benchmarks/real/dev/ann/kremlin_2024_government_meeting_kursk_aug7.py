P = "Vladimir Putin"
KR = "Kiev regime"
ANN = {
 "article": "articles/kremlin_2024_government_meeting_kursk_aug7.txt",
 "gold_out": "gold/kremlin_2024_government_meeting_kursk_aug7.json",
 "published": "2024-08-07",
 "quotes": [],
 "figures": [
  {"text": "1,500", "value": 1500, "unit": None, "counted": "students School No. 131 in Nizhny Novgorod is built for", "source": None, "approx": None,
   "note": "the site's own narration of the launches by video link ('School No. 131 for 1,500 students that opened in Nizhny Novgorod'); capacity of the school, no claimant. '131' in 'School No. 131' is a designation, not a figure"},
 ],
 "events": [],
 "actors": [
  {"name": P, "type": "person", "aliases": ["The President", "President of Russia Vladimir Putin"]},
  {"name": KR, "type": "government", "aliases": ["the Kiev regime"]},
 ],
 "notes": [
  "Kremlin transcript (opening of the stored copy, accessible-version mirror) of Putin's meeting with Government members at Novo-Ogaryovo on Wednesday 7 August 2024, the day after Ukraine's cross-border attack into the Kursk Region of 6 August; story kursk_incursion_2024 (with voa_2024_kursk_glushkov_evacuation in dev, VOA of 14 August). Its only figure (school places) is not a quantity of that story: no quantity key.",
  "Speech is marked by the speaker label 'President of Russia Vladimir Putin:', not quote marks: no quotes. The narration above the transcript (participants, launches by video link) is the site's own voice.",
  "One figure: '1,500' students (school capacity, the site's narration, no claimant). Not figures: '131' in 'School No. 131' (designation); 'a number of Russian regions' and 'a variety of weapons' (no number).",
  "No events: 'today' in Putin's words is 'today' inside speech (left out); 'At the beginning of the meeting' and 'Immediately after this meeting' are relative to the meeting, not date expressions (as 'At the beginning of the meeting' in kremlin_2022_krasnodar_governor_meeting and 'immediately after ...' in other items, left out); 'currently' is vague. The attack by 'the Kiev regime' carries no date in the kept text. The removed date line 'August 7, 2024, Novo-Ogaryovo, Moscow Region' gives the published date.",
  "Actors: Putin ('The President held a meeting', speaker label, 'I will convene') and the Kiev regime (Putin's term for the Ukrainian government: it 'attempted another major provocation, launching an indiscriminate attack'). Participants only listed as attending (Manturov, Overchuk, Khusnullin, Oreshkin, Reshetnikov, Siluanov, Alikhanov, Kozlov, Starovoit, Fedorishchev) do not act individually in the kept text: not actors (as in kremlin_2024_spring_flood_relief_meeting). The security agencies, Defence Ministry, General Staff and Federal Security Service are the objects of 'I will convene' ('it is in charge of border control' is a standing state); 'Our colleagues will report' is unspecific: not actors. Perm, Simferopol, Nizhny Novgorod and the Kursk Region are places.",
  "Thin item, kept for its place in the Kursk story and its speaker introduced by role and label.",
  "second reading (annotator): re-read the whole item once fully against FORMAT.md sections 1-2 and the stored opening: no quote marks; '1,500' the only figure; no date expression outside bare 'today' in speech and meeting-relative phrases; aliases exact substrings, none shared; no change.",
 ],
}
