L = "Andriy Lysenko"
MIL = "Ukrainian military"
SEP = "pro-Russian separatists"
GOV = "Ukrainian government"
LAV = "Sergei Lavrov"
RES = "residents of Donetsk"
ANN = {
 "article": "articles/voa_2014_donetsk_ukraine_demands_rebels_surrender.txt",
 "gold_out": "gold/voa_2014_donetsk_ukraine_demands_rebels_surrender.json",
 "published": "2014-08-10",
 "quotes": [
  {"text": "humanitarian disaster", "speaker": SEP, "speaker_mention": "the separatists", "fragment": True,
   "note": "'A day earlier, the separatists said they were ready for a cease-fire to prevent a \"humanitarian disaster\"': a phrase inside the separatists' reported speech"},
  {"text": "raise white flags", "speaker": L, "speaker_mention": "Ukrainian military spokesman Andriy Lysenko", "fragment": True,
   "note": "'Lysenko rejected the appeal and called on the rebels to \"raise white flags\"': a phrase of his reported appeal"},
  {"text": "tight ring", "speaker": L, "speaker_mention": "Lysenko", "fragment": True,
   "note": "'Ukrainian troops have surrounded Donetsk in a \"tight ring\" ..., said Lysenko': the attribution follows the quoted phrase"},
  {"text": "mutual", "speaker": SEP, "speaker_mention": "The separatists", "fragment": True,
   "note": "'The separatists themselves backed away from their appeal, saying on Sunday that any cease-fire must be \"mutual,\"': the trailing comma inside the marks is dropped"},
  {"text": "pointless.", "speaker": SEP, "speaker_mention": "The separatists", "fragment": True,
   "note": "the second quoted word of the same reported speech ('saying ... that ... any discussion of a cease-fire is \"pointless.\"'); the final full stop inside the marks is kept"},
  {"text": "We think it is a priority now to reach an agreement with the Ukrainian side, International Committee of the Red Cross and the international U.N. humanitarian agencies on the necessity to send emergency humanitarian aid to the (eastern Ukrainian provinces) of Luhansk and Donetsk", "speaker": LAV, "speaker_mention": "Lavrov", "fragment": False,
   "note": "'..., \u201d Lavrov told reporters': Lavrov is named in the previous paragraph ('Russian Foreign Minister Sergei Lavrov said on Sunday') and by surname after the quote; the trailing comma is dropped; the bracketed gloss is kept as printed"},
 ],
 "figures": [
  {"text": "6", "value": 6, "unit": "km", "counted": "kilometers west of Donetsk's city center", "source": None, "approx": None,
   "note": "'In Kievsky district, 6 kilometers west of Donetsk's city center': a distance in the outlet's own voice"},
 ],
 "events": [
  {"actor": L, "date": "2014-08-10", "date_text": "on Sunday", "ctx": "spokesman on Sunday rejected", "what": "a Ukrainian military spokesman rejected the separatists' call for a cease-fire",
   "note": "'A Ukrainian military spokesman on Sunday rejected a pro-Russian separatist call for a cease-fire': the date modifies 'rejected'; the spokesman is Lysenko (named doing the same act, 'But on Sunday, Ukrainian military spokesman Andriy Lysenko rejected the appeal'); Sunday = the published day, 10 August 2014"},
  {"actor": SEP, "date": "2014-08-09", "date_text": "A day earlier", "what": "the separatists said they were ready for a cease-fire",
   "note": "'A day earlier, the separatists said they were ready for a cease-fire': the day before Sunday 10 August, so Saturday 9 August 2014; the separatists are the subject of 'said'"},
  {"actor": L, "date": "2014-08-10", "date_text": "on Sunday", "ctx": "But on Sunday", "what": "Lysenko rejected the appeal and called on the rebels to raise white flags",
   "note": "'But on Sunday, Ukrainian military spokesman Andriy Lysenko rejected the appeal and called on the rebels ...': Lysenko is the agent of both verbs"},
  {"actor": SEP, "date": "2014-08-10", "date_text": "on Sunday", "ctx": "saying on Sunday", "what": "the separatists said any cease-fire must be mutual",
   "note": "'The separatists themselves backed away from their appeal, saying on Sunday that ...': the date modifies 'saying', whose subject is the separatists"},
  {"actor": RES, "date": "2014-08-10", "date_text": "Sunday", "ctx": "heavy shelling Sunday", "what": "residents of Donetsk reported heavy shelling",
   "note": "'Residents of Donetsk reported heavy shelling Sunday': read as modifying the clause's verb 'reported' (the residents are its subject), as in 'The rebels said Sunday that ...'; the shelling itself has no agent in the text. Either reading gives the same day, 10 August 2014"},
  {"actor": LAV, "date": "2014-08-10", "date_text": "on Sunday", "ctx": "Lavrov said on Sunday", "what": "Lavrov said Moscow was in talks on sending humanitarian aid to eastern Ukraine",
   "note": "'Russian Foreign Minister Sergei Lavrov said on Sunday Moscow was in talks ...': the date modifies 'said'"},
 ],
 "actors": [
  {"name": L, "type": "person", "aliases": ["A Ukrainian military spokesman", "Ukrainian military spokesman Andriy Lysenko", "Lysenko", "the Ukrainian National Security and Defense Council spokesperson"]},
  {"name": SEP, "type": "group", "aliases": ["the separatists", "The separatists", "the rebels", "Rebels", "separatist forces"]},
  {"name": MIL, "type": "organisation", "aliases": ["The Ukrainian military", "Ukrainian troops"]},
  {"name": GOV, "type": "organisation", "aliases": ["the Ukrainian government", "Kyiv", "the Ukrainian side"]},
  {"name": RES, "type": "group", "aliases": ["Residents of Donetsk"]},
  {"name": LAV, "type": "person", "aliases": ["Russian Foreign Minister Sergei Lavrov", "Lavrov"]},
  {"name": "Russia", "type": "country", "aliases": ["Moscow"]},
 ],
 "notes": [
  "VOA News report of Sunday 10 August 2014 (date inferred, see meta) on Kyiv's rejection of the separatists' cease-fire call as government forces encircled Donetsk; story donbas_offensive_aug_2014 with voa_2014_donetsk_troops_close_in_warn_civilians (Monday 11 August) and voa_2014_luhansk_refugee_convoy_dozens_killed (Monday 18 August). Kept from VOA's content-system preview host, whose copy runs longer than the voanews.com copy.",
  "Both sides speak on named days: the separatists' call (A day earlier = Saturday 9 August) and their Sunday reply, Lysenko's Sunday rejection (attributed first to 'A Ukrainian military spokesman', then by name), and Lavrov's Sunday remarks. No side gives a toll in the kept text: the only figure is the distance '6 kilometers' (outlet's voice), so no quantity keys.",
  "Quotes: five quoted phrases of reported speech (fragments: the separatists' 'humanitarian disaster', 'mutual' and 'pointless.', Lysenko's 'raise white flags' and 'tight ring') and Lavrov's full quote, whose speaker is named in the previous paragraph and by surname after it. '\u201cUkrtelecom.\"' is a company name in quote marks, not a quote.",
  "Actors: 'A Ukrainian military spokesman' (first sentence) is Lysenko, named in the third paragraph doing the same act; 'the Ukrainian National Security and Defense Council spokesperson' is his title. 'Ukrainian troops' (inside Lysenko's reported claim) and 'The Ukrainian military' are the armed forces; 'the Ukrainian government', 'Kyiv' (in 'talks with Kyiv') and 'the Ukrainian side' (in Lavrov's quote) are the government. The ICRC and the UN are only parties to Moscow's talks and do not act in a dated clause; not listed. 'pro-Russian separatist call' and 'separatist' are adjectives.",
  "Events: five Sunday expressions and 'A day earlier'; the residents' 'Sunday' is read as dating their report (see its note). 'Elsewhere' and 'now' (inside Lavrov's quote) are not dates.",
  "second reading: re-read the whole item against FORMAT.md sections 1-2 (six quote spans: trailing comma dropped in 'mutual' and in Lavrov's quote, final full stop kept in 'pointless.'; the only number token '6' with unit km; 'A day earlier' normalised to Saturday 9 August; 10 Aug 2014 a Sunday checked with datetime; each event's agent re-checked; aliases checked as exact substrings).",
 ],
}
