HC = "Hillary Clinton"
ANN = {
 "article": "articles/voa_2012_clinton_condemns_peshawar_consulate_attack.txt",
 "gold_out": "gold/voa_2012_clinton_condemns_peshawar_consulate_attack.json",
 "published": "2012-09-03",
 "quotes": [
  {"text": "cowardly act of suicide bombing and terrorism.", "speaker": HC, "speaker_mention": "she", "fragment": True,
   "note": "'deploring what she called a \"cowardly act of suicide bombing and terrorism.\"': a phrase of Clinton's inside the outlet's report ('what she called'); final '.' inside the marks kept"},
  {"text": "It appears that a van filled with both American and Pakistani personnel, as well as locally-employed staff at the embassy site, were targeted by a suicide bomber who drove a vehicle into this van with the consequence that there were injuries to both Pakistanis and Americans in the van and on the ground", "speaker": HC, "speaker_mention": "she",
   "note": "own paragraph, attribution 'she said' after it ('she' = Clinton, named in the paragraph before); trailing comma dropped"},
  {"text": "We appreciate the support we are getting from Pakistani law enforcement and government personnel", "speaker": HC, "speaker_mention": "Clinton",
   "note": "'\"...,\" said Clinton.': trailing comma dropped"},
  {"text": "appropriately", "speaker": HC, "speaker_mention": "She", "fragment": True,
   "note": "'She says Pakistani authorities responded \"appropriately\" to the attack': one word of Clinton's inside her reported speech, not a scare quote"},
  {"text": "It is deeply regrettable that there are those who pursue political goals through terrorism", "speaker": HC, "speaker_mention": "she",
   "note": "first part of the last paragraph's quotation, interrupted by 'she said' (so two quotes); trailing comma dropped; 'she' = Clinton (named in the paragraph before: 'Clinton spoke to reporters in Jakarta')"},
  {"text": "That is what is so important about a democracy like Indonesia. In as big a country with as diverse a population as Indonesia has, people have an outlet. They can compete in the political process. They can put their ideas forward. They can ask for the votes of their fellow citizens. And in the 21st century, that is what we should all be doing.", "speaker": HC, "speaker_mention": "she",
   "note": "second part after the attribution 'she said.'; no attribution of its own, the speaker is the one just named; final '.' kept"},
 ],
 "figures": [
  {"text": "19", "value": 19, "unit": None, "counted": "people injured by the blast in Peshawar", "source": None, "approx": None,
   "note": "'The blast injured 19 people in a crowded part of Peshawar known as University Town': no attribution in the sentence; the next sentence ('Clinton says she is praying ...') claims no number -> outlet's voice"},
 ],
 "events": [],
 "actors": [
  {"name": HC, "type": "person", "aliases": ["U.S. Secretary of State Hillary Clinton", "Clinton"]},
  {"name": "suicide bomber", "type": "person", "aliases": ["a suicide bomber"]},
  {"name": "Pakistani authorities", "type": "organisation", "aliases": ["Pakistani authorities"]},
 ],
 "notes": [
  "VOA report of Monday 3 September 2012 (date inferred from the removed photo caption, see meta) from Jakarta on Secretary Clinton's condemnation of the suicide bombing of a US consulate van in Peshawar's University Town; story peshawar_consulate_van_bombing_2012 (the only item of the story in this folder).",
  "Quotes: six, all Clinton's: two fragments ('cowardly act of suicide bombing and terrorism.' after 'what she called'; 'appropriately' inside 'She says Pakistani authorities responded ...') and four full quotes; the last paragraph's quotation is interrupted by 'she said' and so is two quotes. Speaker mentions are the nearest attribution ('she', 'Clinton', 'She').",
  "Figures: '19' people injured, outlet's voice. Not figures: '21st' (ordinal, inside a quote), 'both', 'several international organizations', 'some of whom' (no number).",
  "Events: none. The text has no date expression of FORMAT.md: 'JAKARTA, Indonesia —' is a dateline (left out), 'at this time' is a vague present ('she has no information at this time'), and 'in the 21st century' (inside Clinton's quote) is an era, not a day, month or year.",
  "Actors: Clinton ('U.S. Secretary of State Hillary Clinton', 'Clinton'), the suicide bomber who drove a vehicle into the van (inside Clinton's quote; undated), Pakistani authorities (responded, per Clinton). Not listed: Foreign Minister Marty Natalegawa (only the partner of talks in the kept text; the dropped last paragraph had him act), reporters (receive words), the Americans and Pakistanis injured (do not act), 'those who pursue political goals through terrorism' (generic).",
  "First reading: annotated top to bottom against FORMAT.md. Second reading (as checker): re-checked every span between straight double quotes (six), trailing commas dropped and final periods kept, each speaker against its attribution ('she called', 'she said', 'said Clinton', 'She says', 'she said' twice), and that nothing in the kept text is a dated event; no change after the second reading.",
 ],
}
