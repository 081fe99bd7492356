LO = "local officials"
F = "Vadym Filashkin"
PO = "Donetsk regional prosecutor's office"
SY = "Oleh Syniehubov"
TA = "Ihor Taburets"
RIO = "Russia-installed official in Zaporizhzhia"
K = "donetsk_strikes_2024_04_25:"
ANN = {
 "article": "articles/voa_2024_donetsk_strikes_kill_six.txt",
 "gold_out": "gold/voa_2024_donetsk_strikes_kill_six.json",
 "published": "2024-04-25",
 "quotes": [],
 "figures": [
  {"quantity": K+"killed_donetsk", "text": "six", "ctx": "kill six", "value": 6, "unit": None, "counted": "people killed by Russian strikes in the Donetsk region", "source": LO, "approx": None,
   "note": "headline 'Russian strikes kill six in Ukraine’s Donetsk region, officials say': the claimant is in the headline; the same toll as the lead's 'at least six' (same key), the sum of the 3 killed in Udachne and the 3 in Kurakhivka"},
  {"quantity": K+"killed_donetsk", "text": "six", "ctx": "at least six people in a Ukrainian-held", "value": 6, "unit": None, "counted": "people killed by Russian airstrikes in the Donetsk territory", "source": LO, "approx": "at least",
   "note": "'Russian airstrikes killed at least six people in a Ukrainian-held part of the embattled Donetsk territory on Thursday, according to local officials'"},
  {"text": "three", "ctx": "killed three people", "value": 3, "unit": None, "counted": "people killed by shelling in Udachne", "source": F, "approx": None,
   "note": "'Vadym Filashkin, the Donetsk regional governor, said in a post on Telegram that shelling killed three people and injured four in the village of Udachne': a part of the Donetsk toll, narrower scope, no key"},
  {"text": "four", "value": 4, "unit": None, "counted": "people injured in Udachne", "source": F, "approx": None,
   "note": "same sentence, 'injured four' (no noun printed after the number; counted phrase supplied)"},
  {"text": "three", "ctx": "Another three people", "value": 3, "unit": None, "counted": "people killed in Kurakhivka", "source": PO, "approx": None,
   "note": "'Another three people were killed about 50 kilometers south in Kurakhivka, the regional prosecutor's office said': the prosecutor's office (of the Donetsk region, the region of the paragraph) is the claimant; 'Another' is no number"},
  {"text": "50", "ctx": "about 50 kilometers", "value": 50, "unit": "km", "counted": "kilometers south of Udachne", "source": PO, "approx": "around",
   "note": "'about 50 kilometers south in Kurakhivka' -> around; the distance sits inside the clause attributed to the prosecutor's office ('..., the regional prosecutor's office said'), so read literally it is the office's, though it may be the outlet's own geography; unit printed as a word after the number, so the span is the number only, as '12' in '12 miles' (FORMAT.md)"},
  {"text": "10", "value": 10, "unit": None, "counted": "people wounded by a Russian missile attack in Balakliia", "source": SY, "approx": None,
   "note": "'a Russian missile attack wounded 10 in the city of Balakliia, regional Governor Oleh Syniehubov said on Telegram'"},
  {"text": "six", "ctx": "at least six people in central", "value": 6, "unit": None, "counted": "people injured by a Russian missile attack in the Cherkasy region", "source": LO, "approx": "at least",
   "note": "'a Russian missile attack that officials said injured at least six people in central Ukraine’s Cherkasy region': unnamed officials (see notes on the actor); injured in Cherkasy, not the Donetsk dead: no key"},
  {"text": "50", "ctx": "nearly 50 houses", "value": 50, "unit": None, "counted": "houses damaged by blast waves and debris in Cherkasy", "source": TA, "approx": "around",
   "note": "'Ihor Taburets, the regional governor of Cherkasy, said the blast waves and debris from the missiles damaged nearly 50 houses': nearly -> around"},
  {"text": "two", "value": 2, "unit": None, "counted": "people killed by a Ukrainian drone attack in a village southeast of Zaporizhzhia", "source": RIO, "approx": None,
   "note": "'the top Russia-installed official in Russian-controlled Zaporizhzhia said Thursday that a Ukrainian drone attack killed two people'"},
 ],
 "events": [
  {"actor": "Russia", "date": "2024-04-25", "date_text": "on Thursday", "what": "Russian airstrikes killed at least six people in the Donetsk territory",
   "note": "'Russian airstrikes killed at least six people ... on Thursday, according to local officials': the date modifies 'killed', whose subject is 'Russian airstrikes'; the agent behind the strikes is Russia (listed with 'Russia' in 'Russia occupied Balakliia'). Thursday = the published day, 25 April 2024"},
  {"actor": RIO, "date": "2024-04-25", "date_text": "Thursday", "ctx": "said Thursday", "what": "the Russia-installed official in Zaporizhzhia said a Ukrainian drone attack killed two people",
   "note": "'the top Russia-installed official in Russian-controlled Zaporizhzhia said Thursday that a Ukrainian drone attack killed two people': the date modifies 'said' (the drone attack itself is undated)"},
 ],
 "actors": [
  {"name": LO, "type": "group", "aliases": ["local officials", "officials"]},
  {"name": "Russia", "type": "country", "aliases": ["Russia"]},
  {"name": F, "type": "person", "aliases": ["Vadym Filashkin", "the Donetsk regional governor"]},
  {"name": PO, "type": "organisation", "aliases": ["the regional prosecutor's office"]},
  {"name": SY, "type": "person", "aliases": ["regional Governor Oleh Syniehubov", "Syniehubov"]},
  {"name": "Ukraine", "type": "country", "aliases": ["Ukraine"]},
  {"name": "Reuters", "type": "organisation", "aliases": ["Reuters"]},
  {"name": TA, "type": "person", "aliases": ["Ihor Taburets", "the regional governor of Cherkasy"]},
  {"name": RIO, "type": "person", "aliases": ["the top Russia-installed official in Russian-controlled Zaporizhzhia"]},
 ],
 "notes": [
  "VOA report of Thursday 25 April 2024 (date inferred, see meta) on Russian strikes in the Donetsk, Kharkiv and Cherkasy regions and a Ukrainian drone strike in occupied Zaporizhzhia; story donetsk_strikes_2024_04_25 (the only item of the story in this folder). The URL slug ('ukraine-says-russian-missile-attack-damaged-houses-in-cherkasy-') is from an earlier version of the report; the headline is the one printed in the stored copy.",
  "No quotes: the only quotation in the stored copy opens the last paragraph, which is cut mid-sentence and dropped (see meta edits).",
  "Claimants: local officials (six killed in Donetsk, headline and lead, key donetsk_strikes_2024_04_25:killed_donetsk), governor Filashkin (3 killed, 4 injured in Udachne), the regional prosecutor's office (3 killed in Kurakhivka, and the 'about 50 kilometers' (text '50', unit km) inside its clause), governor Syniehubov (10 wounded in Balakliia, relayed 'according to Reuters' in the next paragraph for the train carriages, no number there), unnamed officials (at least 6 injured in Cherkasy), governor Taburets (nearly 50 houses), the Russia-installed official in Zaporizhzhia (2 killed). No figure is in the outlet's own voice.",
  "Actor choice: 'officials' appears for the Donetsk local officials (headline, 'according to local officials') and for the officials of the Cherkasy sentence ('that officials said injured at least six people'). The text names neither office; as a surface form can belong to only one actor, both are one generic actor 'local officials' (unnamed Ukrainian local officials). The Russia-installed official is Zaporizhzhia's occupation head, unnamed in the text, kept under a descriptive name.",
  "Events: 'on Thursday' (Russian airstrikes killed six; agent Russia) and 'Thursday' (the Russia-installed official's statement). Left out: 'at the beginning of its full-scale invasion' (an era relative to an undated event, not a date expression of FORMAT.md), 'months later' (vague).",
  "Not figures: 'Another three' has the figure 'three' only; 'Both villages' (no number word); 'full-scale' and 'Russian-held' are not numbers.",
  "second reading: re-read the whole item against FORMAT.md sections 1-2 (number tokens six x3, three x2, four, 50 x2, 10, two; approximators 'at least' x2, 'about' and 'nearly' -> around; km unit of '50 kilometers'; each claimant checked against its own sentence; weekday checked with datetime: 25 April 2024 is a Thursday; aliases checked as exact substrings, curly apostrophes as printed, straight one in 'prosecutor's').",
 ],
}
