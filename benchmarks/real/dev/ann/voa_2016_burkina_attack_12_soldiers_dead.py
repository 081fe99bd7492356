O = "Burkina Faso officials"
X = "Suspected Islamic extremists"
K = "Roch Marc Christian Kabore"
ANN = {
 "article": "articles/voa_2016_burkina_attack_12_soldiers_dead.txt",
 "gold_out": "gold/voa_2016_burkina_attack_12_soldiers_dead.json",
 "published": "2016-12-19",
 "quotes": [
  {"text": "forces of evil.", "speaker": K, "speaker_mention": "President Roch Marc Christian Kabore", "fragment": True,
   "note": "'President Roch Marc Christian Kabore called the assailants \"forces of evil.\"': Kabore's own words, a short phrase; final period inside the marks kept. The next sentence refers back to him as 'He'"},
 ],
 "figures": [
  {"quantity": "burkina_nassoumbou_attack_2016:soldiers_killed", "text": "12", "value": 12, "unit": None, "counted": "soldiers dead", "source": O, "approx": None, "ctx": "Leaves 12 Soldiers",
   "note": "headline 'Attack Leaves 12 Soldiers Dead'; the claimant is named in the next sentence ('killing at least 12 soldiers, officials said'), so the officials are the source; the headline prints no hedge"},
  {"quantity": "burkina_nassoumbou_attack_2016:soldiers_killed", "text": "12", "value": 12, "unit": None, "counted": "soldiers killed", "source": O, "approx": "at least", "ctx": "at least 12 soldiers",
   "note": "'killing at least 12 soldiers, officials said'"},
  {"text": "40", "value": 40, "unit": None, "counted": "unidentified gunmen who stormed the army post", "source": O, "approx": "around",
   "note": "'The officials said about 40 unidentified gunmen stormed the army post': 'about' = around"},
  {"quantity": "ouagadougou_attack_2016:deaths", "text": "29", "value": 29, "unit": None, "counted": "people killed in the January attack on a hotel in Ouagadougou", "source": None, "approx": "at least",
   "note": "outlet's voice. Same quantity as the dev item voa_2016_ouagadougou_hotel_siege_over ('at least 23 people ... dead', 16 January 2016): the toll of the January 2016 hotel attack in Ouagadougou, so the key of that item is reused"},
 ],
 "events": [
  {"actor": X, "date": "2016-12-16", "date_text": "Friday", "what": "suspected Islamic extremists attacked an army barracks in Burkina Faso",
   "note": "'Suspected Islamic extremists attacked an army barracks Friday': active verb, its subject the attackers; the Friday before the Monday 19 December 2016 posting (the Nassoumbou attack was on 16 December 2016)"},
  {"actor": None, "date": "2016", "date_text": "this year", "what": "attacks in Burkina Faso were relatively rare until this year",
   "note": "'Attacks in Burkina Faso were relatively rare until this year': a state ('were relatively rare'), no agent"},
  {"actor": "al-Qaida-linked fighters", "date": "2016-01", "date_text": "in January", "what": "al-Qaida-linked fighters attacked a hotel in Ouagadougou",
   "note": "'when al-Qaida-linked fighters attacked a hotel in the capital, Ouagadougou, in January': active verb with its subject; January of 'this year' (2016)"},
 ],
 "actors": [
  {"name": O, "type": "group", "aliases": ["officials", "The officials"]},
  {"name": X, "type": "group", "aliases": ["Suspected Islamic extremists", "unidentified gunmen", "The assailants", "the assailants"]},
  {"name": K, "type": "person", "aliases": ["President Roch Marc Christian Kabore", "Roch Marc Christian Kabore"]},
  {"name": "al-Qaida-linked fighters", "type": "group", "aliases": ["al-Qaida-linked fighters"]},
 ],
 "notes": [
  "VOA News report on the attack of Friday 16 December 2016 on the army post at Nassoumbou, northern Burkina Faso, kept from AllAfrica's reprint dated Monday 19 December 2016 (see meta published_evidence and edits); single item of story burkina_nassoumbou_attack_2016.",
  "Attribution by back-reference: 'officials said' (sentence 1) is taken up by 'The officials said' and 'they said' in the next paragraph (the setting fire to vehicles and tents is also their account, but undated and without a number); 'the assailants' and 'The assailants' refer back to the 'Suspected Islamic extremists' / 'about 40 unidentified gunmen'; 'He' and 'his trip' refer back to Kabore.",
  "Figures: both 12s (headline and body) share burkina_nassoumbou_attack_2016:soldiers_killed and are claimed by the officials; 'about 40' attackers likewise; 'at least 29' (January hotel attack) is VOA's own voice and shares ouagadougou_attack_2016:deaths with the dev item voa_2016_ouagadougou_hotel_siege_over (23 there).",
  "Not events: Kabore's planned trip to Nigeria and its cancellation carry no date expression; 'no immediate claim' is not a date. 'Nigeria', 'Gambia', 'Mali' only locate things and do not act.",
  "second careful reading against FORMAT.md done: the quote span (final period inside the marks kept, fragment), the two '12's (ctx), hedges (none in the headline; at least; about = around; at least), and the three date expressions ('Friday' = 16 Dec 2016, 'this year' = 2016, 'in January' = 2016-01).",
 ],
}
