ANN = {
 "article": "articles/voa_2012_uganda_ebola_kills_14.txt",
 "gold_out": "gold/voa_2012_uganda_ebola_kills_14.json",
 "published": "2012-07-28",
 "quotes": [],
 "figures": [
  {"quantity": "uganda_ebola_2012:deaths", "text": "14", "occ": 1, "value": 14, "unit": None, "counted": "people killed in the Uganda Ebola outbreak", "source": None, "approx": None,
   "note": "headline '14 Killed in Uganda Ebola Outbreak', the outlet's own voice"},
  {"quantity": "uganda_ebola_2012:deaths", "text": "14", "occ": 2, "value": 14, "unit": None, "counted": "people killed by the Ebola virus in western Uganda", "source": "Health officials", "approx": None,
   "note": "'Health officials say the deadly Ebola virus has killed 14 people'; the officials are not named or tied to a body"},
  {"quantity": "uganda_ebola_2012:cases", "text": "20", "ctx": "were 20 reported", "value": 20, "unit": None, "counted": "reported cases in Kibaale district", "source": "Joaquim Saweka", "approx": None,
   "note": "'Joaquim Saweka, the World Health Organization representative in Uganda said Saturday there were 20 reported cases'; the VOA post of 30 July has 'at least 20 confirmed cases' from 'Authorities' (same key)"},
  {"text": "200 kilometers", "value": 200, "unit": "km", "counted": "distance of Kibaale district west of Kampala", "source": None, "approx": "around",
   "note": "'nearly 200 kilometers west of the capital' -> around. A locating apposition that reads as the outlet's description, though it stands inside the clause reported from Saweka: source left null"},
  {"quantity": "uganda_ebola_2012:deaths_2000_outbreak", "text": "200", "ctx": "more than 200 Ugandans", "value": 200, "unit": None, "counted": "Ugandans killed by Ebola in 2000", "source": None, "approx": "more than",
   "note": "outlet's own voice; the VOA post of 30 July says the 2000 outbreak 'killed almost 200 people' (same key, the two disagree)"},
 ],
 "events": [
  {"actor": "Joaquim Saweka", "date": "2012-07-28", "date_text": "Saturday", "what": "said there were 20 reported cases in Kibaale district",
   "note": "bare weekday without 'on' after 'said'; the agent of 'said' is Saweka. Saturday 28 July 2012 is the (inferred) publication day, see meta"},
  {"actor": None, "date": "2000", "date_text": "In 2000", "what": "Ebola killed more than 200 Ugandans",
   "note": "the agent of 'killed' is the virus, not an actor: null"},
 ],
 "actors": [
  {"name": "Health officials", "type": "group", "aliases": ["Health officials"]},
  {"name": "Joaquim Saweka", "type": "person", "aliases": ["Joaquim Saweka", "the World Health Organization representative in Uganda"]},
 ],
 "notes": [
  "VOA News report on the Ebola outbreak in Kibaale district, western Uganda, confirmed on Saturday 28 July 2012 (publication date inferred, see meta); story uganda_ebola_2012 with voa_2012_museveni_urges_limit_contact_ebola (VOA Breaking News post of Monday 30 July).",
  "Cross-report figures: deaths '14' (headline and body here, 'at least 14' on 30 July) share uganda_ebola_2012:deaths; cases '20 reported cases' here and 'at least 20 confirmed cases' on 30 July share uganda_ebola_2012:cases (the same running count of the outbreak's cases, one report calling them reported, the other confirmed); the 2000 outbreak's dead, 'more than 200 Ugandans' here and 'almost 200 people' on 30 July, share uganda_ebola_2012:deaths_2000_outbreak.",
  "The removed photo caption (see meta edits) held 40km, 25 miles and a 12-year-old; they are not in the text. No quotes. 'There is no cure or vaccine' holds no figure. The World Health Organization is named only in Saweka's title and does not act: not an actor.",
  "Second careful read of the whole item against FORMAT.md done by the annotator (text against the stored copy, every number token, the two date expressions, aliases).",
 ],
}
