M = "Dmitry Medvedev"
K = "russia_wildfires_2010:"
ANN = {
 "article": "articles/kremlin_2010_medvedev_wildfire_address.txt",
 "gold_out": "gold/kremlin_2010_medvedev_wildfire_address.json",
 "published": "2010-08-02",
 "quotes": [],
 "figures": [
  {"quantity": K + "regions_with_fires_aug2", "text": "14", "value": 14, "unit": None, "counted": "of our country’s regions where fires are blazing", "source": M, "approx": None,
   "note": "'Fires are blazing today in 14 of our country’s regions': the address is Medvedev's words (speaker label, no quote marks), so he is the claimant"},
  {"quantity": K + "homeless", "text": "two thousand", "value": 2000, "unit": None, "counted": "of our fellow citizens left homeless by the fires", "source": M, "approx": "more than",
   "note": "'The fires have left more than two thousand of our fellow citizens homeless': 'more than' -> more than; Medvedev's claim (RT's translation of the same address says 'more than 2,000 people')"},
 ],
 "events": [],
 "actors": [
  {"name": M, "type": "person", "aliases": ["President of Russia Dmitry Medvedev"]},
  {"name": "Emergency Situations Ministry", "type": "organisation", "aliases": ["The Emergency Situations Ministry"]},
  {"name": "Defence Ministry", "type": "organisation", "aliases": ["the Defence Ministry"]},
 ],
 "notes": [
  "Kremlin text of President Dmitry Medvedev's televised address on the wildfires of Monday 2 August 2010 (date inferred, see meta), the day he declared a state of emergency in seven regions; story russia_wildfires_2010 with wn_2010_russia_wildfires_moscow_smoke (7 August), gv_2010_russia_wildfires_bloggers (18 August) and kremlin_2010_wildfire_rebuilding_meeting (13 October) in dev. Its two figures get keys of the story; no other item of the story states the same quantities.",
  "Address convention of kremlin items: speech marked by the speaker label 'President of Russia Dmitry Medvedev:', no quote marks, so no quotes and the figures are claimed by the speaker.",
  "Figures: '14' regions on fire and 'more than two thousand' citizens homeless, both Medvedev's. Not figures: 'several of our country’s regions', 'several regions', 'a single match' (an idiom, not a count), 'many children', 'Many families'.",
  "No events: both date expressions are bare 'today' in the speaker's own words ('Fires are blazing today', 'I signed an executive order today'), left out as 'today' inside speech, as in the other kremlin transcripts of dev (kremlin_2024_government_meeting_kursk_aug7, kremlin_2016_wildfire_relief_meeting). 'now' and 'as soon as possible' are vague.",
  "Actors: Medvedev (speaker label; 'I have instructed', 'I signed'); the Emergency Situations Ministry (which is 'taking all possible measures') and the Defence Ministry (instructed to join in the work) as described agencies with acts. 'other state institutions' and 'other law enforcement, security and defence agencies' are unspecific and not listed; the regions named are places.",
  "first reading (annotator): checked every number token ('14' and 'two thousand') and the two bare 'today' against FORMAT.md; the apostrophes in 'country’s' are curly as stored (the counted phrase copies them).",
 "second reading (checker): re-read the address as a whole: one speaker label, no quote marks; the claimant of both figures is the speaker (address convention), '14' plain count without hedge and 'more than two thousand' -> 2000, more than; the only date expressions are the two bare 'today' (Monday 2 August 2010, the published date), left out by the kremlin convention for speech, so no event is annotated even though 'I signed an executive order today' has an agent (Medvedev) - a reader who counts bare 'today' in an address, as the uapres addresses of dev do, would add that one event with actor Dmitry Medvedev; kept out for consistency with the kremlin items. Both readings agree otherwise; no change.",
 ],
}
