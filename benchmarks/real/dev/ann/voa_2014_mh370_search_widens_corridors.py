S = "mh370_2014"
HH = "Hishammuddin Hussein"
CFM = "Chinese Foreign Ministry"
SD = "Stephane Dujarric"
CT = "Comprehensive Test Ban Treaty Organization"
ANN = {
 "article": "articles/voa_2014_mh370_search_widens_corridors.txt",
 "gold_out": "gold/voa_2014_mh370_search_widens_corridors.json",
 "published": "2014-03-17",
 "quotes": [
  {"text": "Today I can confirm that the search-and-rescue operations in the northern and southern corridors have already begun. Countries including Malaysia, Australia, China, Indonesia and Kazakhstan have already initiated search-and-rescue operations. The (Malaysian) Royal Air Force and the Royal National Navy have deployed assets to the southern corridor.",
   "speaker": HH, "speaker_mention": "Defense Minister Hishammuddin Hussein", "fragment": False,
   "note": "a whole paragraph in quote marks with no attribution of its own; the paragraph before is 'Defense Minister Hishammuddin Hussein says 26 countries are involved ...' (the quote is the words of his briefing). The bracketed '(Malaysian)' is VOA's insertion and stays in the span"},
  {"text": "Of course the current search and rescue efforts have become even harder now, and the area is much bigger. It calls for better methods. So we hope the Malaysian side can provide more thorough, accurate information to countries participating in the search and rescue, be able to further increase the search area and strengthen search efforts.",
   "speaker": CFM, "speaker_mention": "Beijing's foreign ministry", "fragment": False,
   "note": "a whole paragraph in quote marks with no attribution; the sentence before says 'Beijing's foreign ministry Monday leveled a new attack on Malaysia's handling of the investigation': the quote is that attack (words of the ministry's spokesman, not named in the text; the text attributes them to the ministry). Opened with a straight double quote and closed with two straight apostrophes ('') as printed; the final full stop inside the marks kept"},
 ],
 "figures": [
  {"text": "26", "value": 26, "unit": None, "counted": "countries involved in the search on land and in the water", "source": HH, "approx": None,
   "note": "'Defense Minister Hishammuddin Hussein says 26 countries are involved'"},
  {"text": "tens of millions", "value": None, "vague": True, "unit": "square kilometres", "counted": "square kilometers the search spans", "source": None, "approx": None,
   "note": "'The search spans tens of millions of square kilometers': its own sentence with no speech verb, after Hishammuddin's 'says' (FORMAT counts a claimant named in the NEXT sentence; here the next paragraph is his quote, which gives no area) -> VOA's voice, null"},
  {"text": "21", "value": 21, "unit": None, "counted": "satellites China has offered to help Malaysia", "source": None, "approx": None,
   "note": "'China has offered 21 of its satellites': VOA reports China's offer in its own voice (China is the agent of the offer, not said to state the number), as the GOV.UK 'The UK has so far pledged £230 million' is the release's voice"},
  {"quantity": S + ":people_aboard", "text": "239", "value": 239, "unit": None, "counted": "people carried by the missing Boeing 777", "source": None, "approx": None,
   "note": "outlet's voice ('the missing Boeing 777 carrying 239 people'); same quantity as the 239 of 10 March and the '239 passengers' of 30 April"},
  {"quantity": S + ":chinese_share", "text": "two-thirds", "value": 2/3, "unit": "share", "counted": "share of the people aboard who were Chinese nationals", "source": None, "approx": None,
   "note": "'239 people, two-thirds of whom were Chinese nationals': outlet's voice, no hedge; same quantity as 'About two-thirds' of 10 March"},
 ],
 "events": [
  {"actor": CFM, "date": "2014-03-17", "date_text": "Monday", "occ": 1, "what": "China's foreign ministry leveled a new attack on Malaysia's handling of the investigation",
   "note": "'Beijing's foreign ministry Monday leveled a new attack': agent of 'leveled'; Monday 17 March 2014, the report's day"},
  {"actor": None, "date": "2014-03-08", "date_text": "on March 8", "what": "the aircraft vanished",
   "note": "'in the hours after it mysteriously vanished on March 8': vanishing has no agent; the year is the report's (2014)"},
  {"actor": SD, "date": "2014-03-17", "date_text": "Also Monday", "what": "UN spokesman Stephane Dujarric said the CTBTO detected no explosion or crash",
   "note": "'Also Monday, a United Nations spokesman, Stephane Dujarric, said ...': agent of 'said'. The expression is printed with 'Also' (as 'Later in the day' is taken whole)"},
  {"actor": CT, "date": "2014-03-10/2014-03-16", "date_text": "last week", "what": "the CTBTO confirmed that no explosion or plane crash had been detected",
   "note": "'the Comprehensive Test Ban Treaty Organization, based in Vienna, confirmed last week': agent of 'confirmed'; the ISO week before Monday 17 March 2014 (Monday 10 to Sunday 16 March)"},
 ],
 "actors": [
  {"name": "Malaysia", "type": "country", "aliases": ["Malaysia", "the Malaysian side"]},
  {"name": HH, "type": "person", "aliases": ["Defense Minister Hishammuddin Hussein", "Hishammuddin Hussein"]},
  {"name": "Australia", "type": "country", "aliases": ["Australia"]},
  {"name": "China", "type": "country", "aliases": ["China"]},
  {"name": "Indonesia", "type": "country", "aliases": ["Indonesia"]},
  {"name": "Kazakhstan", "type": "country", "aliases": ["Kazakhstan"]},
  {"name": "Royal Malaysian Air Force", "type": "organisation", "aliases": ["Royal Air Force"]},
  {"name": "Royal Malaysian Navy", "type": "organisation", "aliases": ["the Royal National Navy"]},
  {"name": CFM, "type": "organisation", "aliases": ["Beijing's foreign ministry"]},
  {"name": "investigators", "type": "group", "aliases": ["Investigators"]},
  {"name": SD, "type": "person", "aliases": ["Stephane Dujarric", "a United Nations spokesman, Stephane Dujarric"]},
  {"name": CT, "type": "organisation", "aliases": ["Comprehensive Test Ban Treaty Organization"]},
 ],
 "notes": [
  "VOA News report of Monday 17 March 2014 (page undated; date worked out in the meta file) on the widened search for Malaysia Airlines Flight MH370 along the northern and southern corridors. Story mh370_2014 with voa_2014_mh370_search_area_to_expand (10 March) and voa_2014_mh370_aerial_search_ends (30 April). This is the later version of the page (id 1873303); an earlier one (id 1872869, with 'he said' attributions and a father's quote) is a different text and was not used.",
  "Keys across the story: mh370_2014:people_aboard (239) and mh370_2014:chinese_share (two-thirds), shared with the 10 March item (and 239 with the 30 April item).",
  "Two quotes, both whole paragraphs in quote marks without any attribution: the speaker is named only in the paragraph or sentence before (Hishammuddin; Beijing's foreign ministry).",
  "Actors: Malaysia ('Malaysia says'; 'the Malaysian side' inside the Chinese quote), Hishammuddin, the countries named in his quote as having initiated search operations (Malaysia, Australia, China, Indonesia, Kazakhstan), the Malaysian air force and navy that deployed assets (as printed: '(Malaysian) Royal Air Force', 'Royal National Navy'; canonical names Royal Malaysian Air Force / Royal Malaysian Navy), China (offered satellites), its foreign ministry, investigators (believe), Dujarric and the CTBTO. 'Vienna', 'Central Asia', 'Indian Ocean' are places. 'Beijing' appears only inside the ministry's alias.",
  "Left out as events: 'Today' (inside Hishammuddin's quote: 'today' inside speech), 'now' (vague, inside the Chinese quote), 'in the hours after it ... vanished' (a duration with no number), 'so far' (vague).",
  "Not figures: 'Boeing 777' (designation); no number inside either quote.",
  "Second careful reading of the whole item against FORMAT.md sections 1-2 done by the annotator: quote spans (the bracketed insertion kept, final full stops kept, the '' closing mark outside the span), every number token (26, tens of millions, 21, 239, two-thirds) annotated, 'Monday' / 'Also Monday' / 'last week' normalised against Monday 17 March 2014.",
 ],
}
