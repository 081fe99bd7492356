GL = "Georgian leaders"
RF = "Russian armed forces"
BOR = "Vyacheslav Borisov"
MED = "Dmitry Medvedev"
RNA = "Russian news agencies"
ANN = {
 "article": "articles/voa_2008_georgia_explosions_rock_gori.txt",
 "gold_out": "gold/voa_2008_georgia_explosions_rock_gori.json",
 "published": "2008-08-14",
 "quotes": [
  {"text": "changed their minds", "speaker": GL, "speaker_mention": "Georgian leaders", "fragment": True,
   "note": "'Georgian leaders said Russian forces had \"changed their minds\" about withdrawing': a phrase inside reported speech, the Georgian leaders' words"},
  {"text": "normal condition", "speaker": BOR, "speaker_mention": "He", "fragment": True,
   "note": "'He said he had just been to the city and the buildings were in \"normal condition,\"': 'He' = Borisov, named at the start of the paragraph and the paragraph before; trailing comma inside the closing mark dropped"},
 ],
 "figures": [
  {"text": "50,000", "value": 50000, "unit": None, "counted": "population of the Georgian city of Gori", "source": None, "approx": None,
   "note": "'The Georgian city of 50,000': the outlet's own voice, no claimant"},
 ],
 "events": [
  {"actor": RNA, "date": "2008-08-14", "date_text": "Thursday", "what": "Russian news agencies reported Medvedev said Russia will support the breakaway regions' decisions",
   "note": "'Russian news agencies Thursday reported that he said ...': the date modifies 'reported', whose subject is the news agencies (not Medvedev, whose saying is undated); Thursday = the publication day, 14 August 2008"},
 ],
 "actors": [
  {"name": "Russian leaders", "type": "group", "aliases": ["Russian leaders"]},
  {"name": GL, "type": "group", "aliases": ["Georgian leaders"]},
  {"name": RF, "type": "organisation", "aliases": ["Russian forces", "extra Russian troops", "their troops", "Russian military forces"]},
  {"name": "Russian soldier (unnamed)", "type": "person", "aliases": ["a Russian soldier"]},
  {"name": "Russian military officials", "type": "group", "aliases": ["Russian military officials"]},
  {"name": BOR, "type": "person", "aliases": ["Russian Major-General Vyacheslav Borisov, a deputy commander with the Russian airborne troops", "Russian Major-General Vyacheslav Borisov", "Borisov"]},
  {"name": "Georgian police", "type": "organisation", "aliases": ["Georgian police"]},
  {"name": MED, "type": "person", "aliases": ["Russian President Dmitri Medvedev"]},
  {"name": RNA, "type": "organisation", "aliases": ["Russian news agencies"]},
  {"name": "Russia", "type": "country", "aliases": ["Russia"]},
 ],
 "notes": [
  "VOA report by Emma Stickgold from Moscow, Thursday 14 August 2008 (date from the URL), on explosions near Gori and rival Russian and Georgian accounts of a Russian pull-out during the August 2008 war; story georgia_war_2008 with voa_2008_georgia_unhcr_2300_register_gori and voa_2008_georgia_unhcr_gori_shelters_full in this folder.",
  "Quotes: two fragments, 'changed their minds' (Georgian leaders, the accusing side) and 'normal condition' (Borisov, by the pronoun 'He' after he is named in the paragraph before).",
  "Only one number: the city's population of 50,000, outlet's voice. Only one date expression: 'Thursday' on 'reported' (the Russian news agencies). 'Just prior to the explosions', 'just after Russian leaders said ...' and 'anymore' are relative or vague: no events.",
  "'Georgian leaders' also occurs inside 'Russian and Georgian leaders' (the same group); 'their troops' in 'Russian military officials said their troops' is the Russian forces. 'the Russian airborne troops' only describes Borisov's post and is part of his alias. Emma Stickgold is the reporter: not an actor.",
  "Second careful read of the whole item against FORMAT.md sections 1-2 (annotator): both quote spans (comma dropped in the second), the number token 50,000, 'Thursday' against the publication day, aliases as exact substrings; no change.",
 ],
}
