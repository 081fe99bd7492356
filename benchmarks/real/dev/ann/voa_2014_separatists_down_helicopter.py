PS = "pro-Russian separatists"
WH = "White House"
T = "Oleksandr Turchynov"
H = "Chuck Hagel"
RN = "Ria Novosti"
RU = "Russian government"
ANN = {
 "article": "articles/voa_2014_separatists_down_helicopter.txt",
 "gold_out": "gold/voa_2014_separatists_down_helicopter.json",
 "published": "2014-05-29",
 "quotes": [
  {"text": "to advanced weaponry and other assistance from outside.", "speaker": WH, "speaker_mention": "The White House", "fragment": True,
   "note": "straight marks, final period inside kept; attributed to 'The White House says'; the next sentence calls them 'Spokesman Jay Carney's comments', so Carney voiced them for the White House, but the attribution of the quote itself is the White House"},
  {"text": "a positive step.", "speaker": H, "speaker_mention": "he", "fragment": True,
   "note": "'a move he called \"a positive step.\"': he = U.S. Defense Secretary Chuck Hagel, named earlier in the sentence"},
 ],
 "figures": [
  {"text": "14", "value": 14, "unit": None, "counted": "servicemen died in the attack near Slovyansk", "source": T, "approx": None,
   "note": "'He said 14 servicemen ... died': he = Ukraine's acting president (Oleksandr Turchynov, not named in the text)"},
  {"text": "thousands", "value": None, "vague": True, "unit": None, "counted": "of troops remain along the Ukraine border", "source": H, "approx": None,
   "note": "'he also said thousands of troops remain': Hagel"},
  {"text": "33", "value": 33, "unit": None, "counted": "rebel fighters killed in Donetsk who came from Russia", "source": RN, "approx": None},
  {"quantity": "donetsk_airport_2014:separatists_killed", "text": "50", "value": 50, "unit": None, "counted": "rebel fighters killed Monday in Donetsk", "source": RN, "approx": "around",
   "note": "'the estimated 50 rebel fighters killed Monday in Donetsk' -> around; inside Ria Novosti's report, so claimed by it; the same toll as the 27 May items (Borodai 'more than 50', the rebel's '30 to 35', etc.)"},
 ],
 "events": [
  {"actor": PS, "date": "2014-05-29", "date_text": "Thursday's", "what": "shootdown of a government helicopter", "ctx": "Thursday's shootdown",
   "note": "date on a noun ('Thursday's shootdown of a government helicopter by pro-Russian separatists'): the by-agent of the noun is the separatists"},
  {"actor": "John Kerry", "date": "2014-05-29", "date_text": "Thursday", "what": "raised concerns with Lavrov about violence and foreign fighters", "ctx": "raised concerns Thursday",
   "note": "'John Kerry raised concerns Thursday with his Russian counterpart': agent of 'raised'"},
  {"actor": "Jen Psaki", "date": "2014-05-29", "date_text": "Thursday\u2019s", "what": "State Department briefing at which Psaki reported the Kerry-Lavrov call",
   "note": "date on a noun ('Thursday's briefing', curly apostrophe): Psaki gave the briefing ('told reporters during Thursday's briefing')"},
  {"actor": RU, "date": "2014-05", "date_text": "earlier this month", "what": "announced full withdrawal of troops from the Ukraine border",
   "note": "'he called on Moscow to complete the full withdrawal it announced earlier this month': 'it' = Moscow, the agent of 'announced'; the month of publication"},
  {"actor": None, "date": "2014-05-26", "date_text": "Monday", "what": "rebel fighters killed in Donetsk", "ctx": "killed Monday",
   "note": "passive 'killed Monday in Donetsk in a battle with Ukrainian troops' without a by-agent ('in a battle with' names the other side, not the agent of 'killed'), so null"},
 ],
 "actors": [
  {"name": WH, "type": "organisation", "aliases": ["The White House"]},
  {"name": "Jay Carney", "type": "person", "aliases": ["Spokesman Jay Carney"]},
  {"name": PS, "type": "group", "aliases": ["pro-Russian separatists", "rebels", "separatists"]},
  {"name": T, "type": "person", "aliases": ["Ukraine's acting president"]},
  {"name": "John Kerry", "type": "person", "aliases": ["U.S. Secretary of State John Kerry", "Kerry"]},
  {"name": "Sergei Lavrov", "type": "person", "aliases": ["his Russian counterpart", "Russia's Sergei Lavrov"]},
  {"name": "Jen Psaki", "type": "person", "aliases": ["State Department Spokeswoman Jen Psaki"]},
  {"name": H, "type": "person", "aliases": ["U.S. Defense Secretary Chuck Hagel"]},
  {"name": RU, "type": "organisation", "aliases": ["Moscow", "Kremlin"]},
  {"name": RN, "type": "organisation", "aliases": ["Russia's state-controlled news agency Ria Novosti", "Ria Novosti", "The news agency"]},
  {"name": "Ukrainian government forces", "type": "organisation", "aliases": ["Ukrainian troops"]},
  {"name": "Alexander Borodai", "type": "person", "aliases": ["the prime minister of the self-proclaimed Donetsk People's Republic"]},
 ],
 "notes": [
  "VOA News report of Thursday 29 May 2014 (VOA's CMS preview copy of item 1924906); story donetsk_airport_2014 with voa_2014_donetsk_airport_dozens_killed and voa_2014_donetsk_rebel_30_35_dead (both 27 May).",
  "Cross-report figure: Ria Novosti's 'the estimated 50 rebel fighters killed Monday in Donetsk' shares donetsk_airport_2014:separatists_killed with the 27 May tolls (30-35, more than 50, 38 combatants, at least 100, up to 100). The 33 who came from Russia are a part of it (a different quantity); the 14 servicemen of the helicopter are another event.",
  "The acting president is not named in the text; canonical name Oleksandr Turchynov (acting president of Ukraine in May 2014), alias 'Ukraine's acting president'. The DPR prime minister 'quoted' by Ria Novosti (no quote marks) is Alexander Borodai, named in the 27 May item.",
  "'rebels' is used for the separatists ('rebels have access', 'rebels downed the aircraft'), listed as an alias; 'Kremlin' (in 'Kremlin denials') and 'Moscow' are metonyms for the Russian government.",
  "Not events: 'just hours after' (relative), 'weeks of Kremlin denials' (duration). Not figures: 'a general' (indefinite article), 'weeks', 'hours'.",
  "second reading: checked the three Thursday items (= publication day 29 May 2014), 'Monday' = 26 May (the Donetsk airport battle), 'earlier this month' = 2014-05, the curly apostrophe in 'Thursday\u2019s' and the straight marks of both quotes (final periods inside kept).",
 ],
}
