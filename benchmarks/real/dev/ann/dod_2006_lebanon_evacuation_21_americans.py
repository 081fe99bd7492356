W = "Bryan Whitman"
ANN = {
 "article": "articles/dod_2006_lebanon_evacuation_21_americans.txt",
 "gold_out": "gold/dod_2006_lebanon_evacuation_21_americans.json",
 "published": "2006-08-14",
 "quotes": [
  {"text": "But there are only trickles of people requesting to be departed", "speaker": W, "speaker_mention": "Whitman"},
  {"text": "With respect to supplies, there is not a current shipment of humanitarian assistance that the U.S. military is looking at bringing in", "speaker": W, "speaker_mention": "he"},
  {"text": "As we go into the future, there will be opportunities for ship and eventually air to be able to deliver those types of things from other countries, commercially.", "speaker": W, "speaker_mention": "he",
   "note": "second half of a quote split by 'he said'"},
 ],
 "figures": [
  {"quantity": "israel_hezbollah_2006:americans_evacuated_recent_days", "text": "21", "value": 21, "counted": "Americans evacuated from Beirut", "source": None, "ctx": "Evacuates 21 Americans",
   "note": "headline, unattributed"},
  {"quantity": "israel_hezbollah_2006:americans_evacuated_recent_days", "text": "21", "value": 21, "counted": "more Americans evacuated from Beirut in recent days", "source": W, "ctx": "evacuated 21 more Americans"},
  {"text": "14,876", "value": 14876, "counted": "Americans evacuated from Lebanon since the conflict began (total)", "source": None,
   "note": "'This brings the total ...' follows Whitman's statement but is not itself attributed: source null. A total, not the same quantity as the 21 of recent days"},
  {"text": "Seven", "value": 7, "counted": "vessels still committed to the evacuation operation", "source": None},
  {"text": "6,000", "value": 6000, "approx": "around", "counted": "American servicemembers participating in the operation", "source": None},
 ],
 "events": [
  {"actor": W, "date": "2006-08-14", "date_text": "today", "what": "said 21 more Americans were evacuated"},
  {"actor": None, "date": "2006-07-16", "date_text": "July 16", "what": "Israel-Hezbollah conflict began (per this report)",
   "note": "subject is 'the conflict', no agent: actor null. The Wikinews items of this story date the exchange of attacks from Wednesday 12 July 2006 ('since Wednesday'); this DOD story gives 16 July"},
 ],
 "actors": [
  {"name": W, "type": "person", "aliases": ["DoD spokesman Bryan Whitman", "Whitman"]},
  {"name": "U.S. military", "type": "organisation", "aliases": ["the U.S. military"]},
  {"name": "Israel", "type": "country", "aliases": ["Israel"]},
  {"name": "Hezbollah", "type": "group", "aliases": ["the terror group Hezbollah"]},
  {"name": "United Nations", "type": "organisation", "aliases": ["The United Nations"]},
 ],
 "notes": [
  "American Forces Press Service story (Jim Garamone) republished on DVIDS, dated 14 Aug 2006 (a Monday); 'today' = publication day.",
  "Not figures: '24th Marine Expeditionary Unit' (ordinal/designation), 'CH-53', 'CH-46' (designations), 'USS Cole' etc. (names). 'July 16' is a date.",
  "'in recent days' is vague and not annotated as an event.",
  "The headline '21 Americans' and the body '21 more Americans' share a quantity key; the cumulative total 14,876 is a different quantity.",
  "Same story (2006 Israel-Hezbollah war) as the two Wikinews items wn_2006_hezbollah_israel_*: a different outlet, but no figure counts the same thing, so no cross-item keys with them.",
 ],
}
