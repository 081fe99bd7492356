S = "kenya_embaski_raid_2008"
POL = "Kenyan police"
ANN = {
 "article": "articles/wn_2008_kenya_embaski_raid_thirteen_killed.txt",
 "gold_out": "gold/wn_2008_kenya_embaski_raid_thirteen_killed.json",
 "published": "2008-03-04",
 "quotes": [
  {"text": "I hid behind a huge rock near my house, otherwise I would be dead by now.", "speaker": "witness", "speaker_mention": "A witness", "fragment": False,
   "note": "'A witness told The Nation, \"...\"': an unnamed witness, attribution before the quote; The Nation is the newspaper the witness spoke to, not the speaker; the final '.' inside the marks is kept"},
 ],
 "figures": [
  {"quantity": S + ":deaths", "text": "thirteen", "occ": 1, "value": 13, "unit": None, "counted": "people killed by violence in Kenya", "source": None, "approx": "at least",
   "note": "headline 'kills at least thirteen', outlet's voice; no noun follows the number, the counted are the dead"},
  {"quantity": S + ":deaths", "text": "thirteen", "ctx": "thirteen deaths", "value": 13, "unit": None, "counted": "deaths", "source": None, "approx": None,
   "note": "'Violence in Kenya has resulted in thirteen deaths': outlet's voice, no hedge (the headline says 'at least')"},
  {"quantity": S + ":children_killed", "text": "six", "value": 6, "unit": None, "counted": "victims who were children", "source": POL, "approx": "at least",
   "note": "'Police have stated that at least six of the thirteen victims were children': claimed by the police"},
  {"quantity": S + ":deaths", "text": "thirteen", "ctx": "of the thirteen victims", "value": 13, "unit": None, "counted": "victims", "source": POL, "approx": None,
   "note": "inside the same police statement ('Police have stated that ... of the thirteen victims') -> the police; same toll as the headline and first paragraph"},
  {"text": "four", "value": 4, "unit": None, "counted": "victims who were relatives of Fredrick Mbuya", "source": None, "approx": None,
   "note": "'It has also been reported that four of the victims were relatives ...': a passive report with no named reporter -> null"},
  {"text": "500 km", "value": 500, "unit": "km", "counted": "distance of the Rift Valley from Nairobi", "source": None, "approx": "around",
   "note": "'almost 500 km from Nairobi' -> around; outlet's voice"},
 ],
 "events": [
  {"actor": None, "date": "2008-02-25/2008-03-02", "date_text": "last week", "what": "power-sharing agreement reached",
   "note": "'a power-sharing agreement was reached last week': a passive without a by-agent -> null (the text names neither party to the agreement). Last week = the ISO week before Tuesday 4 March 2008, Monday 25 February to Sunday 2 March"},
 ],
 "actors": [
  {"name": "All Africa", "type": "organisation", "aliases": ["All Africa"]},
  {"name": "witness", "type": "person", "aliases": ["A witness"]},
  {"name": POL, "type": "organisation", "aliases": ["Police"]},
 ],
 "notes": [
  "Wikinews report of Tuesday 4 March 2008 on a militia raid on Embaski Village in Kenya's Rift Valley that killed at least thirteen, the first attack after the power-sharing agreement that ended the post-election crisis; story kenya_embaski_raid_2008 (one item so far; a later raid, not the post-election violence of kenya_post_election_violence_2008).",
  "Keys: the thirteen dead three times (headline 'at least thirteen', body 'thirteen deaths', 'the thirteen victims' in the police statement) share kenya_embaski_raid_2008:deaths; the children among them (at least six, police) have kenya_embaski_raid_2008:children_killed.",
  "One quote: the witness's words to The Nation. All Africa's report (victims burned alive, decapitated or shot) carries no number; 'some of the victims' and 'others' are not figures.",
  "Not events: 'in the last few months' (a vague period), 'by now' inside the quote. The raid itself carries no date expression ('The militia raid is the first attack since ...').",
  "Not actors: 'The militia' (does nothing dated or quoted), Fredrick Mbuya (named as a relative of victims), The Nation (the newspaper the witness spoke to; it does not act or claim anything itself), Nairobi and the Rift Valley (places). 'a police reservist' is Mbuya's job, not the police actor ('Police' is the only alias).",
  "second reading (annotator): re-read the whole item against FORMAT.md sections 1-2; checked the three 'thirteen' pinned with occ/ctx, 'at least' on the headline and on 'six' only, 'almost' -> around, 'last week' as the ISO week 25 February-2 March 2008, and every alias as an exact substring.",
 ],
}
