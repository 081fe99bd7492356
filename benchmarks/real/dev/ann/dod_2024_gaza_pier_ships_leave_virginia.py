R = "Pat Ryder"
US = "United States"
USAID = "USAID"
K = "gaza_pier_2024:"
ANN = {
 "article": "articles/dod_2024_gaza_pier_ships_leave_virginia.txt",
 "gold_out": "gold/dod_2024_gaza_pier_ships_leave_virginia.json",
 "published": "2024-03-12",
 "quotes": [
  {"text": "We expect the pier to be fully operational in approximately 60 days which will be able to facilitate the delivery of about 2 million meals per day", "speaker": R, "speaker_mention": "Ryder", "fragment": False,
   "note": "'\"We expect the pier ... per day,\" Ryder said.': straight marks as printed; the trailing comma before the closing mark is dropped. Ryder is named in full once in the lead ('Pentagon Press Secretary Air Force Maj. Gen. Pat Ryder said today') and then by surname"},
 ],
 "figures": [
  {"quantity": K+"days_to_operational", "text": "60", "value": 60, "unit": "days", "counted": "days until the pier is fully operational", "source": R, "approx": "around",
   "note": "inside Ryder's quote: 'fully operational in approximately 60 days'; 'approximately' -> around; the speaker claims it. Same key as the dev item of 8 March 2024 ('beginning delivery operations in approximately 60 days')"},
  {"quantity": K+"pier_meals_per_day_capacity", "text": "2 million", "value": 2000000, "unit": None, "counted": "meals per day the pier can deliver", "source": R, "approx": "around",
   "note": "inside Ryder's quote: 'the delivery of about 2 million meals per day'; 'about' -> around. Same key as 'up to 2,000,000 humanitarian aid meals per day' (the Pentagon, 8 March 2024) in the dev item of the story"},
 ],
 "events": [
  {"actor": R, "date": "2024-03-12", "date_text": "today", "what": "Ryder said Army ships are moving to the Eastern Mediterranean to build the pier",
   "note": "'U.S. Army ships are moving ..., Pentagon Press Secretary Air Force Maj. Gen. Pat Ryder said today': the date modifies 'said', whose subject is Ryder; 'today' = the date on the byline line, Tuesday 12 March 2024 (a narration 'today', not inside a quote)"},
 ],
 "actors": [
  {"name": R, "type": "person", "aliases": ["Pentagon Press Secretary Air Force Maj. Gen. Pat Ryder", "Ryder"]},
  {"name": US, "type": "country", "aliases": ["The United States"]},
  {"name": USAID, "type": "organisation", "aliases": ["the U.S. Agency for International Development"]},
 ],
 "notes": [
  "DOD News story by Jim Garamone of Tuesday 12 March 2024 (date from the removed byline line) on the Army vessels leaving Virginia to build the Gaza pier; story gaza_pier_2024, with the dev items dod_2024_gaza_pier_dod_to_construct (8 March), dod_2024_gaza_pier_army_unit_underway (12 March) and the later pier items. The Ukraine half of the headline is not in the stored opening.",
  "Cross-item keys: gaza_pier_2024:days_to_operational ('approximately 60 days', here Ryder's own words) and gaza_pier_2024:pier_meals_per_day_capacity ('about 2 million meals per day'), the same quantities the Pentagon gave on 8 March ('approximately 60 days', 'up to 2,000,000 ... meals per day').",
  "One quote, Ryder's, attributed by surname after the full name in the lead. The dropped last paragraph (cut mid-sentence) held Ryder's account of the day's airdrop; nothing of it is annotated.",
  "Actors: the United States (is air-dropping food) and USAID (is working to open land routes) act without a date; 'U.S. Army ships' and 'The ships' are vessels, not listed. Not figures: 'roll-on, roll-off', 'ship-to-shore' (no number). Not events: 'in approximately 60 days' (a span inside the quote, as in the dev item of 8 March).",
  "first reading by the annotator: items above, checked against FORMAT.md sections 1-2.",
  "second reading (checker): re-read the four lines: speaker 'Ryder' -> Pat Ryder (named in full in the lead), both figures inside his quote so claimed by him, hedges 'approximately'/'about' -> around, 'today' = 12 March 2024 from the byline line, actor of 'said' = Ryder; keys checked against the dev ann of dod_2024_gaza_pier_dod_to_construct; no change.",
 ],
}
