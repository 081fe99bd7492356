K = "georgia_russia_spy_row_2006:"
GA = "Georgian authorities"
IV = "Sergei Ivanov"
ANN = {
 "article": "articles/voa_2006_georgia_moscow_ridicules_spy_charges.txt",
 "gold_out": "gold/voa_2006_georgia_moscow_ridicules_spy_charges.json",
 "published": "2006-09-28",
 "quotes": [],
 "figures": [
  {"quantity": K+"russian_officers_detained", "text": "five", "value": 5, "unit": None, "counted": "Russian officers detained on suspicion of spying", "source": None, "approx": None, "ctx": "detention of five",
   "note": "'Russia has reacted angrily to Georgia's detention of five Russian officers': the outlet's own voice, no claimant -> null. Same quantity as Ivanov's 'the five officers' here and the Georgian officials' 'four Russian officers detained' of voa_2006_georgia_russian_officers_charged (the next day's report, which gives four: the figures disagree)"},
  {"quantity": K+"russian_officers_detained", "text": "five", "value": 5, "unit": None, "counted": "officers whose release Ivanov demanded", "source": IV, "approx": None, "ctx": "release the five",
   "note": "'Sergei Ivanov ... demanded Georgia release the five officers immediately': the number sits inside Ivanov's reported demand -> Ivanov (as a figure inside a speaker's reported words in the dev set)"},
  {"text": "12", "value": 12, "unit": None, "counted": "Georgian citizens arrested as suspected members of the spy ring", "source": None, "approx": None,
   "note": "'Authorities also arrested 12 Georgian citizens ...': a sentence of its own in the outlet's voice after 'Georgian officials say ...'; no claimant is named for it -> null ('Authorities' are the agent of the arrest, not the claimant)"},
  {"text": "two", "value": 2, "unit": None, "counted": "breakaway areas of the country", "source": None, "approx": None,
   "note": "'Georgian authorities have long accused Russia of backing separatist forces in two breakaway areas of the country (Abkhazia and South Ossetia)': the count of the areas is the outlet's description (it names them in its own parenthesis), not what the accusation claims -> null"},
 ],
 "events": [
  {"actor": None, "date": "2006-09-27", "date_text": "Wednesday", "ctx": "detained Wednesday", "what": "the Russian officers were detained in Tbilisi and Batumi",
   "note": "'Georgian officials say the Russian officers were detained Wednesday in the capital ...': passive without a 'by' agent -> null (the officials only report it). Wednesday before the Thursday publication day = 27 September 2006"},
  {"actor": "Georgian security forces", "date": "2006-09-28", "date_text": "Thursday", "ctx": "Tblisi Thursday", "what": "Georgian security forces continued to surround the Russian military headquarters in Tbilisi",
   "note": "'Georgian security forces continued to surround the Russian military headquarters in Tblisi Thursday': the forces are the subject of 'continued to surround'; Thursday = the publication day, 28 September 2006"},
  {"actor": "Abkhazia and South Ossetia", "date": "1990-01-01/1999-12-31", "date_text": "in the early 1990's", "what": "Abkhazia and South Ossetia declared independence from Georgia",
   "note": "'Russia deployed peacekeepers to the areas after they declared independence from Georgia in the early 1990's': the expression ends the clause of 'declared', whose subject 'they' is the two areas (Abkhazia and South Ossetia), a joint actor; the decade written as a day interval as 'Since the 1990s' in the dev set ('early' is not narrower in the formats)"},
  {"actor": "Russia", "date": "2008", "date_text": "by 2008", "what": "Russia pledged to withdraw its troops from Georgia",
   "note": "'Russia still has military bases in Georgia, but has pledged to withdraw its troops by 2008': the deadline modifies 'withdraw', whose agent is Russia (subject of 'has pledged to withdraw')"},
 ],
 "actors": [
  {"name": "Russia", "type": "country", "aliases": ["Russia"]},
  {"name": "Georgia", "type": "country", "aliases": ["Georgia"]},
  {"name": IV, "type": "person", "aliases": ["Russian Defense Minister Sergei Ivanov"]},
  {"name": GA, "type": "organisation", "aliases": ["Georgian officials", "Authorities", "Georgian authorities"]},
  {"name": "Vano Merabishvili", "type": "person", "aliases": ["Georgia's Interior Minister Vano Merabishvili"]},
  {"name": "Georgian security forces", "type": "organisation", "aliases": ["Georgian security forces"]},
  {"name": "Russian officers", "type": "group", "aliases": ["the Russian officers", "the Russians"]},
  {"name": "Abkhazia", "type": "country", "aliases": ["Abkhazia"]},
  {"name": "South Ossetia", "type": "country", "aliases": ["South Ossetia"]},
 ],
 "notes": [
  "VOA News report of Thursday 28 September 2006 on Russia's reaction to Georgia's detention of Russian officers on spy charges; story georgia_russia_spy_row_2006, with voa_2006_georgia_russian_officers_charged (29 September 2006).",
  "No quotes: the page prints no quote marks ('absurd' is Ivanov's word but unmarked). Ivanov (referred to the accusations as absurd, demanded the release), Merabishvili (has accused the Russians), the Georgian officials and authorities (say, accused, insist) and Georgia ('Georgia says') speak in reported speech only.",
  "Cross-item key russian_officers_detained: 'five' (outlet, null) and 'the five officers' (Ivanov's demand) here; 'four Russian officers detained in Tbilisi' (Georgian officials) on 29 September. The reports disagree (Georgia held four and wanted a fifth said to be hiding in the Russian headquarters).",
  "Claimants: only Ivanov's demand carries a claimant; the 12 Georgian citizens and the 'two breakaway areas' are the outlet's voice (null).",
  "Not figures: 'several years' (vague determiner, not a number word), 'both areas' (no number), '1990's' and '2008' (dates), 'Black Sea' (a name). 'Georgian officials', 'Authorities' and 'Georgian authorities' are one actor (the Georgian government side that speaks and arrests); 'the Russian embassy in Tblisi' is only where Russia stopped issuing visas, not an actor.",
  "Events: 'Wednesday' (passive, null), 'Thursday' (security forces), 'in the early 1990's' (the two areas declared independence, joint actor), 'by 2008' (Russia's pledged withdrawal). 'has long accused', 'has stopped issuing visas' and 'for several years' carry no date.",
  "Second careful read done against FORMAT.md by the annotator: every number token (five twice, 12, two; 1990's and 2008 are dates), no quote marks in the text, the agent of each date expression, and no alias shared between actors; no change after the reading.",
 ],
}
