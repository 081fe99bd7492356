Z = "Asif Ali Zardari"
ANN = {
 "article": "articles/wn_2008_zardari_elected_president_pakistan.txt",
 "gold_out": "gold/wn_2008_zardari_elected_president_pakistan.json",
 "published": "2008-09-07",
 "quotes": [],
 "figures": [
  {"text": "479", "value": 479, "unit": None, "counted": "votes secured by Zardari", "source": None, "approx": None,
   "note": "outlet's own voice (no claimant: the election commission is not named)"},
  {"text": "702", "value": 702, "unit": None, "counted": "votes of the electoral college", "source": None, "approx": None},
  {"text": "two", "value": 2, "unit": None, "counted": "houses of the parliament", "source": None, "approx": None, "ctx": "two houses"},
  {"text": "four", "value": 4, "unit": None, "counted": "provincial assemblies", "source": None, "approx": None, "ctx": "four provincial"},
  {"text": "153", "value": 153, "unit": None, "counted": "votes received by Saeeduz Zaman Siddiqui", "source": None, "approx": None},
  {"text": "43", "value": 43, "unit": None, "counted": "votes got by Mushahid Hussain", "source": None, "approx": None},
 ],
 "events": [],
 "actors": [
  {"name": Z, "type": "person", "aliases": ["Asif Ali Zardari", "Zardari"]},
  {"name": "Saeeduz Zaman Siddiqui", "type": "person", "aliases": ["Saeeduz Zaman Siddiqui", "Siddiqui"]},
  {"name": "Mushahid Hussain", "type": "person", "aliases": ["Mushahid Hussain", "Senator Mushahid Hussain"]},
  {"name": "Pakistan Muslim League-Nawaz Group", "type": "organisation", "aliases": ["Pakistan Muslim League-Nawaz Group"]},
 ],
 "notes": [
  "Wikinews report of Sunday 7 September 2008 on the election of Asif Ali Zardari as President of Pakistan (vote of Saturday 6 September, not dated in the text); story pakistan_presidency_2008 with wn_2008_musharraf_announces_resignation (18 August).",
  "No quote marks and no date expressions in the stored text: 'The election was called after resignation of Pervez Musharraf' dates nothing; 'Meanwhile' is relative. So no quotes and no events; the dateline was removed as furniture.",
  "Figures are all in the outlet's voice: the vote counts 479 / 702 / 153 / 43 and the make-up of the electoral college ('two houses', 'four provincial assemblies'). No figure is shared with the Musharraf item (no quantity keys).",
  "Actors: 'Zardari' is also the last word of 'Bilawal Bhutto Zardari', who does not act (not an actor); Benazir Bhutto and Pervez Musharraf do not act here. The PML-N group is the agent of 'fielded'; the PML-Q group does not act.",
  "Second careful read done by the annotator against FORMAT.md: every number token checked (all six are counts, none a date or ordinal), the 'counted' phrases keep the noun printed after each number, and the 'Zardari' alias is not shared with another actor.",
 ],
}
