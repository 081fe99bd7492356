K = "jos_massacre_2010:"
GJ = "Goodluck Jonathan"
FH = "Fulani herdsmen"
ANN = {
 "article": "articles/voa_2010_jos_security_adviser_replaced.txt",
 "gold_out": "gold/voa_2010_jos_security_adviser_replaced.json",
 "published": "2010-03-09",
 "quotes": [],
 "figures": [
  {"quantity": K+"deaths", "text": "hundreds", "value": None, "vague": True, "unit": None, "counted": "of people killed in the latest violence near Jos", "source": None, "approx": None,
   "note": "'following the deaths of hundreds of people': outlet's voice"},
  {"quantity": K+"deaths", "text": "500", "value": 500, "unit": None, "counted": "death toll from Sunday's violence", "source": "Plateau state officials", "approx": "up to",
   "note": "'Plateau state officials say the death toll ... could be as high as 500': 'as high as' -> up to; same quantity as the witnesses' 'at least 120' (7 March) and Al Jazeera's 'over five hundred' (Wikinews)"},
  {"text": "Thousands", "value": None, "vague": True, "unit": None, "counted": "of people killed in and around Jos in the last decade", "source": None, "approx": None,
   "note": "a decade-long total around Jos; the Wikinews item's 'over ten thousand' dead since 1999 is for the whole country (not the same quantity, no key)"},
  {"quantity": K+"january_deaths", "text": "325", "value": 325, "unit": None, "counted": "people killed in Jos in January", "source": None, "approx": "around",
   "note": "'killed about 325 people'; same key as 'More than 300' (VOA 7 March) and 'more than 300 persons' (Jang item)"},
 ],
 "events": [
  {"actor": None, "date": "2011", "date_text": "next year's", "what": "next year's (presidential) election",
   "note": "year on the noun 'election'; no agent"},
  {"actor": FH, "date": "2010-03-07", "date_text": "Sunday's", "what": "Sunday's ethnic and religious violence near Jos",
   "note": "weekday on the noun 'violence'; the next paragraph names its agents ('Fulani herdsmen raided their village'); Sunday 7 March 2010"},
  {"actor": FH, "date": "2010-03-07", "date_text": "before dawn", "what": "Fulani herdsmen raided Dogo Nahawa",
   "note": "'Fulani herdsmen raided their village before dawn' (according to residents): the dawn of the day of the violence just named, Sunday 7 March 2010 (the reference day of the sentence, not the publication day)"},
  {"actor": None, "date": "2010-01", "date_text": "since January", "what": "dusk-to-dawn curfew in force; violence in Jos killed about 325 people",
   "note": "'has been under a dusk-to-dawn curfew since January, when another outburst ... killed about 325 people': a state since January; who imposed the curfew is not said: no agent"},
 ],
 "actors": [
  {"name": GJ, "type": "person", "aliases": ["Nigeria's acting president", "Acting President Goodluck Jonathan", "Mr. Jonathan", "the acting president"]},
  {"name": "Aliyu Gusau", "type": "person", "aliases": ["retired Lieutenant General Aliyu Gusau", "Gusau"]},
  {"name": "Umaru Yar'Adua", "type": "person", "aliases": ["President Umaru Yar'Adua", "President Yar'Adua"]},
  {"name": "Nigerian troops", "type": "group", "aliases": ["Nigerian troops"]},
  {"name": "Plateau state officials", "type": "group", "aliases": ["Plateau state officials"]},
  {"name": "residents of Dogo Nahawa", "type": "group", "aliases": ["Residents in the village of Dogo Nahawa"]},
  {"name": FH, "type": "group", "aliases": ["Fulani herdsmen", "their attackers"]},
  {"name": "civilians leaving the area", "type": "group", "aliases": ["Some civilians"]},
 ],
 "notes": [
  "VOA report dated 09 March 2010 (a Tuesday), kept from 51voa.com's word-for-word repost, on Acting President Goodluck Jonathan replacing National Security Advisor Sarki Mukhtar with Aliyu Gusau after the Dogo Nahawa massacre of Sunday 7 March 2010; story jos_massacre_2010 with voa_2010_jos_120_dead_dogo_nahawa (7 March), voa_2010_jos_governor_blames_army (9 March) and wn_2010_jos_mass_graves_several_hundred (9 March).",
  "No quotes survive: the only quoted word ('appalling', Ban Ki-moon) was in the last paragraph, cut mid-word in the stored copy and dropped.",
  "Cross-item keys: jos_massacre_2010:deaths ('hundreds', outlet's voice; 'as high as 500', Plateau state officials); jos_massacre_2010:january_deaths ('about 325').",
  "Events: 'next year's' election (2011), 'Sunday's' violence and 'before dawn' (Fulani herdsmen, 7 March), 'since January' (curfew). 'in the last decade' is a period of ten years behind a total, not a dated act: left out (like a duration). 'now' (civilians leaving) is vague.",
  "Not figures: 'second' (ordinal, Gusau 'finished second'); 'a heart condition'. Sarki Mukhtar and Olusegun Obasanjo do not act in the text (Mukhtar is fired, Obasanjo is named as former president): not actors.",
  "second reading by the annotator: checked the text against the stored copy and the date line, the 'as high as' -> up to mapping, the weekday against Tuesday 9 March 2010, and the aliases of Jonathan ('Nigeria's acting president', 'Mr. Jonathan', 'the acting president').",
 ],
}
