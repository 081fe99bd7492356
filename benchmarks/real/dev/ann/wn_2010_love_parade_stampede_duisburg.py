US = "Udo Sandhoefer"
CW = "Christian Wulff"
AS = "Adolf Sauerland"
W = "woman attending the event (unnamed)"
ANN = {
 "article": "articles/wn_2010_love_parade_stampede_duisburg.txt",
 "gold_out": "gold/wn_2010_love_parade_stampede_duisburg.json",
 "published": "2010-07-25",
 "quotes": [
  {"text": "climbed up the walls and tried somehow to get into the grounds from the side, and the people in the crowd that moved up simply ran over those who were lying on the ground.", "speaker": US, "speaker_mention": "Witness Udo Sandhoefer",
   "note": "quote continues the reported clause 'said that people \"...\"'; the final period inside the closing mark is kept"},
  {"text": "[t]here were piles of injured on the ground, some being resuscitated, others dead and covered with sheets. It was way too full in the afternoon, everybody wanted to get in.", "speaker": W, "speaker_mention": "A woman attending the event",
   "note": "unnamed speaker, described only as 'A woman attending the event'; the bracketed '[t]' is Wikinews's edit and lies inside the marks"},
  {"text": "[i]t is terrible that such a catastrophe brought death, suffering and pain to a peaceful festival full of happy young people from many countries.", "speaker": CW, "speaker_mention": "A statement from president Christian Wulff",
   "note": "a statement speaks for its author, the German president"},
 ],
 "figures": [
  {"quantity": "love_parade_duisburg_2010:killed", "text": "nineteen", "ctx": "kills nineteen", "value": 19, "unit": None, "counted": "people killed in the stampede", "source": None, "approx": None,
   "note": "headline, outlet's own voice"},
  {"quantity": "love_parade_duisburg_2010:killed", "text": "nineteen", "ctx": "killed nineteen people", "value": 19, "unit": None, "counted": "people killed in the stampede", "source": None, "approx": None,
   "note": "outlet's own voice; same toll as the headline"},
  {"quantity": "love_parade_duisburg_2010:injured", "text": "a hundred", "value": 100, "unit": None, "counted": "more people injured in the stampede", "source": None, "approx": "around",
   "note": "'around a hundred more' -> around; injured, a different quantity from the dead"},
  {"quantity": "love_parade_duisburg_2010:attendance", "text": "a million", "value": 1000000, "unit": None, "counted": "people reported to have attended the event", "source": None, "approx": "more than",
   "note": "'more than a million people were reported to have attended': passive report without a named reporter -> source null"},
 ],
 "events": [
  {"actor": None, "date": "2010-07-25", "date_text": "today", "what": "stampede at the Love Parade entrance killed nineteen and injured about a hundred",
   "note": "the subject is 'A stampede' (no agent among the actors): actor null. 'today' is normalised to the page's date line (Sunday 25 July 2010); other reports put the stampede on Saturday 24 July, but the text says 'today'"},
  {"actor": None, "date": "2010-07-25", "date_text": "in the afternoon", "what": "the grounds were way too full (witness account)",
   "note": "inside the woman's quote; a state ('It was way too full'), no agent: actor null. The afternoon of the day the text calls 'today' (published day)"},
 ],
 "actors": [
  {"name": US, "type": "person", "aliases": ["Udo Sandhoefer", "Witness Udo Sandhoefer"]},
  {"name": W, "type": "person", "aliases": ["A woman attending the event"]},
  {"name": CW, "type": "person", "aliases": ["Christian Wulff", "president Christian Wulff"]},
  {"name": AS, "type": "person", "aliases": ["Adolf Sauerland", "The mayor of Duisburg"]},
  {"name": "police", "type": "organisation", "aliases": ["police"]},
  {"name": "officials", "type": "group", "aliases": ["Officials"]},
  {"name": "emergency responders", "type": "group", "aliases": ["Emergency responders"]},
 ],
 "notes": [
  "Wikinews report dated Sunday 25 July 2010 on the crush at the Love Parade in Duisburg, Germany; story love_parade_duisburg_2010 (single item in this folder).",
  "Figures: the toll 'nineteen' appears in the headline and the lead (same quantity key); 'around a hundred' injured and 'more than a million' attendance are separate quantities. None is attributed to a named claimant: the lead is Wikinews's own voice and the attendance is 'reported' without a reporter.",
  "Not figures: 'one' does not occur; 'many countries' is no number.",
  "Events: only 'today' and 'in the afternoon' (inside the woman's quote) are date expressions. 'already under way' and 'subsequently' are not dates. The date line says Sunday 25 July; the stampede itself happened on Saturday 24 July per other outlets, but the text's 'today' is normalised to the published day as FORMAT.md asks (noted on the event).",
  "Actors: police act ('warnings by police'), officials decide not to evacuate, emergency responders encounter difficulties; none of them is a speaker or claimant. The mayor's words are reported without quote marks (no quote).",
  "Second careful read of the whole item against FORMAT.md done by the annotator: quote spans, figure spans and approximators, dates and actor aliases rechecked.",
 ],
}
