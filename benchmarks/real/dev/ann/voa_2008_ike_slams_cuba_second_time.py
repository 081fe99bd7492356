K = "hurricane_ike_caribbean_2008:"
CO = "Cuban officials"
SM = "Cuban state media"
MW = "Marc Wachtenheim"
ANN = {
 "article": "articles/voa_2008_ike_slams_cuba_second_time.txt",
 "gold_out": "gold/voa_2008_ike_slams_cuba_second_time.json",
 "published": "2008-09-09",
 "quotes": [
  {"text": "There is tremendous damage in the eastern part of the island from Ike. That compounds the earlier damage that took place in the western part of the country. So homes with no roofs, families displaced by the thousands, lack of food. It is actually quite dire", "speaker": MW, "speaker_mention": "Marc Wachtenheim, director of the Cuba Development Initiative at the Pan American Development Foundation based in Washington",
   "note": "the speaker is named only after the quote ('... quite dire,\" said Marc Wachtenheim, director of ...'); the sentence before it speaks of 'International aid groups', not the speaker; trailing comma dropped"},
 ],
 "figures": [
  {"text": "scores", "ctx": "scores of people", "value": None, "vague": True, "unit": None, "counted": "people left without power in Cuba", "source": None, "approx": None,
   "note": "'knocked out power for scores of people in Cuba': VOA's own voice in the standfirst"},
  {"text": "four", "value": 4, "unit": None, "counted": "people killed by the storm in Cuba", "source": CO, "approx": None,
   "note": "'Cuban officials say four people were killed by the storm'"},
  {"text": "70", "value": 70, "unit": None, "counted": "deaths in Haiti blamed on the storm", "source": None, "approx": "at least",
   "note": "'the storm, which also is blamed for at least 70 deaths in Haiti': a non-restrictive relative clause of VOA's, giving Haiti's toll; Cuban officials are not read as claiming Haiti's deaths (source null). No key: voa_2008_ike_hits_haiti_cuba's 57 counts deaths north of the capital only"},
  {"text": "120", "value": 120, "unit": "km/h", "counted": "winds", "source": None, "approx": "up to",
   "note": "'winds of up to 120 kilometers per hour': speed, unit km/h; text the number only, as FORMAT.md's '12 miles' -> '12'"},
  {"text": "24", "value": 24, "unit": "hours", "counted": "hours over which the storm weakened", "source": None, "approx": None,
   "note": "'The storm weakened over the past 24 hours': a duration (a figure, not an event)"},
  {"text": "scores", "ctx": "scores of buildings", "value": None, "vague": True, "unit": None, "counted": "buildings destroyed in Baracoa and Camaguey", "source": None, "approx": None,
   "note": "'Ike flooded streets and destroyed scores of buildings in the eastern towns of Baracoa and Camaguey': VOA's own voice"},
  {"text": "One", "value": 1, "unit": "days", "counted": "day between Ike's flooding of Baracoa and Camaguey and Tuesday", "source": None, "approx": None,
   "note": "'One day earlier': the interval in the date expression is also a duration figure, as 'four' in 'four days after' (voa_2014_mh17_black_boxes_handed_over)"},
  {"quantity": K+"cuba_evacuated", "text": "one million", "value": 1000000, "unit": None, "counted": "people evacuated from vulnerable areas in Cuba", "source": SM, "approx": "more than",
   "note": "'Cuban state media reported more than one million people were evacuated': same quantity as 'nearly one million' evacuated (Cuban officials) in voa_2008_ike_hits_haiti_cuba of 8 September"},
  {"text": "thousands", "value": None, "vague": True, "unit": None, "counted": "families displaced", "source": MW, "approx": None,
   "note": "'families displaced by the thousands', inside Wachtenheim's quote, so he claims it"},
 ],
 "events": [
  {"actor": None, "date": "2008-09-09", "date_text": "Tuesday", "what": "Ike continued its path across Cuba, with heavy rains and winds",
   "note": "'Hurricane Ike continued its path across Cuba Tuesday': the subject is a storm (weather, no agent) -> null; Tuesday = the publication day"},
  {"actor": None, "date": "2008-09-08", "date_text": "One day earlier", "what": "Ike flooded streets and destroyed scores of buildings in Baracoa and Camaguey",
   "note": "'One day earlier, Ike flooded streets and destroyed ...': one day before the Tuesday of the paragraph = Monday 8 September; the subject is a storm (weather) -> null"},
 ],
 "actors": [
  {"name": CO, "type": "organisation", "aliases": ["Cuban officials"]},
  {"name": SM, "type": "organisation", "aliases": ["Cuban state media"]},
  {"name": "International aid groups", "type": "group", "aliases": ["International aid groups"]},
  {"name": MW, "type": "person", "aliases": ["Marc Wachtenheim", "Wachtenheim", "Marc Wachtenheim, director of the Cuba Development Initiative at the Pan American Development Foundation based in Washington"]},
 ],
 "notes": [
  "VOA report by Brian Wagner of Tuesday 9 September 2008 (date from the address), as Hurricane Ike crossed western Cuba on its second day over the island; story hurricane_ike_caribbean_2008 with voa_2008_ike_hits_haiti_cuba (Monday 8 September).",
  "Key shared across the story: " + K + "cuba_evacuated ('more than one million' evacuated, Cuban state media, here; 'nearly one million', Cuban officials, 8 September). Not keyed: the four killed in Cuba (no partner), the 'at least 70 deaths in Haiti' (the 8 September item's 57 are deaths north of the capital only).",
  "Quotes: one, by Marc Wachtenheim, named only after the quote with a long title. 'Wachtenheim says immediate needs include ...' and 'he says his group also plans ...' are reported speech (no quote marks).",
  "Claimants: four deaths in Cuba (Cuban officials), over a million evacuated (Cuban state media), 'by the thousands' (Wachtenheim, inside his quote). The 70 Haiti deaths are in a relative clause about the storm ('which also is blamed for'), read as VOA's voice (null); scores of people without power, scores of buildings, the 120 km/h winds and the 24 hours are VOA's voice.",
  "Events: 'Tuesday' (9 Sept) and 'One day earlier' (8 Sept), both with a storm as subject (actor null). Left out: 'over the past 24 hours' (a duration, annotated as a figure), 'In coming weeks' (vague future), 'for a second day' (ordinal, no date).",
  "Figures also include 'One' of 'One day earlier' (a one-day interval, unit days, as 'four days after' in other items). Not figures: 'a Second Time' and 'a second day' (ordinals), 'the earlier damage' (no number).",
  "Actors: Cuban officials, Cuban state media, International aid groups ('said they were beginning to receive damage assessments'), Marc Wachtenheim. The Cuba Development Initiative and the Pan American Development Foundation appear only inside Wachtenheim's title ('his group' is a pronoun phrase), so not listed separately; Ike is a storm; VOA's Brian Wagner is the reporter (not an actor).",
  "Second careful read by the annotator: the whole item re-read once against FORMAT.md sections 1-2 and the search copy of the stored page: text identical after the listed edits (furniture, the cut last paragraph on Haiti dropped); the quote span checked (trailing comma dropped); 'up to' -> up to, 'more than' and 'at least' kept; 9 September 2008 was a Tuesday; every alias checked as an exact substring.",
 ],
}
