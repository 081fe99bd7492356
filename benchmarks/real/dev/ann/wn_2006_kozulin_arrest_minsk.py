ANN = {
 "article": "articles/wn_2006_kozulin_arrest_minsk.txt",
 "gold_out": "gold/wn_2006_kozulin_arrest_minsk.json",
 "published": "2006-03-25",
 "quotes": [
  {"text": "A few minutes ago I spoke to Milinkevich's aides. He has not been arrested and is in safety.", "speaker": "Sergei Voznyak",
   "speaker_mention": "Sergei Voznyak, a press secretary for Milinkevitch",
   "note": "names Milinkevich (spelled 'Milinkevich' inside the quote, 'Milinkevitch' in the prose), who is not the speaker; 'He' inside the quote is Milinkevich"},
 ],
 "figures": [
  {"text": "200", "value": 200, "counted": "fellow demonstrators arrested and held at a detention center", "source": None,
   "note": "no claimant in the sentence; 'according to witness reports' belongs to the previous sentence (Kozulin's arrest)"},
 ],
 "events": [],
 "actors": [
  {"name": "Aleksandr Kozulin", "type": "person", "aliases": ["Presidential candidate Aleksandr Kozulin", "Aleksandr Kozulin", "Kozulin"]},
  {"name": "Alexander Lukashenko", "type": "person", "aliases": ["President Alexander Lukashenko"]},
  {"name": "Alexander Milinkevich", "type": "person", "aliases": ["Aleksandr Milinkevitch", "Milinkevitch", "Milinkevich"]},
  {"name": "Belarusian police", "type": "organisation", "aliases": ["Belarusian police", "riot police"]},
  {"name": "Interfax", "type": "organisation", "aliases": ["Interfax news agency"]},
  {"name": "Sergei Voznyak", "type": "person", "aliases": ["Sergei Voznyak"]},
  {"name": "Pavel Mazheiko", "type": "person", "aliases": ["Pavel Mazheiko"]},
 ],
 "notes": [
  "Short Wikinews report (mobile page) from the week of protests after the 2006 Belarus election (story belarus_election_2006). The date line 'Saturday, March 25, 2006' was removed as furniture, so the body has no date expressions: no events.",
  "One quote by a press secretary denying a report by Interfax; the second 'He also commented ...' sentence is reported speech by Voznyak without quote marks (not a quote).",
  "Deliberately excluded: 'A few minutes ago' inside the quote (vague time expression, and 'a few' is not a number), 'has since stated' (vague).",
  "Canonical name 'Alexander Milinkevich' is shared with the other item of the story; this item spells him 'Aleksandr Milinkevitch' / 'Milinkevitch' (and 'Milinkevich' once inside the quote). Typos of the page ('arressted', 'protestors') are kept.",
 ],
}
