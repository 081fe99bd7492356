ANN = {
 "article": "articles/dod_2020_covid_town_hall.txt",
 "gold_out": "gold/dod_2020_covid_town_hall.json",
 "published": "2020-04-09",
 "quotes": [
  {"text": "[DOD is] also working to develop therapeutics to help us get through this crisis as quickly as possible, and on top of that, we continue to maintain our top mission, which is making sure the United States remains safe and secure", "speaker": "Mark T. Esper", "speaker_mention": "Esper"},
  {"text": "We see some light at the end of the tunnel, but we're far from being out of the woods. … I urge you to follow the president of the United States' 30-day plan and [the Centers for Disease Control and Prevention] guidance to help reduce the spread of the virus", "speaker": "Mark T. Esper", "speaker_mention": "the secretary"},
  {"text": "Many of our adversaries … are trying to exploit this crisis", "speaker": "Mark T. Esper", "speaker_mention": "Esper"},
  {"text": "So it's important that we maintain readiness by full faith and confidence in our commanders.", "speaker": "Mark T. Esper", "speaker_mention": "Esper",
   "note": "continuation after the attribution 'Esper said.'"},
 ],
 "figures": [
  {"text": "three", "value": 3, "counted": "priorities for the department's COVID-19 response", "source": "Mark T. Esper"},
  {"text": "30", "value": 30, "unit": "days", "counted": "length of the president's coronavirus plan", "source": "Mark T. Esper", "ctx": "30-day plan"},
 ],
 "events": [
  {"actor": "Mark A. Milley and Ramón Colón-López", "date": "2020-04-09", "date_text": "today", "what": "joined Esper at virtual town hall",
   "note": "passive 'was joined today by X': the agents are Milley and Colón-López"},
 ],
 "actors": [
  {"name": "Mark T. Esper", "type": "person", "aliases": ["Defense Secretary Dr. Mark T. Esper", "Esper", "The secretary", "the secretary"]},
  {"name": "Mark A. Milley", "type": "person", "aliases": ["Army Gen. Mark A. Milley"]},
  {"name": "Ramón Colón-López", "type": "person", "aliases": ["Ramón \"CZ\" Colón-López"]},
  {"name": "Defense Department", "type": "organisation", "aliases": ["The Defense Department", "DOD"]},
  {"name": "Centers for Disease Control and Prevention", "type": "organisation", "aliases": ["The CDC", "the Centers for Disease Control and Prevention"]},
 ],
 "notes": [
  "DOD News story on the Pentagon's virtual COVID-19 town hall of Thursday 9 April 2020; story dod_covid_town_hall_2020. Quote-heavy: four quotes, all Esper's, attributed as 'Esper', 'the secretary', and a quote split by 'Esper said.'",
  "\"CZ\" is a nickname in quote marks, not a quote.",
  "Quotes contain editorial brackets ('[DOD is]', '[the Centers for Disease Control and Prevention]') and an ellipsis '…'; they are kept inside the quote text.",
  "Deliberately excluded number tokens: '19' in 'COVID-19' (disease name).",
  "'30-day plan': '30' is a duration (unit days) inside Esper's quote.",
  "'recently' (CDC guidance) and 'immediately' are vague and not events.",
  "Published date: the stored copy prints no date; the town hall ('joined today') was on Thursday 9 April 2020 (reported that day by the Association of Defense Communities as Esper's Thursday video town hall).",
  "second reading: every quote, figure, event date (weekdays recomputed from published) and actor checked against the text; no change.",
 ],
}
