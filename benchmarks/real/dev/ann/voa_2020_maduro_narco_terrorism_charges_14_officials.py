K = "maduro_narco_terrorism_2020:"
DOJ = "Department of Justice"
WB = "William Barr"
NM = "Nicolas Maduro"
FARC = "FARC"
ANN = {
 "article": "articles/voa_2020_maduro_narco_terrorism_charges_14_officials.txt",
 "gold_out": "gold/voa_2020_maduro_narco_terrorism_charges_14_officials.json",
 "published": "2020-03-26",
 "quotes": [
  {"text": "Today\u2019s announcement is focused on rooting out the extensive corruption within the Venezuelan government \u2013 a system constructed and controlled to enrich those at the highest levels of the government", "speaker": WB, "speaker_mention": "Barr", "fragment": False,
   "note": "first sentence of Barr's words, attribution after it ('...,\" Barr said.'); the trailing comma inside the closing mark is dropped. Barr is named with his title ('Attorney General William Barr') a sentence before, in the passive 'The dramatic charges were announced by ...'"},
  {"text": "The United States will not allow these corrupt Venezuelan officials to use the U.S. banking system to move their illicit proceeds from South America nor further their criminal schemes.", "speaker": WB, "speaker_mention": "Barr", "fragment": False,
   "note": "the second sentence, after 'Barr said.', with no cue of its own (as the second Holder quote of doj_2010_shahzad_indicted_10_counts); opened by a straight mark and closed by a curly one, as printed; the final full stop inside the marks kept"},
 ],
 "figures": [
  {"quantity": K+"officials_charged_with_maduro", "text": "14", "value": 14, "unit": None, "counted": "other current and former officials of the country", "source": DOJ, "approx": None,
   "note": "'The U.S. Justice Department on Thursday announced narco-terrorism and other criminal [charges] against ... Maduro and 14 other current and former officials': the number of those charged, in what the Department announced -> the Department (as the '10-count' the Justice Department 'announced today' in doj_2010_shahzad_indicted_10_counts). Maduro himself is not in the 14. The State Department's statement of the same day (state_2020_pompeo_maduro_rewards_15_million) gives no total of those charged, so the key has no partner in the set yet"},
  {"quantity": K+"farc_leaders_charged", "text": "two", "value": 2, "unit": None, "counted": "former leaders of the leftist Colombian guerrilla group FARC", "source": None, "approx": None,
   "note": "'two former leaders of the leftist Colombian guerrilla group FARC ... were named in separate federal indictments': in the outlet's own voice, no claimant in this sentence or the next -> null; part of the 14"},
 ],
 "events": [
  {"actor": DOJ, "date": "2020-03-26", "date_text": "on Thursday", "what": "the Justice Department announced narco-terrorism and other criminal charges against Maduro and 14 other officials",
   "note": "'The U.S. Justice Department on Thursday announced ...': active verb with its subject -> the Department; Thursday 26 March 2020, the report's day. The dateline 'WASHINGTON - ' is not a date"},
 ],
 "actors": [
  {"name": DOJ, "type": "organisation", "aliases": ["The U.S. Justice Department"]},
  {"name": NM, "type": "person", "aliases": ["Venezuelan President Nicolas Maduro", "Maduro", "Venezuela's Maduro"]},
  {"name": FARC, "type": "organisation", "aliases": ["FARC", "Fuerzas Armadas Revolucionarias de Colombia", "a leftist Colombian guerrilla group", "the leftist Colombian guerrilla group FARC"]},
  {"name": "Maidel Moreno", "type": "person", "aliases": ["Maidel Moreno"]},
  {"name": "Diosdado Cabello", "type": "person", "aliases": ["Diosdado Cabello"]},
  {"name": "Vladimir Padrino Lopez", "type": "person", "aliases": ["Vladimir Padrino Lopez"]},
  {"name": WB, "type": "person", "aliases": ["Attorney General William Barr", "Barr"]},
  {"name": "United States", "type": "country", "aliases": ["The United States"]},
 ],
 "notes": [
  "Voice of America report of Thursday 26 March 2020 on the Justice Department's narco-terrorism, corruption and drug-trafficking charges against Venezuelan President Nicolas Maduro and 14 other current and former Venezuelan officials (indictments in Washington, D.C., New York and Florida), announced by Attorney General William Barr at a virtual press conference; the opening of the stored copy (about 1,150 characters, headline rebuilt from the address, see meta edits). Story maduro_narco_terrorism_2020 with the State Department's reward statement of the same day (state_2020_pompeo_maduro_rewards_15_million).",
  "Quotes: Barr's two sentences: the first with 'Barr said' after it, the second with no cue of its own. Barr is named with his title only in the sentence before ('announced by Attorney General William Barr and other senior law enforcement officials'); 'Barr' in the cue is the short form. 'Today\u2019s announcement' inside the quote is a 'today' inside speech: no event.",
  "Figures: '14' (officials charged besides Maduro, announced by the Justice Department -> source the Department) and 'two' (former FARC leaders among those named, outlet's voice -> null). Keys maduro_narco_terrorism_2020:officials_charged_with_maduro and :farc_leaders_charged; the State Department item of the same day has no figure of the same quantity (it counts rewards), so no key is shared in this round. Not figures: 'D.C.' and the dateline.",
  "Events: 'on Thursday' only (the Department announced -> the Department). 'The dramatic charges were announced by Attorney General William Barr ...' and 'indictments returned in Washington, D.C., New York and Florida' carry no date expression of their own.",
  "Actors: the Justice Department (announced), Maduro and the three named co-accused Maidel Moreno (so printed; the chief justice's name is usually spelled Maikel Moreno, kept as printed), Diosdado Cabello and Vladimir Padrino Lopez (the Department accuses 'them' of collaborating with the FARC), the FARC ('a leftist Colombian guerrilla group involved in flooding the United States with cocaine'; the same group as 'the leftist Colombian guerrilla group FARC'), Barr (speaks; announced the charges) and the United States ('The United States will not allow ...' in Barr's quote). Not actors: 'other senior law enforcement officials' (unnamed), the two former FARC leaders (unnamed), 'the Venezuelan government' (only where corruption is), 'these corrupt Venezuelan officials' (unnamed, objects). 'the United States' in 'flooding the United States with cocaine' is a place (the country's alias is the capitalised 'The United States' of the quote; aliases are compared folded, so the form covers both).",
  "second reading (annotator): the whole item re-read once fully against FORMAT.md sections 1-2 and the stored copy (search excerpt): checked the mixed quote marks (straight, then straight-open/curly-close), the dropped trailing comma and kept final full stop, the en dash kept inside the first quote, 'on Thursday' = Thursday 26 March 2020, every number token (14, two) and that 'D.C.' and 'U.S.' carry none, every alias an exact substring used by one actor only; no change.",
 ],
}
