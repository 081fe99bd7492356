J = "Myanmar junta"
KIO = "Kachin Independence Organization"
KIA = "Kachin Independence Army"
KNG = "Kachin News Group"
UN = "United Nations"
WA = "Western ambassadors"
K = "kachin_hpakant_airstrike_2022:"
ANN = {
 "article": "articles/voa_2022_kachin_junta_defends_hpakant_airstrike.txt",
 "gold_out": "gold/voa_2022_kachin_junta_defends_hpakant_airstrike.json",
 "published": "2022-10-25",
 "quotes": [
  {"text": "terrorist", "speaker": J, "speaker_mention": "The junta", "fragment": True,
   "note": "'The junta issued a statement saying the airstrikes were in response to ambushes and other “terrorist” attacks ... carried out by the KIA': the junta's own label, quoted from its statement (reported speech), not a scare quote of the outlet"},
  {"text": "rumors.", "speaker": J, "speaker_mention": "The junta", "fragment": True,
   "note": "'and called reports of civilian deaths as “rumors.”': same statement, same speaker; the final period sits inside the marks and is kept"},
  {"text": "excessive and disproportionate use of force by security forces against unarmed civilians is unacceptable and those responsible must be held to account.", "speaker": UN, "speaker_mention": "The United Nations", "fragment": True,
   "note": "'The United Nations issued a statement Monday saying the “...”': a clause of the UN statement taken into VOA's own sentence after 'saying the' (its opening words 'What would appear to be' are left out), a partial quotation inside reported speech -> fragment, as the dev set marks such embedded clauses; final period inside the marks kept"},
 ],
 "figures": [
  {"quantity": K+"deaths", "text": "80", "value": 80, "unit": None, "counted": "people killed in the attack", "source": KNG, "approx": "around",
   "note": "'The Kachin News Group says about 80 people were killed in the attack': 'about' -> around; the group is the claimant. The junta gives no number (it calls civilian deaths 'rumors'); the next sentence but one says the number could not be verified"},
  {"text": "six decades", "value": 60, "unit": "years", "counted": "decades the military has ruled Myanmar", "source": None, "approx": None,
   "note": "'ruled Myanmar for the greater part of six decades': outlet's background; decades as years (dev convention 'three decades' -> 30 years). 'the greater part of' is not one of the hedges and is left as null"},
  {"text": "five", "value": 5, "unit": "years", "counted": "year period of the elected civilian government", "source": None, "approx": None,
   "note": "'the five-year period when the country was led by a democratically-elected civilian government': the number in a compound adjective ('47' in '47-year-old' convention)"},
 ],
 "events": [
  {"actor": J, "date": "2022-10-23", "date_text": "Sunday", "what": "airstrikes carried out against an ethnic rebel force in Hpakant",
   "note": "'airstrikes carried out Sunday against an ethnic rebel force': the passive has no by-phrase, but the text treats the strikes as the junta's own (headline 'Myanmar Junta Defends Deadly Attack', its statement defending 'the airstrikes', 'the junta’s disregard'), so the agent of 'carried out' is the junta. The Sunday before Tuesday 25 October 2022 = 23 October"},
  {"actor": UN, "date": "2022-10-24", "date_text": "Monday", "what": "the United Nations issued a statement on the Hpakant airstrikes",
   "note": "'The United Nations issued a statement Monday': the UN is the subject of 'issued'; Monday before Tuesday 25 October 2022 = 24 October (the UN in Myanmar statement is dated 24 October 2022)"},
 ],
 "actors": [
  {"name": J, "type": "organisation", "aliases": ["Myanmar’s military junta", "The junta", "the military"]},
  {"name": KIO, "type": "organisation", "aliases": ["Kachin Independence Organization", "Leaders of the Kachin Independence Organization", "The KIO"]},
  {"name": KIA, "type": "organisation", "aliases": ["Kachin Independence Army", "the KIA", "its armed wing"]},
  {"name": KNG, "type": "organisation", "aliases": ["The Kachin News Group", "Kachin News Group"]},
  {"name": UN, "type": "organisation", "aliases": ["The United Nations"]},
  {"name": WA, "type": "group", "aliases": ["Ambassadors from the United States and other Western nations"]},
 ],
 "notes": [
  "VOA report of Tuesday 25 October 2022 (date inferred, see meta) on the Myanmar military's airstrikes of Sunday 23 October 2022 on a Kachin Independence Organization anniversary celebration in Hpakant township; story kachin_hpakant_airstrike_2022 (the only item of the story in this folder).",
  "Competing accounts: the Kachin News Group puts the dead at about 80 including several civilians; the junta denies civilian deaths and calls the reports 'rumors' without giving a count; VOA says the number could not be verified. Key kachin_hpakant_airstrike_2022:deaths for the 80.",
  "Quotes: two fragments of the junta's statement ('terrorist', 'rumors.') and the UN statement's clause. Consciously left out: the Western ambassadors' joint-statement words after 'underscores the junta’s “' ('disregard for its obligation to protect civilians and respect the principles and rules of international humanitarian law.'): VOA opens the quotation and never closes it (the paragraph ends after 'law.', the next paragraph opens without a mark), so build_gold.py cannot take it as a quote span; its speaker would be the ambassadors (mention 'Ambassadors from the United States and other Western nations'), fragment. Leaders of the KIO speak without quote marks (reported speech, no figure).",
  "Not figures: '62nd' (ordinal), 'decades' in 'for decades' (no number word), 'several civilians'. Not actors: Aung San Suu Kyi (only mentioned), the singers and musicians (victims), 'security forces' inside the UN quotation (the quote's words).",
  "'the military' in the last paragraph is the Myanmar military, i.e. the junta's forces; listed as an alias of the junta. 'the United States' occurs only inside the ambassadors' description and is not a separate actor.",
  "first reading by the annotator: quotes, figures, events and actors as above, checked against FORMAT.md sections 1-2.",
  "second reading (checker): re-read every sentence for speakers (junta x2 via 'The junta issued a statement', UN; the ambassadors' unclosed quotation left out, see above), the claimant of 'about 80' (the Kachin News Group, same sentence), the hedge 'about' -> around, weekday arithmetic against Tuesday 25 October 2022 (Sunday = 23, Monday = 24; checked with datetime), and the event actors (junta for the passive 'carried out', UN for 'issued'); no change.",
 ],
}
