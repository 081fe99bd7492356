K = "grand_bassam_attack_2016:"
AT = "Grand-Bassam attackers"
O = "Alassane Ouattara"
G = "Ivorian government"
BK = "Bruno Koné"
ANN = {
 "article": "articles/voa_2016_grand_bassam_death_toll_rises_19.txt",
 "gold_out": "gold/voa_2016_grand_bassam_death_toll_rises_19.json",
 "published": "2016-03-16",
 "quotes": [],
 "figures": [
  {"quantity": K+"victims_killed", "text": "19", "value": 19, "unit": None, "counted": "dead in the terror attack (death toll)", "source": G, "approx": None,
   "note": "'The death toll from Sunday's terror attack in the Ivory Coast is at 19, government officials say.': the victims (the next paragraph's nationalities add up to 19; the three attackers are counted apart in the last paragraph); not keyed with VOA 14 March's '21', which includes three gunmen (15 civilians + 3 soldiers there = 18 victims)"},
  {"text": "six", "value": 6, "unit": None, "counted": "different countries the victims came from", "source": None, "approx": None,
   "note": "'The victims reportedly came from six different countries.': 'reportedly' names no claimant -> null"},
  {"text": "Eleven", "value": 11, "unit": None, "counted": "Ivorians killed", "source": None, "approx": None,
   "note": "outlet's voice (no attribution in this paragraph)"},
  {"text": "four", "value": 4, "unit": None, "counted": "French citizens among the dead", "source": None, "approx": None,
   "note": "same sentence, outlet's voice"},
  {"text": "one", "ctx": "one German", "value": 1, "unit": None, "counted": "German among the dead", "source": None, "approx": None,
   "note": "a count in the list of the dead by nationality ('as well as one German, one Nigerian, ...')"},
  {"text": "one", "ctx": "one Nigerian", "value": 1, "unit": None, "counted": "Nigerian among the dead", "source": None, "approx": None,
   "note": "same list"},
  {"text": "one", "ctx": "one Macedonian", "value": 1, "unit": None, "counted": "Macedonian among the dead", "source": None, "approx": None,
   "note": "same list"},
  {"text": "one", "ctx": "one Lebanese", "value": 1, "unit": None, "counted": "Lebanese among the dead", "source": None, "approx": None,
   "note": "same list"},
  {"text": "$1 million", "value": 1000000, "unit": "USD", "counted": "financial assistance to the town of Grand Bassam, hotels and traders", "source": BK, "approx": "around",
   "note": "'Koné announced the government will provide nearly $1 million ...': the announcer is Koné; 'nearly' -> around"},
  {"text": "two", "ctx": "two hotels", "value": 2, "unit": None, "counted": "hotels where the gunmen opened fire on people", "source": None, "approx": None,
   "note": "outlet's narration of the attack; not keyed with AQIM's 'assault on three hotels' (VOA 13 March): a different description"},
  {"quantity": K+"attackers_killed", "text": "three", "ctx": "all three attackers", "value": 3, "unit": None, "counted": "attackers killed", "source": G, "approx": None,
   "note": "'The government said all three attackers were killed.'; same key as Bakayoko's 'three gunmen' (VOA 14 March) and Ouattara's earlier 'six terrorists' (VOA 13 March)"},
 ],
 "events": [
  {"actor": AT, "date": "2016-03-13", "date_text": "Sunday's", "what": "terror attack in the Ivory Coast",
   "note": "date on the noun 'terror attack' ('Sunday's terror attack'); the text says who carried it out ('Heavily armed gunmen descended on beachfront resorts ... at midday Sunday, opening fire ...'), so the attackers; Sunday 13 March 2016 before Wednesday 16 March"},
  {"actor": BK, "date": "2016-03-16", "date_text": "Wednesday", "ctx": "said Wednesday", "what": "Koné said the violence spared no group",
   "note": "'..., Bruno Koné, a spokesman for the government of the Ivory Coast, said Wednesday.': speaker of the dated 'said'; Wednesday = the report's day"},
  {"actor": O, "date": "2016-03-16", "date_text": "Earlier Wednesday", "what": "Ouattara placed a wreath on the beach",
   "note": "'Earlier Wednesday, President Alassane Ouattara ... placed a wreath': agent of 'placed'"},
  {"actor": AT, "date": "2016-03-13", "date_text": "at midday Sunday", "what": "gunmen descended on beachfront resorts and opened fire",
   "note": "'Heavily armed gunmen descended on beachfront resorts in Grand Bassam at midday Sunday': agent of 'descended'"},
 ],
 "actors": [
  {"name": G, "type": "organisation", "aliases": ["government officials", "the government", "The government", "the government of the Ivory Coast"]},
  {"name": BK, "type": "person", "aliases": ["Bruno Koné", "a spokesman for the government of the Ivory Coast", "Koné"]},
  {"name": O, "type": "person", "aliases": ["President Alassane Ouattara", "Ouattara"]},
  {"name": AT, "type": "group", "aliases": ["Heavily armed gunmen", "attackers"]},
 ],
 "notes": [
  "VOA News report of Wednesday 16 March 2016 (VOA's publishing host; page prints no date, worked out in meta edits) on the Ivorian government's toll of 19 for the Grand-Bassam attack of Sunday 13 March 2016; story grand_bassam_attack_2016 with voa_2016_grand_bassam_aqim_claims_attack (13 March) and voa_2016_grand_bassam_death_toll_21 (14 March).",
  "Shared keys: 'all three attackers were killed' (the government) with Bakayoko's 'three gunmen' (14 March) and Ouattara's 'six terrorists' (13 March), attackers_killed. The toll 19 (victims, nationalities add to 19) has its own key: the 21 of 14 March includes the three gunmen, and 14 March's victims (15 civilians and 3 soldiers) would be 18, so this is a rise in the victims' toll, as the headline says, but no earlier item prints a victims' total.",
  "No quotes: Koné's and Ouattara's statements are reported without quote marks (a good test of not inventing quotes).",
  "Koné speaks for the government; 'the government will provide' inside his announcement and 'The government said' are the Ivorian government actor.",
  "Not events: 'Government Reports' in the headline has no date; 'has always been' is not a date.",
  "second careful reading against FORMAT.md done: checked every number token (19, six, Eleven, four, one x4, $1 million, two, three) and all four date expressions (Sunday's, Wednesday, Earlier Wednesday, at midday Sunday).",
 ],
}
