K = "kandahar_prison_break_2008:"
T = "Taliban"
TS = "Taliban spokesman"
H = "Mohammad Qasim Hashimzai"
AO = "Afghan officials"
ANN = {
 "article": "articles/voa_2008_kandahar_manhunt_recapture_prisoners.txt",
 "gold_out": "gold/voa_2008_kandahar_manhunt_recapture_prisoners.json",
 "published": "2008-06-14",
 "quotes": [
  {"text": "Now when this happened, and of course there were somecasualties in the beginning and of course when the ISAF forces and thegovernment forces were informed about that, they blocked the roadsleading to the prison, and outside of it, and other main roadssearching the vehicles to see if they can re-capture those who managedto escape",
   "speaker": H, "speaker_mention": "he", "fragment": False,
   "note": "'..., he said.': the pronoun refers back to Deputy Justice Minister Hashimzai, named in the paragraph before (reported speech 'says that ...'); trailing comma before the closing mark dropped; run-together words kept as printed"},
 ],
 "figures": [
  {"quantity": K+"escaped", "text": "hundreds", "value": None, "vague": True, "unit": None, "counted": "prisoners who escaped the central prison", "source": None, "approx": None, "ctx": "recapturehundreds",
   "note": "'recapturehundreds' (run together in the reprint); outlet's voice. Same quantity as Wikinews' 'about 1,000 prisoners escaped' and VOA 17 June's 'freed hundreds of inmates'"},
  {"text": "four", "value": 4, "unit": None, "counted": "soldiers from the US-led coalition dead", "source": "U.S. military officials", "approx": None, "ctx": "foursoldiers",
   "note": "'U.S military officials say that a roadside bomb explosion left foursoldiers ... dead': a separate incident in western Afghanistan"},
  {"quantity": K+"attackers_insurgents", "text": "30", "value": 30, "unit": None, "counted": "insurgents who took part in the attack", "source": TS, "approx": None, "ctx": "30insurgents",
   "note": "'A Taliban spokesmantold reporters ... that 30insurgents and two suicide bombers took part'; Wikinews has 'roughly 30 other militants' besides the two bombers (same key)"},
  {"quantity": K+"suicide_bombers", "text": "two", "value": 2, "unit": None, "counted": "suicide bombers who took part in the attack", "source": TS, "approx": None, "ctx": "two suicide bombers",
   "note": "same reported-speech clause as the 30 insurgents; Wikinews 'two suicide bombers' shares the key"},
  {"quantity": K+"guards_killed", "text": "15", "value": 15, "unit": None, "counted": "security guards killed instantly by the explosions", "source": None, "approx": "at least",
   "note": "'The powerful explosions are said to haveinstantly killed at least 15 security guards': passive 'are said' with no claimant, so null. Wikinews '15 guards were killed' shares the key"},
  {"quantity": K+"inmates_held", "text": "1,200", "value": 1200, "unit": None, "counted": "prisoners in the prison before the attack", "source": AO, "approx": "around", "ctx": "nearly1,200",
   "note": "'Afghan officials say that there were nearly1,200 prisoners ... beforethe attack': 'nearly' = around (run together with the number in the reprint). Prisoners held, not prisoners who escaped (that is K+'escaped')"},
  {"quantity": K+"taliban_inmates", "text": "400", "value": 400, "unit": None, "counted": "suspected Taliban militants among the prisoners", "source": AO, "approx": "up to",
   "note": "'including up to 400 suspected Taliban militants', same 'Afghan officials say' clause"},
 ],
 "events": [
  {"actor": T, "date": "2008-06-13", "date_text": "on Friday night", "what": "raid on the central prison in Kandahar",
   "note": "'after a raid byTaliban insurgents on Friday night': the expression follows and dates the noun 'raid', whose by-agent is the Taliban insurgents ('byTaliban' run together in the reprint). Friday before the Saturday 14 June report = 13 June 2008"},
  {"actor": T, "date": "2008-06-13", "date_text": "Friday night", "what": "attack on the prison in Kandahar", "ctx": "the Friday night attackon",
   "note": "date on the noun 'attack' ('the Friday night attackon the prison'); the item names the agent: the raid 'byTaliban insurgents' of the first paragraph, and the Taliban spokesman says Taliban insurgents and bombers took part"},
 ],
 "actors": [
  {"name": T, "type": "organisation", "aliases": ["Taliban insurgents", "Taliban militants"]},
  {"name": TS, "type": "person", "aliases": ["A Taliban spokesman"]},
  {"name": H, "type": "person", "aliases": ["Mohammad Qasim Hashimzai", "Deputy Justice Minister Mohammad Qasim Hashimzai"]},
  {"name": AO, "type": "group", "aliases": ["Afghan officials"]},
  {"name": "U.S. military officials", "type": "group", "aliases": ["U.S military officials"]},
  {"name": "Afghan and foreign troops", "type": "group", "aliases": ["Afghan and foreign troops"]},
  {"name": "Afghan authorities", "type": "group", "aliases": ["Authorities"]},
  {"name": "ISAF", "type": "organisation", "aliases": ["ISAF forces"]},
  {"name": "Afghan government forces", "type": "organisation", "aliases": ["government forces"]},
 ],
 "notes": [
  "VOA report by Ayaz Gul (Islamabad) of Saturday 14 June 2008, kept from testbig.com's word-for-word reprint of VOA copy, on the Taliban raid on Kandahar's Sarposa prison on Friday night 13 June 2008; story kandahar_prison_break_2008 with wn_2008_kandahar_prisoners_escape_jail (13 June) and voa_2008_arghandab_families_flee_taliban_villages (17 June).",
  "The reprint lost line breaks inside paragraphs, so many words are run together ('recapturehundreds', 'spokesmantold', '30insurgents', 'nearly1,200'); the text is kept as printed and figure spans are the number only ('four' in 'foursoldiers', '30' in '30insurgents').",
  "Quantity keys across the story: K+'escaped' (hundreds here; about 1,000 Wikinews; hundreds 17 June), K+'guards_killed' (at least 15 here, 15 Wikinews), K+'attackers_insurgents' (30, Taliban spokesman; roughly 30 other militants, Wikinews), K+'suicide_bombers' (two, both items). K+'inmates_held' (nearly 1,200 before the attack) and K+'taliban_inmates' (up to 400) occur only here.",
  "One quote: Hashimzai's, attributed by 'he said' after the paragraph that names him. 'A Taliban spokesman', 'Afghan officials' and 'U.S military officials' claim figures; the 15 guards killed 'are said' to have died (no claimant).",
  "Not events: 'beforethe attack', 'in the beginning' (no date). 'another suicide bomber' is not a figure. Actors: 'Afghan and foreign troops' launched the manhunt (undated), 'Authorities' say an investigation is under way, ISAF and government forces blocked roads (in Hashimzai's quote). Ayaz Gul is the reporter and does not act in the story: not an actor.",
  "second reading: re-read the whole item against FORMAT.md sections 1-2: checked every number token (hundreds, four, 30, two, 15, 1,200, 400), the one quote span and its trailing comma, both 'Friday night' expressions (13 June 2008, actor Taliban) and that every source/actor is a listed actor.",
 ],
}
