K = "christmas_island_shipwreck_2010:"
GS = "Government sources"
A = "authorities"
R = "Christmas Island residents"
T = "Gordon Thomson"
U = "UNHCR"
ANN = {
 "article": "articles/wn_2010_christmas_island_boat_many_unaccounted.txt",
 "gold_out": "gold/wn_2010_christmas_island_boat_many_unaccounted.json",
 "published": "2010-12-15",
 "quotes": [
  {"text": "very bad situation", "speaker": T, "speaker_mention": "Gordon Thomson, president of the Christmas Island Shire", "fragment": True,
   "note": "'Gordon Thomson, president of the Christmas Island Shire stated that the incident was a \"very bad situation\"': a fragment inside reported speech"},
  {"text": "We believe that far too many people are tragically losing their lives as they take desperate measures to escape conflict, persecution and poverty", "speaker": U, "speaker_mention": "the UNHCR",
   "note": "attribution after the quote ('said the UNHCR in a statement on its website'); the UNHCR is also introduced in the paragraph before; trailing comma before the closing mark dropped"},
 ],
 "figures": [
  {"quantity": K+"on_board", "text": "70", "value": 70, "unit": None, "counted": "asylum seekers from Iran and Iraq inside the boat", "source": None, "approx": "around",
   "note": "'Inside the boat were approximately 70 asylum seekers': the outlet's voice (the Government sources are named only in the next sentence, for their own count of 75); 'approximately' -> around; VOA has 'about 70' (officials' original estimate), same key"},
  {"quantity": K+"rescued", "text": "41", "value": 41, "unit": None, "counted": "asylum seekers rescued", "source": GS, "approx": None,
   "note": "'Reports from Government sources indicate that 41 of the 75 asylum seekers were rescued'; VOA has 42 (Customs officials), same key"},
  {"quantity": K+"on_board", "text": "75", "value": 75, "unit": None, "counted": "asylum seekers on the boat", "source": GS, "approx": None,
   "note": "'41 of the 75 asylum seekers': the total on board in the Government sources' report; disagrees with 'approximately 70' in the sentence before (same key)"},
  {"quantity": K+"bodies_recovered", "text": "27", "value": 27, "unit": None, "counted": "bodies recovered from the water", "source": None, "approx": None,
   "note": "'So far only 27 bodies have been recovered from the water': no cue in the clause; 'authorities believe' governs only the second clause, so the outlet's voice (null); VOA has the same 27 from Customs officials (same key)"},
  {"text": "50", "value": 50, "unit": None, "counted": "dead (projected death toll)", "source": A, "approx": None,
   "note": "'authorities believe the death toll could rise to 50': a projection claimed by the authorities; 'could rise to' is modality, not one of the hedges, so approx null; no other report gives this projection (no key)"},
  {"text": "3,000", "value": 3000, "unit": None, "counted": "individuals seeking asylum housed at the immigration center", "source": None, "approx": "more than",
   "note": "'currently housing over 3,000 individuals seeking asylum': outlet's voice; 'over' -> more than"},
 ],
 "events": [
  {"actor": None, "date": "2010-12-15", "date_text": "early this morning", "what": "boat capsized off the coast of Christmas Island",
   "note": "'A boat ... capsized off the coast of Christmas Island early this morning': capsizing has no agent; 'this morning' = the day of the report, Wednesday 15 December 2010"},
  {"actor": None, "date": "2010-12-15", "date_text": "at about 6:00am", "what": "the incident occurred",
   "note": "'The incident is believed to have occurred at about 6:00am': no agent (and 'is believed' names no believer); time of day = the reference day"},
  {"actor": R, "date": "2010-12-15", "date_text": "very early in the morning", "what": "residents heard screams and rushed to the boat",
   "note": "'The residents rushed to the boat after hearing screams very early in the morning': agent the residents of Christmas Island; the morning of the report's day"},
 ],
 "actors": [
  {"name": GS, "type": "group", "aliases": ["Government sources"]},
  {"name": A, "type": "group", "aliases": ["authorities"]},
  {"name": R, "type": "group", "aliases": ["Residents of Christmas Island", "The residents"]},
  {"name": "Australian Customs", "type": "organisation", "aliases": ["Customs"]},
  {"name": "witnesses", "type": "group", "aliases": ["witnesses"]},
  {"name": T, "type": "person", "aliases": ["Gordon Thomson, president of the Christmas Island Shire", "Gordon Thomson"]},
  {"name": U, "type": "organisation", "aliases": ["The UNHCR", "the UNHCR", "United Nations High Commissioner for Refugees"]},
 ],
 "notes": [
  "Wikinews report of Wednesday 15 December 2010 on the asylum boat wrecked off Flying Fish Cove, Christmas Island; story christmas_island_shipwreck_2010 with voa_2010_christmas_island_shipwreck_two_dozen_dead (VOA, the same day).",
  "Cross-report figures: people on board 'approximately 70' (outlet) and '75' (Government sources) here against VOA's 'about 70' (officials), key christmas_island_shipwreck_2010:on_board; rescued 41 here against 42 in VOA, key :rescued; 27 bodies recovered in both, key :bodies_recovered. The projection 'could rise to 50' and the 3,000 held at the immigration center have no counterpart (no key).",
  "Claimants: Government sources (41 of the 75), authorities (could rise to 50); 'approximately 70', the 27 bodies and 'over 3,000' are the outlet's voice. 'according to witnesses' attributes the boat's state (no number); the witnesses are listed as an actor.",
  "Quotes: Gordon Thomson's fragment 'very bad situation' (named in the same sentence) and the UNHCR statement attributed after it ('said the UNHCR'), the UNHCR being introduced in the paragraph before.",
  "Events: 'early this morning' (capsizing, no agent), 'at about 6:00am' (the incident, no agent), 'very early in the morning' (residents rushed to the boat). Left out: 'currently' (present state, not a dated act), 'So far' (vague). 'Customs are believed to be attending the scene' has no date expression beyond 'currently'.",
  "Not figures: 'every person' (no number), '6:00am' (time of day, an event).",
  "second reading (annotator): re-read the whole item against FORMAT.md sections 1-2: the UNHCR quote drops the trailing comma; 'approximately 70' -> around and 'over 3,000' -> more than; the 75 and 41 both sit inside 'Reports from Government sources indicate'; 'could rise to 50' left without approx; the three events all point to Wednesday 15 December 2010; aliases checked as exact surface forms.",
 ],
}
