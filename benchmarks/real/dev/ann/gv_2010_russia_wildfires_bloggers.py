SP = "Streetwise Professor"
ANN = {
 "article": "articles/gv_2010_russia_wildfires_bloggers.txt",
 "gold_out": "gold/gv_2010_russia_wildfires_bloggers.json",
 "published": "2010-08-18",
 "quotes": [
  {"text": "effective firefighting", "speaker": SP, "speaker_mention": "Streetwise Professor", "fragment": True,
   "note": "phrases quoted from the blogger's post inside the reported clause 'Streetwise Professor noted that ... Russia lacked much of what was needed for ...'"},
  {"text": "a good deal of contingency planning", "speaker": SP, "speaker_mention": "Streetwise Professor", "fragment": True,
   "note": "trailing comma inside the closing mark dropped"},
  {"text": "investment in equipment", "speaker": SP, "speaker_mention": "Streetwise Professor", "fragment": True},
  {"text": "excellent communications", "speaker": SP, "speaker_mention": "Streetwise Professor", "fragment": True,
   "note": "trailing comma inside the closing mark dropped"},
  {"text": "trained personnel who can act on the spot in response to sudden developments", "speaker": SP, "speaker_mention": "Streetwise Professor", "fragment": True},
 ],
 "figures": [],
 "events": [
  {"actor": "Anglophone Russia bloggers", "date": "2010-08", "date_text": "since early August", "what": "Anglophone bloggers discussing social and political aspects of the wildfires",
   "note": "'Anglophone Russia bloggers have been discussing ... since early August': the bloggers are the subject; a start in early August of the report's year, so the month"},
  {"actor": SP, "date": "2010-08-04", "date_text": "Aug. 4", "what": "Streetwise Professor's post on Russia's lack of firefighting capacity",
   "note": "'In an Aug. 4 post, Streetwise Professor noted ...': the date is on the noun 'post', whose author is the subject of 'noted'"},
 ],
 "actors": [
  {"name": SP, "type": "person", "aliases": ["Streetwise Professor"]},
  {"name": "mossy", "type": "person", "aliases": ["A Russia-based reader", "mossy"]},
  {"name": "Anglophone Russia bloggers", "type": "group", "aliases": ["Anglophone Russia bloggers"]},
  {"name": "Russian authorities", "type": "organisation", "aliases": ["the authorities"]},
 ],
 "notes": [
  "Global Voices round-up of 18 August 2010 on English-language blogging about the Russian wildfires; story russia_wildfires_2010 with wn_2010_russia_wildfires_moscow_smoke (Wikinews, 7 August).",
  "Quotes: five short phrases in quote marks inside the GV author's paraphrase of Streetwise Professor's post (one reported clause, 'noted that'): five fragment quotes with the blogger as speaker, the name printed before the quoted words. The two block quotations (the post's conclusion, mossy's comment) have no quote marks and are not quotes.",
  "Streetwise Professor is the name of a blog (by a US academic) used as the author's name in the text; kept as a person-like speaker under that name. 'A Russia-based reader – mossy –' is one actor with two surface forms.",
  "No figures: '24/7' in mossy's comment ('his sprinkler on 24/7') is an idiom for 'all the time', not a count or a measured duration, and is left out; 'a number of reasons' has no number.",
  "Events: 'since early August' (month 2010-08, the bloggers) and 'Aug. 4' (the post, 2010-08-04). 'There has never been anything like this in the recorded history of Moscow' is not datable.",
  "Left out as actors: Russia ('Russia lacked much ...' is a state, not an act), 'people' and 'My neighbor' in the comment (not named), Moscow (place). 'the official response' is a thing, folded into nothing.",
  "The dropped last paragraph (cut mid-word) held '“taking control.”' and mentions of Putin; none of it is in the item.",
  "second reading: text re-compared with the stored copy (curly quotes, en dashes, '[…]' marks); the two trailing commas inside the quote marks dropped from the quote texts; Aug. 4 and the August month checked against the 18 August date; no change.",
 ],
}
