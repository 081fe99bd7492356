K = "west_bengal_derailment_2010:"
MB = "Mamata Bannerjee"
VS = "Vivek Sahay"
BS = "Bhupinder Singh"
DR = "Gyaneshwari Express driver"
ANN = {
 "article": "articles/wn_2010_west_bengal_derailment_65_dead.txt",
 "gold_out": "gold/wn_2010_west_bengal_derailment_65_dead.json",
 "published": "2010-05-28",
 "quotes": [
  {"text": "definitely sabotage", "speaker": MB, "speaker_mention": "her", "fragment": True,
   "note": "'According to her, there was \"definitely sabotage\"': a phrase of the minister's inside reported speech; 'her' = Mamata Bannerjee, named in the sentence before"},
  {"text": "From whatever I have been told the apprehension is the Maoists were involved", "speaker": MB, "speaker_mention": "she",
   "note": "'..., she added': 'she' = Mamata Bannerjee, named two sentences before; trailing comma dropped"},
  {"text": "The driver heard a loud noise which indicates there could be a blast. A detail investigation will reveal more, but definitely there was lot of tinkering done to the tracks",
   "speaker": VS, "speaker_mention": "a senior railway official, Vivek Sahay",
   "note": "attribution after the quote ('..., a senior railway official, Vivek Sahay, said.'); trailing comma dropped; 'detail' and 'lot of' as printed"},
 ],
 "figures": [
  {"quantity": K+"deaths", "text": "65", "ctx": "At least 65 dead", "value": 65, "unit": None, "counted": "dead after train derailment", "source": None, "approx": "at least",
   "note": "headline, Wikinews' own voice; the same toll as the body's 'At least 65 people were killed'. VOA of the same day gives 'at least 65', VOA of 30 May 'more than 140' (same key)"},
  {"quantity": K+"deaths", "text": "65", "ctx": "At least 65 people", "value": 65, "unit": None, "counted": "people killed", "source": None, "approx": "at least",
   "note": "outlet's voice: the sentence names no claimant and the next sentence (on the rebels) claims no figure"},
  {"quantity": K+"injured", "text": "200", "value": 200, "unit": None, "counted": "injured", "source": None, "approx": "more than",
   "note": "'over 200 injured' -> more than; outlet's voice. VOA of the same day 'more than 100 injured', VOA of 30 May 'Hundreds of people were injured' (same key)"},
  {"quantity": K+"coaches_derailed", "text": "thirteen", "value": 13, "unit": None, "counted": "coaches derailed", "source": None, "approx": None,
   "note": "outlet's voice ('The train ... had thirteen coaches derailed'); the driver's 'as many as ten passenger coaches' in paragraph 4 states the same quantity differently (same key)"},
  {"text": "five", "ctx": "five of which", "value": 5, "unit": None, "counted": "coaches struck by a freight train", "source": None, "approx": None,
   "note": "'five of which were subsequently struck by a freight train': counts the struck coaches (partitive with a number, a count)"},
  {"quantity": K+"sardiha_distance_kolkata", "text": "90", "value": 90, "unit": "miles", "counted": "miles southwest of Kolkata", "source": None, "approx": "around",
   "note": "'about 90 miles (150 km)': about -> around; outlet's voice"},
  {"quantity": K+"sardiha_distance_kolkata", "text": "150", "value": 150, "unit": "km", "counted": "km southwest of Kolkata", "source": None, "approx": "around",
   "note": "conversion in parentheses of 'about 90 miles': same key and the same hedge (as in the dev items' conversions); text is the number only ('150 km' has a space)"},
  {"quantity": K+"coaches_derailed", "text": "ten", "value": 10, "unit": None, "counted": "passenger coaches derailed", "source": DR, "approx": "up to",
   "note": "'the driver said he had heard an explosion in the attack which derailed as many as ten passenger coaches': the relative clause sits inside the driver's reported speech and gives a count other than Wikinews' own 'thirteen', so it is read as the driver's; 'as many as' -> up to"},
 ],
 "events": [],
 "actors": [
  {"name": "Maoist rebels", "type": "group", "aliases": ["Suspected Maoist rebels", "Maoist rebels", "the Maoists"]},
  {"name": "West Bengal police", "type": "organisation", "aliases": ["Police officials", "policemen"]},
  {"name": BS, "type": "person", "aliases": ["Bhupinder Singh", "the head of police of the state", "Singh"]},
  {"name": DR, "type": "person", "aliases": ["the driver"]},
  {"name": MB, "type": "person", "aliases": ["Mamata Bannerjee", "The country's railways minister Mamata Bannerjee"]},
  {"name": VS, "type": "person", "aliases": ["Vivek Sahay", "a senior railway official, Vivek Sahay"]},
 ],
 "notes": [
  "Wikinews report of Friday 28 May 2010 on the derailment of the Gyaneshwari Express in West Midnapore, West Bengal, in the early hours of that day; story west_bengal_derailment_2010 with voa_2010_west_bengal_train_wreck_65 (VOA, 28 May) and voa_2010_west_bengal_train_toll_140 (VOA, Sunday 30 May).",
  "Keys shared across the story: " + K + "deaths ('At least 65' headline and body here; 'at least 65' in VOA of 28 May; 'Reaches 140' and 'more than 140' in VOA of 30 May), " + K + "injured ('over 200' here; 'more than 100' VOA 28 May; 'Hundreds' VOA 30 May). Within the item: " + K + "coaches_derailed (Wikinews' 'thirteen' against the driver's 'as many as ten') and " + K + "sardiha_distance_kolkata (90 miles = 150 km).",
  "No event: the page's date line ('Friday, May 28, 2010') was removed as furniture and the text prints no other date or time expression ('in the recent past' is vague). The paragraph with 'at around 1:30 a.m. local time' was cut in the stored copy and dropped.",
  "Quotes: the railways minister's fragment ('According to her') and sentence ('she added'), both attributed by pronoun; Vivek Sahay's two sentences with the attribution after. Not a quote: \"fish plates\" (a technical term in quote marks in the police officials' reported speech, not someone's words rendered as theirs).",
  "Actors: Bhupinder Singh speaks in reported speech ('said ... labeled this as an act of sabotage', 'Singh blamed the Maoists'); 'Police officials' and 'policemen' are the West Bengal police. 'some officials' and 'some unaffected passengers' (reported claims of a blast / no blast) are left out as unnamed, vague groups.",
  "Not figures: 'multiple attacks' (no number); 'one' does not occur. 'Howrah-Kurla Lokmanya Tilak Gyaneshwari Super Deluxe Express' is a name.",
  "Second careful read done by the annotator against FORMAT.md (sections 1-2): text re-compared with the stored copy (only the listed edits); quote marks and trailing commas checked; the driver's 'ten' kept as his claim after re-reading; no date expression left unannotated.",
 ],
}
