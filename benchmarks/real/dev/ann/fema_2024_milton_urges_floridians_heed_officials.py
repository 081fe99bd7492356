DC = "Deanne Criswell"
ANN = {
 "article": "articles/fema_2024_milton_urges_floridians_heed_officials.txt",
 "gold_out": "gold/fema_2024_milton_urges_floridians_heed_officials.json",
 "published": "2024-10-10",
 "quotes": [
  {"text": "Because of President Biden's swift approval of the pre-landfall emergency declaration, we were able to deploy some of our search and rescue teams to help in those counties that were impacted by the tornados", "speaker": DC, "speaker_mention": "FEMA Administrator Deanne Criswell", "fragment": False,
   "note": "attribution after the quote ('...,\" said FEMA Administrator Deanne Criswell.'); the trailing comma is dropped"},
  {"text": "We have over 1,000 federal responders that have been in the state supporting the response and recovery efforts, and not just from Helene, but also the recovery efforts from Ian, Idalia and Debby. Once we know more about the impacts of Milton, we can move in more resources to support them at the state's request.", "speaker": DC, "speaker_mention": "FEMA Administrator Deanne Criswell", "fragment": False,
   "note": "the quotation continues after the attribution of the first part: a second quote of the same speaker, named in the sentence before"},
 ],
 "figures": [
  {"text": "1,000", "value": 1000, "unit": None, "counted": "federal responders in the state (Florida) supporting response and recovery", "source": DC, "approx": "more than",
   "note": "inside Criswell's quotation ('We have over 1,000 federal responders that have been in the state'): she claims it; 'over' -> more than. Responders in Florida for Helene, Ian, Idalia and Debby recovery before Milton; no other item of the set counts the same group, so no key"},
  {"text": "24", "value": 24, "unit": "hours", "counted": "hour operations of both coordination centers", "source": None, "approx": None,
   "note": "'activated on 24-hour operations': a duration glued to 'hour' (as '47' in '47-year-old'); the release's voice"},
 ],
 "events": [
  {"actor": None, "date": "2024-10-10", "date_text": "today", "what": "the joint federal and state emergency response and damage assessments are underway",
   "note": "'The joint federal and state emergency response and damage assessments are underway today ...': a state ('are underway') of activities whose doers are only described as 'federal and state', no named agent: null"},
 ],
 "actors": [
  {"name": DC, "type": "person", "aliases": ["FEMA Administrator Deanne Criswell", "FEMA Administrator Criswell"]},
  {"name": "FEMA", "type": "organisation", "aliases": ["FEMA"]},
  {"name": "Joe Biden", "type": "person", "aliases": ["President Biden"]},
 ],
 "notes": [
  "FEMA press release of Thursday 10 October 2024, the day after Hurricane Milton's landfall, kept from publicnow.com's distribution (see meta edits); story helene_2024 (DOD and FEMA items on hurricanes Helene and Milton, 2024) with the FEMA release of 8 November 2024 on $2.1 billion approved for Florida (fema_2024_milton_2_1_billion_approved_florida).",
  "Quotes: Criswell's statement in two parts around 'said FEMA Administrator Deanne Criswell'; the second part has no attribution of its own (speaker named a sentence before).",
  "Figures: 'over 1,000 federal responders' (Criswell's claim, inside her quote) and '24-hour' (duration). No cross-item key: the 8 November release counts money, not responders, and the Guard counts of the DOD items are another group. Not figures: 'Region 4' (designation), 'Several' (vague determiner, not a number word), 'pre-landfall'.",
  "Events: one, 'today' (2024-10-10), a state with no agent. Not events: 'in the Aftermath of Hurricane Milton' and 'immediately after the storm' (relative to the storm, no date expression), 'once we know more' (vague).",
  "Actors: Criswell ('FEMA Administrator Deanne Criswell', 'FEMA Administrator Criswell'), FEMA (acts: 'FEMA encourages'), Joe Biden ('President Biden's swift approval', inside the quote). Helene, Ian, Idalia, Debby and Milton are storms, not actors.",
  "second reading (annotator): the whole item re-read once against FORMAT.md sections 1-2; checked the straight quote marks of this copy, that the second quote keeps its final '.', 'over' -> more than, and every alias an exact substring; no change.",
 ],
}
