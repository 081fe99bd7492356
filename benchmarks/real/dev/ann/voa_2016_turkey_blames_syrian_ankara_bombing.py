D = "Ahmet Davutoglu"
ANN = {
 "article": "articles/voa_2016_turkey_blames_syrian_ankara_bombing.txt",
 "gold_out": "gold/voa_2016_turkey_blames_syrian_ankara_bombing.json",
 "published": "2016-02-18",
 "quotes": [
  {"text": "together with a person who sneaked into Turkey from Syria.", "speaker": D, "speaker_mention": "Prime Minister Ahmet Davutoglu", "fragment": True,
   "note": "the end of Davutoglu's sentence quoted inside reported speech; final period inside the marks kept"},
  {"text": "not settled upon assignment of responsibility.", "speaker": "Ben Rhodes", "speaker_mention": "deputy U.S. national security adviser Ben Rhodes", "fragment": True},
  {"text": "steadfast commitment", "speaker": "John Kerry", "speaker_mention": "U.S. Secretary of State John Kerry", "fragment": True,
   "note": "Kerry 'called ... to express Washington's \"steadfast commitment\"': the words of Kerry's call"},
  {"text": "in the shared fight against terrorism.", "speaker": "John Kerry", "speaker_mention": "U.S. Secretary of State John Kerry", "fragment": True},
 ],
 "figures": [
  {"quantity": "ankara_bombing_feb_2016:deaths", "text": "28", "value": 28, "unit": None, "counted": "people killed by the car-bombing in Ankara", "source": None, "approx": None,
   "note": "outlet's voice; same quantity as 'at least 28' in the VOA report of 17 Feb"},
  {"text": "five", "value": 5, "unit": None, "counted": "buses carrying military personnel damaged or destroyed", "source": None, "approx": None,
   "note": "relative clause in the outlet's voice ('the attack, which damaged or destroyed five buses'), not Rhodes' claim"},
 ],
 "events": [
  {"actor": "United States", "date": "2016-02-18", "date_text": "Thursday", "what": "said it has yet to determine who launched the attack"},
  {"actor": "PKK", "date": "2016-02-17", "date_text": "Wednesday's", "what": "car-bomb attack in the Turkish capital",
   "note": "date on the noun 'attack'; the text gives a by-agent ('was carried out by the PKK Kurdish separatist group, together with a person who sneaked into Turkey from Syria'), inside Davutoglu's reported claim, which the U.S. has 'not settled'. The PKK is taken as the agent (the by-agent of the clause); the Syrian man is the accomplice named in the quote."},
 ],
 "actors": [
  {"name": "Turkey", "type": "country", "aliases": ["Turkey", "Ankara"]},
  {"name": "United States", "type": "country", "aliases": ["the United States", "the U.S.", "Washington"]},
  {"name": D, "type": "person", "aliases": ["Prime Minister Ahmet Davutoglu", "Davutoglu"]},
  {"name": "PKK", "type": "organisation", "aliases": ["the PKK Kurdish separatist group", "the PKK"]},
  {"name": "YPG", "type": "organisation", "aliases": ["the YPG"]},
  {"name": "Syrian bomber", "type": "person", "aliases": ["a Syrian man with links to Kurdish militia groups", "the Syrian man", "a person who sneaked into Turkey from Syria"]},
  {"name": "Ben Rhodes", "type": "person", "aliases": ["deputy U.S. national security adviser Ben Rhodes"]},
  {"name": "John Kerry", "type": "person", "aliases": ["U.S. Secretary of State John Kerry"]},
  {"name": "Mevlut Cavusoglu", "type": "person", "aliases": ["Turkish Foreign Minister Mevlut Cavusoglu"]},
 ],
 "notes": [
  "VOA News report of Thursday 18 February 2016 (date inferred, see meta published_evidence), the day after the Ankara car bombing of 17 February; story ankara_bombing_feb_2016 with voa_2016_ankara_car_bomb_kills_28 (17 Feb).",
  "Cross-report figures: 'killed 28 people' shares ankara_bombing_feb_2016:deaths with the 17 Feb report ('28' headline, 'at least 28'). 'five buses' has no counterpart.",
  "Four quote fragments: Davutoglu (end of his sentence), Rhodes, and two of Kerry's phrases. In 'Washington's \"steadfast commitment\"' the speaker is Kerry, who made the call; Washington is the metonym for the United States.",
  "Not figures: none left; 'both' in 'Ankara considers both the YPG and the PKK' is not a count. 'a member of the YPG' is an article, not a number.",
  "'In Washington' is a place; 'Washington's' (the commitment) is the metonym, hence the alias. 'Ankara considers' is the metonym for Turkey; 'in Ankara' are places.",
  "second reading: checked quote boundaries (final periods inside the marks kept), that '28' has no claimant (Turkey 'has blamed' the bombing but is not said to give the toll), and the PKK as agent of 'Wednesday's attack' (by-agent in Davutoglu's claim, kept with a note).",
 ],
}
