ANN = {
 "article": "articles/dod_2024_indo_pacific_visit.txt",
 "gold_out": "gold/dod_2024_indo_pacific_visit.json",
 "published": "2024-06-03",
 "quotes": [
  {"text": "It's important to remember that every time that we come out here, we're not just coming out to conduct meetings. We're actually getting things done", "speaker": "Lloyd J. Austin III", "speaker_mention": "he",
   "note": "speaker from the previous paragraph ('Austin spoke today ...')"},
  {"text": "That's the purpose of being out here: to reassure, to make sure that our allies and partners understand that we have a shared vision, a common vision of a free and open Indo-Pacific, and that we are a Pacific nation and we are here to stay", "speaker": "Lloyd J. Austin III", "speaker_mention": "he"},
  {"text": "Without personal engagement, it's very difficult to do some of that. So that's why we're here. And that's why we'll keep coming back", "speaker": "Lloyd J. Austin III", "speaker_mention": "Austin"},
 ],
 "figures": [],
 "events": [
  {"actor": "Lloyd J. Austin III", "date": "2024-06-03", "date_text": "today", "what": "spoke at news briefing in Singapore"},
 ],
 "actors": [
  {"name": "Lloyd J. Austin III", "type": "person", "aliases": ["Secretary of Defense Lloyd J. Austin III", "Austin"]},
  {"name": "Defense Department", "type": "organisation", "aliases": ["The Defense Department"]},
 ],
 "notes": [
  "DOD News story (David Vergun) of 3 June 2024 from the Shangri-La Dialogue in Singapore; story shangri_la_2024. Quote-heavy: three quotes by Austin, two attributed only by 'he said'.",
  "No figures: 'several days' is vague and 'Trilateral' / 'multilateral' are not counts.",
  "'over the last several days' and 'in the days ahead' are vague and not events.",
  "The six list items name leaders Austin met; they do not act in the text and are not listed as actors.",
  "second reading: every quote, figure, event date (weekdays recomputed from published) and actor checked against the text; no change.",
 ],
}
