K = "Radovan Karadžić"
ANN = {
 "article": "articles/wn_2008_karadzic_caught_serbia.txt",
 "gold_out": "gold/wn_2008_karadzic_caught_serbia.json",
 "published": "2008-07-22",
 "quotes": [
  {"text": "smart, rather vain man", "speaker": "Kate Adie", "speaker_mention": "the BBC's Kate Adie", "fragment": True,
   "note": "description of Karadžić attributed by 'Described by the BBC's Kate Adie as ...'"},
 ],
 "figures": [
  {"quantity": "karadzic_arrest_2008:years_on_run", "text": "13", "value": 13, "unit": "years", "counted": "years on the run from authorities", "source": None, "approx": "around",
   "note": "'almost 13 years' -> around"},
  {"quantity": "karadzic_arrest_2008:srebrenica_killed", "text": "8,000", "value": 8000, "unit": None, "counted": "Muslims killed in the Srebrenica massacre", "source": None, "approx": "around",
   "note": "outlet's own voice; VOA of 21 July says 'more than 7,000', VOA of 30 July quotes Brammertz 'close to 8,000' (same key)"},
 ],
 "events": [
  {"actor": "Serbian security forces", "date": "2008-07-21", "date_text": "yesterday", "what": "caught Karadžić in Serbia",
   "note": "passive with a 'by' agent: 'was caught yesterday in Serbia by Serbian security forces'"},
  {"actor": "War Crimes Court in Belgrade", "date": "2008-07-21", "date_text": "Last night", "what": "questioned Karadžić",
   "note": "passive with a 'by' agent: 'questioned by an inquisitor of the War Crimes Court in Belgrade' (an unnamed investigating judge of that court; the court is the actor)"},
  {"actor": None, "date": "1992-01-01/1995-12-31", "date_text": "from 1992 to 1995", "what": "Bosnian War, period of the alleged crimes",
   "note": "dates the war in which the crimes are alleged, not the accusing act; no agent"},
 ],
 "actors": [
  {"name": K, "type": "person", "aliases": ["Radovan Karadžić", "Karadžić", "Alleged war criminal Radovan Karadžić"]},
  {"name": "Serbian security forces", "type": "organisation", "aliases": ["Serbian security forces"]},
  {"name": "War Crimes Court in Belgrade", "type": "organisation", "aliases": ["War Crimes Court in Belgrade"]},
  {"name": "International Criminal Tribunal for the former Yugoslavia", "type": "organisation", "aliases": ["International Criminal Tribunal for the former Yugoslavia"]},
  {"name": "International Court of Justice", "type": "organisation", "aliases": ["International Court of Justice"]},
  {"name": "Kate Adie", "type": "person", "aliases": ["Kate Adie", "the BBC's Kate Adie"]},
 ],
 "notes": [
  "Wikinews report of Tuesday 22 July 2008 on the arrest of 21 July 2008; story karadzic_arrest_2008 with voa_2008_karadzic_arrested (21 July) and voa_2008_karadzic_extradited_hague (30 July).",
  "Cross-report figures: '13 years on the run' (here 'almost 13', VOA 30 July 'After 13') share karadzic_arrest_2008:years_on_run; Srebrenica dead: 'about 8,000' here, 'more than 7,000' (VOA 21 July), 'close to 8,000' (Brammertz, VOA 30 July) share karadzic_arrest_2008:srebrenica_killed.",
  "'the arrest was unanimously welcomed' is a passive without agent and without date: no event. 'Ratko Mladić' and 'Dragan Dabic' do not act in the text and are not actors.",
  "Not figures: 'one' in 'one of the most sought-after war criminals' (pronoun); '1992', '1995' are years.",
  "'yesterday' and 'Last night' both point to Monday 21 July 2008; 'from 1992 to 1995' is a year range written as a day interval.",
 ],
}
