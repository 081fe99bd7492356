Q = "nigeria_attacks_may_2014"
M = "suspected Islamist militants"
W = "witnesses in Alagarno"
R = "residents of Shawa"
ANN = {
 "article": "articles/voa_2014_nigeria_chibok_villages_jos_survivors.txt",
 "gold_out": "gold/voa_2014_nigeria_chibok_villages_jos_survivors.json",
 "published": "2014-05-21",
 "quotes": [],
 "figures": [
  {"quantity": Q + ":chibok_villages_deaths", "text": "30", "value": 30, "unit": None, "counted": "people killed in two villages near Chibok", "source": None, "approx": "around",
   "note": "'nearly 30' -> around; outlet's voice (the sum of the witnesses' 17 and the residents' 10 given below, but the lead names no claimant)"},
  {"text": "two", "value": 2, "unit": None, "counted": "villages near Chibok", "source": None, "approx": None, "ctx": "in two villages"},
  {"quantity": "chibok_abduction_2014:girls_abducted", "text": "hundreds", "value": None, "vague": True, "unit": None, "counted": "of school girls kidnapped", "source": None, "approx": None,
   "note": "vague plural, outlet's voice; the Chibok schoolgirls kidnapped in April 2014, the quantity of the chibok_abduction_2014 items in dev (same key)"},
  {"quantity": Q + ":alagarno_deaths", "text": "17", "value": 17, "unit": None, "counted": "people killed in Alagarno", "source": W, "approx": "at least",
   "note": "'Witnesses in Alagarno says gunmen ... killed at least 17 people': claimed by the witnesses"},
  {"quantity": Q + ":shawa_deaths", "text": "10", "value": 10, "unit": None, "counted": "people killed during an attack on Shawa", "source": R, "approx": "at least",
   "note": "'Residents in nearby Shawa say gunmen killed at least 10 people': claimed by the residents"},
  {"quantity": Q + ":jos_deaths", "text": "118", "value": 118, "unit": None, "counted": "people killed by the blasts in a busy market area of Jos", "source": None, "approx": "at least",
   "note": "outlet's voice, no claimant"},
  {"text": "thousands", "value": None, "vague": True, "unit": None, "counted": "of deaths blamed on Boko Haram", "source": None, "approx": None,
   "note": "vague plural; 'blamed for thousands of deaths': no one named as blaming, so null"},
  {"text": "five", "value": 5, "unit": "years", "counted": "years of deaths blamed on Boko Haram", "source": None, "approx": None,
   "note": "'over the past five years': a duration (figure), not a dated event"},
 ],
 "events": [
  {"actor": None, "date": "2014-04", "date_text": "last month", "what": "hundreds of school girls were kidnapped in Chibok",
   "note": "passive without agent ('were kidnapped last month'); the month before May 2014"},
  {"actor": M, "date": "2014-05-20/2014-05-21", "date_text": "overnight Tuesday", "what": "gunmen stormed Alagarno and killed at least 17 people",
   "note": "'gunmen stormed their village overnight Tuesday and killed ...': agent of 'stormed'; the gunmen are the 'Suspected Islamist militants' of the lead (one actor); the night of Tuesday 20 into Wednesday 21 May (the publication day), D-1/D as 'overnight Saturday' in dev"},
  {"actor": M, "date": "2014-05-19", "date_text": "on Monday", "what": "gunmen killed at least 10 people in an attack on Shawa",
   "note": "'gunmen killed at least 10 people during an attack on Monday': agent of 'killed' (the militants of the lead); Monday 19 May 2014"},
  {"actor": None, "date": "2014-05-20", "date_text": "Tuesday's", "what": "twin bombings in the city of Jos",
   "note": "date on a noun ('Tuesday's twin bombings'); the text says no one has claimed responsibility and only that suspicion fell on Boko Haram, so it does not say who carried them out: null. Tuesday 20 May 2014"},
 ],
 "actors": [
  {"name": M, "type": "group", "aliases": ["Suspected Islamist militants", "gunmen", "the attackers"]},
  {"name": W, "type": "group", "aliases": ["Witnesses in Alagarno"]},
  {"name": R, "type": "group", "aliases": ["Residents in nearby Shawa"]},
  {"name": "female victim in Jos", "type": "person", "aliases": ["One hospitalized female victim"]},
  {"name": "male victim in Jos", "type": "person", "aliases": ["A male victim"]},
  {"name": "Boko Haram", "type": "organisation", "aliases": ["Boko Haram", "the Islamist extremist group", "The group"]},
  {"name": "adviser to President Goodluck Jonathan", "type": "person", "aliases": ["an adviser to Nigerian President Goodluck Jonathan"]},
 ],
 "notes": [
  "VOA News report of Wednesday 21 May 2014 (date inferred, see meta) on two village attacks near Chibok and on survivors of the Jos twin bombings of Tuesday 20 May; story nigeria_attacks_may_2014 (one item). The 'hundreds of school girls' share the key chibok_abduction_2014:girls_abducted with the Chibok items in dev.",
  "No quotes: every statement is reported speech (witnesses, residents, the two Jos victims, the president's adviser). The only quote marks of the page were in the removed Boko Haram fact box.",
  "Figures claimed: 17 dead by the Alagarno witnesses, 10 by the Shawa residents; 'nearly 30', 118 and 'thousands' are the outlet's. 'at least 17' / 'at least 10' are place-level tolls; 'nearly 30' is their total (separate keys).",
  "'gunmen' (twice) and 'the attackers' are the 'Suspected Islamist militants' of the lead, one actor (a surface form may belong to one actor only). 'They say the attackers also stole food' continues the witnesses' account (pronoun, no alias). The adviser is Reubin Abati, named only in the dropped last paragraph, so he is given by his description.",
  "Not events: 'over the past five years' (duration), 'immediately' (vague). Not figures: 'twin' (adjective, no number word), 'One hospitalized female victim' (enumerator: one of the victims, set against 'A male victim'), 'No one has claimed' (pronoun).",
  "Second careful read done by the annotator against FORMAT.md sections 1-2: checked the overnight interval, the noun-dated 'Tuesday's' with no agent, claimants of 17 and 10, no quote spans in the text.",
 ],
}
