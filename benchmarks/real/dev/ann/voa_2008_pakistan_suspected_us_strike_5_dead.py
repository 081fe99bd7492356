K = "pakistan_us_missile_strike_sep_2008:"
PO = "Pakistani officials"
MM = "Michael Mullen"
MO = "Pakistani military official"
GT = "Pakistani government troops"
ANN = {
 "article": "articles/voa_2008_pakistan_suspected_us_strike_5_dead.txt",
 "gold_out": "gold/voa_2008_pakistan_suspected_us_strike_5_dead.json",
 "published": "2008-09-17",
 "quotes": [],
 "figures": [
  {"quantity": K+"deaths", "text": "5", "ctx": "Report 5 Dead", "value": 5, "unit": None, "counted": "dead in suspected US missile strike", "source": PO, "approx": None,
   "note": "headline 'Pakistani Officials Report 5 Dead': the claimant is in the headline itself (the intelligence officials of the first sentence, same actor); the same toll as 'at least five' below and in the VOA item of 18 September"},
  {"quantity": K+"deaths", "text": "five", "value": 5, "unit": None, "counted": "people killed by missiles fired in a northwestern tribal area", "source": PO, "approx": "at least",
   "note": "'Pakistani intelligence officials say a suspected unmanned U.S. aircraft fired missiles ... killing at least five people'; the Barry Newhouse item of 18 September gives 'at least five' on the word of locals (same key)"},
  {"text": "several", "value": None, "vague": True, "unit": None, "counted": "missiles struck a compound in South Waziristan", "source": PO, "approx": None,
   "note": "'The officials say several missiles struck a compound ...': 'The officials' = the Pakistani intelligence officials of the sentence before"},
  {"text": "Three", "value": 3, "unit": None, "counted": "other people wounded in the attack", "source": None, "approx": None,
   "note": "'Three other people were wounded in the attack.': a separate sentence with no attribution of its own (the 'say' of the sentence before does not reach it) -> VOA's voice, null; read literally, not extended to the officials"},
  {"text": "10", "value": 10, "unit": None, "counted": "insurgents killed in the Bajaur tribal region", "source": PO, "approx": "at least",
   "note": "'Pakistani officials say government troops ... targeted militant hideouts in the Bajaur tribal region today, killing at least 10 insurgents': a separate operation, no key"},
 ],
 "events": [
  {"actor": None, "date": "2008-09-17", "date_text": "Wednesday", "what": "a suspected unmanned U.S. aircraft fired missiles in a northwestern tribal area, killing at least five",
   "note": "'a suspected unmanned U.S. aircraft fired missiles ... Wednesday': the subject is a machine whose operator the text only suspects (the officials do not say the United States fired) -> null; Wednesday = the publication day, 17 September 2008"},
  {"actor": MM, "date": "2008-09-17", "date_text": "Earlier in the day", "what": "the U.S. military chief met top Pakistani officials in Islamabad",
   "note": "'Earlier in the day, the U.S. military chief met with top Pakistani officials in Islamabad': active, subject 'the U.S. military chief' = Admiral Michael Mullen, named in the next sentence; the day of the strike, Wednesday 17 September"},
  {"actor": MO, "date": "2008-09-17", "date_text": "today", "ctx": "official today rejected", "what": "a Pakistani military official rejected media reports that troops were ordered to fire on aircraft",
   "note": "'A Pakistani military official today rejected recent media reports ...': active, subject the unnamed official; 'today' in VOA's own voice = the publication day"},
  {"actor": GT, "date": "2008-09-17", "date_text": "today", "ctx": "tribal region today", "what": "government troops backed by fighter jets targeted militant hideouts in Bajaur",
   "note": "'Pakistani officials say government troops backed by fighter jets targeted militant hideouts in the Bajaur tribal region today': the date modifies 'targeted', whose subject is the government troops (the officials only report it)"},
 ],
 "actors": [
  {"name": PO, "type": "organisation", "aliases": ["Pakistani Officials", "Pakistani intelligence officials", "The officials", "Pakistani officials"]},
  {"name": MM, "type": "person", "aliases": ["the U.S. military chief", "The chairman of the U.S. Joint Chiefs of Staff, Admiral Michael Mullen", "Admiral Michael Mullen"]},
  {"name": "United States", "type": "country", "aliases": ["The United States", "the U.S."]},
  {"name": "Robert Gates", "type": "person", "aliases": ["U.S. Defense Secretary Robert Gates", "Robert Gates"]},
  {"name": MO, "type": "person", "aliases": ["A Pakistani military official", "the official"]},
  {"name": GT, "type": "organisation", "aliases": ["government troops"]},
 ],
 "notes": [
  "VOA News report of Wednesday 17 September 2008 (date from the URL; no byline) on a suspected U.S. drone strike in South Waziristan that killed at least five, on the day Admiral Mullen told Pakistan's leaders the United States respects its sovereignty. Story pakistan_us_missile_strike_sep_2008 with voa_2008_pakistan_fm_no_warning_missile_strike (Barry Newhouse, 18 September).",
  "Keys: " + K + "deaths (headline '5', body 'at least five', and 'at least five' in the 18 September item, where locals report it). The three wounded have no partner (the 18 September item gives none), and the 10 insurgents killed in Bajaur are another operation (no keys).",
  "Quotes: none (no quote marks in the text; Mullen's, Gates's and the military official's words are reported speech).",
  "Claimants: one actor 'Pakistani officials' covers the headline's 'Pakistani Officials', the body's 'Pakistani intelligence officials' / 'The officials' (the headline's officials are these same intelligence officials: the headline reports their toll) and the 'Pakistani officials' of the Bajaur paragraph (the text gives them no other description, and the folded form 'Pakistani officials' cannot belong to two actors). The 'top Pakistani officials in Islamabad' whom Mullen met claim nothing.",
  "Events: 'Wednesday' (the strike; subject an aircraft only suspected to be American -> null), 'Earlier in the day' (Mullen met Pakistani officials), two 'today's in VOA's voice (the military official rejected reports; government troops targeted hideouts in Bajaur). 'recent media reports' and 'recent U.S. missile strikes' are vague, not events.",
  "Actors: Pakistani officials, Michael Mullen, the United States ('The United States says insurgents ...'), Robert Gates (said the U.S. will cooperate), the Pakistani military official (rejected reports, told VOA) and the government troops. Gilani and Kayani are only addressed; AFP and AP are credited sources of the report, not claimants of any item.",
  "Not figures: none left: 'Earlier in the day' and 'today' are dates; no ordinals.",
  "Second careful read by the annotator: the whole item re-read once against FORMAT.md sections 1-2 and the search copy of the stored page; text identical after the listed edits; 17 September 2008 was a Wednesday; 'at least' kept twice; every alias checked as an exact substring.",
 ],
}
