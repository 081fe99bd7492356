ANN = {
 "article": "articles/gv_2010_pakistan_times_square_reactions.txt",
 "gold_out": "gold/gv_2010_pakistan_times_square_reactions.json",
 "published": "2010-05-16",
 "quotes": [],
 "figures": [],
 "events": [
  {"actor": None, "date": "2010-05", "date_text": "Earlier this month", "what": "attempted bomb attack at Times Square raised security alerts",
   "note": "the verb's subject is the attack; the item says only that Shahzad was detained 'in connection to the bombing', so no attacker is named as agent"},
 ],
 "actors": [
  {"name": "Faisal Shahzad", "type": "person", "aliases": ["Faisal Shahzad", "Shahzad"]},
  {"name": "New York police", "type": "organisation", "aliases": ["the Police"]},
  {"name": "Ammar Yasir", "type": "person", "aliases": ["Blogger Ammar Yasir"]},
  {"name": "Kalsoom Lakhani", "type": "person", "aliases": ["Kalsoom Lakhani"]},
 ],
 "notes": [
  "Global Voices round-up of Pakistani blog reactions to the May 2010 Times Square bomb attempt (story times_square_bomb_2010, partner item voa_2010_times_square_bomber_sentence). Published on globalvoicesonline.org, Global Voices' former domain.",
  "The bloggers' words are block quotations without quote marks (own paragraphs after 'relates ...:' and 'gives possible solutions:'): NOT quotes in the gold sense, and the figures-free text has no numbers.",
  "'“Made in Pakistan.”' inside Lakhani's block quotation is a slogan-like phrase in scare quotes, not someone's words: not a quote.",
  "Deliberately excluded: 'both countries' (no number), 'Time Square' misspelling kept. The last paragraph ('A blogpost ') was cut in the stored copy and dropped.",
 ],
}
