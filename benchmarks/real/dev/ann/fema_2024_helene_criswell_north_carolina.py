ANN = {
 "article": "articles/fema_2024_helene_criswell_north_carolina.txt",
 "gold_out": "gold/fema_2024_helene_criswell_north_carolina.json",
 "published": "2024-10-01",
 "quotes": [],
 "figures": [
  {"text": "three", "value": 3, "counted": "ways to apply for FEMA disaster assistance", "ctx": "apply in three ways"},
  {"text": "24", "value": 24, "unit": "hours", "counted": "daily working hours of power restoration crews", "ctx": "working 24-hours a day"},
 ],
 "events": [],
 "actors": [
  {"name": "Deanne Criswell", "type": "person", "aliases": ["FEMA Administrator Deanne Criswell", "The Administrator", "Administrator Criswell"]},
  {"name": "FEMA", "type": "organisation", "aliases": ["FEMA"]},
  {"name": "Joseph R. Biden", "type": "person", "aliases": ["President Joseph R. Biden", "President Biden"]},
  {"name": "Roy Cooper", "type": "person", "aliases": ["Governor Roy Cooper"]},
 ],
 "notes": [
  "FEMA press release of 1 October 2024 on Hurricane Helene; story helene_2024 (with three DoD items). It states no quantity that the DoD items also state, so it carries no quantity keys.",
  "No quotes and no dated events: 'in the coming days' is vague; 'until the situation has stabilized' is not a date.",
  "Deliberately excluded number tokens: the phone number '1-800-621-3362' (a designation, not a count).",
  "'24' in '24-hours a day' is a duration (unit hours, the glued unit as in '47-year-old'); 'a day' is a rate, not a figure.",
  "Figures are stated by the release itself without a named claimant, so source is null.",
  "Headline supplied from the release title (not in the stored copy); it holds no quote, figure or date.",
  "second reading: every quote, figure, event date (weekdays recomputed from published) and actor checked against the text; no change.",
 ],
}
