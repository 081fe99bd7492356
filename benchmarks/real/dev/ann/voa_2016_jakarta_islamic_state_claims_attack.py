S = "jakarta_attack_2016"
IS = "Islamic State"
AQ = "Aamaq News Agency"
AC = "Anton Charliyan"
TK = "Tito Karnavian"
ANN = {
 "article": "articles/voa_2016_jakarta_islamic_state_claims_attack.txt",
 "gold_out": "gold/voa_2016_jakarta_islamic_state_claims_attack.json",
 "published": "2016-01-15",
 "quotes": [
  {"text": "targeted foreign nationals and security forces charged with protecting them.", "speaker": AQ, "speaker_mention": "The Islamic State-linked Aamaq News Agency", "fragment": True,
   "note": "a phrase quoted inside reported speech ('The Islamic State-linked Aamaq News Agency says the attack ... \"targeted ...\"'); the final '.' inside the marks is kept"},
  {"text": "All leaders of Islamic State in Southeast Asia are competing to be the regional chief", "speaker": TK, "speaker_mention": "Tito Karnavian",
   "note": "curly opening mark, straight closing mark as printed; trailing comma dropped. The speaker is introduced in the sentence before by description only ('The Jakarta police chief went further ...') and named in the attribution between the two parts ('Tito Karnavian told reporters')"},
  {"text": "That\u2019s why [Indonesian IS fighter] Bahrun Naim plotted this attack.", "speaker": TK, "speaker_mention": "Tito Karnavian",
   "note": "second part of the quote interrupted by its attribution ('... Tito Karnavian told reporters. \"That\u2019s why ...\"'); the editor's bracketed gloss is inside the marks and kept"},
 ],
 "figures": [
  {"quantity": S + ":deaths_total", "text": "Seven", "value": 7, "unit": None, "counted": "people dead", "source": None, "approx": None, "ctx": "Seven people are dead",
   "note": "standfirst, outlet's voice: all the dead, attackers included (a Canadian, an Indonesian civilian and five attackers)"},
  {"quantity": S + ":attackers_killed", "text": "five", "value": 5, "unit": None, "counted": "attackers dead", "source": None, "approx": None, "ctx": "and five attackers",
   "note": "the attackers among the seven dead (standfirst)"},
  {"quantity": S + ":wounded", "text": "20", "value": 20, "unit": None, "counted": "other people wounded", "source": None, "approx": "more than", "ctx": "More than 20 other",
   "note": "'More than 20 other people, including some foreigners, were wounded': outlet's voice"},
  {"quantity": S + ":deaths_total", "text": "seven", "value": 7, "unit": None, "counted": "people dead", "source": None, "approx": None, "ctx": "left seven people dead",
   "note": "the attack 'that left seven people dead, including all five attackers': outlet's voice (Islamic State is said to claim the attack, not the toll)"},
  {"quantity": S + ":attackers_killed", "text": "five", "value": 5, "unit": None, "counted": "attackers", "source": None, "approx": None, "ctx": "all five attackers"},
  {"quantity": S + ":wounded", "text": "20", "value": 20, "unit": None, "counted": "people who were wounded", "source": None, "approx": None, "ctx": "among 20 people",
   "note": "'Foreigners were among 20 people who were wounded': a new sentence in the outlet's voice, not part of the Aamaq statement of the sentence before; 20 against 'More than 20' of the standfirst (same quantity)"},
  {"text": "two", "value": 2, "unit": None, "counted": "explosions", "source": None, "approx": None, "ctx": "The first two occurred",
   "note": "'The first two occurred in the outdoor smoking area and a parking lot of a Starbucks': counts the first explosions of the series (as 'three' in 'the first three months'); 'A third explosion' is an ordinal, not a figure"},
 ],
 "events": [
  {"actor": IS, "date": "2016-01-14", "date_text": "Thursday's", "what": "the coordinated bomb and gun attack in Jakarta",
   "note": "'Islamic State has claimed responsibility for Thursday's coordinated bomb and gun attack': date on the noun 'attack'; the text names its doer by the claim (as 'The Taliban also claimed responsibility for Thursday's double suicide attacks' in voa_2008_swat_troops_kill_50_militants); Thursday before the report of Friday 15 January 1:17 AM = 14 January 2016"},
  {"actor": None, "date": "2015-11", "date_text": "November", "what": "the Paris terror attacks",
   "note": "'to imitate the November Paris terror attacks': a month on a noun; the text does not say who carried out the Paris attacks -> null; November before a January 2016 report = November 2015"},
  {"actor": None, "date": "2016-01-14", "date_text": "mid-morning", "what": "the violence began with a series of explosions",
   "note": "'The violence began with a series of explosions mid-morning': a time of day on the day of the attack described in the paragraphs before (Thursday 14 January 2016, not the Friday of publication); the subject is the event noun 'violence' and the explosions' doers are not named in the sentence -> null"},
 ],
 "actors": [
  {"name": IS, "type": "organisation", "aliases": ["Islamic State", "the Islamic State group"]},
  {"name": AQ, "type": "organisation", "aliases": ["Aamaq News Agency", "The Islamic State-linked Aamaq News Agency"]},
  {"name": AC, "type": "person", "aliases": ["Anton Charliyan", "Indonesian national police spokesman Anton Charliyan"]},
  {"name": TK, "type": "person", "aliases": ["Tito Karnavian", "The Jakarta police chief"]},
 ],
 "notes": [
  "VOA report (Steve Herman, Jakarta) stamped 15 January 2016 1:17 AM: Islamic State claims Thursday's (14 January) bomb and gun attack in central Jakarta. Story jakarta_attack_2016 with voa_2016_jakarta_newscast_attack_responsibility (VOA newscast of 14 January) and voa_2016_jakarta_three_suspects_arrested (VOA Learning English, 15 January).",
  "Shared keys across the three items: jakarta_attack_2016:deaths_total (seven dead, attackers included), :attackers_killed (five attackers / militants), :wounded ('More than 20' and '20' here, 'more than 20' in the arrests item). The arrests item's 'Two died' and the newscast's 'Two other people ... killed' take :non_attacker_deaths, a different scope from the seven.",
  "Quotes: Aamaq's phrase (fragment, 'says'), and Tito Karnavian's quote split by its attribution; he is introduced a sentence before only as 'The Jakarta police chief'. Anton Charliyan's claim is reported speech without marks (no quote).",
  "Not events: 'Earlier' (vague), 'throughout the day' of the dropped last paragraph. Not figures: 'first' in 'the first terrorist attack' (ordinal), 'A third explosion' (ordinal), 'IS' tokens. Bahrun Naim is named only inside the quote and is not listed as an actor; the reporter (Steve Herman) is not an actor.",
  "Second careful read done against FORMAT.md sections 1-2 and the stored copy: every quote mark span (straight and curly, the bracketed gloss kept), every number token (Seven, five, 20, seven, five, 20, two; 2016 and 1:17 are in the removed date line), each date expression and its agent, aliases as exact substrings; no surface form shared by two actors.",
 ],
}
