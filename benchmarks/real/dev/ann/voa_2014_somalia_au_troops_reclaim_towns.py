K = "somalia_amisom_offensive_2014:"
AS = "al-Shabab"
AM = "AMISOM"
SNA = "Somali National Army"
AH = "Ali Hamud"
ANN = {
 "article": "articles/voa_2014_somalia_au_troops_reclaim_towns.txt",
 "gold_out": "gold/voa_2014_somalia_au_troops_reclaim_towns.json",
 "published": "2014-03-10",
 "quotes": [
  {"text": "We're expecting anything that can happen, and we are prepared for that", "speaker": AH, "speaker_mention": "Hamud", "fragment": False,
   "note": "'\"...,\" said Hamud': the trailing comma before the closing mark is dropped"},
  {"text": "It will depend on the different sectors, but I am sure we are going to succeed and we have many other towns to capture as soon as possible", "speaker": AH, "speaker_mention": "Hamud", "fragment": False,
   "note": "'\"...,\" said Hamud' again; trailing comma dropped"},
  {"text": "Ethiopian and other AMISOM intervention.", "speaker": "Ahmed Abdi Godane", "speaker_mention": "he", "fragment": True,
   "note": "phrase of Godane's audio message inside reported speech ('calling for jihad against what he called, \"...\"'); he = Godane; the final '.' inside the marks is kept"},
 ],
 "figures": [
  {"text": "a few hundred", "value": None, "vague": True, "unit": "km", "counted": "kilometers from Somalia's capital, Mogadishu", "source": None, "approx": None,
   "note": "'a few hundred kilometers from Somalia's capital': a vague distance of the reclaimed towns, outlet's voice"},
  {"quantity": K+"amisom_strength", "text": "22,000", "value": 22000, "unit": None, "counted": "troops and police of AMISOM", "source": None, "approx": "more than",
   "note": "'AMISOM has more than 22,000 troops and police': outlet's voice ('has' is not a claim); the same strength recurs in voa_2014_somalia_au_seize_el_bur ('The African Union has more than 22,000 troops and police in Somalia'), same key"},
  {"text": "4,400", "value": 4400, "unit": None, "counted": "troops contributed by Ethiopia", "source": None, "approx": "around"},
 ],
 "events": [
  {"actor": AM+" and "+SNA, "date": "2014-03-09", "date_text": "Sunday", "what": "AMISOM and Somali National Army troops retook Burdhubo after a day of fighting",
   "note": "'Troops from the African Union Mission in Somalia, known as AMISOM, and the Somali National Army retook control there Sunday': joint agent; Sunday 9 March 2014 (the day before publication, see meta; the same Sunday if the item was published that day)"},
  {"actor": AM+" and "+SNA, "date": "2014-03-07", "date_text": "since Friday", "what": "the Somali army and AMISOM reclaimed Weel Dheyn, Wajid, Rabdhure, Ted and Hudur",
   "note": "'Other towns the Somali army and AMISOM have reclaimed since Friday': the expression dates the start of the reclaiming (as 'since 1992' in the dev set); joint agent of 'reclaimed'; Friday 7 March 2014"},
 ],
 "actors": [
  {"name": AM, "type": "organisation", "aliases": ["African Union Mission in Somalia", "AMISOM", "African Union forces"]},
  {"name": SNA, "type": "organisation", "aliases": ["the Somali National Army", "the Somali army", "Somali troops"]},
  {"name": AS, "type": "organisation", "aliases": ["al-Shabab militants", "al-Shabab", "Al-Shabab", "the al-Shabab fighters", "The group", "The al-Qaida-linked group"]},
  {"name": AH, "type": "person", "aliases": ["Colonel Ali Hamud", "an AMISOM spokesman", "Hamud"]},
  {"name": "Ahmed Abdi Godane", "type": "person", "aliases": ["Ahmed Abdi Godane"]},
  {"name": "Ethiopia", "type": "country", "aliases": ["Ethiopia"]},
  {"name": "Somali government", "type": "organisation", "aliases": ["the Somali government"]},
 ],
 "notes": [
  "VOA News report of Monday 10 March 2014 (date inferred, see meta) on the first towns retaken in the AMISOM and Somali army offensive of March 2014 (Burdhubo on Sunday; Weel Dheyn, Wajid, Rabdhure, Ted and Hudur since Friday); story somalia_amisom_offensive_2014 with voa_2014_buloburde_raid_kills_11 and voa_2014_somalia_au_seize_el_bur.",
  "Quotes: two full quotes of the AMISOM spokesman, each attributed after it ('said Hamud'; he is introduced two paragraphs earlier as 'Colonel Ali Hamud, an AMISOM spokesman'), and a fragment of Godane's audio message with 'he'. The same spokesman is spelled 'Ali Hamoud' in voa_2014_buloburde_raid_kills_11.",
  "Figures: 'a few hundred' (kilometers, vague), 'more than 22,000' troops and police (key somalia_amisom_offensive_2014:amisom_strength, shared with the el-Bur item), 'about 4,400' Ethiopian troops. Not figures: 'One of the areas' and 'at one point' (not counts), 'a number of towns', 'one of al-Shabab's biggest bases', 'a day of fighting' (no number word), 'many other towns'.",
  "Events: 'Sunday' (Burdhubo retaken) and 'since Friday' (other towns reclaimed), both joint AMISOM and Somali National Army. 'as soon as possible', 'at one point' and 'recent bombings' are vague: not events.",
  "Actors: 'Somali troops and African Union forces' of the lead are the Somali National Army and AMISOM; 'African Union forces' is also the agent of 'was pushed out of major cities by African Union forces and the Somali government' (undated).",
  "second reading by the annotator: re-read the whole item against FORMAT.md sections 1-2; checked the trailing commas dropped from both Hamud quotes, the final '.' kept in the Godane fragment, the weekday dates against Monday 10 March 2014 and that no surface form is shared by two actors.",
 ],
}
