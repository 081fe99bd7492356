S = "nepal_april_protests_2006"
K = "King Gyanendra"
GOV = "Nepalese government"
POL = "Nepalese police"
SEC = "Nepalese security personnel"
AL = "seven-party opposition alliance"
PMS = "Prakash Man Singh"
MR = "Maoist rebels"
DEM = "pro-democracy demonstrators"
ANN = {
 "article": "articles/voa_2006_nepal_arrests_continue_strike_begins.txt",
 "gold_out": "gold/voa_2006_nepal_arrests_continue_strike_begins.json",
 "published": "2006-04-06",
 "quotes": [
  {"text": "The people have taken seriously the call given by the seven-party alliance. We do not want an autocratic monarch over here in Nepal, and we want to restore peace. We want total democracy. We want sovereignty back to the people",
   "speaker": PMS, "speaker_mention": "Prakash Man Singh",
   "note": "'\"...,\" said Prakash Man Singh.': named after the quote, and introduced in the paragraph before ('Prakash Man Singh, a spokesman for the Nepali Congress Democratic Party, says ...'); trailing comma dropped"},
 ],
 "figures": [
  {"text": "hundreds", "value": None, "vague": True, "unit": None, "counted": "opposition leaders and activists detained in Kathmandu", "source": None, "approx": None, "ctx": "detained hundreds",
   "note": "vague plural, the outlet's voice; detentions up to and including the first strike day (the two waves), a wider scope than the 5 April counts of the other items (no key)"},
  {"quantity": S + ":strike_days", "text": "four", "value": 4, "unit": "days", "counted": "national strike", "source": None, "approx": None, "ctx": "four-day national strike",
   "note": "'a four-day national strike': number span 'four' (as '47' in '47-year-old')"},
  {"text": "nine", "value": 9, "unit": None, "counted": "people killed in a provincial town raided by Maoist rebels", "source": None, "approx": None,
   "note": "outlet's voice (no claimant in the text)"},
  {"quantity": S + ":insurgency_years", "text": "decade", "value": 10, "unit": "years", "counted": "violent insurgency", "source": None, "approx": None,
   "note": "'a violent, decade-long insurgency': 'decade' is a number word for ten years (as in the dev items with 'decade'); the same length as the '10-year communist insurgency' of voa_2006_nepal_police_detain_dozens"},
  {"text": "Hundreds", "value": None, "vague": True, "unit": None, "counted": "security personnel in riot gear", "source": None, "approx": None, "ctx": "Hundreds of security personnel"},
  {"quantity": S + ":alliance_parties", "text": "seven", "value": 7, "unit": None, "counted": "opposition parties", "source": None, "approx": None, "ctx": "seven opposition parties",
   "note": "'an alliance of seven opposition parties': outlet's voice"},
  {"text": "a year", "value": 1, "unit": "years", "counted": "time since the king seized the powers", "source": PMS, "approx": "more than",
   "note": "'Prakash Man Singh ... says the government's tough measures did not deter people from supporting the opposition's demand that the king give up the powers he seized more than a year ago': inside his reported speech, so claimed by him; 'more than'; a duration measured back from the report, not an event (as 'over a year ago' in the dev set)"},
  {"quantity": S + ":alliance_parties", "text": "seven", "value": 7, "unit": None, "counted": "party alliance", "source": PMS, "approx": None, "ctx": "seven-party alliance",
   "note": "'the seven-party alliance' inside Prakash Man Singh's direct quote, so claimed by him; the compound counts the parties (7), as in voa_2006_nepal_king_interim_government_offer"},
 ],
 "events": [
  {"actor": POL, "date": "2006-04-06", "date_text": "at the start of a four-day national strike", "what": "Nepalese police detained hundreds of opposition leaders and activists in Kathmandu",
   "note": "'Nepalese police have detained hundreds ... at the start of a four-day national strike': the police are the subject; the start of the strike is its first day, Thursday 6 April 2006 (the report's day)"},
  {"actor": SEC, "date": "2006-04-06", "date_text": "Thursday", "what": "hundreds of security personnel stood guard in Kathmandu's streets", "ctx": "Kathmandu Thursday",
   "note": "'Hundreds of security personnel in riot gear stood guard ... Thursday': the security personnel are the subject; Thursday 6 April 2006, the report's day"},
  {"actor": DEM, "date": "2006-04-06", "date_text": "during the day", "what": "small groups of pro-democracy demonstrators emerged on the streets",
   "note": "'small groups of pro-democracy demonstrators emerged on the streets during the day': the day of the sentence before it (Thursday 6 April), as 'later in the day'; the demonstrators are the subject"},
  {"actor": None, "date": "2006-04-05", "date_text": "a day ahead of the strike", "what": "many opposition leaders and activists had been detained",
   "note": "passive without a by-agent ('had been detained') -> null; the day before the strike's first day = Wednesday 5 April 2006"},
  {"actor": None, "date": "2006-04-06", "date_text": "Thursday", "what": "businesses and schools shut down", "ctx": "shut down Thursday",
   "note": "'businesses and schools shut down Thursday': intransitive 'shut down' with things as subject, no named agent (as 'the pier shut down' in the dev set) -> null"},
 ],
 "actors": [
  {"name": K, "type": "person", "aliases": ["King Gyanendra", "the king"]},
  {"name": POL, "type": "organisation", "aliases": ["Nepalese police"]},
  {"name": SEC, "type": "organisation", "aliases": ["security personnel"]},
  {"name": GOV, "type": "organisation", "aliases": ["The government", "Authorities"]},
  {"name": AL, "type": "organisation", "aliases": ["an alliance of seven opposition parties", "the seven-party alliance"]},
  {"name": PMS, "type": "person", "aliases": ["Prakash Man Singh", "Prakash Man Singh, a spokesman for the Nepali Congress Democratic Party"]},
  {"name": "Nepali Congress Democratic Party", "type": "party", "aliases": ["Nepali Congress Democratic Party"]},
  {"name": MR, "type": "group", "aliases": ["Maoist rebels"]},
  {"name": DEM, "type": "group", "aliases": ["pro-democracy demonstrators"]},
  {"name": "United Nations", "type": "organisation", "aliases": ["The United Nations"]},
  {"name": "United States", "type": "country", "aliases": ["the United States"]},
 ],
 "notes": [
  "VOA News report of Thursday 6 April 2006 (kept on VOA's Khmer service site), the first day of the opposition's four-day general strike: hundreds detained in Kathmandu, a second wave of arrests, and nine killed in a Maoist raid on a provincial town. Story nepal_april_protests_2006 with voa_2006_nepal_opposition_leaders_arrested and voa_2006_nepal_police_detain_dozens (both 5 April) and the dev items of 21-22 April.",
  "Shared keys: nepal_april_protests_2006:strike_days (four-day strike), :alliance_parties (seven parties; here twice, once in the outlet's voice and once in Prakash Man Singh's quote), :insurgency_years ('decade-long' here, '10-year' in voa_2006_nepal_police_detain_dozens).",
  "'The government' and 'Authorities' (banned rallies, imposed a curfew) are one actor, the royal government; 'Nepalese police' (detained hundreds) and the 'security personnel' who stood guard are kept apart as the text names them.",
  "Not events: 'prompting a second wave of arrests' and 'Authorities have banned public rallies, imposed a night-time curfew' carry no date expression; 'more than a year ago' is annotated as a duration figure only (as in the dev set); 'The United Nations and the United States have criticized' has no date.",
  "Not figures: 'second wave' (ordinal), 'a day ahead of the strike' (a date expression). 'small groups' is not a number.",
  "Second careful read done against FORMAT.md sections 1-2: the quote and its marks, every number token (hundreds, four, nine, decade, Hundreds, seven x2, a year), each date expression and its agent, every alias checked as an exact substring.",
 ],
}
