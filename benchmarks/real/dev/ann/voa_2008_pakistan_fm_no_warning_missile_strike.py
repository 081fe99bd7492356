K = "pakistan_us_missile_strike_sep_2008:"
SQ = "Shah Mehmood Qureshi"
MM = "Michael Mullen"
LO = "locals in South Waziristan"
PO = "Pakistani officials"
UC = "U.S. commandoes"
ANN = {
 "article": "articles/voa_2008_pakistan_fm_no_warning_missile_strike.txt",
 "gold_out": "gold/voa_2008_pakistan_fm_no_warning_missile_strike.json",
 "published": "2008-09-18",
 "quotes": [
  {"text": "Now if there was an attack later in the night, that means there is some sort of an institutional disconnect on their side and if so, they will have to sort it out",
   "speaker": SQ, "speaker_mention": "he",
   "note": "'..., he said.': 'he' = Qureshi, named in the paragraph before ('Qureshi said the government had not been informed ...'); trailing comma dropped"},
  {"text": "There are people who genuinely fear that these organizations - al Qaida and elements of Taliban - are threatening them in mainland U.S. and other European places",
   "speaker": SQ, "speaker_mention": "Qureshi", "note": "'..., Qureshi noted.'; trailing comma dropped"},
  {"text": "Now we as friends and allies have to understand their concern and address their concern. At the same time they have to understand that our strategy is not just purely military.",
   "speaker": SQ, "speaker_mention": "Qureshi",
   "note": "second part of the quotation split by 'Qureshi noted.'; the attribution stands before it in the same paragraph"},
 ],
 "figures": [
  {"quantity": K+"deaths", "text": "five", "value": 5, "unit": None, "counted": "people killed by missiles fired from a suspected U.S. drone aircraft in South Waziristan", "source": LO, "approx": "at least",
   "note": "'locals in Pakistan's South Waziristan tribal region reported missiles fired from a suspected U.S. drone aircraft killed at least five people': the locals are the claimants; same toll as the '5' / 'at least five' of Pakistani officials in the VOA item of 17 September (same key)"},
 ],
 "events": [
  {"actor": None, "date": "2008-09-17", "date_text": "later in the night", "what": "the suspected U.S. missile strike in South Waziristan ('if there was an attack later in the night')",
   "note": "inside Qureshi's quote; 'there was an attack' has no agent -> null; 'later in the night' = the night of the day of Mullen's meetings in Islamabad, Wednesday 17 September 2008 (the day before publication; the VOA item of 17 September dates both to that day)"},
  {"actor": UC, "date": "2008-09", "date_text": "earlier this month", "what": "a raid by U.S. commandoes on Pakistani territory, denounced by Pakistani officials",
   "note": "'officials have denounced a raid by U.S. commandoes earlier this month': read as dating the raid (the expression follows the noun and its 'by' agent; the present perfect 'have denounced' does not take a past time adverb well), a dated noun whose agent the text names -> U.S. commandoes; month precision, September 2008"},
 ],
 "actors": [
  {"name": SQ, "type": "person", "aliases": ["Pakistani FM", "Pakistan's foreign minister", "Foreign Minister Shah Mehmood Qureshi", "Qureshi", "Foreign Minister Qureshi"]},
  {"name": MM, "type": "person", "aliases": ["the top U.S. commander", "Admiral Mike Mullen"]},
  {"name": LO, "type": "group", "aliases": ["locals in Pakistan's South Waziristan tribal region"]},
  {"name": "Local media", "type": "organisation", "aliases": ["Local media reports"]},
  {"name": PO, "type": "organisation", "aliases": ["Pakistani officials"]},
  {"name": UC, "type": "group", "aliases": ["U.S. commandoes"]},
  {"name": "Pakistani military", "type": "organisation", "aliases": ["The military"]},
 ],
 "notes": [
  "VOA report by Barry Newhouse from Islamabad, Thursday 18 September 2008 (date from the URL): Foreign Minister Shah Mehmood Qureshi says Pakistan was not warned of the suspected U.S. missile strike of 17 September in South Waziristan, which came hours after Admiral Mullen pledged respect for Pakistan's sovereignty. Story pakistan_us_missile_strike_sep_2008 with voa_2008_pakistan_suspected_us_strike_5_dead (17 September).",
  "Key across the story: " + K + "deaths ('at least five', claimed here by locals; '5' and 'at least five' by Pakistani officials on 17 September).",
  "Quotes: three, all Qureshi's: one attributed by 'he said' a paragraph after his name, and one quotation split by 'Qureshi noted.' (two quotes). The headline, the standfirst and the paragraphs on the government's position are reported speech without marks.",
  "Events: 'later in the night' (inside the quote, the strike of 17 September, no agent) and 'earlier this month' (the raid by U.S. commandoes, September 2008). Left out: 'hours after the top U.S. commander said ...' and 'Hours after the meetings' (anchored to the meetings, which this text does not date; like 'soon afterwards') and 'in recent days' (vague).",
  "Not figures: 'some of the dead' (no number), 'Hours' (no number), 'five' is the only number token.",
  "Actors: Qureshi ('Pakistani FM' in the headline, 'Pakistan's foreign minister' in the standfirst), Mullen ('the top U.S. commander', 'Admiral Mike Mullen'), the locals who report the toll, local media (said the target was a militant camp), Pakistani officials (have protested, have denounced the raid), the U.S. commandoes (the raid) and the Pakistani military ('The military said it would protect Pakistan's sovereignty'). 'officials' alone and 'political leaders' are left unlisted (too general to pin to one actor).",
  "Second careful read by the annotator: the whole item re-read once against FORMAT.md sections 1-2 and the search copy of the stored page; text identical after the listed edits (the cut last paragraph dropped); 18 September 2008 was a Thursday; every alias checked as an exact substring; the hyphens around 'al Qaida and elements of Taliban' are as printed.",
 ],
}
