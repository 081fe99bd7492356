BW = "Barbara Woodward"
S = "ukraine_humanitarian_crisis_un_2022:"
ANN = {
 "article": "articles/govuk_2022_unsc_half_million_fled.txt",
 "gold_out": "gold/govuk_2022_unsc_half_million_fled.json",
 "published": "2022-02-28",
 "quotes": [],
 "figures": [
  {"text": "44 million", "value": 44e6, "unit": None, "counted": "people in Ukraine (its population)", "source": BW, "approx": None,
   "note": "'a country of 44 million people': the statement is Woodward's own text (no quote marks), so she is the claimant"},
  {"text": "thousands", "value": None, "vague": True, "unit": None, "counted": "people in Kyiv unable to evacuate", "source": BW, "approx": None,
   "note": "'with many thousands, including the elderly and disabled, unable to evacuate': vague plural, the speaker's claim"},
  {"quantity": S+"civilians_killed", "text": "hundreds", "value": None, "vague": True, "unit": None, "counted": "civilians killed as a result of the Russian invasion", "source": "United Nations", "approx": None,
   "note": "'as we’ve heard from the UN, today, hundreds of civilians have been killed': the UN is named as the source of the toll. Same quantity (civilians killed in Ukraine since the invasion) as OHCHR's 227 to 1 March in govuk_2022_osce_ohchr_227_civilians_killed"},
  {"quantity": S+"refugees_fled_ukraine", "text": "half a million", "value": 500000, "unit": None, "counted": "people fled to Poland, Hungary, Romania, Moldova, Slovakia and other countries", "source": BW, "approx": None,
   "note": "'But let’s look at the facts: half a million people have already fled ...': stated in the speaker's own voice (no claimant named for it), so Woodward. Refugees from Ukraine since the invasion, a count that rises: same key as the '1.7 million refugees' of 7 March (govuk_2022_unsc_1_7_million_refugees)"},
  {"text": "7 million", "value": 7e6, "unit": None, "counted": "people displaced", "source": BW, "approx": None,
   "note": "'7 million people have been displaced and that figure, as the High Commissioner told us, is rising exponentially': the attribution 'as the High Commissioner told us' attaches to 'is rising exponentially' (the trend), the number itself is stated in the speaker's voice, so Woodward (a reader could also credit Grandi with the figure). Displaced, not refugees: no shared key"},
 ],
 "events": [],
 "actors": [
  {"name": BW, "type": "person", "aliases": ["Ambassador Barbara Woodward"]},
  {"name": "Filippo Grandi", "type": "person", "aliases": ["Filippo Grandi", "the High Commissioner"]},
  {"name": "Vladimir Putin", "type": "person", "aliases": ["President Putin"]},
  {"name": "Russia", "type": "country", "aliases": ["Russia"]},
  {"name": "Russian representative at the UN Security Council", "type": "person", "aliases": ["my Russian colleague", "My Russian colleague"]},
  {"name": "United Nations", "type": "organisation", "aliases": ["the UN"]},
  {"name": "United Kingdom", "type": "country", "aliases": ["The UK"]},
 ],
 "notes": [
  "GOV.UK: statement by Ambassador Barbara Woodward, UK Permanent Representative to the UN, at the Security Council meeting on the humanitarian situation in Ukraine of Monday 28 February 2022 (date inferred, see meta). Story ukraine_humanitarian_crisis_un_2022 with govuk_2022_osce_ohchr_227_civilians_killed (3 March, OSCE) and govuk_2022_unsc_1_7_million_refugees (7 March, Security Council).",
  "Speech convention: every sentence after the standfirst is Woodward's, printed without quote marks: no quotes; figures in her own voice are sourced to her, the 'hundreds' of civilians killed to the UN ('as we’ve heard from the UN'). 'Whatever my Russian colleague claims' and 'they said it was Western hysteria' report speech without quote marks (no quotes).",
  "Cross-item keys: refugees_fled_ukraine (half a million here; 1.7 million twice on 7 March) and civilians_killed (hundreds, UN, here; 227 to 1 March, OHCHR, on 3 March): tolls of the same scope on different days.",
  "No events: 'today' ('as we’ve heard from the UN, today, hundreds ...') is a bare 'today' inside the speech and is left out (as in govuk_2022_wallace_ukraine_statement); 'In this moment' is not a date. The only other date, 'Yesterday' (Boris Johnson's announcement of 27 February), is in the dropped, cut last paragraph.",
  "Actors: Woodward, Grandi (the High Commissioner 'told us', 'said'), Putin (his decision to invade), Russia (its attacks; 'they said'), the Russian representative ('my Russian colleague' claims / may try to paint; not named in the text, so a descriptive canonical name), the UN (its reporting, source of the toll) and the UK ('The UK stands with the Ukrainian people'). Martin Griffiths is only thanked as a briefer and does not speak or act in the text: not an actor. 'UN agencies and humanitarian partners' are only the subject of a passive ('have been forced to suspend operations'): not listed.",
  "Not figures: none else; 'full-scale' is not a number.",
  "second reading: re-read the whole item against FORMAT.md sections 1-2 (five number expressions: 44 million, thousands, hundreds, half a million, 7 million; no quote marks; 'today' left out; aliases are exact substrings, none shared); no change.",
 ],
}
