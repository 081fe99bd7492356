K = "haiti_quake_2010:"
HG = "Haitian government"
HO = "Haitian officials"
HA = "Haitian authorities"
TC = "Tim Callahan"
RS = "Rajiv Shah"
ANN = {
 "article": "articles/voa_2010_haiti_quake_toll_rises_150000.txt",
 "gold_out": "gold/voa_2010_haiti_quake_toll_rises_150000.json",
 "published": "2010-01-24",
 "quotes": [
  {"text": "unparalleled", "speaker": RS, "speaker_mention": "Rajiv Shah, the head of USAID", "fragment": True,
   "note": "'Rajiv Shah, the head of USAID, told Reuters news agency the disaster is \"unparalleled\"': a one-word phrase of Shah's inside reported speech"},
  {"text": "never going to meet the need as quickly as we'd like.", "speaker": RS, "speaker_mention": "Rajiv Shah, the head of USAID", "fragment": True,
   "note": "second quoted phrase of the same sentence ('his organization is \"never going to ...\"'); the final period inside the marks is kept; same attribution as the first"},
 ],
 "figures": [
  {"quantity": K+"confirmed_dead_port_au_prince", "text": "150,000", "value": 150000, "unit": None, "counted": "dead in the Haiti quake (death toll)", "source": HG, "approx": None, "ctx": "Rises to 150,000",
   "note": "headline without a claimant of its own; the next sentence gives the same toll as what 'The Haitian government says' (claimant named in the next sentence)"},
  {"quantity": K+"confirmed_dead_port_au_prince", "text": "150,000", "value": 150000, "unit": None, "counted": "confirmed dead from the earthquake (death toll)", "source": HG, "approx": None, "ctx": "risen to 150,000",
   "note": "'The Haitian government says the confirmed death toll ... has risen to 150,000'. Shares confirmed_dead_port_au_prince with Wikinews's 'over 150,000 people in Port-au-Prince ... confirmed dead' (Lassegue, 25 Jan, wn_2010_haiti_minister_toll): the next sentence says the number leaves out outlying areas such as Jacmel, so it is the capital's count of bodies, not the whole quake's toll"},
  {"quantity": K+"death_toll", "text": "200,000", "value": 200000, "unit": None, "counted": "dead in the final toll", "source": HA, "approx": None,
   "note": "'Authorities have estimated that the final toll will reach 200,000': the estimate of the whole quake's toll; 'will reach' is a forecast, not a hedge on the number, so approx null. Shares death_toll with 'could reach 50,000' (Red Cross, 15 Jan), 212,000 (Haiti's government, 6 Feb) and 'more than 230,000' (Shah, 9 Jul)"},
  {"text": "thousands", "value": None, "vague": True, "unit": None, "counted": "residents given food and water", "source": None, "approx": None,
   "note": "'handed out food and water to thousands of residents': vague plural, VOA's voice"},
 ],
 "events": [
  {"actor": None, "date": "2010-01-12", "date_text": "nearly two weeks ago", "what": "the massive earthquake devastated the capital",
   "note": "'the massive earthquake that devastated the capital nearly two weeks ago': the subject is the earthquake (not an actor), so null; 'nearly two weeks' before Sunday 24 January 2010 is just under 14 days: the earthquake of Tuesday 12 January 2010, 12 days before (as dated in the other items of the story). Not a duration figure ('two weeks ago' is a date, as in the dev set)"},
  {"actor": HO, "date": "2010-01-24", "date_text": "Sunday", "what": "officials said the number does not include outlying areas such as Jacmel", "ctx": "Officials said Sunday",
   "note": "'Officials said Sunday ...': active 'said' with its subject; Sunday = the day of the report, 24 January 2010"},
  {"actor": HG, "date": "2010-01-22", "date_text": "on Friday", "what": "the government officially called off search and rescue operations",
   "note": "'The government officially called off search and rescue operations on Friday': active verb, subject the (Haitian) government; Friday before Sunday 24 January = 22 January"},
  {"actor": "international rescue teams", "date": "2010-01-23", "date_text": "on Saturday", "what": "international rescue teams pulled a man from the rubble of a grocery store",
   "note": "'international rescue teams pulled a man from the rubble ... on Saturday': active verb with its subject; Saturday = 23 January 2010"},
  {"actor": TC, "date": "2010-01-24", "date_text": "Sunday", "what": "Tim Callahan said search and rescue is winding down", "ctx": "(USAID) said Sunday",
   "note": "'Tim Callahan, an official with the U.S. Agency for International Development (USAID) said Sunday ...': active 'said', subject Callahan"},
  {"actor": "U.S. and Brazilian soldiers", "date": "2010-01-24", "date_text": "On Sunday", "what": "soldiers handed out food and water to residents of Cite Soleil",
   "note": "'On Sunday, U.S. and Brazilian soldiers handed out food and water': active verb with its (joint) subject, kept as one group as printed"},
 ],
 "actors": [
  {"name": HG, "type": "organisation", "aliases": ["The Haitian government", "The government"]},
  {"name": HO, "type": "group", "aliases": ["Officials"]},
  {"name": HA, "type": "organisation", "aliases": ["Authorities"]},
  {"name": "international rescue teams", "type": "group", "aliases": ["international rescue teams"]},
  {"name": TC, "type": "person", "aliases": ["Tim Callahan"]},
  {"name": "aid agencies", "type": "group", "aliases": ["Aid agencies"]},
  {"name": "U.S. and Brazilian soldiers", "type": "group", "aliases": ["U.S. and Brazilian soldiers"]},
  {"name": RS, "type": "person", "aliases": ["Rajiv Shah", "the head of USAID"]},
 ],
 "notes": [
  "VOA News report of Sunday 24 January 2010 (date inferred, see meta) on the Haitian government's confirmed death toll of 150,000 from the 12 January earthquake; story haiti_quake_2010 with the Wikinews, VOA, DOD and USAID items of that story.",
  "Cross-item keys: haiti_quake_2010:confirmed_dead_port_au_prince (150,000 here, twice; 'over 150,000' in the capital, Lassegue, wn_2010_haiti_minister_toll, 25 Jan) and haiti_quake_2010:death_toll (the final toll estimated at 200,000 here; 50,000, 212,000 and more than 230,000 in the DOD and USAID items). The removed photo caption's 'More than 110,000' (Interior Ministry) is page furniture, not annotated.",
  "Quotes: two short quoted phrases of Rajiv Shah in one sentence, attributed before them ('Rajiv Shah, the head of USAID, told Reuters news agency'); both fragments.",
  "Claimants: 'The Haitian government says' (150,000, and the headline by the next-sentence rule), 'Authorities have estimated' (200,000). 'Authorities' and 'Officials' are kept as actors of their own, as printed (the text does not say they are the government); 'Officials say ...' (disease, needs) carries no figure. The 'thousands of residents' is VOA's voice.",
  "Events: 'nearly two weeks ago' (the earthquake, no agent; 12 January), 'Sunday' (officials said), 'on Friday' (the government called off the search), 'on Saturday' (rescue teams pulled a man out), 'Sunday' (Callahan said), 'On Sunday' (soldiers handed out food). Left out: 'so far' (vague).",
  "Actors: Reuters ('told Reuters news agency') and AP (closing credit) do not act; USAID acts only through Callahan and Shah ('his organization is never going to meet the need' is Shah's words), so it is not listed; 'some teams' in Callahan's statement is not an actor. Not figures: 'a man', 'no major outbreaks' (no number).",
  "Second careful reading by the annotator: re-read the whole item against FORMAT.md sections 1-2; checked the text against the stored page (identical after the listed edits), the two quote spans (final period kept in the second), each number token (150,000 twice, 200,000, thousands; 'two' dated as an event), the claimants and the weekdays from Sunday 24 January 2010.",
 ],
}
