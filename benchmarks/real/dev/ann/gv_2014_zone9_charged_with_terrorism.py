S = "zone9_bloggers_2014"
GV = "Global Voices"
AM = "Ameha Mekonnen"
YM = "Yoseph Mulugeta"
ANN = {
 "article": "articles/gv_2014_zone9_charged_with_terrorism.txt",
 "gold_out": "gold/gv_2014_zone9_charged_with_terrorism.json",
 "published": "2014-07-18",
 "quotes": [
  {"text": "credible substance.", "speaker": AM, "speaker_mention": "The bloggers’ attorney", "fragment": True,
   "note": "'The bloggers’ attorney told AFP that the charges have no “credible substance.”': a phrase of the attorney's words inside reported speech -> fragment; the final '.' inside the mark is kept. The attorney is not named in the post; canonical name Ameha Mekonnen, the lawyer for eight of the defendants, who told AFP 'We don't believe that there is any credible substance' (AFP copy of 18 July 2014; VOA spells him Ameha Mekonnen)"},
 ],
 "figures": [
  {"quantity": S + ":detained_total", "text": "Nine", "value": 9, "unit": None, "counted": "bloggers and journalists charged with terrorism", "source": None, "approx": None,
   "note": "the post's own voice; the nine of the 2 May statement (same key)"},
  {"quantity": S + ":gv_members_detained", "text": "four", "value": 4, "unit": None, "counted": "of them Global Voices members", "source": None, "approx": None,
   "note": "'four of them Global Voices members': the four Global Voices translators of the 2 May statement (same key)"},
  {"text": "19page", "value": 19, "unit": None, "counted": "page fabricated charges", "source": YM, "approx": None,
   "note": "in Yoseph Mulugeta's embedded tweet ('19page fabricated charges ...'): the length of the charge sheet in pages, his number; 'page' is glued to the number as printed"},
 ],
 "events": [
  {"actor": None, "date": "2014-07-17", "date_text": "yesterday", "what": "nine bloggers and journalists charged with terrorism before Lideta High Court",
   "note": "passive without a by-agent ('were charged with terrorism ... before Ethiopia’s Lideta High Court yesterday'): 'before' the court names where, not who charged them -> null; Thursday 17 July 2014"},
  {"actor": None, "date": "2014-04-25/2014-04-26", "date_text": "on April 25 and 26", "what": "the nine arrested and detained in Addis Ababa",
   "note": "passive participles without agent ('Arrested and detained in Addis Ababa on April 25 and 26') -> null; two days as an interval"},
 ],
 "actors": [
  {"name": GV, "type": "organisation", "aliases": ["Global Voices"]},
  {"name": AM, "type": "person", "aliases": ["The bloggers’ attorney"]},
  {"name": "Zone9 Trial Tracker", "type": "organisation", "aliases": ["The Zone9 Trial Tracker blog"]},
  {"name": "Ethiopian government", "type": "organisation", "aliases": ["the Ethiopian government"]},
  {"name": "supporters", "type": "group", "aliases": ["Supporters around the world"]},
  {"name": YM, "type": "person", "aliases": ["Yoseph Mulugeta"]},
 ],
 "notes": [
  "Global Voices post of Friday 18 July 2014 on the terrorism charges read on Thursday 17 July 2014 at Lideta High Court against the six Zone 9 bloggers and three journalists detained since 25-26 April; story zone9_bloggers_2014 with gv_2014_zone9_netizen_report_arrests (30 April), gv_2014_zone9_statement_release_nine (2 May) and gv_2014_zone9_police_request_more_time (14 May).",
  "One quote, the attorney's 'credible substance.' Not quotes: the accusation 'informal accusations of “working with foreign organizations ... through social media.”' (the wording of the accusations, the content of 'accusations of', attributed to no one; the same words as in the 30 April item); '“terrorist”' (the government's label in 'organizations branded as “terrorist” by the Ethiopian government', a term in quote marks) and '“underground organization.”' (the name of a charge in the Trial Tracker's list). Yoseph Mulugeta's tweet is an embedded post without quote marks, not a quote in the gold sense, but its number is his.",
  "Cross-item keys: 'Nine' = zone9_bloggers_2014:detained_total and 'four' = zone9_bloggers_2014:gv_members_detained, shared with the 2 May statement.",
  "Not events: 'July 18, 2014' in the tweet's signature line (a post timestamp); 'since' and 'has been following' (vague/undated). The Trial Tracker 'reported' and supporters 'expressed outrage' without a date.",
  "Not figures: 'Zone 9'/'Zone9' (names), '#FreeZone9Bloggers' (a hashtag), 'not even once' (no number), '2014' (year).",
  "second reading (annotator): re-read the whole item against FORMAT.md sections 1-2; checked the curly apostrophes in 'Ethiopia’s', 'defendants’', 'bloggers’' (alias copied as stored), 'yesterday' = 2014-07-17 and each number token (Nine, four, 19page; 9 in the Zone9 names is not a figure).",
 ],
}
