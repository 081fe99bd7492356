R = "Pat Ryder"
A = "Lloyd Austin"
K = "tower22_jordan_drone_attack_2024:us_soldiers_killed"
ANN = {
 "article": "articles/dod_2024_austin_to_call_families_tower22.txt",
 "gold_out": "gold/dod_2024_austin_to_call_families_tower22.json",
 "published": "2024-01-30",
 "quotes": [
  {"text": "I want to just express again our condolences to the family members and loved ones of the three U.S. soldiers who were killed in Jordan this weekend in the Iran proxy drone attack at Tower 22",
   "speaker": R, "speaker_mention": "Pentagon Press Secretary Air Force Maj. Gen. Pat Ryder",
   "note": "attribution after the quote ('said Pentagon Press Secretary ... Ryder during a briefing today'); trailing comma before the closing mark dropped"},
  {"text": "Our thoughts and prayers continue to be with them and Secretary Austin will be calling each of the families to personally relay his respects.",
   "speaker": R, "speaker_mention": "Pentagon Press Secretary Air Force Maj. Gen. Pat Ryder",
   "note": "second quote of the same paragraph, after the attribution; no cue of its own, the speaker is the one just named (the transcript of the briefing confirms the words are Ryder's)"},
 ],
 "figures": [
  {"quantity": K, "text": "three", "value": 3, "unit": None, "counted": "soldiers killed over the weekend in a drone attack in Jordan", "source": R, "approx": None,
   "ctx": "families of three soldiers",
   "note": "the lead ends 'a Defense Department official said': the official is the briefer quoted in the next sentence, Ryder, who says the same thing (Austin will call each of the families); 'a Defense Department official' is listed as an alias of Ryder"},
  {"quantity": K, "text": "three", "value": 3, "unit": None, "counted": "U.S. soldiers killed in Jordan this weekend", "source": R, "approx": None,
   "ctx": "the three U.S. soldiers",
   "note": "inside Ryder's quote"},
  {"quantity": K, "text": "three", "value": 3, "unit": None, "counted": "soldiers whose remains will be returned to the United States", "source": None, "approx": None,
   "ctx": "remains of the three soldiers",
   "note": "outlet's own voice ('It is also expected that ...'); the same three soldiers"},
  {"quantity": K, "text": "three", "value": 3, "unit": None, "counted": "soldiers killed", "source": None, "approx": None,
   "ctx": "The three soldiers killed are",
   "note": "outlet's own voice, introducing the names"},
 ],
 "events": [
  {"actor": None, "date": "2024-01-27/2024-01-28", "date_text": "over the weekend", "what": "three soldiers killed in an attack by an uncrewed aerial system at a base in Jordan",
   "note": "'who were killed over the weekend in an attack by an uncrewed aerial system': passive; the only 'by' phrase names the drone inside the attack noun (a vehicle, not an agent): null. The weekend before Tuesday 30 January 2024 (the attack was Sunday 28 January)"},
  {"actor": None, "date": "2024-01-27/2024-01-28", "date_text": "this weekend", "what": "three U.S. soldiers killed in Jordan in the Iran proxy drone attack (in Ryder's quote)",
   "note": "inside the quote; passive without agent: null; same weekend as above"},
  {"actor": R, "date": "2024-01-30", "date_text": "today", "what": "Ryder spoke at a Pentagon briefing",
   "note": "'said ... Ryder during a briefing today': the date hangs on 'a briefing', the act of the speaker who said the words; 'today' = the story's day, Tuesday 30 January 2024"},
  {"actor": A, "date": "2024-02-02", "date_text": "on Friday", "what": "Austin to attend the dignified transfer of remains at Dover Air Force Base",
   "note": "'It is also expected that on Friday Austin will attend ...': future; the Friday after Tuesday 30 January 2024; Austin is the agent of 'attend'"},
 ],
 "actors": [
  {"name": A, "type": "person", "aliases": ["Secretary of Defense Lloyd J. Austin III", "Austin", "Secretary Austin"]},
  {"name": R, "type": "person", "aliases": ["Pentagon Press Secretary Air Force Maj. Gen. Pat Ryder", "Ryder", "a Defense Department official"]},
  {"name": "U.S. Central Command", "type": "organisation", "aliases": ["U.S. Central Command"]},
 ],
 "notes": [
  "DOD News story of Tuesday 30 January 2024 (date inferred, see meta), kept from milico.com's repost, on the drone attack on Tower 22 in Jordan (Sunday 28 January 2024) and Austin's calls to the families; story tower22_jordan_drone_attack_2024 with the briefing transcript it quotes (dod_2024_ryder_briefing_tower22_condolences).",
  "Quotes: two, both Ryder's, split by the attribution 'said Pentagon Press Secretary Air Force Maj. Gen. Pat Ryder during a briefing today' (speaker named after the first quote, the second has no cue). The words match the transcript item word for word.",
  "Figures: four 'three' (the three soldiers killed) share tower22_jordan_drone_attack_2024:us_soldiers_killed with the transcript's 'three'. The first is claimed by 'a Defense Department official' (= Ryder, see the figure note), the second is in Ryder's quote, the last two are the outlet's voice. The dropped last paragraph held Ryder's 'three ... killed and over 40 wounded'.",
  "Not figures: '718th', '926th' (unit designations, ordinals), 'Tower 22' (designation), 'each of the families', 'any response'. 'Operation Inherent Resolve', 'Fort Moore' are names.",
  "Actors: the three soldiers (Rivers, Sanders, Moffett) are named but do not act; 'the president' (whose discretion any response is at) does not act in the text; U.S. Central Command 'continues to look for answers' (undated) and is listed. The Iranian proxy group is unnamed and not listed.",
  "Events: 'over the weekend' and 'this weekend' (the killing, no agent, 27-28 January 2024), 'today' (Ryder's briefing), 'on Friday' (Austin's attendance, 2 February 2024). 'Following the attack' is not a date expression.",
  "second reading: re-read the item in full against FORMAT.md sections 1-2 (quote spans and the dropped trailing comma; the second quote's final full stop kept; every number token checked; dates recomputed with datetime; the lead's 'Defense Department official' reconsidered: kept as Ryder because the next sentence attributes the same statement to him at the briefing).",
 ],
}
