NG = "Avery Ng Man-yuen"
HKA = "Hong Kong authorities"
POL = "Hong Kong police"
ANN = {
 "article": "articles/voa_2014_hong_kong_mong_kok_cleared.txt",
 "gold_out": "gold/voa_2014_hong_kong_mong_kok_cleared.json",
 "published": "2014-11-26",
 "quotes": [
  {"text": "They did not follow the procedure, but using the injunction as an excuse to clear the site", "speaker": NG, "speaker_mention": "he",
   "note": "'he said' after the quote; 'he' is Avery Ng Man-yuen, named with his title in the paragraph before ('... tells VOA he and other protesters believe ...'); opens with a curly mark and closes with a straight one, the comma before the mark dropped"},
  {"text": "I have repeatedly asked the police to explain some questions, such as, is the bailiff there when they were enforcing injunction? He replied he didn't know. The injunction mentioned clearing obstacles, does that include protesters? He didn’t reply.",
   "speaker": NG, "speaker_mention": "he", "note": "second part of the quotation interrupted by 'he said'; opens straight, closes curly"},
  {"text": "full democracy", "speaker": "Occupy Central protesters", "speaker_mention": "demonstrators", "fragment": True,
   "note": "'demonstrators, who chanted for \"full democracy\"': the chanted words of the demonstrators"},
 ],
 "figures": [
  {"text": "two", "value": 2, "unit": None, "counted": "leaders of the Occupy Central movement arrested", "source": None, "approx": None,
   "note": "outlet's voice; the two are named in the next sentence (Lester Shum and Joshua Wong)"},
  {"text": "thousands", "value": None, "vague": True, "unit": None, "counted": "police backing the workers", "source": None, "approx": None},
 ],
 "events": [
  {"actor": HKA, "date": "2014-11-26", "date_text": "Wednesday", "what": "authorities cleared a main protest camp and arrested two Occupy Central leaders",
   "note": "'Hong Kong authorities cleared a main protest camp Wednesday and arrested two leaders ...': the subject of both verbs is the authorities"},
 ],
 "actors": [
  {"name": HKA, "type": "organisation", "aliases": ["Hong Kong authorities"]},
  {"name": POL, "type": "organisation", "aliases": ["Police", "the police"]},
  {"name": "Occupy Central movement", "type": "organisation", "aliases": ["Occupy Central movement", "the Occupy Central movement"]},
  {"name": "Lester Shum", "type": "person", "aliases": ["Lester Shum"]},
  {"name": "Joshua Wong", "type": "person", "aliases": ["Joshua Wong"]},
  {"name": NG, "type": "person", "aliases": ["Avery Ng Man-yuen", "Avery Ng Man-yuen, vice chairman of League of Social Democrats (LSD)"]},
  {"name": "League of Social Democrats", "type": "party", "aliases": ["League of Social Democrats", "League of Social Democrats (LSD)", "LSD"]},
  {"name": "Occupy Central protesters", "type": "group", "aliases": ["demonstrators", "protesters"]},
  {"name": "workers clearing the barricades", "type": "group", "aliases": ["workers", "The workers"]},
 ],
 "notes": [
  "VOA News report of Wednesday 26 November 2014, stored on VOA's Tibetan English site, on the clearance of the Mong Kok protest site in Hong Kong; story hong_kong_protests_2014.",
  "Avery Ng's quotation is split by 'he said' into two quotes, both with 'he' as the mention; he is named two sentences before with his title (vice chairman of the League of Social Democrats). The quote marks are mixed as printed (curly/straight).",
  "Not quotes: \"I Love Hong Kong\" is the slogan printed on the workers' T-shirts (a name of a garment's print, not words spoken in the report). 'full democracy' is kept as the demonstrators' chant.",
  "Not figures: 'several protesters', 'several-hour operation' (no number), 'some protesters'. 'the several-hour operation' carries no date.",
  "'protesters' as an alias of the demonstrators' group: every 'protesters' in the text refers to the Occupy Central demonstrators.",
  "Second careful read done against FORMAT.md: quote boundaries and marks, number tokens, the one dated act and its agent.",
 ],
}
