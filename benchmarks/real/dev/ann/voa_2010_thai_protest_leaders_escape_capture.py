S = "bangkok_red_shirts_2010"
GOV = "Thai government"
OFF = "Thai government officials"
POL = "Thai police"
SF = "Thai security forces"
SPT = "Sanyiam Puy-Thong"
ANN = {
 "article": "articles/voa_2010_thai_protest_leaders_escape_capture.txt",
 "gold_out": "gold/voa_2010_thai_protest_leaders_escape_capture.json",
 "published": "2010-04-16",
 "quotes": [
  {"text": "Government have the order, would like to catch our leader. That is, the government say our leader be the terrorists, then they try to catch. They try to catch our leader, stop our asking for democracy", "speaker": SPT, "speaker_mention": "he",
   "note": "one unbroken quotation after 'Protest supporter Sanyiam Puy-Thong ... says he heard explosions'; attributed by ', he said' after it; the comma before the closing mark dropped"},
 ],
 "figures": [
  {"text": "three", "value": 3, "unit": None, "counted": "leaders of the anti-government protests who escaped", "source": OFF, "approx": None, "ctx": "how three leaders",
   "note": "inside the reported speech of 'Government officials say they will investigate just how three leaders ... managed to escape'"},
  {"text": "three", "value": 3, "unit": "storeys", "counted": "floors climbed down using a rope", "source": None, "approx": None, "ctx": "three floors",
   "note": "'climbed down three floors': floors = storeys; the outlet's voice"},
  {"quantity": S + ":dead_apr10_clash", "text": "24", "value": 24, "unit": None, "counted": "soldiers and protesters dead in the clashes of last Saturday", "source": OFF, "approx": None,
   "note": "the relative clause 'that left 24 soldiers and protesters dead' sits inside what 'Officials earlier Friday said'; taken literally as their claim. The toll of the single clash of Saturday 10 April, not the cumulative toll of the protests (the Wikinews item's 'at least 26' over seven weeks)"},
  {"text": "a month", "value": 1, "unit": "months", "counted": "time UDD supporters have held protests in Bangkok", "source": None, "approx": "more than",
   "note": "'for more than a month': duration figure, as 'more than a month' in other dev items"},
  {"text": "several thousand", "value": None, "vague": True, "unit": None, "counted": "pro-government supporters rallied outside an army base", "source": None, "approx": None},
 ],
 "events": [
  {"actor": POL, "date": "2010-04-16", "date_text": "Friday", "ctx": "surround their hotel Friday", "what": "police tried to surround the protest leaders' hotel; three leaders escaped",
   "note": "'when police tried to surround their hotel Friday': the weekday modifies 'tried to surround', agent police; the report's day"},
  {"actor": OFF, "date": "2010-04-16", "date_text": "earlier Friday", "what": "officials said the government is preparing arrests over the clashes",
   "note": "'Officials earlier Friday said ...': agent the officials"},
  {"actor": None, "date": "2010-04-10", "date_text": "last Saturday", "what": "clashes with security forces that left 24 soldiers and protesters dead",
   "note": "date on the noun 'clashes with security forces': the sentence names only one party (security forces) and not who clashed with them ('people linked to clashes'), so no joint actor can be read from the text: null. 'last Saturday' from Friday 16 April = 10 April 2010"},
  {"actor": None, "date": "2006", "date_text": "in 2006", "what": "Thaksin Shinawatra ousted in a coup",
   "note": "passive without a by-agent ('who was ousted in a coup in 2006'): null"},
  {"actor": "pro-government supporters", "date": "2010-04-16", "date_text": "On Friday", "what": "several thousand pro-government supporters rallied outside an army base"},
 ],
 "actors": [
  {"name": GOV, "type": "organisation", "aliases": ["The Thai government", "the government", "The government"]},
  {"name": OFF, "type": "group", "aliases": ["Government officials", "Officials"]},
  {"name": POL, "type": "organisation", "aliases": ["police"]},
  {"name": SF, "type": "organisation", "aliases": ["security forces", "troops"]},
  {"name": "Thai protest leaders", "type": "group", "aliases": ["three leaders of the anti-government protests", "their leaders", "One of the leaders"]},
  {"name": SPT, "type": "person", "aliases": ["Protest supporter Sanyiam Puy-Thong", "Sanyiam Puy-Thong"]},
  {"name": "armed men", "type": "group", "aliases": ["armed men"]},
  {"name": "United Democratic Front against Dictatorship", "type": "organisation", "aliases": ["United Democratic Front against Dictatorship", "UDD", "The anti-government movement"]},
  {"name": "UDD supporters", "type": "group", "aliases": ["UDD supporters", "Most UDD supporters"]},
  {"name": "Abhisit Vejjajiva", "type": "person", "aliases": ["Prime Minister Abhisit Vejjajiva", "Mr. Abhisit"]},
  {"name": "Thaksin Shinawatra", "type": "person", "aliases": ["former Prime Minister Thaksin Shinawatra", "Mr. Thaksin"]},
  {"name": "pro-government supporters", "type": "group", "aliases": ["pro-government supporters", "several thousand pro-government supporters"]},
 ],
 "notes": [
  "VOA News report of Friday 16 April 2010 (date worked out from the text, see the meta's published_evidence) on the failed raid on the red-shirt leaders' hotel in Bangkok; story bangkok_red_shirts_2010 with the three VOA items of March and May 2010 in dev and wn_2010_thai_police_protesters_clash_one_dead (29 April, this folder).",
  "Key: the 24 dead of the 10 April clash, claimed by the officials, shares bangkok_red_shirts_2010:dead_apr10_clash with the 'at least 10' of voa_2010_thai_pm_soldiers_withdrawn_10_die (prime minister, 10 April, headline and lead): the same toll counted six days apart. The Wikinews item's 'at least 26' is the cumulative toll of the protests, a different scope.",
  "One quote (Sanyiam Puy-Thong, attributed by 'he said' after a sentence that names him). 'Government officials' and 'Officials' are taken as one group actor (the government's officials); 'the government'/'The government' (which 'says armed men infiltrated') is a separate organisation actor.",
  "Events: 'Friday' (police, the raid), 'earlier Friday' (officials' statement), 'last Saturday' (noun 'clashes', null), 'in 2006' (passive, null), 'On Friday' (pro-government supporters rallied). 'for more than a month' is a duration: a figure. Not figures: '2006' (year); 'One of the leaders' (pronoun use of one).",
  "Second reading: re-read the whole item against FORMAT.md sections 1-2 (quote span without the trailing comma, claimants inside reported speech, weekday dates against the worked-out published date, 'last Saturday' as the Saturday before, aliases exact and unshared); no changes needed after build.",
 ],
}
