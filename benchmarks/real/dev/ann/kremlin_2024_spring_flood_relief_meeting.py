P = "Vladimir Putin"
GC = "government commission on the spring floods"
ANN = {
 "article": "articles/kremlin_2024_spring_flood_relief_meeting.txt",
 "gold_out": "gold/kremlin_2024_spring_flood_relief_meeting.json",
 "published": "2024-04-11",
 "quotes": [],
 "figures": [
  {"text": "three", "value": 3, "unit": None, "counted": "regions whose governors spoke about the flood situations", "source": None, "approx": None,
   "note": "'(The governors of the three regions spoke ...)': the site's bracketed narration between speaker turns; a count of regions in the site's own voice, no claimant"},
 ],
 "events": [
  {"actor": GC, "date": "2024-04-09", "date_text": "on April 9", "what": "the government commission met in Orsk to issue instructions to the regions",
   "note": "inside Kurenkov's turn (a transcript, no quote marks): 'The commission met in Orsk on April 9': the commission is the agent of 'met'; year of publication; a Tuesday, two days before the meeting of Thursday 11 April 2024"},
 ],
 "actors": [
  {"name": P, "type": "person", "aliases": ["Vladimir Putin", "President of Russia Vladimir Putin", "Mr President"]},
  {"name": "Alexander Kurenkov", "type": "person", "aliases": ["Alexander Kurenkov", "Mr Kurenkov"]},
  {"name": "governors of the Kurgan, Orenburg and Tyumen regions", "type": "group", "aliases": ["the governors", "The governors of the three regions"]},
  {"name": "Government of the Russian Federation", "type": "government", "aliases": ["the Government of the Russian Federation"]},
  {"name": GC, "type": "organisation", "aliases": ["a government commission", "The commission"]},
 ],
 "notes": [
  "Kremlin transcript (opening of the stored copy) of Putin's videoconference of Thursday 11 April 2024 on spring flood relief in the Orenburg, Kurgan and Tyumen regions, a week after the Orsk dam breach of 5 April 2024; story russia_spring_floods_2024 (the only item of the story in this folder).",
  "Speech is marked by speaker labels ('President of Russia Vladimir Putin:', 'Vladimir Putin:', 'Alexander Kurenkov, Minister of Civil Defence, Emergencies and Disaster Relief:'), not quote marks: no quotes. The governors' reports are summarised in the site's bracketed narration without figures; the stored copy is cut in Kurenkov's first turn, before any of his figures.",
  "One figure ('three' regions, the site's voice) and one event ('on April 9', the government commission met in Orsk). 'Today' in Putin's opening words is 'today' inside speech (left out); 'almost daily', 'every hour', 'at the moment' are vague or recurring, not dates. The removed date line 'April 11, 2024' gives the published date.",
  "Participants only listed as attending (Oreshkin, Siluanov, Faizullin and the three governors Shumkov, Pasler and Moor by name) do not speak or act individually in the kept text: not actors; the governors act as a group ('The governors of the three regions spoke ...'). 'Emergencies Ministry' is only a form of address to Kurenkov ('Emergencies Ministry, please, Mr Kurenkov'): not an actor of its own. 'Kurgan, Orenburg and Tyumen' are the places linked by video, not actors.",
  "Thin item (kept for its dated act with an agent inside transcript speech and its bracketed narration); no quantity keys.",
  "second reading: re-read the whole item against FORMAT.md sections 1-2 (no quote marks; 'three' is a count; April 9 = 2024-04-09, agent the commission; aliases are exact substrings and no form is shared); no change.",
 ],
}
