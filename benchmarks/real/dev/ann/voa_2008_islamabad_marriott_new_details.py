K = "islamabad_marriott_bombing_2008:"
RM = "Rehman Malik"
OFF = "Pakistani officials"
SB = "suicide bomber"
ANN = {
 "article": "articles/voa_2008_islamabad_marriott_new_details.txt",
 "gold_out": "gold/voa_2008_islamabad_marriott_new_details.json",
 "published": "2008-09-21",
 "quotes": [
  {"text": "black sheep", "speaker": "Yousuf Raza Gilani", "speaker_mention": "he", "fragment": True,
   "note": "two words in reported speech: 'asked the nation to isolate what he called the \"black sheep\"'; 'he' = Prime Minister Gilani, named at the start of the sentence"},
  {"text": "heinous terrorist attack", "speaker": "Ban Ki-moon", "speaker_mention": "U.N. Secretary-General Ban Ki-moon", "fragment": True,
   "note": "'called the bombing a \"heinous terrorist attack,\"': the comma inside the closing mark is dropped"},
 ],
 "figures": [
  {"quantity": K+"deaths", "text": "53", "value": 53, "unit": None, "counted": "people killed in the hotel bombing", "source": RM, "approx": None,
   "note": "'Rehman Malik told reporters on Sunday that 53 people ... were killed'"},
  {"quantity": K+"foreigners_killed", "text": "four", "value": 4, "unit": None, "counted": "foreigners among those killed", "source": RM, "approx": None,
   "note": "'including four foreigners', in Malik's reported statement; the later list (the Czech ambassador, two Americans, a Vietnamese national) names four foreigners"},
  {"quantity": K+"explosives", "text": "600", "value": 600, "unit": None, "counted": "kilograms of explosives detonated", "source": RM, "approx": None,
   "note": "'detonated 600 kilograms of explosives', still Malik's reported statement; kilograms are not in the unit list, so unit null (as in the dev set)"},
  {"quantity": K+"injured", "text": "266", "value": 266, "unit": None, "counted": "people injured in the blast and ensuing fire", "source": None, "approx": "at least",
   "note": "a new sentence in the outlet's voice after Malik's reported statement: the text does not say who gives the number (source null, as in the dev set's Ecuador item)"},
  {"text": "130-thousand dollar", "value": 130000, "unit": "USD", "counted": "reward for information on who organized the attack", "source": OFF, "approx": None,
   "note": "'Officials are offering a 130-thousand dollar reward': the offerers state the sum"},
  {"quantity": K+"americans_killed", "text": "two", "value": 2, "unit": None, "counted": "Americans among the dead", "source": None, "approx": None, "ctx": "two Americans"},
 ],
 "events": [
  {"actor": SB, "date": "2008-09-20", "date_text": "Saturday's", "what": "the explosion at the Marriott Hotel in Islamabad",
   "note": "weekday on the noun 'explosion'; the next paragraph names its agent ('the suicide bomber detonated 600 kilograms of explosives'); Saturday 20 September 2008"},
  {"actor": RM, "date": "2008-09-21", "date_text": "on Sunday", "what": "Malik told reporters 53 people were killed", "ctx": "told reporters on Sunday",
   "note": "Sunday 21 September 2008, the publication day"},
  {"actor": "Yousuf Raza Gilani", "date": "2008-09-21", "date_text": "on Sunday", "what": "Gilani asked the nation to isolate the 'black sheep'", "ctx": "Gilani on Sunday asked"},
 ],
 "actors": [
  {"name": RM, "type": "person", "aliases": ["Pakistan's Interior Ministry chief", "Rehman Malik", "Malik"]},
  {"name": SB, "type": "person", "aliases": ["the suicide bomber", "the attacker"]},
  {"name": "hotel guards", "type": "group", "aliases": ["the guards"]},
  {"name": OFF, "type": "group", "aliases": ["officials", "Officials"]},
  {"name": "al-Qaida-linked Taliban militants", "type": "group", "aliases": ["al-Qaida-linked Taliban militants"]},
  {"name": "Yousuf Raza Gilani", "type": "person", "aliases": ["Pakistani Prime Minister Yousuf Raza Gilani"]},
  {"name": "Pakistani military", "type": "organisation", "aliases": ["the Pakistani military"]},
  {"name": "Danish Foreign Ministry", "type": "organisation", "aliases": ["Denmark's Foreign Ministry"]},
  {"name": "Ban Ki-moon", "type": "person", "aliases": ["U.N. Secretary-General Ban Ki-moon"]},
  {"name": "world leaders", "type": "group", "aliases": ["Leaders throughout the world"]},
 ],
 "notes": [
  "VOA News report of Sunday 21 September 2008 (kept on VOA's Bangla service site; date from the URL path) on the truck bombing of the Islamabad Marriott Hotel on Saturday 20 September 2008; story islamabad_marriott_bombing_2008 (no other item of this story in the set).",
  "Two fragment quotes: 'black sheep' (Prime Minister Gilani, 'what he called the ...') and 'heinous terrorist attack' (Ban Ki-moon, trailing comma dropped).",
  "Claimed figures: Malik's 53 dead, four foreigners and 600 kilograms (reported speech 'told reporters ... that'); the officials' 130-thousand dollar reward. The 266 injured and the two Americans are in the outlet's voice. Keys are given for comparison with other reports of the bombing (deaths, injured, explosives, foreigners and Americans killed).",
  "Events: 'Saturday's' explosion (agent the suicide bomber), Malik's and Gilani's statements 'on Sunday'. 'Malik says no one has been arrested' and the officials' suspicion carry no date.",
  "Not figures: 'no one', 'a small blast', 'a Vietnamese national', 'a Danish diplomat' ('a' is not a count here); 'al-Qaida-linked Taliban militants' are suspected, named as actors because officials say they were behind the attack.",
  "second reading by the annotator: checked the text against the stored copy, the two 'on Sunday' events against Sunday 21 September 2008, the 'Saturday's' noun date, and the sources of the reported-speech figures (Malik) against the outlet-voice ones.",
 ],
}
