K = "java_tsunami_2006:"
HK = "Hadi Kuswoyo"
AA = "Abdul Haq Amiri"
IRC = "Indonesian Red Cross"
LEC = "Local emergency coordinators"
PMR = "Police and military rescue workers"
ANN = {
 "article": "articles/voa_2006_java_tsunami_toll_rises_320.txt",
 "gold_out": "gold/voa_2006_java_tsunami_toll_rises_320.json",
 "published": "2006-07-18",
 "quotes": [
  {"text": "We are just waiting for the latest information from the field, and we have already prepared a tarpaulin and family tent for two thousand families", "speaker": HK, "speaker_mention": "he",
   "note": "'... families,\" he said.': 'he' = Hadi Kuswoyo, named in the paragraph before ('Red Cross Indonesia spokesman Hadi Kuswoyo says ...'); the comma before the closing mark is dropped"},
  {"text": "Because of the presence of the international organizations in Yogyakarta, which is closest to that area, and because that we have unfortunately developed a lot of experience and capacity in Indonesia in dealing with disaster, this time we were much better and quicker in responding to this", "speaker": AA, "speaker_mention": "Amiri",
   "note": "'... this,\" said Amiri.': attribution after the quote by surname; full name and title in the paragraph before; the comma before the closing mark is dropped"},
 ],
 "figures": [
  {"quantity": K+"deaths", "text": "320", "value": 320, "unit": None, "counted": "people dead from the tsunami", "source": None, "approx": "at least",
   "note": "'At least 320 people are dead, hundreds are injured and nearly 3,000 have been left homeless by the tsunami ...': VOA's voice, no claimant in the sentence or the next. Same toll as 105 (17 July, Red Cross) and 'more than 500' (20 July)"},
  {"text": "hundreds", "value": None, "vague": True, "unit": None, "counted": "people injured", "source": None, "approx": None, "ctx": "hundreds are injured",
   "note": "vague plural, no key"},
  {"text": "3,000", "value": 3000, "unit": None, "counted": "people left homeless by the tsunami", "source": None, "approx": "around", "ctx": "nearly 3,000",
   "note": "'nearly 3,000 have been left homeless': 'nearly' = around; VOA's voice. Not the same quantity as the 23,000 who evacuated Pangandaran Beach (those who left, not those without homes)"},
  {"quantity": K+"coastline_hit_km", "text": "160", "value": 160, "unit": "km", "counted": "kilometers of southwestern coast where the wave destroyed buildings", "source": None, "approx": None, "ctx": "160-kilometer",
   "note": "'a 160-kilometer stretch of the island's southwestern coast'; the 20 July item has 'Some of the 176 kilometers of Java coastline hit by the tsunami' (same key, values differ)"},
  {"text": "Hundreds", "value": None, "vague": True, "unit": None, "counted": "police and military rescue workers", "source": None, "approx": None, "ctx": "Hundreds of police"},
  {"text": "two thousand", "value": 2000, "unit": None, "counted": "families for whom tarpaulins and family tents are prepared", "source": HK, "approx": None,
   "note": "inside Kuswoyo's quote ('a tarpaulin and family tent for two thousand families'): the speaker is the claimant"},
  {"text": "23,000", "value": 23000, "unit": None, "counted": "people who evacuated Pangandaran Beach", "source": LEC, "approx": "at least",
   "note": "'Local emergency coordinators report at least 23,000 people have evacuated ...'"},
  {"text": "Seventeen", "value": 17, "unit": None, "counted": "aftershocks registered by daybreak Tuesday", "source": None, "approx": None,
   "note": "'Seventeen aftershocks had been registered by daybreak Tuesday': a new sentence on another topic (aftershocks, not the evacuation) with no verb of saying; the coordinators' 'report' of the sentence before is not carried over, so no claimant"},
  {"text": "two", "value": 2, "unit": None, "counted": "aftershocks above magnitude 6.0", "source": None, "approx": None, "ctx": "two of them"},
  {"text": "6.0", "value": 6.0, "unit": None, "counted": "magnitude exceeded by two aftershocks", "source": None, "approx": "more than",
   "note": "'two of them above 6.0 in magnitude': 'above' = more than; a magnitude, unit null; aftershocks, not the main quake, so not the magnitude key"},
 ],
 "events": [
  {"actor": None, "date": "2006-07-17", "date_text": "Monday", "what": "tsunami battered the island of Java", "ctx": "Java Monday",
   "note": "'the tsunami that battered the Indonesian island of Java Monday': a natural event, no agent; the Monday before the Tuesday report"},
  {"actor": PMR, "date": "2006-07-18", "date_text": "Tuesday", "what": "looked for survivors", "ctx": "survivors Tuesday",
   "note": "'Hundreds of police and military rescue workers were looking for survivors Tuesday': the rescue workers are the agent; the report's own day"},
  {"actor": None, "date": "2006-07-18", "date_text": "by daybreak Tuesday", "what": "seventeen aftershocks had been registered",
   "note": "passive without a by-agent ('had been registered by daybreak Tuesday'): no actor"},
  {"actor": None, "date": "2006-07-17", "date_text": "on Monday afternoon", "what": "the tsunami pummeled coastal villages and beach resorts",
   "note": "'the tsunami, which pummeled coastal villages and beach resorts on Monday afternoon': natural event, no agent"},
 ],
 "actors": [
  {"name": "Aid agencies in Java", "type": "group", "aliases": ["Aid agencies"]},
  {"name": PMR, "type": "group", "aliases": ["Hundreds of police and military rescue workers", "police and military rescue workers"]},
  {"name": IRC, "type": "organisation", "aliases": ["Red Cross Indonesia", "the Indonesian Red Cross", "the organization"]},
  {"name": HK, "type": "person", "aliases": ["Red Cross Indonesia spokesman Hadi Kuswoyo", "Hadi Kuswoyo"]},
  {"name": LEC, "type": "group", "aliases": ["Local emergency coordinators"]},
  {"name": "Indonesian and international aid organizations", "type": "group", "aliases": ["Indonesian and international aid organizations"]},
  {"name": AA, "type": "person", "aliases": ["The head of the United Nations emergency relief office in Indonesia, Abdul Haq Amiri", "Abdul Haq Amiri", "Amiri"]},
  {"name": "United Nations", "type": "organisation", "aliases": ["the U.N."]},
  {"name": "Oxfam", "type": "organisation", "aliases": ["Oxfam"]},
 ],
 "notes": [
  "VOA News report of Tuesday 18 July 2006, the day after the south Java tsunami (story java_tsunami_2006, with voa_2006_java_tsunami_toll_105 of 17 July and voa_2006_java_tsunami_toll_climbs_500 of 20 July).",
  "Keys across the story: deaths ('At least 320' here in VOA's voice, against 105 by the Indonesian Red Cross on 17 July and 'more than 500' on 20 July) and coastline_hit_km (160-kilometer stretch here, 176 kilometers on 20 July). The homeless (nearly 3,000), evacuees of Pangandaran Beach (23,000) and aftershock counts appear in this item only and have no key.",
  "Quotes: Hadi Kuswoyo ('he said', named in the paragraph before) and Abdul Haq Amiri ('said Amiri', full name and title in the paragraph before). 'He says the rescuers had to deal with ...' is reported speech of Amiri, no marks.",
  "Claimants: only the 23,000 evacuees (local emergency coordinators 'report') and the two thousand families (inside Kuswoyo's quote) have one; the toll, injured, homeless and aftershock figures are in VOA's voice. 'Seventeen' is deliberately left without the coordinators as claimant (new sentence, new topic, no cue).",
  "Not events: 'all night' ('traveled all night', a duration, left out by FORMAT.md); 'still more', 'latest' are not dates. Not figures: '5.9' and the quake of the dropped last paragraph (not in the text). 'aid workers from the Indonesian Red Cross, the U.N., Oxfam ...' traveled (no date): the Red Cross keeps one actor (aliases 'Red Cross Indonesia', 'the Indonesian Red Cross', 'the organization').",
  "Second careful read (annotator): re-read the whole item against FORMAT.md sections 1-2 and the stored copy: checked that 18 July 2006 was a Tuesday, both quote spans and their dropped trailing commas, that 'Monday' (battered) and 'on Monday afternoon' (pummeled) are the tsunami with no agent, that 'by daybreak Tuesday' is a passive without agent, and that the dropped last paragraph is not annotated; no change after the reading.",
 ],
}
