K = "iraq_displacement_mosul_fallujah_2016:"
LG = "Lise Grande"
UN = "United Nations"
IGF = "Iraqi government forces"
PF = "people fleeing Fallujah"
ANN = {
 "article": "articles/voa_2016_fallujah_thousands_flee_safe_exit.txt",
 "gold_out": "gold/voa_2016_fallujah_thousands_flee_safe_exit.json",
 "published": "2016-06-13",
 "quotes": [
  {"text": "The problem is, the camps are full", "speaker": LG, "speaker_mention": "Grande",
   "note": "'\"The problem is, the camps are full,\" Grande said.': trailing comma dropped; Grande introduced with her title three paragraphs before"},
  {"text": "We underestimated how difficult conditions were in Fallujah itself", "speaker": LG, "speaker_mention": "Grande",
   "note": "first part of a sentence interrupted by its attribution ('Grande said, adding ...'); trailing comma dropped"},
  {"text": "families have been brutalized, women have been brutalized, children have been brutalized.", "speaker": LG, "speaker_mention": "Grande",
   "fragment": True,
   "note": "quoted words inside reported speech ('adding there were reports that \"...\"'): Grande's words, reporting what others told; fragment. Final '.' inside the marks kept"},
 ],
 "figures": [
  {"quantity": K+"fallujah_fleeing_corridor", "text": "Thousands", "value": None, "vague": True, "unit": None, "counted": "people who flee Fallujah through the safe exit", "source": None, "approx": None, "ctx": "Thousands Flee Fallujah",
   "note": "headline, outlet's voice; the same flight as 'Thousands of refugees are pouring out' of the first paragraph, same key"},
  {"quantity": K+"fallujah_fleeing_corridor", "text": "Thousands", "value": None, "vague": True, "unit": None, "counted": "refugees pouring out of Fallujah through a safe exit corridor", "source": None, "approx": None, "ctx": "Thousands of refugees",
   "note": "outlet's voice in the lead. The next sentence is attributed to Grande ('According to Lise Grande, ... 3,300 people fled Monday, joining another 4,000'), but it claims its own numbers, not 'thousands': source left null"},
  {"text": "3,300", "value": 3300, "unit": None, "counted": "people who fled Fallujah on Monday", "source": LG, "approx": None,
   "note": "'According to Lise Grande, the UN humanitarian coordinator for Iraq, 3,300 people fled Monday'"},
  {"text": "4,000", "value": 4000, "unit": None, "counted": "people who escaped Fallujah during the weekend", "source": LG, "approx": None,
   "note": "same sentence, 'joining another 4,000 who escaped during the weekend': claimed by Grande. Not the same quantity as the 4,000 Mosul arrivals in Syria of the Wikinews item (no key)"},
  {"text": "Thousands", "value": None, "vague": True, "unit": None, "counted": "more people expected to make the journey", "source": None, "approx": None, "ctx": "Thousands more",
   "note": "'Thousands more are expected to make the journey in the coming days': passive with no agent -> null; an expectation, not the people already fled (no key)"},
  {"text": "27", "value": 27, "unit": None, "counted": "camps housing displaced people from other parts of Anbar province", "source": None, "approx": None,
   "note": "outlet's voice; the next sentence is a Grande quote that does not claim the number"},
  {"quantity": K+"fallujah_fled_total", "text": "43,000", "value": 43000, "unit": None, "counted": "people who have run away from Fallujah", "source": UN, "approx": None,
   "note": "'According to the United Nations, 43,000 people have run away from the city': the total since the offensive began, not the same quantity as Monday's 3,300 or the weekend's 4,000; the running total of people who fled, shared (fallujah_fled_total) with the 50,000 of 17 June and the 85,000 of 26 June"},
  {"text": "one", "value": 1, "unit": None, "counted": "safe exit corridor for civilians", "source": None, "approx": None,
   "note": "'opened one safe exit corridor for civilians': counts corridors ('a second' in the next sentence is an ordinal, not a figure)"},
  {"quantity": K+"fallujah_trapped_civilians", "text": "40,000 and 50,000", "value": 40000, "value_max": 50000, "unit": None, "counted": "additional people still trapped in the city center", "source": LG, "approx": None,
   "note": "'Between 40,000 and 50,000 additional people could still be trapped in the city center, Grande told reporters': range, claimed by Grande. Same quantity as the '50,000 people ... estimated to be trapped inside the city' of 29 May (wn_2016_iraqis_flee_mosul_to_syria), a count that changes as people get out"},
 ],
 "events": [
  {"actor": PF, "date": "2016-06-13", "date_text": "Monday", "what": "3,300 people fled Fallujah",
   "note": "'3,300 people fled Monday': agent of 'fled' is the people fleeing (as the refugees of voa_2014_car_refugees_near_death); the report is of Monday 13 June 2016, so 'Monday' is the day itself"},
  {"actor": PF, "date": "2016-06-11/2016-06-12", "date_text": "during the weekend", "what": "another 4,000 escaped Fallujah",
   "note": "'another 4,000 who escaped during the weekend': agent the people who escaped; the weekend before Monday 13 June 2016 = Saturday 11 and Sunday 12 June"},
 ],
 "actors": [
  {"name": LG, "type": "person", "aliases": ["Lise Grande", "Grande", "the UN humanitarian coordinator for Iraq"]},
  {"name": UN, "type": "organisation", "aliases": ["the United Nations"]},
  {"name": IGF, "type": "organisation", "aliases": ["Iraq Army", "the Iraqi army", "Iraqi forces"]},
  {"name": "Islamic State", "type": "group", "aliases": ["Islamic State extremists", "IS extremists", "Islamic State fighters"]},
  {"name": PF, "type": "group", "aliases": ["the civilians fleeing the fighting", "refugees"]},
  {"name": "U.N. agencies", "type": "group", "aliases": ["various U.N. agencies", "U.N. agencies"]},
  {"name": "non-governmental organizations", "type": "group", "aliases": ["non-governmental organizations"]},
  {"name": "local tribal fighters", "type": "group", "aliases": ["local tribal fighters"]},
 ],
 "notes": [
  "VOA report by Sharon Behn of Monday 13 June 2016 (kept from a blog that reposts it word for word, see meta) on civilians leaving Fallujah through the exit corridor opened by the Iraqi army, with figures from Lise Grande, the UN humanitarian coordinator for Iraq. Story iraq_displacement_mosul_fallujah_2016 with wn_2016_iraqis_flee_mosul_to_syria (Wikinews, 29 May 2016).",
  "Quotes: three, all Lise Grande's, introduced with her title in the second paragraph and attributed 'Grande said' (twice); the third is the quoted clause of 'adding there were reports that \"...\"' (fragment). Her last statement ('Between 40,000 and 50,000 ... Grande told reporters') is indirect speech.",
  "Figures: Grande claims 3,300 (Monday), 4,000 (weekend) and 40,000-50,000 still trapped; the United Nations claims 43,000 fled in all; 'Thousands' (headline, lead, 'Thousands more'), 27 camps and 'one' corridor are the outlet's. Keys: ...:fallujah_fleeing_corridor for the two 'Thousands' of the same flight; ...:fallujah_trapped_civilians shared with the Wikinews '50,000 ... trapped inside the city' of 29 May. No other figure of the Wikinews item is the same quantity (its 4,000 are Mosul arrivals in Syria).",
  "Events: 'Monday' (13 June 2016, the publication day itself) and 'during the weekend' (11-12 June 2016), both with the people fleeing as agent (a group actor 'people fleeing Fallujah': 'the civilians fleeing the fighting', 'refugees'). Left out: 'in the coming days', 'now' (vague), 'into its third week' (a duration, no date).",
  "Actors: the Iraqi army ('Iraq Army' in the headline, 'the Iraqi army', 'Iraqi forces'; canonical name as in the Wikinews item of the story), Islamic State, Grande, the United Nations, and the groups that act: U.N. agencies and non-governmental organizations ('working to build new camps'), local tribal fighters ('working with' Iraqi forces). Baghdad, reporters, women and children are not actors.",
  "Not figures: 'third' in 'into its third week' and 'a second' (ordinals); 'Most' (no number).",
  "second reading (annotator): re-read the whole item once more against FORMAT.md sections 1-2: straight quote marks, the trailing commas dropped, the fragment flag on the reported clause, the three 'Thousands' pinned by ctx, the range as value/value_max, 'Monday' = the publication day, the weekend as a two-day interval, every alias an exact substring; no change.",
 ],
}
