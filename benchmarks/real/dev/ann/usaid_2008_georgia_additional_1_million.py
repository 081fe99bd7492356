K = "georgia_us_aid_2008:"
HF = "Henrietta H. Fore"
ANN = {
 "article": "articles/usaid_2008_georgia_additional_1_million.txt",
 "gold_out": "gold/usaid_2008_georgia_additional_1_million.json",
 "published": "2008-08-19",
 "quotes": [
  {"text": "The United States stands with the people of Georgia, and we are working alongside the Georgian government and the international NGO community to get emergency aid to those in need", "speaker": HF, "speaker_mention": "USAID Administrator Henrietta H. Fore",
   "note": "'..., said USAID Administrator Henrietta H. Fore.' after the quote (inverted attribution); comma dropped"},
 ],
 "figures": [
  {"quantity": K + "usaid_tranche_aug19", "text": "$1 million", "value": 1e6, "unit": "USD", "counted": "additional USAID assistance to the people of Georgia", "source": None, "approx": None, "ctx": "an additional $1 million",
   "note": "'USAID is providing an additional $1 million in assistance ...': the release's own voice (no claim verb), so null, as the tranches of usaid_2016_matthew_12_million_additional. Same tranche as the '$1 million' of the next paragraph (same key)"},
  {"text": "$3.77 million", "value": 3.77e6, "unit": "USD", "counted": "total U.S. humanitarian assistance to Georgia to date", "source": None, "approx": None,
   "note": "'bringing the total U.S. humanitarian assistance to $3.77 million to date': release voice; the running total of 19 August (no other item of the story gives a U.S. humanitarian total, so no key)"},
  {"quantity": K + "usaid_tranche_aug19", "text": "$1 million", "value": 1e6, "unit": "USD", "counted": "(this) USAID funding provided to the UN World Food Program", "source": None, "approx": None, "ctx": "this $1 million",
   "note": "'this $1 million was provided to the UN World Food Program': the same tranche, restated"},
  {"text": "650", "value": 650, "unit": "tonnes", "counted": "metric tons of emergency food commodities", "source": None, "approx": "more than",
   "note": "'more than 650 metric tons': metric tons -> tonnes"},
  {"text": "31", "value": 31, "unit": "tonnes", "counted": "metric tons of high energy biscuits", "source": None, "approx": "around",
   "note": "'approximately 31 metric tons' -> around; part of the 650"},
 ],
 "events": [],
 "actors": [
  {"name": "U.S. Agency for International Development", "type": "organisation", "aliases": ["The United States Agency for International Development", "USAID"]},
  {"name": "Georgian government", "type": "organisation", "aliases": ["The Georgian government", "the Georgian government"]},
  {"name": HF, "type": "person", "aliases": ["USAID Administrator Henrietta H. Fore"]},
 ],
 "notes": [
  "USAID press release of Tuesday 19 August 2008 (dateline 'WASHINGTON, August 19'; year from the Georgia crisis of August 2008, see meta published_evidence), kept from Standard Newswire, which carried it word for word. Story georgia_us_aid_2008 with the four DOD items of August-September 2008 and this round's state_2008_georgia_aid_target_displaced and dod_2008_georgia_bush_1_billion_aid.",
  "One quote, Fore's, with the inverted attribution 'said USAID Administrator Henrietta H. Fore' after it; the cut second quoted sentence was dropped (meta edits).",
  "Figures are all in the release's own voice (source null): the new $1 million tranche (stated twice, key georgia_us_aid_2008:usaid_tranche_aug19), the $3.77 million total, the 650 and 31 metric tons (tonnes).",
  "No events: the wire dateline 'August 19' is left out (datelines); 'to date', 'at this time' and 'currently' are vague. Not actors: the UN World Food Program (recipient of the funds; the purchase and distribution are nouns without a stated agent), the international NGO community (named inside the quote only). 'The United States' inside the quote is the speaker's metonym for the government and is not listed (it overlaps the agency's name 'The United States Agency ...').",
  "Second reading (annotator): whole item re-read against FORMAT.md sections 1-2: the quote span (comma dropped), the two ctx-pinned '$1 million', metric tons -> tonnes with 'more than' and 'approximately' -> around, the null sources of release-voice figures, no date expression left but the dateline; every alias an exact substring.",
 ],
}
