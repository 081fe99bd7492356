K = "togo_team_bus_attack_2010:"
TG = "Togolese government"
TEAM = "Togo national football team"
FLEC = "Front for the Liberation of the Enclave of Cabinda"
ANN = {
 "article": "articles/voa_2010_togo_attack_african_cup_kicks_off.txt",
 "gold_out": "gold/voa_2010_togo_attack_african_cup_kicks_off.json",
 "published": "2010-01-10",
 "quotes": [],
 "figures": [
  {"quantity": K + "killed", "text": "three", "ctx": "killed three people", "value": 3, "unit": None, "counted": "people killed in the attack on the team from Togo", "source": None, "approx": None,
   "note": "'an attack on the team from Togo that killed three people': outlet's voice (no claimant)"},
  {"quantity": K + "wounded", "text": "seven", "value": 7, "unit": None, "counted": "more people wounded in the attack", "source": None, "approx": "at least",
   "note": "'wounded at least seven more': outlet's voice; 'at least'"},
  {"text": "three decades", "value": 30, "unit": "years", "counted": "decades the group has been fighting for independence", "source": None, "approx": None,
   "note": "'The group has been fighting for independence for the oil-rich enclave for three decades': a duration, 30 years (as 'three decades' elsewhere in the set); outlet's voice"},
 ],
 "events": [
  {"actor": None, "date": "2010-01-10", "date_text": "Sunday", "what": "the African Cup of Nations kicks off in Luanda",
   "note": "'The African Cup of Nations football tournament kicks off in Luanda Sunday': the tournament is the subject of 'kicks off' (no agent); Sunday = the date line's 10 January 2010"},
  {"actor": None, "date": "2010-01-08", "date_text": "Friday's", "what": "the attack on the Togo team's bus",
   "note": "a date on the noun 'attack'; the text only says FLEC 'claimed responsibility' and does not itself name the attackers (as the set's Kampala and Ankara items, which keep such attacks null), so null. Friday before Sunday 10 January = 8 January 2010"},
  {"actor": TEAM, "date": "2010-01-08", "date_text": "Friday", "ctx": "bus Friday", "what": "the team traveled by bus from its training camp in Congo Republic to Cabinda",
   "note": "'were killed in the ambush as the team traveled by bus Friday from their training camp ...': 'Friday' sits in the 'as' clause and modifies 'traveled', whose agent is the team; the killing itself ('were killed') is a passive without agent"},
  {"actor": None, "date": "2010-01-09", "date_text": "Saturday", "what": "the back-up goalkeeper underwent surgery after being evacuated to South Africa",
   "note": "'He underwent surgery Saturday': the goalkeeper undergoes the surgery (no agent named; the surgeons are not mentioned), so null. Saturday = 9 January 2010"},
 ],
 "actors": [
  {"name": "Angolan officials", "type": "group", "aliases": ["Angolan officials"]},
  {"name": TG, "type": "organisation", "aliases": ["the government of Togo", "The Togolese government", "the Togolese government", "the government"]},
  {"name": TEAM, "type": "organisation", "aliases": ["the team from Togo", "the Togolese team", "the team"]},
  {"name": "Togolese players", "type": "group", "aliases": ["Several Togolese players"]},
  {"name": "Pascal Bodjona", "type": "person", "aliases": ["Pascal Bodjona", "The Togolese government spokesman Pascal Bodjona"]},
  {"name": "Angolan government", "type": "organisation", "aliases": ["the Angolan government"]},
  {"name": FLEC, "type": "organisation", "aliases": ["The Front for the Liberation of the Enclave of Cabinda", "FLEC", "The group"]},
  {"name": "Joao Batista", "type": "person", "aliases": ["Joao Batista", "FLEC Commander Joao Batista"]},
 ],
 "notes": [
  "VOA report of Sunday 10 January 2010 (date line of the reprint, see meta) on the opening of the African Cup of Nations in Angola two days after separatist gunmen attacked the Togo team's bus in Cabinda (Friday 8 January 2010); story togo_team_bus_attack_2010 (only item of the story here). Kept from testbig.com/voa, a site that reprints VOA copy word for word (as other VOA items of the set).",
  "Speakers away from their words: government spokesman Pascal Bodjona is named once ('The Togolese government spokesman Pascal Bodjona said ...') and then referred to as 'He' three times ('He says ...', 'He said we cannot take part ...', 'He added that ...'); FLEC's commander is named in the last kept paragraph, whose continuation ('He says i...') is cut. None of this speech is in quote marks ('He said we cannot take part in the Cup ...' is unmarked direct speech in VOA's copy), so there are no gold quotes.",
  "Figures: 'three' killed and 'at least seven' wounded in the outlet's voice; 'three decades' (30 years). The killed/wounded keys are given for later items of the story.",
  "Events: 'Sunday' (kick-off, null), 'Friday's' attack (null: only a claim of responsibility, no doer named in the text), 'Friday' (the team traveled, actor the team), 'Saturday' (surgery undergone, null). 'earlier' ('Several Togolese players earlier had indicated') is vague and left out.",
  "Not actors: 'VOA Portuguese Service' (only told), 'Africa Confederation of Football' (only its regulations are mentioned), the assistant coach, the spokesman and the goalkeeper (only suffer), 'the Angolan armed forces' (only the target).",
  "Second careful read of the whole item against FORMAT.md done by the annotator: double spaces kept, the two 'three' pinned by ctx, the four date expressions and their agents rechecked, Bodjona's unmarked speech checked for quote marks (none).",
 ],
}
