K = "java_quake_2006:"
M = "Arifin Muhadi"
SBY = "Susilo Bambang Yudhoyono"
ANN = {
 "article": "articles/voa_2006_java_quake_kills_3000.txt",
 "gold_out": "gold/voa_2006_java_quake_kills_3000.json",
 "published": "2006-05-27",
 "quotes": [
  {"text": "The communication lines still destroyed, so that's why it will be difficult", "speaker": M, "speaker_mention": "Muhadi", "fragment": False,
   "note": "first half of a quotation interrupted by 'Muhadi said.'; the comma before the closing mark is dropped; Muhadi is introduced two paragraphs up ('Arifin Muhadi, the head of disaster management for the Indonesian Red Cross')"},
  {"text": "We only use the SMS [text messaging] in the field. We're still in the process to compile data from the field.", "speaker": M, "speaker_mention": "Muhadi", "fragment": False,
   "note": "second half of the same quotation, after 'Muhadi said.'; the bracketed gloss is VOA's"},
 ],
 "figures": [
  {"quantity": K+"deaths", "text": "3,000", "value": 3000, "unit": None, "counted": "people killed by the earthquake", "source": None, "approx": "more than", "ctx": "Than 3,000",
   "note": "headline 'Kills More Than 3,000': VOA's voice. Same quake toll as the lead's 3,000, the 28 May item's 'more than 4,000', Wikinews's 'at least 5,427' and the 31 May item's 'More than 5,800'"},
  {"quantity": K+"deaths", "text": "3,000", "value": 3000, "unit": None, "counted": "people killed by the earthquake", "source": None, "approx": "more than", "ctx": "than 3,000 people",
   "note": "standfirst, VOA's voice"},
  {"quantity": K+"magnitude", "text": "6.2", "value": 6.2, "unit": None, "counted": "earthquake magnitude", "source": None, "approx": None,
   "note": "a measure, unit null (as in the dev quake items). The other items of the story give 6.3 (the USGS's revised magnitude): same quantity, values differ"},
 ],
 "events": [
  {"actor": None, "date": "2006-05-27", "date_text": "early Saturday morning", "what": "6.2 magnitude quake shook Yogyakarta",
   "note": "a natural event, no agent; Saturday of the report's own day (published Saturday 27 May 2006)"},
 ],
 "actors": [
  {"name": M, "type": "person", "aliases": ["Arifin Muhadi", "Muhadi"]},
  {"name": "Indonesian Red Cross", "type": "organisation", "aliases": ["the Indonesian Red Cross"]},
  {"name": SBY, "type": "person", "aliases": ["Indonesian President Susilo Bambang Yudhoyono", "Susilo Bambang Yudhoyono"]},
  {"name": "Indonesian meteorologists", "type": "group", "aliases": ["Local meteorologists"]},
 ],
 "notes": [
  "VOA report of Saturday 27 May 2006 (Kate Woodsome, VOA Asia News Center, Hong Kong), the day of the Yogyakarta earthquake. Story java_quake_2006 with wn_2006_java_quake_kills_thousands (Wikinews, dated 27 May), voa_2006_java_quake_rescuers_search (28 May) and voa_2006_java_quake_aid_obstacles (31 May).",
  "Keys across the story: java_quake_2006:deaths (3,000 twice here; 'more than 4,000' on 28 May; 'at least 5,427' Wikinews; 'More than 5,800' on 31 May; the vague 'thousands' of the Wikinews headline) and java_quake_2006:magnitude (6.2 here, 6.3 in the three others).",
  "Muhadi's paraphrased claims ('says local hospitals are overwhelmed', 'says the emergency teams cannot determine ...') carry no figure and no date. 'the army' is ordered by Yudhoyono and does not act in the text; 'the emergency teams' are the subject inside Muhadi's reported speech, not an actor of their own. The reporter Kate Woodsome is not an actor (broadcast line).",
  "Not annotated: 'for the past few weeks' (a duration without a number word, and no date); 'SMS' is not a number; 'has ordered' carries no date expression.",
  "Second careful read (annotator): text re-read against the stored copy line by line; both quote halves checked to sit between the straight marks with the comma dropped from the first; 'early Saturday morning' checked to be 27 May 2006 (datetime); no change after the reading.",
 ],
}
