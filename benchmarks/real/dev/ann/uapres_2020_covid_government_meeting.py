ZEL = "Volodymyr Zelenskyy"
ANN = {
 "article": "articles/uapres_2020_covid_government_meeting.txt",
 "gold_out": "gold/uapres_2020_covid_government_meeting.json",
 "published": "2020-03-29",
 "quotes": [
  {"text": "The second plane has delivered personal protective means, disinfection means, and the necessary medical equipment. Manufacturers have enormous queues for things needed to overcome the infection. But the Ukrainian government enjoys the priority, so we don't have to wait for procurement for weeks. Next week, we expect the arrival of several more aircrafts",
   "speaker": ZEL, "speaker_mention": "Volodymyr Zelenskyy"},
  {"text": "Every pharmacy must have masks. And not with prices increased ten times, but with normal, affordable ones. And it is important that our doctors are protected, because today they are virtually on the frontline. National guards and our military must be protected as well",
   "speaker": ZEL, "speaker_mention": "the Head of State"},
 ],
 "figures": [
  {"text": "ten", "ctx": "increased ten times", "value": 10, "unit": None, "counted": "times prices increased", "source": ZEL, "approx": None,
   "note": "a multiplier ('prices increased ten times') inside Zelenskyy's quote"},
 ],
 "events": [
  {"actor": ZEL, "date": "2020-03-29", "date_text": "On Sunday", "what": "convened traditional meeting on coronavirus",
   "note": "published on Sunday 29 March 2020: the same day"},
  {"actor": "Cabinet of Ministers of Ukraine", "date": "2020-03-30/2020-04-05", "date_text": "Next week", "what": "expects arrival of several more aircraft",
   "note": "inside Zelenskyy's quote; 'we' = 'the Ukrainian government' of the previous sentence; the ISO week after the publication week"},
 ],
 "actors": [
  {"name": ZEL, "type": "person", "aliases": ["President of Ukraine Volodymyr Zelenskyy", "Volodymyr Zelenskyy", "The President", "the Head of State"]},
  {"name": "Cabinet of Ministers of Ukraine", "type": "organisation", "aliases": ["the Cabinet of Ministers", "the Government", "the Ukrainian government"]},
  {"name": "General Staff of the Armed Forces of Ukraine", "type": "organisation", "aliases": ["the General Staff"]},
  {"name": "National Security and Defense Council of Ukraine", "type": "organisation", "aliases": ["the NSDC"]},
 ],
 "notes": [
  "Readout of the press service. Two quotes, both by Zelenskyy ('Volodymyr Zelenskyy said', 'the Head of State emphasized'); 'The President' in the paragraph between them is also Zelenskyy.",
  "'today they are virtually on the frontline' is 'today' inside a quote (and means 'nowadays'): left out. 'for weeks' has no number and is not a figure.",
  "'several more aircrafts' is vague and not a number word: not annotated as a figure. 'The second plane' is an ordinal. 'COVID-19' (twice) is a designation, not a figure.",
  "Story ukraine_covid_supplies_2020 is shared with the video address of the same evening (uapres_2020_covid_second_plane_address), which gives the second plane's cargo in numbers; this readout gives none, so no quantity keys.",
  "second reading: added ctx for 'ten' ('attended' also contains it); both speakers, the Sunday date and the next-week interval 2020-03-30/2020-04-05 checked.",
 ],
}
