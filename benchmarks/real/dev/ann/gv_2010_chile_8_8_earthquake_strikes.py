Q = "chile_quake_2010:"
ANN = {
 "article": "articles/gv_2010_chile_8_8_earthquake_strikes.txt",
 "gold_out": "gold/gv_2010_chile_8_8_earthquake_strikes.json",
 "published": "2010-02-27",
 "quotes": [],
 "figures": [
  {"quantity": Q + "magnitude", "text": "8.8", "value": 8.8, "unit": None, "counted": "magnitude earthquake", "source": None, "approx": None, "occ": 1,
   "note": "headline (rebuilt from the address, see meta edits): magnitude, no unit, outlet's voice"},
  {"quantity": Q + "magnitude", "text": "8.8", "value": 8.8, "unit": None, "counted": "magnitude of the earthquake", "source": None, "approx": None, "occ": 2,
   "note": "'an earthquake with a magnitude of 8.8 struck': outlet's voice; same key as VOA's '8.8-magnitude' (3 March and 1 March items)"},
  {"text": "325km", "value": 325, "unit": "km", "counted": "distance of Santiago from the epicenter", "source": None, "approx": None,
   "note": "'Santiago located 325km from the epicenter': a distance in the outlet's voice"},
 ],
 "events": [
  {"actor": None, "date": "2010-02-27", "date_text": "At 3:34 a.m. local time", "what": "earthquake struck off the coast of the Maule region",
   "note": "a clock time = the reference day (Saturday 27 February 2010, the post's day); the earthquake is a natural event, no agent"},
  {"actor": None, "date": "2010-02-27", "date_text": "Throughout the day", "what": "aftershocks felt in the region",
   "note": "'Throughout the day, aftershocks have also been felt': the post's own day; passive 'have been felt' without a by-agent, natural event -> null"},
 ],
 "actors": [
  {"name": "Francisco", "type": "person", "aliases": ["Francisco"]},
  {"name": "Robinson Esparza", "type": "person", "aliases": ["Robinson Esparza"]},
  {"name": "Ign. Rodríguez de R.", "type": "person", "aliases": ["Ign. Rodríguez de R.", "@micronauta"]},
  {"name": "Pablo González Carcey", "type": "person", "aliases": ["Pablo González Carcey"]},
 ],
 "notes": [
  "Global Voices citizen-media roundup of Saturday 27 February 2010, the day of the 8.8 earthquake in Chile; story chile_quake_2010 with voa_2010_chile_quake_crews_search_survivors (3 March, in dev) and voa_2010_chile_bachelet_deploys_10000_soldiers (1 March, this folder). Key chile_quake_2010:magnitude shared by both 8.8 figures here and the VOA items' '8.8-magnitude'.",
  "No quotes in the gold sense: the two tweets (Ign. Rodríguez de R.'s and Pablo González Carcey's, introduced by 'writes about this frustration:' and 'He follows up:') are Spanish block quotations printed without quote marks, kept as their own paragraphs.",
  "Not figures: '3:34 a.m.' (time of day, used as the event's date expression). The post's casualty count is 'the number of casualties continues to go up' (no number).",
  "Left out as dates: 'soon after the earthquake hit' (relative to an event, vague); 'following the earthquake' (same). Undated acts: Francisco created the blog (passive with by-agent, no date), Esparza 'has been updating a post', Rodríguez 'writes', González Carcey 'offered to call relatives' and 'follows up'.",
  "Actors are the people who act or write; 'Daniela Alvarado' (who could not reach her brother) and the 'Terremoto Chile' posters (a group without a name) are not listed. '@micronauta' is Rodríguez's Twitter handle printed beside his name; '@DaniAlvaradoA' is inside the Spanish tweet, addressing her.",
  "second reading (annotator): re-read the whole item against FORMAT.md sections 1-2: no quote marks anywhere in the text; both 8.8 pinned with occ; 325km glued unit; two date expressions, both on 27 February 2010 with no agent; the headline rebuilt from the slug is said in the meta edits.",
 ],
}
