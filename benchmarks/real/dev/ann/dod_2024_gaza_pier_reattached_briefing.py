S = "Sabrina Singh"
BC = "Brad Cooper"
ANN = {
 "article": "articles/dod_2024_gaza_pier_reattached_briefing.txt",
 "gold_out": "gold/dod_2024_gaza_pier_reattached_briefing.json",
 "published": "2024-06-07",
 "quotes": [],
 "figures": [
  {"text": "1,000", "value": 1000, "unit": None, "counted": "U.S. soldiers and sailors executing the humanitarian mission", "source": BC, "approx": None,
   "note": "in Cooper's turn (speaker label 'VICE ADMIRAL SAMUEL BRAD COOPER:'), so his"},
  {"text": "15", "value": 15, "unit": None, "counted": "vessels of different sizes supporting this operation", "source": BC, "approx": None,
   "note": "Cooper's turn"},
 ],
 "events": [
  {"actor": S, "date": "2024-06-07", "date_text": "this morning", "ctx": "our call this morning", "what": "the Pentagon's on-the-record briefing call on Gaza aid",
   "note": "a date on a noun ('our call this morning'): the call is the Pentagon's, hosted by Singh ('I'll be facilitating today's on-the-record briefing call'), so its agent is the speaker; 'this morning' = the reference day, Friday 7 June 2024"},
  {"actor": BC, "date": "2024-06-07", "date_text": "this morning", "ctx": "with you this morning", "what": "Cooper discusses the effort with reporters on the call",
   "note": "'thanks to all for the opportunity to discuss this very important effort with you this morning': the discussing is Cooper's ('to discuss' with the speaker as its subject); the reference day"},
  {"actor": "U.S. forces", "date": "2024-06-07", "date_text": "earlier this morning", "what": "U.S. forces attached the temporary pier to the Gaza beach",
   "note": "agent 'U.S. forces successfully attached'; the reference day (the DOD News story of 12 June dates the reopening 'June 7')"},
 ],
 "actors": [
  {"name": S, "type": "person", "aliases": ["DEPUTY PRESS SECRETARY SABRINA SINGH", "Sabrina Singh", "Sabrina"]},
  {"name": BC, "type": "person", "aliases": ["VICE ADMIRAL SAMUEL BRAD COOPER", "Vice Admiral Brad Cooper", "Vice Admiral Cooper"]},
  {"name": "U.S. Central Command", "type": "organisation", "aliases": ["United States Central Command", "U.S. Central Command forces"]},
  {"name": "U.S. forces", "type": "organisation", "aliases": ["U.S. forces"]},
  {"name": "Israel Defense Forces", "type": "organisation", "aliases": ["Israeli Defense Force engineers"]},
  {"name": "USAID", "type": "organisation", "aliases": ["USAID"]},
 ],
 "notes": [
  "Pentagon teleconference briefing of Friday 7 June 2024 on the reattachment of the Gaza aid pier (opening turns of Deputy Press Secretary Sabrina Singh and Vice Adm. Brad Cooper, deputy commander of U.S. Central Command). Story gaza_pier_2024 with dod_2024_gaza_pier_1000_tons_after_closure (12 June, 'reopened June 7') and the March items.",
  "Transcript: speech marked by speaker labels, no quote marks, so no quotes; both figures are in Cooper's turn and are his. Neither figure recurs elsewhere in the story's items, so no quantity keys.",
  "Events: 'this morning' twice (Singh's call; Cooper's discussing with the reporters) and 'earlier this morning' (U.S. forces attached the pier), all Friday 7 June 2024. 'today's on-the-record briefing call' and 'Joining us on the call today' are 'today' inside speech and left out.",
  "Actors: Chris Mewett is named as a participant but does not speak in the kept text (as Kondratyev in kremlin_2018_krasnodar_flash_flood_meeting): not listed. 'U.S. forces' is kept apart from U.S. Central Command (the text does not say which command's forces attached the pier, though the call is about Centcom's mission). 'Sabrina' is Cooper's address to Singh.",
  "second reading: re-read against FORMAT.md (no quote marks anywhere; '1,000' and '15' the only number tokens; the three morning expressions on the reference day; 'today' in speech left out); no change.",
 ],
}
