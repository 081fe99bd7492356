K = "indonesia_palace_bomb_plot_2016:"
IA = "Indonesian authorities"
SP = "unnamed police spokesman in Jakarta"
AY = "Argo Yuwono"
AC = "Al Chaidar"
IP = "Indonesian police"
SU = "the suspects"
ANN = {
 "article": "articles/voa_2016_indonesia_palace_bomb_plot_arrests.txt",
 "gold_out": "gold/voa_2016_indonesia_palace_bomb_plot_arrests.json",
 "published": "2016-12-10",
 "quotes": [
  {"text": "For the very first time, [the suspected terrorists] put a woman as 'the bride,' ", "speaker": AC, "speaker_mention": "terrorism expert Al Chaidar",
   "note": "'\"...,' \" terrorism expert Al Chaidar told VOA': the quote ends with the nickname 'the bride,' in single marks and a space before the closing double mark (as printed); the text runs to the closing double mark. The bracketed words are VOA's insertion, kept as printed"},
  {"text": "It seems like the indoctrination has succeeded in attracting more young people, including women", "speaker": AC, "speaker_mention": "Chaidar",
   "note": "'..., Chaidar added.'; trailing comma dropped"},
  {"text": "This is a new breakthrough. Now we have to be alert that they are not only using men as 'the bride,' but also women.", "speaker": AC, "speaker_mention": "Chaidar",
   "note": "second part of the quotation split by 'Chaidar added.'; the attribution stands before it in the same paragraph"},
 ],
 "figures": [
  {"text": "Three", "value": 3, "unit": None, "counted": "alleged terrorists arrested near Jakarta", "source": IA, "approx": None,
   "note": "'Three alleged terrorists arrested near Jakarta were thought to be on the verge of ..., Indonesian authorities said.'"},
  {"quantity": K+"men_arrested_near_jakarta", "text": "two", "ctx": "two men and a woman", "value": 2, "unit": None, "counted": "men among the suspects", "source": SP,
   "approx": None, "note": "'A police spokesman in Jakarta said the suspects — two men and a woman — were planning ...'; 'a woman' is not a number. Same two men as 'the other two men' of the last paragraph (same key)"},
  {"text": "3", "ctx": "about 3 kilograms", "value": 3, "unit": None, "counted": "kilograms, weight of the pressure-cooker bomb", "source": SP, "approx": "around",
   "note": "'weighing about 3 kilograms ..., the spokesman added': 'about' = around; kilograms are not in the unit list, so unit null (as in the dev set); 'the spokesman' = the police spokesman in Jakarta of the sentence before"},
  {"text": "300", "value": 300, "unit": "m", "counted": "meter radius over which the bomb would have been lethal", "source": SP, "approx": None,
   "note": "'a 300-meter radius': the number only, as '160' in '160-kilometer' in the dev set; unit m; still the spokesman's words ('the spokesman added')"},
  {"quantity": K+"men_arrested_near_jakarta", "text": "two", "ctx": "the other two men", "value": 2, "unit": None, "counted": "men detained at a separate location in the capital", "source": IP, "approx": None,
   "note": "'The woman was arrested Saturday ..., police said, and the other two men were detained at a separate location in the capital': the mid-sentence 'police said' is read as covering the whole coordinated sentence; the same two men as the spokesman's 'two men' (same key)"},
 ],
 "events": [
  {"actor": SU, "date": "2016-12-11", "date_text": "Sunday", "what": "the suspects were on the verge of carrying out an attack on a tourist area of the capital",
   "note": "'Three alleged terrorists ... were thought to be on the verge of carrying out an attack on a tourist area of the capital Sunday': the date dates the planned attack, whose doers are the three suspects (subject of 'carrying out'); the coming Sunday, 11 December 2016"},
  {"actor": None, "date": "2016-12-10", "date_text": "Saturday", "ctx": "arrested Saturday in another province", "what": "a fourth person, the suspected bomb-maker, was arrested in another province",
   "note": "passive without a 'by' agent ('was arrested Saturday') -> null; Saturday = 10 December 2016, the publication day"},
  {"actor": None, "date": "2016-12-10", "date_text": "Saturday", "ctx": "The woman was arrested Saturday", "what": "the woman was arrested at a house in Jakarta",
   "note": "passive without a 'by' agent -> null (the police only report it: 'police said'); Saturday 10 December 2016"},
 ],
 "actors": [
  {"name": IA, "type": "organisation", "aliases": ["Indonesian authorities"]},
  {"name": SP, "type": "person", "aliases": ["A police spokesman in Jakarta", "the spokesman"]},
  {"name": AY, "type": "person", "aliases": ["police spokesman Argo Yuwono", "Argo Yuwono"]},
  {"name": AC, "type": "person", "aliases": ["terrorism expert Al Chaidar", "Al Chaidar", "Chaidar"]},
  {"name": IP, "type": "organisation", "aliases": ["police"]},
  {"name": SU, "type": "group", "aliases": ["Three alleged terrorists", "the suspects", "the suspected terrorists"]},
 ],
 "notes": [
  "VOA News report of Saturday 10 December 2016 (no date or byline in the stored copy; see the meta's published_evidence) on the arrest near Jakarta of three suspects said to be planning a bomb attack on the presidential palace's changing-of-the-guard ceremony, with a woman as the would-be suicide bomber, and of a fourth suspect in Solo. Story indonesia_palace_bomb_plot_2016 (the only item of the story in this folder).",
  "Speakers and claimants: 'Indonesian authorities' (the three arrested), 'A police spokesman in Jakarta' / 'the spokesman' (two men and a woman, about 3 kilograms, 300-meter radius), police spokesman Argo Yuwono (the fourth arrest, no figure), terrorism expert Al Chaidar (three quotes) and 'police' (the woman's arrest and the two men). The unnamed spokesman is kept apart from Argo Yuwono: the text introduces him with an indefinite article and never says they are one person (other outlets give the 300-metre radius to the National Police spokesman, Boy Rafli Amar, and the palace plan to Argo Yuwono), so naming Yuwono for the first paragraph's claims would go beyond the text.",
  "Key within the item: " + K + "men_arrested_near_jakarta (the spokesman's 'two men' and the police's 'the other two men'). The 'Three' alleged terrorists (Indonesian authorities) count the three arrested near Jakarta (two men and a woman), a different whole, no key.",
  "Quotes: Al Chaidar's 'told VOA' quote and his quotation split by 'Chaidar added.' (two quotes). Not quotes: '\"Bride\" is a nickname ...' (the word mentioned, not anyone's words) and the two single-quoted 'the bride,' inside his quotes (a nickname in marks, not a nested quotation).",
  "Events: 'Sunday' (the planned attack, actor the suspects) and two 'Saturday's (arrests in the passive, no agent). 'in the past' is vague; the caption's 'Dec. 10, 2016' was removed with the caption.",
  "Not figures: 'A fourth person' and 'The fourth suspect' (ordinals), 'the very first time' (ordinal), 'a woman' (article, not a number).",
  "Second careful read by the annotator: the whole item re-read once against FORMAT.md sections 1-2 and the search copy of the stored page; text identical after the listed edits (em dashes around 'two men and a woman' kept as printed); 10 December 2016 was a Saturday; every alias checked as an exact substring.",
 ],
}
