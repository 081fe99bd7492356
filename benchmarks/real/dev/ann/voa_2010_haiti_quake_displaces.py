UN = "United Nations"
B = "Elizabeth Byrs"
ANN = {
 "article": "articles/voa_2010_haiti_quake_displaces.txt",
 "gold_out": "gold/voa_2010_haiti_quake_displaces.json",
 "published": "2010-01-15",
 "quotes": [
  {"text": "Another shuttle will be put in place, established by the peacekeeping forces - a shuttle with airplanes with the capacity of between 30 and 40 passengers",
   "speaker": B, "speaker_mention": "she", "note": "'she' = the U.N. spokeswoman Elizabeth Byrs, named two paragraphs earlier and continued by 'she says' in the previous paragraph"},
 ],
 "figures": [
  {"quantity": "haiti_quake_2010:homeless_port_au_prince", "text": "300,000", "value": 300000, "unit": None, "counted": "people displaced", "source": UN, "approx": None,
   "ctx": "Displaces 300,000", "note": "headline; the claimant (the UN's first estimate) is named in the next sentence (standfirst)"},
  {"quantity": "haiti_quake_2010:housing_destroyed_share_port_au_prince", "text": "10 percent", "value": 10, "unit": "%", "counted": "share of housing in Port-au-Prince destroyed", "source": UN, "approx": "around", "occ": 1},
  {"quantity": "haiti_quake_2010:homeless_port_au_prince", "text": "300,000", "value": 300000, "unit": None, "counted": "people homeless", "source": UN, "approx": "around", "ctx": "some 300,000 people homeless. The", "note": "'some' = around"},
  {"quantity": "haiti_quake_2010:damage_assessment_time", "text": "several days", "value": None, "vague": True, "unit": "days", "counted": "time to complete full damage assessment", "source": UN, "approx": None, "occ": 1},
  {"quantity": "haiti_quake_2010:housing_destroyed_share_port_au_prince", "text": "10 percent", "value": 10, "unit": "%", "counted": "share of housing in Port-au-Prince destroyed", "source": UN, "approx": "around", "occ": 2,
   "note": "the first body paragraph repeats the standfirst word for word"},
  {"quantity": "haiti_quake_2010:homeless_port_au_prince", "text": "300,000", "value": 300000, "unit": None, "counted": "people homeless", "source": UN, "approx": "around", "ctx": "some 300,000 people homeless.  The"},
  {"quantity": "haiti_quake_2010:damage_assessment_time", "text": "several days", "value": None, "vague": True, "unit": "days", "counted": "time to complete full damage assessment", "source": UN, "approx": None, "occ": 2},
  {"text": "3.5 million", "value": 3500000, "unit": None, "counted": "people living in affected areas", "source": UN, "approx": "around"},
  {"text": "three million", "value": 3000000, "unit": None, "counted": "people in affected areas of the capital", "source": UN, "approx": "around",
   "note": "'Nearly three million' continues the UN's account begun in the previous sentence ('The United Nations says some 3.5 million ...'); a part of the 3.5 million, not the same quantity"},
  {"text": "tens of thousands", "value": None, "vague": True, "unit": None, "counted": "people killed and injured", "source": "aid agencies", "approx": None,
   "note": "'they say' = the aid agencies of the previous sentence; killed and injured together (casualties)"},
  {"text": "50 percent", "value": 50, "unit": "%", "counted": "share of some areas destroyed or seriously damaged", "source": None, "approx": None,
   "note": "found by 'a helicopter assessment' whose author the text does not name: source null"},
  {"text": "30 and 40", "value": 30, "value_max": 40, "unit": None, "counted": "passengers per shuttle airplane", "source": B, "approx": None},
 ],
 "events": [],
 "actors": [
  {"name": UN, "type": "organisation", "aliases": ["the United Nations", "The United Nations", "The UN"]},
  {"name": B, "type": "person", "aliases": ["Elizabeth Byrs", "A U.N. spokeswoman, Elizabeth Byrs", "A U.N. spokeswoman"]},
  {"name": "aid agencies", "type": "group", "aliases": ["Aid agencies"]},
 ],
 "notes": [
  "VOA staff report (Lisa Schlein) on the UN's first estimate three days after the 12 January 2010 Haiti earthquake; published date inferred (see meta edits).",
  "The standfirst and the first body paragraph are the same sentences (the page prints both; the body copy has double spaces): each figure is annotated at both occurrences with a shared quantity key, and the headline's 300,000 shares the homeless key.",
  "No dated events remain: the only date ('Thursday') sat in the dropped last paragraph. 'In the meantime' and 'today' are not annotated (vague / none left).",
  "Same story (haiti_quake_2010) as the Wikinews item of 25 January, which gives death tolls; this early VOA report gives homeless and housing figures only, so no key is shared across the two items (aid agencies' 'tens of thousands' killed and injured is a casualty figure, not a death toll).",
  "'first estimate' is an ordinal, not a figure. The hyphen in 'peacekeeping forces - a shuttle' is printed as is.",
 ],
}
