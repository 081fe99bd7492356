UO = "Ukrainian officials"
L = "Serhiy Lysak"
KO = "Kharkiv regional officials"
AF = "Ukrainian air force"
RMD = "Russian defense ministry"
G = "Vyacheslav Gladkov"
BO = "Bryansk officials"
RF = "Russian forces"
A = "Lloyd Austin"
K = "ukraine_strikes_2024_07_03:"
ANN = {
 "article": "articles/voa_2024_russian_attacks_kill_at_least_4.txt",
 "gold_out": "gold/voa_2024_russian_attacks_kill_at_least_4.json",
 "published": "2024-07-03",
 "quotes": [],
 "figures": [
  {"quantity": K+"killed_in_ukraine", "text": "4", "value": 4, "unit": None, "counted": "people killed in Russian attacks", "source": UO, "approx": "at least",
   "note": "headline 'Russian attacks kill at least 4, Ukrainian officials say': the claimant is in the headline itself; the same day's toll across Ukraine as the lead's 'at least four' (same key)"},
  {"quantity": K+"killed_in_ukraine", "text": "four", "ctx": "at least four people", "value": 4, "unit": None, "counted": "people killed in Russian missile and aerial drone attacks", "source": UO, "approx": "at least",
   "note": "'Ukrainian officials said Wednesday at least four people were killed': the national toll, the sum of the three killed in Dnipropetrovsk (Lysak) and the one in Kharkiv (officials) below"},
  {"text": "three", "ctx": "killed three people", "value": 3, "unit": None, "counted": "people killed by Russian forces in the Dnipropetrovsk region", "source": L, "approx": None,
   "note": "'Serhiy Lysak, the governor of the Dnipropetrovsk region, said on Telegram that Russian forces killed three people and injured 18 others'. A part of the national toll, a narrower scope: no key"},
  {"text": "18", "value": 18, "unit": None, "counted": "others injured in the Dnipropetrovsk region", "source": L, "approx": None,
   "note": "same sentence as the three killed: Lysak's count; head noun 'others'"},
  {"text": "one", "ctx": "killed one person", "value": 1, "unit": None, "counted": "person killed by a Russian attack in the Kharkiv region", "source": KO, "approx": None,
   "note": "'In the northeastern region of Kharkiv, officials said a Russian attack killed one person and injured four others': 'officials' here are the Kharkiv region's (the sentence is scoped to Kharkiv), a claimant distinct from the lead's 'Ukrainian officials'"},
  {"text": "four", "ctx": "injured four others", "value": 4, "unit": None, "counted": "others injured in the Kharkiv region", "source": KO, "approx": None,
   "note": "same sentence, the Kharkiv officials' count"},
  {"text": "10", "value": 10, "unit": None, "counted": "homes damaged by the attack in Kharkiv", "source": None, "approx": None,
   "note": "'The attack there also damaged 10 homes and some businesses': the outlet's own voice; the officials are named in the sentence before, not in this one or the next, so no claimant (FORMAT.md counts only a claimant in the same or the next sentence)"},
  {"text": "three", "ctx": "three Iskander-K", "value": 3, "unit": None, "counted": "Iskander-K cruise missiles in the Russian attack", "source": AF, "approx": None,
   "note": "'Ukraine’s air force said the Russian attack involved three Iskander-K cruise missiles, four guided missiles and five aerial drones': a list of counts of different weapons, not enumerators; each is a figure claimed by the air force. 'Iskander-K' is a designation"},
  {"text": "four", "ctx": "four guided missiles", "value": 4, "unit": None, "counted": "guided missiles in the Russian attack", "source": AF, "approx": None,
   "note": "same sentence, the air force's count"},
  {"text": "five", "ctx": "five aerial drones", "value": 5, "unit": None, "counted": "aerial drones in the Russian attack", "source": AF, "approx": None,
   "note": "same sentence, the air force's count"},
  {"text": "five", "ctx": "shot down five of the missiles", "value": 5, "unit": None, "counted": "missiles shot down by Ukrainian air defenses", "source": AF, "approx": None,
   "note": "'The military said its air defenses shot down five of the missiles and all of the drones': 'The military' continues the air force's report of the previous sentence (its air defenses, 'the missiles' = the seven just listed), so the claimant is the same actor; 'all of the drones' is not a number word"},
  {"text": "five", "ctx": "destroyed five Ukrainian", "value": 5, "unit": None, "counted": "Ukrainian aerial drones destroyed over the Belgorod region", "source": RMD, "approx": None,
   "note": "'Russia’s defense ministry said Wednesday it destroyed five Ukrainian aerial drones over the Belgorod region, four drones over Bryansk and another drone over the Moscow region'. 'another drone' has no number word"},
  {"text": "four", "ctx": "four drones over Bryansk", "value": 4, "unit": None, "counted": "drones destroyed over Bryansk", "source": RMD, "approx": None,
   "note": "same sentence, the Russian defense ministry's count"},
  {"text": "two", "value": 2, "unit": None, "counted": "people injured in separate villages of Belgorod", "source": G, "approx": "at least",
   "note": "'Vyacheslav Gladkov, the regional governor of Belgorod, reported at least two people were injured'"},
  {"text": "$2.3 billion", "value": 2.3e9, "unit": "USD", "counted": "new security assistance for Ukraine", "source": A, "approx": "more than",
   "note": "'Lloyd Austin told ... Umierov ... that the United States will soon announce more than $2.3 billion in new security assistance': Austin is the claimant (reported speech)"},
 ],
 "events": [
  {"actor": UO, "date": "2024-07-03", "date_text": "Wednesday", "ctx": "officials said Wednesday", "what": "Ukrainian officials said at least four people were killed",
   "note": "'Ukrainian officials said Wednesday at least four people were killed': the date modifies 'said'; Wednesday = the published day, 3 July 2024"},
  {"actor": RMD, "date": "2024-07-03", "date_text": "Wednesday", "ctx": "ministry said Wednesday", "what": "Russia's defense ministry said it destroyed Ukrainian drones",
   "note": "'Russia’s defense ministry said Wednesday it destroyed five Ukrainian aerial drones ...': the date modifies 'said' (the destruction itself is undated); the ministry is the agent"},
  {"actor": RF+" and Ukraine", "date": "2024-07-03", "date_text": "a day after", "what": "the latest violence (Russian attacks on Ukraine and Ukraine's drone attack on Russia) came a day after the US pledge",
   "note": "'The latest violence came a day after Ukraine got its latest pledge of support from the United States': as in other dev items, 'a day after' dates the subject of 'came' (the violence of Wednesday 3 July; the pledge was made Tuesday 2 July at Austin's meeting with Umerov). 'The latest violence' sums up both sides' attacks reported above (the Russian attacks on Dnipropetrovsk and Kharkiv, the Ukrainian drones over Belgorod, Bryansk and Moscow, 'the Ukrainian attack' in Gladkov's sentence), so a joint actor of the two; the pledge itself is dated only through this phrase and gets no event"},
 ],
 "actors": [
  {"name": UO, "type": "group", "aliases": ["Ukrainian officials"]},
  {"name": RF, "type": "organisation", "aliases": ["Russian forces"]},
  {"name": L, "type": "person", "aliases": ["Serhiy Lysak", "the governor of the Dnipropetrovsk region"]},
  {"name": KO, "type": "group", "aliases": ["officials"]},
  {"name": AF, "type": "organisation", "aliases": ["Ukraine’s air force", "The military"]},
  {"name": RMD, "type": "organisation", "aliases": ["Russia’s defense ministry"]},
  {"name": G, "type": "person", "aliases": ["Vyacheslav Gladkov", "the regional governor of Belgorod"]},
  {"name": BO, "type": "group", "aliases": ["Officials in Bryansk"]},
  {"name": "Ukraine", "type": "country", "aliases": ["Ukraine"]},
  {"name": "United States", "type": "country", "aliases": ["the United States"]},
  {"name": A, "type": "person", "aliases": ["U.S. Defense Secretary Lloyd Austin", "Lloyd Austin"]},
 ],
 "notes": [
  "VOA News report of Wednesday 3 July 2024 (date inferred, see meta) on Russian missile and drone attacks on the Dnipropetrovsk and Kharkiv regions and Ukrainian drones over Belgorod, Bryansk and Moscow; story ukraine_strikes_2024_07_03 (the only item of the story in this folder).",
  "No quotes: the stored opening has no quote marks.",
  "Claimants: a different named source for almost every count. Ukrainian officials (national toll, headline and lead, at least 4 killed; key ukraine_strikes_2024_07_03:killed_in_ukraine), governor Lysak (3 killed, 18 injured in Dnipropetrovsk), Kharkiv officials (1 killed, 4 injured), Ukraine's air force / 'The military' (3 + 4 missiles, 5 drones, 5 shot down), Russia's defense ministry (5 + 4 drones destroyed), governor Gladkov (at least 2 injured in Belgorod), Austin (more than $2.3 billion). Only '10 homes' is in the outlet's voice. The regional counts (3 and 1 killed) are parts of the national toll and carry no key.",
  "Actors: the bare 'officials' of the Kharkiv sentence is its own actor (Kharkiv regional officials), distinct from the lead's 'Ukrainian officials' and from 'Officials in Bryansk' (who say there were no injuries: no number, no date, but they speak). Rustem Umierov only listens to Austin and is not listed.",
  "Events: two 'Wednesday' (Ukrainian officials' statement; the Russian ministry's statement), pinned with ctx, and 'a day after' (the violence of Wednesday, joint actor Russian forces and Ukraine). Not figures: 'a day' in 'a day after' (annotated as an event, as in other dev items), 'Iskander-K' (designation), 'another drone', 'all of the drones', 'no injuries' (no number words), 'one' is a figure only in 'killed one person'.",
  "second reading: re-read the whole item against FORMAT.md sections 1-2 (every number token: 4, four x4, three x2, 18, one, 10, five x3, two, $2.3 billion; approximators 'at least' x3 and 'more than'; the claimant of each figure checked against its own sentence; weekday checked with datetime: 3 July 2024 is a Wednesday; aliases checked as exact substrings, curly apostrophes as printed).",
 ],
}
