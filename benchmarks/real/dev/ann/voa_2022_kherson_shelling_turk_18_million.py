UA = "Ukraine"
RU = "Russia"
RIO = "Russia-installed officials"
T = "Kyrylo Tymoshenko"
KU = "Alexei Kulemzin"
RBS = "Russia-backed separatists"
VT = "Volker Turk"
K = "kherson_shelling_dec_2022:"
ANN = {
 "article": "articles/voa_2022_kherson_shelling_turk_18_million.txt",
 "gold_out": "gold/voa_2022_kherson_shelling_turk_18_million.json",
 "published": "2022-12-15",
 "quotes": [
  {"text": "could lead to a further serious deterioration in the humanitarian situation and spark more displacement.", "speaker": VT, "speaker_mention": "Turk", "fragment": True,
   "note": "'Turk, who closed a visit to Ukraine last week, said 18 million people ... and that additional Russian airstrikes “could lead ...”': a clause of Turk's speech inside VOA's reported speech -> fragment; final period inside the marks kept"},
  {"text": "extreme hardship during the winter months.", "speaker": VT, "speaker_mention": "He", "fragment": True,
   "note": "'He said Russian attacks on civilian infrastructure ... are exposing millions of Ukrainian civilians to “extreme hardship during the winter months.”': 'He' = Turk, named in the paragraph before; a phrase inside reported speech"},
  {"text": "My deepest wish is for an end to this senseless war", "speaker": VT, "speaker_mention": "Turk", "fragment": False,
   "note": "'“My deepest wish is for an end to this senseless war,” Turk said.': the trailing comma before the closing mark is dropped"},
 ],
 "figures": [
  {"quantity": K+"killed_kherson", "text": "two", "value": 2, "unit": None, "counted": "people killed by Russian shelling in Kherson", "source": UA, "approx": None,
   "note": "'Ukraine said Russian shelling killed two people Thursday in the southern city of Kherson': Ukraine (the government, as the next sentence's Tymoshenko post shows) is the claimant. The Russia-installed officials give no number for Donetsk"},
  {"quantity": K+"ukraine_need_aid", "text": "18 million", "value": 18000000, "unit": None, "counted": "people in Ukraine who need humanitarian aid", "source": VT, "approx": None,
   "note": "'Turk ... said 18 million people in Ukraine need humanitarian aid': Turk's number (reported speech)"},
  {"text": "millions", "value": None, "vague": True, "unit": None, "counted": "of Ukrainian civilians exposed to extreme hardship", "source": VT, "approx": None,
   "note": "'He said Russian attacks ... are exposing millions of Ukrainian civilians to ...': vague plural, claimed by Turk ('He'). Not the same quantity as the 18 million in need of aid"},
 ],
 "events": [
  {"actor": RU, "date": "2022-12-15", "date_text": "Thursday", "what": "Russian shelling killed two people in Kherson",
   "note": "'Ukraine said Russian shelling killed two people Thursday in the southern city of Kherson': the weekday follows the object of 'killed' and dates the killing, not Ukraine's saying; 'Russian shelling' is an event noun whose agent is Russia (dev convention: 'regime shelling hit' -> the regime, 'Israeli airstrikes hit' -> Israel). Thursday = the published day"},
  {"actor": UA, "date": "2022-12-14/2022-12-15", "date_text": "overnight", "what": "overnight shelling of Donetsk, some of the biggest attacks there in years",
   "note": "'In Donetsk, the Russia-appointed mayor Alexei Kulemzin said overnight shelling amounted to some of the biggest attacks there in years': 'overnight' = the night before the reference day (FORMAT.md), 14-15 December 2022. The shelling's agent is not in this sentence; the lead reports the same events as 'Ukrainian attacks in the eastern city of Donetsk', so the agent is Ukraine (as claimed by the Russia-installed officials). 'in years' is vague and left out"},
  {"actor": RBS, "date": "2014", "date_text": "since 2014", "what": "Russia-backed separatists have controlled parts of the Donetsk region",
   "note": "'Russia-backed separatists have controlled parts of the Donetsk region since 2014': the separatists are the subject of 'have controlled'; a start point (dev convention: 'since March' -> the month)"},
  {"actor": RU, "date": "2022", "date_text": "earlier this year", "what": "the Donetsk area became part of an annexation announced by Russia",
   "note": "'earlier this year the area was part of an annexation announced by Russia but rejected by the international community': the copula has no agent, but the event it dates is the annexation, the noun whose agent the sentence names ('announced by Russia'), so Russia. 'earlier this year' = the year (as 'earlier this month' = the month), 2022"},
  {"actor": VT, "date": "2022-12-05/2022-12-11", "date_text": "last week", "what": "Turk closed a visit to Ukraine",
   "note": "'Turk, who closed a visit to Ukraine last week': Turk is the subject of 'closed'; 'last week' = the previous ISO Monday-Sunday before Thursday 15 December 2022, i.e. 5-11 December 2022"},
 ],
 "actors": [
  {"name": UA, "type": "country", "aliases": ["Ukraine"]},
  {"name": RU, "type": "country", "aliases": ["Russia"]},
  {"name": RIO, "type": "group", "aliases": ["Russia-installed officials"]},
  {"name": T, "type": "person", "aliases": ["Kyrylo Tymoshenko", "deputy head of President Volodymyr Zelenskyy’s office"]},
  {"name": KU, "type": "person", "aliases": ["Alexei Kulemzin", "the Russia-appointed mayor"]},
  {"name": RBS, "type": "group", "aliases": ["Russia-backed separatists"]},
  {"name": VT, "type": "person", "aliases": ["U.N. High Commissioner for Human Rights Volker Turk", "Volker Turk", "Turk", "He"]},
 ],
 "notes": [
  "VOA report of Thursday 15 December 2022 (date inferred, see meta) on Russian shelling of Kherson, Ukrainian shelling of Russian-held Donetsk as reported by Russia-installed officials, and UN rights chief Volker Turk's address to the Human Rights Council; story kherson_shelling_dec_2022 (the only item of the story in this folder).",
  "Two sides, each with its own claimant: Ukraine (two killed in Kherson; Tymoshenko's Telegram post on the administration building) and the Russia-installed officials / mayor Kulemzin (overnight shelling of Donetsk, no count). Turk is named once in full ('U.N. High Commissioner for Human Rights Volker Turk') and then carried by 'Turk' (x2) and 'He': all three quotes and the figures 18 million and 'millions' are his.",
  "Keys: kherson_shelling_dec_2022:killed_kherson (two) and kherson_shelling_dec_2022:ukraine_need_aid (18 million).",
  "Not figures: '2014' (a year, inside the event 'since 2014'). Not events: 'in years' (vague), 'during the winter months' (inside a quote, vague season), 'this senseless war' (no date).",
  "Actors: 'Ukraine' is the claimant of the lead and, as the agent of the Donetsk shelling, an event actor; 'Russia' is the agent of the Kherson shelling and of the annexation. President Zelenskyy appears only inside Tymoshenko's title and is not listed. The Human Rights Council and 'the international community' only listen or reject and are not listed.",
  "first reading by the annotator: items above, checked against FORMAT.md sections 1-2.",
  "second reading (checker): re-read all nine paragraphs for speakers ('Turk', 'He', 'Turk said' -> Volker Turk), claimants (two -> Ukraine, same sentence; 18 million and millions -> Turk, same sentences), date arithmetic against Thursday 15 December 2022 (last week = 5-11 December; overnight = 14/15 December; checked with datetime) and event actors (Russia for 'Russian shelling ... killed', Ukraine for the Donetsk shelling, the separatists for 'have controlled', Russia for the annexation, Turk for 'closed a visit'); no change.",
 ],
}
