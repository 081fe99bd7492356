S = "north_korea_nuclear_test_2016"
SC = "UN Security Council"
WH = "White House"
NP = "Ned Price"
ANN = {
 "article": "articles/voa_2016_un_condemns_nkorea_nuclear_test.txt",
 "gold_out": "gold/voa_2016_un_condemns_nkorea_nuclear_test.json",
 "published": "2016-01-06",
 "quotes": [
  {"text": "a clear threat to international peace and security.", "speaker": SC, "speaker_mention": "the Security Council", "fragment": True,
   "note": "'After an emergency session, the Security Council said North Korea's actions posed \"a clear threat to international peace and security.\"': a phrase of the council's statement inside reported speech; the final period lies inside the closing mark and is kept"},
  {"text": "a clear violation", "speaker": SC, "speaker_mention": "The council", "fragment": True,
   "note": "'The council said the nuclear test was \"a clear violation\" of previous council resolutions': same statement, speaker named by the description 'The council'"},
  {"text": "not consistent", "speaker": WH, "speaker_mention": "the White House", "fragment": True,
   "note": "'the White House sharply criticized North Korea, while also saying that initial U.S. analysis of the blast was \"not consistent\" with ...': the White House's words, a fragment inside reported speech"},
  {"text": "We will continue to protect and defend our allies in the region, including the Republic of Korea, and will respond appropriately to any and all North Korean provocations", "speaker": NP, "speaker_mention": "Price",
   "note": "whole-paragraph quote attributed by the trailing 'Price said'; the speaker is introduced in the paragraph before as 'National Security Council spokesman Ned Price'. Trailing comma before the closing mark dropped"},
 ],
 "figures": [
 ],
 "events": [
  {"actor": SC, "date": "2016-01-06", "date_text": "Wednesday", "what": "said it was working to craft new sanctions against North Korea",
   "note": "'The U.N. Security Council said Wednesday that it was working to craft new sanctions': the weekday modifies 'said', whose subject is the council; Wednesday of the publication week = 6 January 2016"},
 ],
 "actors": [
  {"name": SC, "type": "organisation", "aliases": ["U.N. Security Council", "the Security Council", "The council"]},
  {"name": "North Korea", "type": "country", "aliases": ["North Korea", "Pyongyang", "the reclusive state"]},
  {"name": "United States", "type": "country", "aliases": ["the United States", "the U.S."]},
  {"name": WH, "type": "organisation", "aliases": ["the White House"]},
  {"name": NP, "type": "person", "aliases": ["National Security Council spokesman Ned Price", "Ned Price", "Price"]},
 ],
 "notes": [
  "VOA report by Brian Padden (Seoul) and Ken Bredemeier of Wednesday 6 January 2016, the day North Korea announced its fourth nuclear test and claimed it was a hydrogen bomb; story " + S + " with voa_2016_nkorea_claims_hydrogen_bomb_test (VOA's first story of the same day, kept from a blog that reposts it; its headline is the title of the video block removed here).",
  "Speakers away from their words: the Security Council's two fragments ('the Security Council said', then 'The council said'); the White House's 'not consistent' inside reported speech; Ned Price's whole-paragraph quote closed by 'Price said', the speaker named in full in the paragraph before ('National Security Council spokesman Ned Price said in a statement ...').",
  "No figures: the item prints no number ('any and all', 'previous council resolutions' and 'its latest nuclear test' count nothing). Hence no quantity keys here; the magnitude and distance of the companion item have no counterpart in this text.",
  "Only one date expression: 'said Wednesday' (the council). 'After an emergency session' has no date; 'now' in 'it now has hydrogen bomb technology' is vague. The removed video summary's 'Wednesday' is furniture, not in the text.",
  "Actors: 'Pyongyang' (claim, boast) and 'the reclusive state' are metonym/description of North Korea; 'the U.S.' (had made clear) is the United States, listed with 'the United States' (voiced skepticism). 'National Security Council' appears only in Price's title and is not a separate actor. Not actors: Kim Jong Un (object of the resolutions' blocking, does not act), the Republic of Korea (inside the quote, an ally, does not act), 'other world powers' (unnamed group).",
  "Second reading: re-read the whole item against FORMAT.md sections 1-2; checked the four quote spans (final period kept in the first, trailing comma dropped in Price's), that the double space after the first fragment is outside the quote, and that no number token is left unannotated.",
 ],
}
