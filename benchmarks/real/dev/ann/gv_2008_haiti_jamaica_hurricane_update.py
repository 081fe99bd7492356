K = "hurricane_gustav_caribbean_2008:"
HR = "Haiti Reborn"
PE = "Pwoje Espwa"
ANN = {
 "article": "articles/gv_2008_haiti_jamaica_hurricane_update.txt",
 "gold_out": "gold/gv_2008_haiti_jamaica_hurricane_update.json",
 "published": "2008-09-03",
 "quotes": [],
 "figures": [
  {"text": "12", "value": 12, "unit": None, "counted": "inches of rain that fell in a few hours on Haiti's hillsides", "source": HR, "approx": "more than",
   "note": "'More than 12 inches of rain': inside Haiti Reborn's block quotation ('Haiti Reborn says that ...:'), so the blog claims it; inches are not a unit of the list, so unit null (as pounds and litres elsewhere in the set)"},
  {"quantity": K+"haiti_deaths_gustav", "text": "75", "value": 75, "unit": None, "counted": "Haitians who lost their lives after Gustav", "source": HR, "approx": "more than",
   "note": "'More than 75 Haitians lost their lives ... in mudslides and flash floods': Haiti Reborn's figure for Gustav's dead in Haiti"},
  {"quantity": K+"haiti_homeless_gustav", "text": "8000", "value": 8000, "unit": None, "counted": "Haitians who lost their homes", "source": HR, "approx": "more than",
   "note": "'and over 8000 their homes': elliptical ('over 8000 [Haitians lost] their homes'); 'over' -> more than; Haiti Reborn's figure"},
  {"text": "23", "value": 23, "unit": None, "counted": "people killed by tropical storm Fay in Haiti", "source": HR, "approx": None,
   "note": "'tropical storm Fay which soaked the island earlier in the month, killing 23': Haiti Reborn's figure; a different storm, so no key with Gustav's dead"},
  {"text": "three thousand", "value": 3000, "unit": None, "counted": "people who died in the flooding of tropical storm Jeanne around Gonaive", "source": HR, "approx": None,
   "note": "'where three thousand died in the flooding of tropical storm Jeanne in September 2004': Haiti Reborn's figure (2004 storm)"},
  {"text": "three", "ctx": "at least three locals", "value": 3, "unit": None, "counted": "locals who have drowned around Les Cayes", "source": PE, "approx": "at least",
   "note": "'at least three locals have drowned': inside the block quotation of Theo of Pwoje Espwa ('Theo still managed to say a few words himself:'), so his"},
 ],
 "events": [
  {"actor": None, "date": "2008-08-26", "date_text": "on August 26th", "what": "Hurricane Gustav tore ashore at Jacmel",
   "note": "in Haiti Reborn's block quotation: 'Hurricane Gustav tore ashore at Jacmel ... on August 26th': a storm, no agent, so null"},
  {"actor": None, "date": "2008-08", "date_text": "earlier in the month", "what": "tropical storm Fay soaked the island",
   "note": "in Haiti Reborn's block quotation: 'Fay which soaked the island earlier in the month': 'the month' is that of the sentences before (Gustav's landfall on August 26th), so August 2008 (Fay crossed Haiti in mid-August 2008), not the post's September; weather, no agent, so null"},
  {"actor": None, "date": "2004-09", "date_text": "in September 2004", "what": "flooding of tropical storm Jeanne around Gonaive in which three thousand died",
   "note": "'died in the flooding of tropical storm Jeanne in September 2004': the date sits on the flooding (or the dying), no agent, so null"},
 ],
 "actors": [
  {"name": "YardFlex.com", "type": "organisation", "aliases": ["Jamaica's YardFlex.com", "YardFlex.com"]},
  {"name": HR, "type": "organisation", "aliases": ["Haiti Reborn"]},
  {"name": PE, "type": "organisation", "aliases": ["Pwoje Espwa", "Theo"]},
 ],
 "notes": [
  "Global Voices roundup of Wednesday 3 September 2008 on Hurricanes Gustav and Hanna in Haiti and Jamaica; story hurricane_gustav_caribbean_2008 with gv_2008_caribbean_hurricane_gustav (2 September 2008).",
  "Keys: haiti_deaths_gustav ('More than 75' Haitians dead) and haiti_homeless_gustav ('over 8000' lost their homes), both claimed by the blog Haiti Reborn, for comparison with other reports of Gustav in Haiti (wire reports of the time gave 77 dead and 8,000 in temporary housing). The 23 dead of Fay and the 3,000 of Jeanne (2004) are other storms: no key.",
  "No quotes in the gold sense: the words of Haiti Reborn and of Theo (Pwoje Espwa) are block quotations without quote marks, introduced by a colon; their numbers are theirs (source set). Pwoje Espwa and Theo are one actor: Theo is the blog's writer ('Pwoje Espwa thought ... but Theo still managed to say a few words himself').",
  "Events: 'on August 26th', 'earlier in the month' (August, see note) and 'in September 2004'. Left out: 'Just today' (a bare 'today' inside the blog's words, whose day the post does not print), 'in the hours afterwards' (relative), 'a few years ago' (vague), 'once again'.",
  "Not figures: 'a few hours', 'a few years ago', 'a few words' (no number), '26th' (a date), '2004' (a year). YardFlex.com reports the split Hope River Bridge but with no number or date.",
  "Second careful read done by the annotator against FORMAT.md: every number token (12, 75, 8000, 23, three thousand, three), hedges ('More than', 'over', 'at least'), each date expression and its month, no alias shared between actors.",
 ],
}
