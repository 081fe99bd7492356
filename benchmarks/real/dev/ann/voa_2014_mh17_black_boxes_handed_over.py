B = "Aleksander Borodai"
S = "Mohamed Sakri"
G = "Volodimir Groysman"
D = "Dutch forensic investigators"
ANN = {
 "article": "articles/voa_2014_mh17_black_boxes_handed_over.txt",
 "gold_out": "gold/voa_2014_mh17_black_boxes_handed_over.json",
 "published": "2014-07-22",
 "quotes": [
  {"text": "Here they are, the black boxes", "speaker": B, "speaker_mention": "Borodai",
   "note": "'“...,” Borodai told a room packed with journalists': Borodai introduced by a long apposition in the paragraph before ('A senior separatist leader, Aleksander Borodai'); trailing comma dropped"},
  {"text": "I can see that the black boxes are intact, although a bit damaged. In good condition", "speaker": S,
   "speaker_mention": "Colonel Mohamed Sakri of Malaysian National Security Council",
   "note": "speaker after the quote, with rank and body ('Colonel Mohamed Sakri of Malaysian National Security Council said'); trailing comma dropped"},
  {"text": "His Excellency Mr. Borodai", "speaker": S, "speaker_mention": "Colonel Mohamed Sakri of Malaysian National Security Council", "fragment": True,
   "note": "Sakri's own words of address, quoted inside 'extending his thanks to “...”' (a fragment of his speech, not a name in scare quotes); the person addressed, Borodai, is not the speaker"},
 ],
 "figures": [
  {"text": "two", "value": 2, "unit": None, "counted": "black boxes handed over to Malaysian experts", "source": None, "approx": None, "ctx": "two black boxes",
   "note": "VOA's narration of the handover; no claimant"},
  {"text": "282", "value": 282, "unit": None, "counted": "bodies recovered", "source": G, "approx": None,
   "note": "'Deputy Prime Minister Volodimir Groysman, said 282 bodies have been recovered': the claimant follows a long apposition ('The head of the Ukrainian investigation commission, ...'). No other item of the story gives this count, so no quantity key"},
  {"text": "16", "value": 16, "unit": None, "counted": "others whose fragments were recovered", "source": G, "approx": None,
   "note": "'along with fragments of 16 others', same clause of Groysman's statement; a count of victims, not of fragments"},
  {"text": "Three", "value": 3, "unit": None, "counted": "forensic investigators from the Netherlands who reached the crash site", "source": None, "approx": None},
  {"text": "four", "value": 4, "unit": "days", "counted": "days between the downing and the investigators' arrival", "source": None, "approx": None, "ctx": "four days after",
   "note": "'on Monday, four days after the plane was allegedly shot down': a duration (figure) that also dates the arrival (event)"},
 ],
 "events": [
  {"actor": None, "date": "2014-07-21", "date_text": "Monday night", "what": "bodies to be moved by rail from Torez to Kharkiv (agreement of Ukrainian officials with the rebels)",
   "note": "'there is agreement with Russian-backed rebels ... to move the bodies by rail ... Monday night': the infinitive has no stated subject (who moves the bodies is not said), so null. Written on Monday as a plan; the item is Tuesday's update, so 'Monday night' is 21 July"},
  {"actor": B, "date": "2014-07-22", "date_text": "in the early hours of Tuesday", "what": "Borodai handed over two black boxes to Malaysian experts in Donetsk",
   "note": "subject of 'handed over' is 'A senior separatist leader, Aleksander Borodai'"},
  {"actor": D, "date": "2014-07-21", "date_text": "on Monday", "what": "three Dutch forensic investigators reached the crash site",
   "note": "subject of 'reached' is 'Three forensic investigators from the Netherlands'"},
  {"actor": D, "date": "2014-07-21", "date_text": "four days after", "what": "the investigators reached the site four days after the plane was shot down",
   "note": "an appositive of 'on Monday' dating the same act ('reached'), counted from Thursday 17 July; the downing itself ('allegedly shot down by separatist fighters') is not dated by it"},
 ],
 "actors": [
  {"name": "Ukrainian officials", "type": "group", "aliases": ["Ukrainian officials", "The officials"]},
  {"name": "Russian-backed rebels", "type": "group", "aliases": ["Russian-backed rebels", "separatist fighters"]},
  {"name": B, "type": "person", "aliases": ["A senior separatist leader, Aleksander Borodai", "Aleksander Borodai", "Borodai", "Mr. Borodai"]},
  {"name": "Malaysian experts", "type": "group", "aliases": ["Malaysian experts", "the Malaysians"]},
  {"name": S, "type": "person", "aliases": ["Colonel Mohamed Sakri of Malaysian National Security Council", "Colonel Mohamed Sakri"]},
  {"name": G, "type": "person", "aliases": ["The head of the Ukrainian investigation commission, Deputy Prime Minister Volodimir Groysman", "Deputy Prime Minister Volodimir Groysman"]},
  {"name": "Dutch experts", "type": "group", "aliases": ["Dutch experts"]},
  {"name": D, "type": "group", "aliases": ["forensic investigators from the Netherlands", "The investigators"]},
 ],
 "notes": [
  "VOA News report of Tuesday 22 July 2014 (date inferred, see meta) on the handover of Flight MH17's black boxes and the agreement to move the victims' bodies; story mh17_2014 with voa_2014_mh17_airliner_crashes_ukraine (17 July), voa_2014_mh17_obama_missile_outrage and dod_2014_mh17_investigators_need_time (18 July).",
  "Speakers introduced by long appositions a paragraph before their quote (Borodai) or after it (Sakri, with rank and body); Groysman's figures follow 'The head of the Ukrainian investigation commission, Deputy Prime Minister Volodimir Groysman, said'.",
  "Figures: 282 bodies and fragments of 16 others (Groysman), two black boxes, three Dutch investigators, four days (VOA's voice). The bodies count has no partner in the other items (the 298 dead of the 17 and 18 July items are a different quantity). 'several days of negotiations' and 'several areas' have no number.",
  "'Both sides then signed a document' (Borodai and the Malaysians) is undated ('then' is vague). 'Dutch experts, rather than Ukrainians, will lead the investigation' is undated.",
  "The first paragraph ('Ukrainian officials say ... Monday night') reads as Monday's text kept in Tuesday's update; its 'Monday night' is resolved against the published Tuesday (21 July).",
  "second reading (annotator): curly quote marks checked; 'Mr. Borodai' inside Sakri's words is listed as Borodai's alias (a surface form of his name); the subheads 'Black boxes' and 'Breakthrough' carry no annotation.",
 ],
}
