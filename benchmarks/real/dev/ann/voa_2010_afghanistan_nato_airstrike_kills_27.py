K = "uruzgan_airstrike_2010:"
M = "marjah_offensive_2010:"
GOV = "Afghan government"
COM = "Afghan Council of Ministers"
AO = "Afghan officials"
NP = "Nangarhar police"
HZ = "Haji Mohammad Zaman Ghamsharik"
MIL = "Haji Zaman's tribal militia"
ANN = {
 "article": "articles/voa_2010_afghanistan_nato_airstrike_kills_27.txt",
 "gold_out": "gold/voa_2010_afghanistan_nato_airstrike_kills_27.json",
 "published": "2010-02-22",
 "quotes": [
  {"text": "unjustifiable.", "speaker": COM, "speaker_mention": "The Council of Ministers", "fragment": True,
   "note": "'The Council of Ministers released a statement Monday condemning the incident ... as \"unjustifiable.\"': one word of the statement in reported speech; final '.' inside the marks kept"},
 ],
 "figures": [
  {"quantity": K+"civilians_killed", "text": "27", "value": 27, "unit": None, "counted": "civilians killed by NATO airstrike", "source": None, "approx": None, "ctx": "Kills 27",
   "note": "headline 'NATO Airstrike Kills 27 Civilians' in VOA's voice"},
  {"quantity": K+"civilians_killed", "text": "27", "value": 27, "unit": None, "counted": "civilians killed in southern Afghanistan", "source": GOV, "approx": None, "ctx": "killed 27 civilians",
   "note": "'The Afghan government says a NATO airstrike has killed 27 civilians'"},
  {"quantity": K+"civilians_killed", "text": "33", "value": 33, "unit": None, "counted": "died", "source": "early reports", "approx": None,
   "note": "'Early reports said 33 died': claimed by the (unnamed) early reports, as 'News reports say' in the Helmand 2008 model; the earlier toll of the same strike, hence the same key"},
  {"quantity": K+"civilians_killed", "text": "27", "value": 27, "unit": None, "counted": "number of dead", "source": AO, "approx": None, "ctx": "number to 27",
   "note": "'officials later lowered the number to 27': the claimant is 'officials' (unnamed; in context Afghan officials, whose government gives 27 in the lead); counted is 'the number' (of the dead)"},
  {"text": "14", "value": 14, "unit": None, "counted": "people killed by a suicide bomber", "source": NP, "approx": "at least",
   "note": "'In eastern Afghanistan, police say a suicide bomber killed at least 14 people': the police are those of Nangarhar province (next sentence, 'Police in Nangarhar province said ...')"},
  {"quantity": M+"civilians_killed", "text": "16", "value": 16, "unit": None, "counted": "civilians killed in the week-long offensive", "source": None, "approx": "at least",
   "note": "'So far, at least 16 civilians, about 120 insurgents and 13 NATO troops have been killed in the week-long offensive': VOA's own voice, no claimant"},
  {"quantity": M+"insurgents_killed", "text": "120", "value": 120, "unit": None, "counted": "insurgents killed in the week-long offensive", "source": None, "approx": "around",
   "note": "'about 120 insurgents' (about = around); outlet's voice"},
  {"quantity": M+"nato_troops_killed", "text": "13", "value": 13, "unit": None, "counted": "NATO troops killed in the week-long offensive", "source": None, "approx": None,
   "note": "outlet's voice; the 'at least' of the list attaches to the first item only"},
  {"quantity": M+"families_fled", "text": "3,300", "value": 3300, "unit": None, "counted": "families who have left Marjah and the surrounding areas", "source": "U.N. officials", "approx": "around",
   "note": "'U.N. officials tell VOA that about 3,300 families have left Marjah ... since the operation began'"},
 ],
 "events": [
  {"actor": COM, "date": "2010-02-22", "date_text": "Monday", "ctx": "statement Monday", "what": "Council of Ministers released a statement condemning the Uruzgan strike as unjustifiable",
   "note": "'The Council of Ministers released a statement Monday': active verb, subject the Council; Monday = the publication day, 22 February 2010"},
  {"actor": HZ + " and " + MIL, "date": "2001", "date_text": "in 2001", "what": "Haji Zaman and his militia played a key role in the failed attempt to capture Osama Bin Laden in Tora Bora",
   "note": "'He and the tribal militia he led played a key role in the failed attempt to capture Osama Bin Laden in Tora Bora in 2001': whether the year is read on 'played' or on the noun 'attempt' (in which they took part), the doers the text names are Zaman ('He') and his militia: joint actor"},
  {"actor": "Mike Mullen", "date": "2010-02-22", "date_text": "Monday", "ctx": "said Monday", "what": "Mullen said the Marjah offensive is proceeding slower than expected",
   "note": "'Mike Mullen said Monday': active 'said', subject Mullen; 22 February 2010"},
 ],
 "actors": [
  {"name": GOV, "type": "organisation", "aliases": ["The Afghan government"]},
  {"name": COM, "type": "organisation", "aliases": ["The Council of Ministers"]},
  {"name": "early reports", "type": "group", "aliases": ["Early reports"]},
  {"name": AO, "type": "group", "aliases": ["officials"]},
  {"name": "NATO", "type": "organisation", "aliases": ["NATO", "A NATO statement", "NATO forces", "NATO officers"]},
  {"name": NP, "type": "organisation", "aliases": ["police", "Police in Nangarhar province"]},
  {"name": "suicide bomber", "type": "person", "aliases": ["a suicide bomber", "the attacker"]},
  {"name": HZ, "type": "person", "aliases": ["Haji Mohammad Zaman Ghamsharik", "Haji Zaman"]},
  {"name": MIL, "type": "group", "aliases": ["the tribal militia he led"]},
  {"name": "Stanley McChrystal", "type": "person", "aliases": ["U.S. General Stanley McChrystal", "The commander of NATO forces in Afghanistan, U.S. General Stanley McChrystal"]},
  {"name": "Mike Mullen", "type": "person", "aliases": ["U.S. Joint Chiefs of Staff Chairman Mike Mullen", "Mike Mullen"]},
  {"name": "U.N. officials", "type": "group", "aliases": ["U.N. officials"]},
 ],
 "notes": [
  "VOA News report of Monday 22 February 2010 on the NATO airstrike in Uruzgan of Sunday 21 February 2010 (the text names no day for it) and the Marjah offensive in Helmand; story afghanistan_uruzgan_marjah_2010 (one item). Published date worked out from the text and the address (see meta).",
  "Keys: " + K + "civilians_killed joins the headline's 27 (VOA), the government's 27, the early reports' 33 and the officials' lowered 27 (one toll of one strike, revised). The Marjah offensive figures (16 civilians, 120 insurgents, 13 NATO troops, 3,300 families) each have their own " + M + " key (deaths of different kinds are different quantities). The Nangarhar bombing toll (14) has no key.",
  "Sources: 'Early reports' and 'officials' are unnamed claimants kept as written (actors 'early reports' and 'Afghan officials'); the Marjah casualty list is in VOA's voice (no 'said'), so null.",
  "Quote: only 'unjustifiable.' (fragment of the Council of Ministers' statement). No other quote marks.",
  "Events: the Council's statement 'Monday', Mullen 'said Monday' (both 22 February 2010), and 'in 2001' (Tora Bora, joint actor Haji Zaman and his militia). Left out: 'later' (vague), 'So far', 'week-long' (a duration, no number), 'since the operation began' (no date expression).",
  "Not figures: '2001' (year); 'week-long' (no number); 'a suicide bomber', 'a meeting', 'a key role' (articles, not counts).",
  "Actors: NATO's aliases include 'A NATO statement' (the statement as claimant of what the forces found), 'NATO forces' (who found and transported the wounded) and 'NATO officers' (who reported resistance). Osama Bin Laden and the Taliban insurgents do not act or speak in the text and are not actors. The closing credit (AP and Reuters) is kept as printed; they are suppliers of the copy, not actors.",
  "Second careful read done by the annotator against FORMAT.md sections 1-2: every number token and the one quote-mark span checked; the three 27s pinned with ctx; the two 'Monday's pinned with ctx; the 'at least' hedge given to 16 only, not to 120 ('about') or 13.",
 ],
}
