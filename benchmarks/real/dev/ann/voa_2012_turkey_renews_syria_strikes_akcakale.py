S = "syria_war_oct_2012"
T = "Turkey"
RTE = "Recep Tayyip Erdogan"
ANN = {
 "article": "articles/voa_2012_turkey_renews_syria_strikes_akcakale.txt",
 "gold_out": "gold/voa_2012_turkey_renews_syria_strikes_akcakale.json",
 "published": "2012-10-04",
 "quotes": [
  {"text": "aggressive", "speaker": T, "speaker_mention": "The measure before Turkey's parliament", "fragment": True,
   "note": "'The measure before Turkey's parliament says Syria has carried out \"aggressive\" actions ...': the word of the Turkish motion (the government's measure authorizing foreign military operations, put before parliament), not a scare quote; the text does not name its drafter, so the speaker is the Turkish state (actor Turkey) rather than the parliament that is only considering it"},
 ],
 "figures": [
  {"quantity": S + ":akcakale_killed", "text": "Five", "value": 5, "unit": None, "counted": "Turkish civilians died in Akcakale", "source": None, "approx": None,
   "note": "'Five Turkish civilians died Wednesday when the mortars landed ...': outlet's voice; the same five dead as the 3 October item's 'Turkish media say five people ... were killed' (voa_2012_syria_aleppo_car_bombs_scores_killed), same key"},
 ],
 "events": [
  {"actor": T, "date": "2012-10-04", "date_text": "Thursday", "ctx": "shelling Thursday", "what": "the Turkish shelling targeted the area identified as the source of the Syrian mortars",
   "note": "date on the noun 'shelling' ('The shelling Thursday targeted ...'); the lead says who shells ('Turkey is continuing its response ..., launching artillery strikes into Syria for a second straight day'); 'Turkish forces' in the same sentence is listed under Turkey. Thursday = 4 October 2012, the publication day"},
  {"actor": None, "date": "2012-10-03", "date_text": "Wednesday", "ctx": "died Wednesday", "what": "five Turkish civilians died when the mortars landed in Akcakale",
   "note": "'Five Turkish civilians died Wednesday': intransitive 'died' has no agent, so null (the mortars are called Syrian, but no one is the subject of a verb of firing)"},
  {"actor": RTE, "date": "2012-10-03", "date_text": "Wednesday", "ctx": "said Wednesday", "what": "Erdogan said Ankara acted within international law and will retaliate for Syrian provocations",
   "note": "'Turkey's Prime Minister Recep Tayyip Erdogan said Wednesday that ...': agent of 'said'"},
 ],
 "actors": [
  {"name": T, "type": "country", "aliases": ["Turkey", "Turkish forces", "Ankara"]},
  {"name": "Turkish parliament", "type": "organisation", "aliases": ["the Turkish parliament", "Turkey's parliament"]},
  {"name": "aide to Erdogan", "type": "person", "aliases": ["An aide to Turkish Prime Minister Recep Tayyip Erdogan"]},
  {"name": RTE, "type": "person", "aliases": ["Turkish Prime Minister Recep Tayyip Erdogan", "Turkey's Prime Minister Recep Tayyip Erdogan"]},
  {"name": "Turkish officials", "type": "group", "aliases": ["Turkish officials"]},
  {"name": "Syrian Observatory for Human Rights", "type": "organisation", "aliases": ["the opposition Syrian Observatory for Human Rights"]},
  {"name": "Syria", "type": "country", "aliases": ["Syria", "Damascus"]},
  {"name": "Omran Zoabi", "type": "person", "aliases": ["Syrian Information Minister Omran Zoabi"]},
 ],
 "notes": [
  "VOA News report of Thursday 4 October 2012 (no date line; date from the removed caption and the text's Thursday/Wednesday, see meta published_evidence): Turkey shells Syria for a second day after a Syrian mortar killed five civilians in Akcakale, and parliament considers a motion authorizing foreign military operations. Story syria_war_oct_2012 with voa_2012_syria_aleppo_car_bombs_scores_killed (3 October, the day of the Akcakale deaths) and voa_2012_syria_salqin_air_strike_kills_21 (1 October).",
  "One figure: the five dead of Akcakale in the outlet's voice, key syria_war_oct_2012:akcakale_killed (Turkish media's 'five' in the 3 October item). Turkish officials and the Syrian Observatory claim the retaliatory strikes killed Syrian soldiers without a number ('did not specify how many').",
  "One quote: the motion's word 'aggressive' (fragment, speaker Turkey, see its note). The aide's, Zoabi's and Erdogan's statements are reported speech without quote marks.",
  "Turkey, Turkish forces and Ankara are one actor (the state that launches the strikes and, in Erdogan's words, 'acted within international law'); Syria and Damascus are one actor (Zoabi: 'Damascus is investigating ..., and that Syria offers its condolences').",
  "Not figures: 'a second straight day' (ordinal), 'how many'. Not events: 'for a second straight day' (a duration), 'now' (vague), 'when necessary'. Hillary Clinton's statement is in the dropped last paragraph (cut mid-word).",
  "second reading: re-read the whole item once against the stored copy and FORMAT.md sections 1-2: text word for word (double spaces kept), the three events and their agents (dated noun 'shelling' -> Turkey, agentless 'died', Erdogan's 'said'), the one figure and its key, and the quote's speaker.",
 ],
}
