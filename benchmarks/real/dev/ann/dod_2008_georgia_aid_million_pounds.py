K = "georgia_us_aid_2008:"
E = "U.S. European Command"
MC = "USS McFaul"
D = "USCGC Dallas"
R = "Steve Romano"
ANN = {
 "article": "articles/dod_2008_georgia_aid_million_pounds.txt",
 "gold_out": "gold/dod_2008_georgia_aid_million_pounds.json",
 "published": "2008-08-24",
 "quotes": [
  {"text": "Everyone has done a wonderful job of pulling together to help the people of Georgia, and we look forward to continuing to do our part to support these efforts", "speaker": R,
   "speaker_mention": "Navy Rear Adm. Steve Romano",
   "note": "attribution after the quotation ('..., Navy Rear Adm. Steve Romano, EuCom's director of logistics and security assistance, said'); the comma before the closing mark is dropped"},
 ],
 "figures": [
  {"quantity": K + "military_relief_delivered_total", "text": "Million", "value": 1e6, "unit": None, "counted": "pounds of aid to Georgia (the mark surpassed)", "source": None, "approx": "more than", "ctx": "Million-Pound",
   "note": "headline 'Aid to Georgia Surpasses Million-Pound Mark': 'surpasses' -> more than; headline in the outlet's voice. Pounds are not in the scorer's unit table (it reads 'pound' as GBP), so no unit and 'pounds' is the counted noun"},
  {"quantity": K + "military_relief_delivered_total", "text": "1 million", "value": 1e6, "unit": None, "counted": "pounds of humanitarian relief supplies delivered to Georgia by the U.S. military", "source": E, "approx": "more than",
   "note": "'more than 1 million pounds'; the next sentence ends 'U.S. European Command officials said' (claimant named in the next sentence counts). The cumulative US military delivery, then all by air: the same quantity as the 1,145 short tons delivered by air by 8 September in dod_2008_georgia_mount_whitney_concludes (a total that grew)"},
  {"quantity": K + "air_missions_total", "text": "36", "value": 36, "unit": None, "counted": "missions flown by Air Force and Navy transport aircraft as of Aug. 22", "source": E, "approx": None,
   "note": "'..., U.S. European Command officials said' in the same sentence. Cumulative aid flights: 62 air sorties by 8 September in dod_2008_georgia_mount_whitney_concludes (same key)"},
  {"text": "Two", "value": 2, "unit": None, "counted": "U.S. ships on the way to Georgia", "source": None, "approx": None, "ctx": "Two U.S. ships",
   "note": "McFaul and Dallas; narration (the paragraph has no attribution), so null"},
  {"text": "95", "value": 95, "unit": "tons", "counted": "tons of humanitarian supplies on the two ships", "source": None, "approx": "around",
   "note": "'nearly 95 tons' -> around; the two ships' load, no other item gives the same total"},
  {"quantity": K + "mcfaul_pallets", "text": "72", "value": 72, "unit": None, "counted": "pallets of relief supplies loaded on USS McFaul", "source": None, "approx": None,
   "note": "'loaded with 72 pallets': narration. The McFaul's cargo: the Navy/EUCOM release (dod_2008_georgia_mcfaul_aid_batumi) says it 'delivered 82 pallets' (same key, the reports disagree)"},
  {"text": "50", "value": 50, "unit": None, "counted": "pallets carried by the Coast Guard Cutter Dallas", "source": None, "approx": None,
   "note": "'departed the next day with 50 pallets': narration"},
  {"text": "378", "value": 378, "unit": None, "counted": "foot length of the cutter", "source": None, "approx": None,
   "note": "'The 378-foot-long high-endurance cutter': a length in feet (not in the scorer's unit table), no unit"},
 ],
 "events": [
  {"actor": "U.S. Air Force and U.S. Navy", "date": "2008-08-22", "date_text": "As of Aug.22", "what": "36 aid missions had been flown",
   "note": "'As of Aug.22, 36 missions had been flown by Air Force C-17 ... as well as Navy C-9 ... aircraft': passive with a 'by' agent naming the two services' aircraft, so the joint actor of the two services; printed without a space after 'Aug.'"},
  {"actor": MC, "date": "2008-08-21", "date_text": "Aug. 21", "what": "USS McFaul left port in Souda Bay, Crete",
   "note": "subject of 'left port'; the year is that of the dateline. The item of 21 August (dod_2008_georgia_ships_deploy_aid) dates this departure 'yesterday' (20 August)"},
  {"actor": D, "date": "2008-08-22", "date_text": "the next day", "what": "the Coast Guard Cutter Dallas departed with 50 pallets",
   "note": "subject of 'departed'; the day after Aug. 21 of the sentence before. The Navy/EUCOM release says Dallas left 'on Thursday' (21 August)"},
 ],
 "actors": [
  {"name": "U.S. military", "type": "organisation", "aliases": ["The U.S. military"]},
  {"name": E, "type": "organisation", "aliases": ["U.S. European Command officials", "EuCom headquarters", "EuCom"]},
  {"name": "U.S. Air Force", "type": "organisation", "aliases": ["Air Force"]},
  {"name": "U.S. Navy", "type": "organisation", "aliases": ["Navy"]},
  {"name": MC, "type": "organisation", "aliases": ["Guided missile destroyer USS McFaul", "USS McFaul"]},
  {"name": D, "type": "organisation", "aliases": ["Coast Guard Cutter USCGC Dallas", "USCGC Dallas", "The 378-foot-long high-endurance cutter"]},
  {"name": R, "type": "person", "aliases": ["Navy Rear Adm. Steve Romano", "Steve Romano"]},
 ],
 "notes": [
  "American Forces Press Service story of Sunday 24 August 2008, compiled from U.S. European Command releases, kept from a blog that reposts AFPS stories. Story georgia_us_aid_2008 with dod_2008_georgia_ships_deploy_aid (21 August), dod_2008_georgia_mcfaul_aid_batumi (24 August) and dod_2008_georgia_mount_whitney_concludes (8 September).",
  "Keys across the story: :military_relief_delivered_total (headline 'Million' and 'more than 1 million pounds' here; 1,145 short tons by 8 September), :air_missions_total (36 missions as of 22 August; 62 air sorties by 8 September), :mcfaul_pallets (72 pallets loaded here; 82 delivered in the Navy/EUCOM release). The cumulative totals grow between reports; the McFaul pallet counts disagree.",
  "One quote, Romano's, attributed after it with a long apposition. The 1 million and 36 are claimed by EUCOM officials (the first through the next sentence's attribution); the ship figures in the second paragraph are narration.",
  "Events: the passive 'had been flown by Air Force ... and Navy ... aircraft' -> joint actor 'U.S. Air Force and U.S. Navy'; McFaul 'left port ... Aug. 21' and Dallas 'departed the next day' disagree by a day with the 21 August item ('yesterday' = 20 August) and the Navy/EUCOM release ('on Thursday' = 21 August) respectively. The dateline is not an event; 'currently' is vague.",
  "Not figures: 'C-17', 'C-130', 'C-9', 'C-40' and 'III' (aircraft designations), '6th' (fleet name), the dateline numbers. 'EuCom headquarters here ...' has no date expression.",
  "Second reading against FORMAT.md sections 1-2 (whole item re-read): the quote span (comma dropped), the headline figure and its 'more than', the next-sentence claimant of '1 million', the null sources of the narrated ship figures, the three event dates and the joint passive agent checked; no change.",
 ],
}
