MON = "MONUC"
B = "Michel Bonnardeaux"
C = "CNDP"
N = "Laurent Nkunda"
A = "Congolese army"
ANN = {
 "article": "articles/voa_2008_congo_monuc_demands_rebels_leave_base.txt",
 "gold_out": "gold/voa_2008_congo_monuc_demands_rebels_leave_base.json",
 "published": "2008-10-27",
 "quotes": [
  {"text": "Indeed yesterday (Sunday) in the early hours of the morning the CNDP that is the rebel group led by general Laurent Nkunda attacked a military camp called Rumangabo, which is 50 kilometers north of Goma, the provincial capital and not very far from Rwanda. Now, they took over the camp about 10 days ago and had withdrawn once the UN had pressured them to do so because it is outside their zone of influence and outside of what we call the separation zone between the two forces. So that is what happened yesterday",
   "speaker": B, "speaker_mention": "Bonnardeaux",
   "note": "'...,' Bonnardeaux pointed out: attribution after the quote; Bonnardeaux introduced as MONUC's spokesman in the paragraph before; comma before the closing mark dropped"},
  {"text": "Once again we've asked them to leave the premises and return it to the national army and the national army was also occupying another village called Tongo and they also withdrew from that village after UN pressure and it was later taken over by the CNDP rebels. So, pressure is ongoing",
   "speaker": B, "speaker_mention": "he",
   "note": "'...,' he said: the pronoun points back to Bonnardeaux ('He said the United Nations mission ...' opens the paragraph before); comma before the closing mark dropped"},
 ],
 "figures": [
  {"text": "50 kilometers", "value": 50, "unit": "km", "counted": "distance of Rumangabo camp north of Goma", "source": B, "approx": None,
   "note": "inside Bonnardeaux's quotation, so he states it"},
  {"text": "two", "value": 2, "unit": None, "counted": "forces separated by the separation zone", "source": B, "approx": None, "ctx": "the two forces",
   "note": "'the separation zone between the two forces' (rebels and army), inside Bonnardeaux's quotation"},
 ],
 "events": [
  {"actor": C, "date": "2008-10-26", "date_text": "yesterday (Sunday)", "what": "the rebels seized the army base", "ctx": "it seized yesterday (Sunday)",
   "note": "'an army base it seized yesterday (Sunday)': agent of 'seized' is 'it', the rebels loyal to Nkunda (the CNDP, named in the next sentence as the group that seized the base); one expression with its weekday gloss, as 'today (Tuesday)' elsewhere in the dev set; Monday 27 October minus one day"},
  {"actor": C, "date": "2008-08-28", "date_text": "since Aug. 28", "what": "rebels have seized the Rumangabo base for the second time since the offensive began",
   "note": "'the second time rebels have seized the ... Rumangabo base since Aug. 28': the expression modifies 'have seized', whose subject is 'rebels' (the CNDP). The 'when' clause adds that Nkunda went on the offensive that day; the date is read on the main verb"},
  {"actor": None, "date": "2008-01", "date_text": "January", "what": "the January cease-fire agreement", "ctx": "a January cease-fire",
   "note": "a month on the noun 'cease-fire agreement'; the text does not say who signed it, so no actor. Year: the last January before the report (the January 2008 Goma agreement)"},
  {"actor": C, "date": "2008-10-26", "date_text": "yesterday (Sunday)", "what": "the CNDP attacked the Rumangabo military camp", "ctx": "Indeed yesterday (Sunday)",
   "note": "inside Bonnardeaux's quotation (not a bare 'today', so kept): subject 'the CNDP' of 'attacked'"},
  {"actor": C, "date": "2008-10-26", "date_text": "in the early hours of the morning", "what": "the CNDP attacked the Rumangabo military camp",
   "note": "a second time expression on the same verb ('attacked'), like 'at dawn' = the day it refers to, here the Sunday just named"},
  {"actor": C, "date": "2008-10-17", "date_text": "about 10 days ago", "what": "the rebels took over the camp the first time",
   "note": "'they took over the camp about 10 days ago': 'they' = the CNDP (subject of the previous sentence); read like 'two days ago' from the day of speaking, Monday 27 October (he says 'yesterday (Sunday)'), minus 10 days = 17 October 2008; 'about' makes it approximate. A relative date, not a duration figure"},
  {"actor": None, "date": "2008-10-26", "date_text": "yesterday", "what": "what happened (the attack on Rumangabo)", "ctx": "what happened yesterday",
   "note": "'So that is what happened yesterday': 'happened' has no agent (as 'took place'), so null; Sunday 26 October"},
 ],
 "actors": [
  {"name": MON, "type": "organisation", "aliases": ["The United Nations Mission in the Democratic Republic of Congo (MONUC)", "The United Nations Mission in the Democratic Republic of Congo", "MONUC", "the United Nations mission in the DRC", "the UN"]},
  {"name": B, "type": "person", "aliases": ["Michel Bonnardeaux", "Bonnardeaux", "the spokesman for MONUC"]},
  {"name": C, "type": "organisation", "aliases": ["Nkunda's National Congress for the defense of People (CNDP) rebel group", "National Congress for the defense of People", "CNDP", "the CNDP", "the CNDP rebels", "rebels loyal to renegade army general Laurent Nkunda", "rebels", "the rebels", "the rebel group led by general Laurent Nkunda"]},
  {"name": N, "type": "person", "aliases": ["renegade army general Laurent Nkunda", "general Laurent Nkunda", "Laurent Nkunda", "Nkunda"]},
  {"name": A, "type": "organisation", "aliases": ["the Congolese national Army", "the national army", "government troops"]},
 ],
 "notes": [
  "VOA report (Peter Clottey's interview with MONUC spokesman Michel Bonnardeaux) of Monday 27 October 2008 on the CNDP's seizure of the Rumangabo army base on Sunday 26 October; stored from VOA's Pangea preview host with no headline (see meta). Story congo_nkunda_offensive_2008; no other item of this story in the set, so no quantity keys.",
  "Two quotes, both Bonnardeaux's: one attributed after it by surname ('Bonnardeaux pointed out'), one by 'he said' with the name a paragraph away. 'He tells reporter Peter Clottey ... that the rebels also attacked a United Nations convoy' and 'He said the United Nations mission ... is demanding' are reported speech, not quotes.",
  "Figures: only '50 kilometers' and 'the two forces', both in the quotation (source Bonnardeaux). Not figures: 'second time' (ordinal), 'about 10 days ago' (a relative date, annotated as an event), 'unknown number', 'Aug. 28' (date).",
  "Events: the seizure 'yesterday (Sunday)' (CNDP), 'since Aug. 28' on 'have seized' (CNDP), the noun 'a January cease-fire agreement' (no named signatories: null), and in the quotation the attack 'yesterday (Sunday)' and 'in the early hours of the morning' (CNDP), 'about 10 days ago' (CNDP took over the camp) and 'what happened yesterday' (no agent). 'it was later taken over by the CNDP rebels' has only the vague 'later': no event.",
  "Actors: Peter Clottey only interviews (no act or words of his in the text) and Goma, Tongo, Rwanda are places: not actors. 'the UN' in the quotation ('the UN had pressured them', 'UN pressure') is the mission speaking of itself, listed as a MONUC alias; 'government troops' (accused of breaking the cease-fire) and 'the national army' are the Congolese army.",
  "Second reading against FORMAT.md sections 1-2 (whole item re-read): quote spans and dropped commas, the weekday gloss kept in the expression, the 10-day back count, and the null actors of 'happened' and the cease-fire noun checked; no change.",
 ],
}
