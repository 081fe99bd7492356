EF = "Ethiopian armed forces"
ICU = "Islamic Courts Union"
AF = "Abdikarin Farah"
OS = "Omar Faruk Osman"
AW = "Hassan Dahir Aweys"
IO = "Islamic Courts Union officials"
K100 = "somalia_ethiopia_war_2006:ethiopian_troops_distance_from_mogadishu_dec26"
ANN = {
 "article": "articles/voa_2006_somalia_ethiopian_troops_advance_capital.txt",
 "gold_out": "gold/voa_2006_somalia_ethiopian_troops_advance_capital.json",
 "published": "2006-12-26",
 "quotes": [
  {"text": "There is a fear that they may come to Mogadishu by tonight [Tuesday]. There is very high tension here in Mogadishu - people are fearing that", "speaker": OS, "speaker_mention": "he",
   "note": "'... ,\" he said.': 'he' is Omar Faruk Osman, the secretary-general of the National Union of Somali Journalists named in the paragraph before; the bracketed '[Tuesday]' is the outlet's insertion, kept; trailing comma dropped"},
  {"text": "There was another air raid today in the Lower Shabelle Region by the Ethiopian war planes.", "speaker": OS, "speaker_mention": "he",
   "note": "second part of Osman's quotation after 'he said': a separate quote; final stop kept"},
  {"text": "They [Ethiopian forces] fire, they're fighting, and we are retreating", "speaker": AW, "speaker_mention": "he",
   "note": "'... ,\" he said.' in its own paragraph: 'he' is Sheik Hassan Dahir Aweys, named in the paragraph before; '[Ethiopian forces]' is the outlet's insertion, kept; trailing comma dropped"},
  {"text": "long-lasting war", "speaker": IO, "speaker_mention": "they", "fragment": True,
   "note": "'Other Islamic Courts Union officials are quoted in media reports as saying that ... the Islamists plan to wage what they call a \"long-lasting war\"': a phrase of the officials ('they call'), inside reported speech"},
 ],
 "figures": [
  {"text": "two", "value": 2, "unit": None, "counted": "airports bombed by Ethiopian forces", "source": None, "approx": None, "ctx": "two airports",
   "note": "'Monday's bombing of two airports by Ethiopian forces', outlet's voice"},
  {"quantity": K100, "text": "100 kilometers", "value": 100, "unit": "km", "counted": "distance of Ethiopian troops from Mogadishu", "source": AF, "approx": "less than",
   "note": "'Abdikarin Farah was quoted in media reports as saying that Ethiopian troops were less than 100 kilometers away from Mogadishu': Farah claims, the media reports relay; the same quantity (Ethiopian troops' distance from Mogadishu on Tuesday 26 December) as 'less than 100 kilometers' of the unnamed Somali government official in voa_2006_somalia_troops_score_major_advances"},
  {"text": "48 hours", "value": 48, "unit": "hours", "counted": "time within which Ethiopian troops could take Mogadishu", "source": AF, "approx": "up to",
   "note": "'could possibly take the city within 48 hours', same reported claim of Farah; 'within' -> up to (as 'within a week' in the dev items)"},
  {"text": "two", "value": 2, "unit": None, "counted": "front line locations Islamic fighters retreated from", "source": None, "approx": None, "ctx": "two front line",
   "note": "outlet's voice"},
  {"text": "Several", "value": None, "vague": True, "unit": None, "counted": "people reportedly killed during the air raid", "source": None, "approx": None,
   "note": "'Several people were reportedly killed during the air raid': vague count, passive 'reportedly' with no named claimant"},
 ],
 "events": [
  {"actor": EF, "date": "2006-12-26", "date_text": "Tuesday", "what": "Ethiopian troops were heading towards the Somali capital", "ctx": "Ethiopian troops Tuesday",
   "note": "'Ethiopian troops Tuesday were heading towards the Somali capital': subject Ethiopian troops; Tuesday = 26 December 2006, the publication day"},
  {"actor": EF, "date": "2006-12-25", "date_text": "Monday's", "what": "bombing of two airports",
   "note": "date on a noun ('Monday's bombing of two airports by Ethiopian forces'): the by-agent of the noun names the Ethiopian forces"},
  {"actor": EF, "date": "2006-12-26", "date_text": "Tuesday", "what": "Ethiopian jets fired missiles at retreating Islamist fighters", "ctx": "Ethiopian jets Tuesday",
   "note": "'Ethiopian jets Tuesday also fired missiles': the jets (Ethiopia's air force) are the subject of 'fired'"},
  {"actor": EF, "date": "2006-12-26", "date_text": "tonight [Tuesday]", "what": "Ethiopian troops may come to Mogadishu (feared)",
   "note": "inside Osman's quotation ('There is a fear that they may come to Mogadishu by tonight [Tuesday]'): 'they' are the Ethiopian troops of the sentence before; 'tonight' is the day of speaking, which the outlet's bracket makes Tuesday 26 December; only 'today' inside speech is left out by FORMAT.md. A feared, not a done, act: its agent is still the Ethiopian troops"},
  {"actor": EF, "date": "2006-12-26", "date_text": "on Tuesday", "what": "the air raid at Leego occurred",
   "note": "'The air raid Osman was referring to occurred at Leego ... on Tuesday': the verb 'occurred' has the raid as subject, and the text says whose raid it was (Osman's quote: 'another air raid today ... by the Ethiopian war planes'; the lead: 'Ethiopian jets Tuesday also fired missiles at retreating Islamist fighters'), so the agent of the dated act is the Ethiopian forces, as for a dated noun whose agent the text names"},
  {"actor": EF, "date": "2006-12-25", "date_text": "On Monday", "what": "Ethiopian jets dropped bombs on the airports of Mogadishu and Balidogle",
   "note": "active 'Ethiopian jets dropped bombs'"},
 ],
 "actors": [
  {"name": EF, "type": "organisation", "aliases": ["Ethiopian troops", "the Ethiopian troops", "Ethiopian forces", "Ethiopian jets", "the Ethiopian war planes"]},
  {"name": ICU, "type": "group", "aliases": ["Islamist fighters", "retreating Islamist fighters", "Islamic fighters", "his fighters", "the Islamists", "the Islamic Courts Union"]},
  {"name": AF, "type": "person", "aliases": ["Somalia's ambassador to Ethiopia Abdikarin Farah"]},
  {"name": OS, "type": "person", "aliases": ["The secretary-general of the National Union of Somali Journalists, Omar Faruk Osman", "Osman"]},
  {"name": AW, "type": "person", "aliases": ["A top official in the Islamic Courts Union, Sheik Hassan Dahir Aweys", "Aweys"]},
  {"name": IO, "type": "group", "aliases": ["Other Islamic Courts Union officials"]},
  {"name": "media reports", "type": "organisation", "aliases": ["media reports"]},
 ],
 "notes": [
  "VOA report by Cathy Majtenyi (Nairobi) of Tuesday 26 December 2006 on the Ethiopian advance on Mogadishu, the Islamist retreat and the Leego air raid; story somalia_ethiopia_war_2006 with voa_2006_somalia_ethiopian_jets_bomb_airports (25 December, the airport raids) and voa_2006_somalia_troops_score_major_advances (27 December).",
  "Quotes: Osman (one quotation split by 'he said', two quotes) and Aweys ('he said' in a paragraph of its own), both named only in the paragraph before; the fragment 'long-lasting war' of the unnamed Islamic Courts Union officials ('what they call'). The outlet's bracketed insertions are kept inside the quote texts.",
  "Figures: 'less than 100 kilometers' and 'within 48 hours' are Farah's (relayed by media reports); the 100 km is keyed with the unnamed Somali official's 'less than 100 kilometers' of 27 December (same distance, same day). Two airports, two front line locations and 'Several people' killed are in the outlet's voice.",
  "Events: 'Tuesday' x2 (the advance, the missiles), 'Monday's' (noun, by-agent), 'tonight [Tuesday]' (inside the quote), 'on Tuesday' (the Leego raid), 'On Monday' (bombs on the airports): every one an act of the Ethiopian forces. Left out: 'today' inside Osman's quote (FORMAT.md: 'today' inside speech); 'One day before' was in the dropped last paragraph.",
  "Actors: 'Ethiopian troops', 'Ethiopian forces' (also the bracket '[Ethiopian forces]'), 'Ethiopian jets', 'the Ethiopian war planes' (inside the quote) are aliases of the Ethiopian armed forces; the fighters, 'his fighters' (Aweys's) and 'the Islamists' of the Islamic Courts Union. Not listed: Cathy Majtenyi and VOA (the outlet), 'jets' alone in 'jets had fired upon' (a bare common noun), the National Union of Somali Journalists (only in Osman's title).",
  "Second careful read done by the annotator against FORMAT.md sections 1-2 (whole item re-read): text re-compared with the stored copy; quote spans (trailing commas dropped, final stop kept, brackets kept), 'within' -> up to, the two 'two's and the two bare 'Tuesday's by ctx, Tuesday = 26 and Monday = 25 December 2006 rechecked.",
 ],
}
