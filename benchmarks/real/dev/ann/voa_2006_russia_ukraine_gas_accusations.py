RU = "Russia"
UA = "Ukraine"
HU = "Hungarian officials"
ANN = {
 "article": "articles/voa_2006_russia_ukraine_gas_accusations.txt",
 "gold_out": "gold/voa_2006_russia_ukraine_gas_accusations.json",
 "published": "2006-01-02",
 "quotes": [
  {"text": "Clearly it is better for Gazprom to get paid more for its gas", "speaker": "Roland Nash", "speaker_mention": "he",
   "note": "'..., he said.': the pronoun points back to Roland Nash, named in the paragraph before ('Roland Nash with Renaissance Capital in Moscow says ...'); comma before the closing mark dropped. His second quotation, cut mid-word in the stored copy, was dropped (meta edits)"},
 ],
 "figures": [
  {"text": "two", "value": 2, "counted": "countries (Russia and Ukraine) in the dispute", "source": None, "ctx": "the two countries",
   "note": "'the bitter dispute between the two countries': counted, as 'the two countries' elsewhere in the set"},
  {"text": "40 percent", "value": 40, "unit": "%", "counted": "fall in gas supplies to Hungary since Sunday", "source": HU,
   "note": "'Officials in Hungary say supplies have gone down by 40 percent since Sunday': the Hungarian officials claim it"},
  {"text": "$50", "value": 50, "unit": "USD", "counted": "current price Ukraine pays for 1,000 cubic meters of Russian gas", "source": None,
   "note": "'Russia wants to quadruple the price of gas sold to Ukraine, from the current $50 to $230 per 1,000 cubic meters': VOA's own voice; 'wants' reports Russia's demand, not a statement of the number by a named speaker, so null"},
  {"text": "$230", "value": 230, "unit": "USD", "counted": "price per 1,000 cubic meters Russia wants Ukraine to pay", "source": None,
   "note": "the price Russia demands, told in VOA's voice ('Russia wants ...'); no speech cue, so null. 'quadruple' is a multiplier, not a figure"},
  {"text": "1,000", "value": 1000, "counted": "cubic meters of gas the price is quoted for", "source": None,
   "note": "'per 1,000 cubic meters': the volume the prices refer to; cubic meters are not in the unit table, so unit null and the measure goes in counted"},
  {"text": "One year", "value": 1, "unit": "years", "counted": "time since Yushchenko took power", "source": None,
   "note": "'One year ago pro-Western president Viktor Yushchenko took power': the span back from the report; the same words also date the event (see events)"},
 ],
 "events": [
  {"actor": None, "date": "2006-01-01", "date_text": "since Sunday", "occ": 1, "what": "flow of gas has decreased since Russia cut off supplies to Ukraine",
   "note": "'The flow of gas has decreased since Sunday when Russia cut off supplies to its neighbor': the expression modifies 'has decreased' (a change in flow, no agent), so null; the relative clause tells that Sunday 1 January 2006 is the day Russia cut off supplies"},
  {"actor": None, "date": "2006-01-01", "date_text": "since Sunday", "occ": 2, "what": "gas supplies to Hungary have gone down by 40 percent",
   "note": "'supplies have gone down by 40 percent since Sunday': a fall in supplies, no agent"},
  {"actor": "Viktor Yushchenko", "date": "2005", "date_text": "One year ago", "what": "Viktor Yushchenko took power in Ukraine",
   "note": "like 'two days ago': one year before 2 January 2006, a year date; Yushchenko is the subject of 'took power' (inaugurated January 2005)"},
 ],
 "actors": [
  {"name": RU, "type": "country", "aliases": ["Russia", "Russian officials", "Moscow"]},
  {"name": UA, "type": "country", "aliases": ["Ukraine", "Ukrainian officials", "officials in Kiev"]},
  {"name": HU, "type": "group", "aliases": ["Officials in Hungary"]},
  {"name": "Viktor Yushchenko", "type": "person", "aliases": ["pro-Western president Viktor Yushchenko"]},
  {"name": "Roland Nash", "type": "person", "aliases": ["Roland Nash"]},
 ],
 "notes": [
  "VOA News report of Monday 2 January 2006 on the first days of the Russia-Ukraine gas dispute (Gazprom cut off supplies to Ukraine on Sunday 1 January 2006), kept from a gopher archive of VOA's e-mail headlines feed: hard-wrapped lines joined, feed header, tracking link and photo caption removed (meta edits). Story russia_ukraine_gas_2006, one item; no quantity keys.",
  "One quote: Roland Nash (Renaissance Capital) named in the paragraph before, the quote attributed with 'he said'. His second, cut quotation was dropped.",
  "Sources: only the 40 percent fall is claimed (Hungarian officials, 'say'). The prices $50 and $230 are in VOA's voice ('Russia wants to quadruple the price ...'), so null. 'Russian officials say' and 'Ukrainian officials deny' carry claims without numbers.",
  "'Moscow' is an alias of Russia ('accuses Moscow of applying political pressure'); the second 'Moscow' ('Renaissance Capital in Moscow') is a place. Gazprom only appears inside the quote and does not act in the text, so it is not an actor. Poland, Hungary and Austria as countries are affected, not actors; the actor is the Hungarian officials who speak.",
  "'the two countries' is annotated as a count (2), as elsewhere in the set. Not events: 'soon' (vague), 'now' (present). 'Sunday' in the removed photo caption is not in the text.",
  "Second careful read done against FORMAT.md (quote text and the dropped comma, 'he' resolving to Nash, sources of the prices, the 1,000 per-volume figure, 'One year ago' as both a duration figure and a year date, weekday 'Sunday' against Monday 2 January 2006) by the annotator.",
 ],
}
