L = "Reynato Lanoria"
S = "unnamed ferry survivor"
SL = "Sulpicio Lines"
Q = "princess_of_stars_ferry_2008:"
ANN = {
 "article": "articles/wn_2008_princess_of_stars_700_feared_dead.txt",
 "gold_out": "gold/wn_2008_princess_of_stars_700_feared_dead.json",
 "published": "2008-06-22",
 "quotes": [
  {"text": "There were many of us who jumped overboard, but we were separated because of the big waves", "speaker": S, "speaker_mention": "he", "fragment": False,
   "note": "'One of the survivors described the incident.' in the sentence before, then '\"...,\" he said' (trailing comma dropped). This survivor is not named; he is not Reynato Lanoria, whose words are only reported in the first paragraph, so the speaker is an unnamed survivor"},
  {"text": "The others were also able to board the life rafts, but it was useless because the strong winds flipped them over.", "speaker": S, "speaker_mention": "He",
   "fragment": False, "note": "'He continued, \"...\"': the same unnamed survivor as the quote before"},
 ],
 "figures": [
  {"quantity": Q + "feared_dead", "text": "700", "ctx": "Over 700 feared dead", "value": 700, "unit": None, "counted": "feared dead", "source": None, "approx": "more than",
   "note": "headline 'Over 700 feared dead': outlet's voice ('It is feared' names no one). Kept apart from the VOA items' 'missing' (a different label of casualty, though the same unaccounted-for people): key feared_dead"},
  {"quantity": Q + "feared_dead", "text": "700", "ctx": "over 700 people have died", "value": 700, "unit": None, "counted": "people have died", "source": None, "approx": "more than",
   "note": "'It is feared that over 700 people have died': impersonal, no claimant; same quantity as the headline"},
  {"quantity": Q + "ferry_survivors", "text": "38", "value": 38, "unit": None, "counted": "people from the ferry found alive", "source": None, "approx": None,
   "note": "'So far, 38 people from the ferry have been found alive': outlet's voice; the same quantity as VOA's 36 'turned up alive' (24 June, coast guard)"},
  {"text": "100", "value": 100, "unit": None, "counted": "people jumped into the ocean", "source": L, "approx": "around",
   "note": "'Reynato Lanoria ... said that about 100 people jumped into the ocean'; 'about' -> around"},
  {"text": "24 hours", "value": 24, "unit": "hours", "counted": "hours after contact was lost", "source": None, "approx": None,
   "note": "delay before the rescue ship was sent; outlet's voice"},
 ],
 "events": [
  {"actor": None, "date": "2008-06-20", "date_text": "on Friday", "what": "the ferry left Manila for Cebu",
   "note": "the ferry is the subject of 'left'; a ship is not an actor (as in the Sewol items), so no agent"},
  {"actor": None, "date": "2008-06-21", "date_text": "at about 12:30 local time Saturday", "what": "contact with the ferry was lost",
   "note": "passive without a by-agent ('contact was lost'); Sulpicio Lines is the source of the information ('according to the owners'), not the agent. Saturday before the Sunday 22 June report = 21 June 2008"},
 ],
 "actors": [
  {"name": L, "type": "person", "aliases": ["Reynato Lanoria"]},
  {"name": S, "type": "person", "aliases": ["One of the survivors"]},
  {"name": SL, "type": "organisation", "aliases": ["Sulpicio Lines", "the owners"]},
 ],
 "notes": [
  "Wikinews report of Sunday 22 June 2008 on the capsizing of the MV Princess of the Stars in Typhoon Fengshen off Sibuyan island, Philippines, on Saturday 21 June; story princess_of_stars_ferry_2008 with voa_2008_fengshen_ferry_700_missing (VOA, 22 June) and voa_2008_princess_of_stars_divers_find_bodies (VOA, 24 June).",
  "Cross-report keys: ferry_survivors (38 here, 36 in VOA 24 June); feared_dead kept apart from the VOA items' missing (same people, but 'feared dead' and 'missing' are different labels of casualty, so not put side by side by the rule 'deaths against ... casualties').",
  "Two quotes by an unnamed survivor introduced a sentence before ('One of the survivors described the incident.'); the alias 'One of the survivors' belongs to him only; the same words also open the sentence about Reynato Lanoria, who is named there (he has no quote, only the reported '100 people'). 'One' in 'One of the survivors' (twice) is a partitive pronoun, not a figure.",
  "Not figures: '12:30' (time of day, inside the date expression). '24 hours after contact was lost' dates the rescue only relatively (a duration), so it is no event; 'So far' is vague.",
  "second reading: re-read the item in full against FORMAT.md: headline and body 700 share a key; 'about 100' -> around with Lanoria as source; 'he said' and 'He continued' both the unnamed survivor; Friday and Saturday events have no agent (ship; passive).",
 ],
}
