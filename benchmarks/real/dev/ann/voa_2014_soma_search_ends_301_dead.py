Y = "Taner Yildiz"
ANN = {
 "article": "articles/voa_2014_soma_search_ends_301_dead.txt",
 "gold_out": "gold/voa_2014_soma_search_ends_301_dead.json",
 "published": "2014-05-17",
 "quotes": [
  {"text": "There are no mine workers in the mine at the moment", "speaker": Y, "speaker_mention": "the energy minister",
   "note": "straight double quotes; trailing comma dropped; attribution 'the energy minister told reporters' after the quote"},
  {"text": "There are no more missing people reported by families.", "speaker": Y, "speaker_mention": "the energy minister",
   "note": "second half of Yildiz's statement, printed after the attribution with no new verb; final period inside the marks kept"},
 ],
 "figures": [
  {"quantity": "soma_mine_disaster_2014:deaths", "text": "301", "value": 301, "unit": None, "counted": "miners dead", "source": None, "approx": None, "ctx": "with 301 Miners",
   "note": "headline; outlet's voice"},
  {"text": "two", "value": 2, "unit": None, "counted": "more miners whose bodies rescue workers found", "source": Y, "approx": None,
   "note": "'Energy Minister Taner Yildiz said rescue workers found the bodies of two more miners'"},
  {"quantity": "soma_mine_disaster_2014:deaths", "text": "301", "value": 301, "unit": None, "counted": "miners in the death toll", "source": Y, "approx": None, "ctx": "death toll to 301",
   "note": "'raising the death toll to 301', in Yildiz's reported statement"},
  {"quantity": "soma_mine_disaster_2014:survivors", "text": "485", "value": 485, "unit": None, "counted": "miners who either had escaped or were rescued", "source": Y, "approx": None,
   "note": "'Yildiz said 485 miners ...'"},
  {"text": "Seven", "value": 7, "unit": None, "counted": "families awaiting bodies undergoing DNA testing", "source": Y, "approx": None,
   "note": "'Seven families were awaiting ..., he added': the claimant is Yildiz"},
 ],
 "events": [
  {"actor": Y, "date": "2014-05-17", "date_text": "On Saturday", "what": "Yildiz said two more bodies were found, raising the toll to 301",
   "note": "'On Saturday, Energy Minister Taner Yildiz said ...': the date fronts the main clause, whose verb is 'said' (the finding is reported, not separately dated); published Saturday 17 May 2014"},
  {"actor": None, "date": "2014-05-17", "date_text": "Earlier Saturday", "what": "a new fire erupted at the mine, hampering recovery efforts",
   "note": "'a new fire erupted': no agent"},
 ],
 "actors": [
  {"name": Y, "type": "person", "aliases": ["Energy Minister Taner Yildiz", "Yildiz", "the energy minister"]},
  {"name": "rescue workers", "type": "group", "aliases": ["Rescuers", "rescue workers", "rescue teams"]},
  {"name": "Soma Holding Co.", "type": "organisation", "aliases": ["Soma Holding Co."]},
 ],
 "notes": [
  "VOA News report of Saturday 17 May 2014 (VOA print view of item 1916597) on the end of the search at the Soma coal mine, four days after the disaster of 13 May 2014; story soma_mine_disaster_2014 with voa_2014_soma_union_protests_282_killed (15 May) and voa_2014_soma_protests_escalate (16 May).",
  "A sidebar list of 14 earlier Turkish mining accidents was removed as page furniture (see meta edits).",
  "Cross-report figures: 301 (headline and Yildiz) shares soma_mine_disaster_2014:deaths with 'at least 282' (15 May) and 'close to 300' (16 May); 485 escaped or rescued is soma_mine_disaster_2014:survivors.",
  "Yildiz's statement is one quotation split by its attribution: two quotes, both his.",
  "second reading: checked every number token (301 x2, two, 485, Seven) and both quote spans; the 'two more miners' are the last two bodies, not a toll, so no quantity key; 'Earlier Saturday' kept null (a fire, no agent).",
 ],
}
