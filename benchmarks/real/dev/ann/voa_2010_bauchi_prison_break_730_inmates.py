K = "bauchi_prison_break_2010:"
Y = "Danlami Yar'Adua"
BH = "Boko Haram"
G = "gunmen who attacked the Bauchi prison"
W = "senior Bauchi prison warden"
ANN = {
 "article": "articles/voa_2010_bauchi_prison_break_730_inmates.txt",
 "gold_out": "gold/voa_2010_bauchi_prison_break_730_inmates.json",
 "published": "2010-09-08",
 "quotes": [
  {"text": "a swarm of gunmen", "speaker": W, "speaker_mention": "he", "fragment": True,
   "note": "'A senior warden ... told VOA prison guards were quickly overwhelmed by what he called \"a swarm of gunmen\"': a short phrase inside reported speech; 'he' is the senior warden named at the start of the sentence"},
 ],
 "figures": [
  {"quantity": K+"inmates_freed", "text": "732", "value": 732, "unit": None, "counted": "Inmates Freed in Attack on Prison", "source": "Nigeria", "approx": None,
   "note": "headline rebuilt from the address slug ('nigeria-says-732-inmates-freed-in-attack-on-prison-'): 'Nigeria Says 732 Inmates Freed' - the country as claimant (metonym for its authorities; the body has 'Nigerian police say'). Same quantity as the body's 'more than 730'"},
  {"quantity": K+"inmates_freed", "text": "730", "value": 730, "unit": None, "counted": "inmates who escaped during a prison break", "source": "Nigerian police", "approx": "more than",
   "note": "'Nigerian police say more than 730 inmates escaped during a prison break'"},
  {"text": "700", "value": 700, "unit": None, "counted": "people killed in last year's violence", "source": None, "approx": "at least",
   "note": "'last year's violence that killed at least 700 people': outlet's voice, no claimant"},
  {"quantity": K+"inmates_returned", "text": "30", "value": 30, "unit": None, "counted": "inmates who returned to the prison on their own", "source": Y, "approx": "more than", "ctx": "more than 30 inmates",
   "note": "'Police Commissioner Yar'Adua says more than 30 inmates have returned to the prison on their own'"},
 ],
 "events": [
  {"actor": G, "date": "2010-09-07", "date_text": "late Tuesday", "what": "gunmen attacked the Bauchi prison",
   "note": "'Yar'Adua says gunmen attacked the prison late Tuesday': active verb, agent 'gunmen' (only 'believed to be part of' Boko Haram, so kept as the gunmen). Tuesday before the Wednesday 8 September 2010 report = 7 September 2010"},
  {"actor": BH, "date": "2009-07", "date_text": "in July of 2009", "what": "Boko Haram attacked churches, government offices and police stations",
   "note": "'the radical Boko Haram group that attacked churches, government offices, and police stations in July of 2009': relative clause, agent Boko Haram"},
  {"actor": None, "date": "2009", "date_text": "last year", "what": "last year's violence that killed at least 700 people",
   "note": "date on the noun 'violence' ('last year's violence'); the text does not say whose violence (it was the July 2009 uprising and its suppression), so null. Last year from 2010 = 2009"},
 ],
 "actors": [
  {"name": "Nigeria", "type": "country", "aliases": ["Nigeria"]},
  {"name": "Nigerian police", "type": "organisation", "aliases": ["Nigerian police", "police"]},
  {"name": Y, "type": "person", "aliases": ["Bauchi state police commissioner Danlami Yar'Adua", "Danlami Yar'Adua", "Yar'Adua", "Police Commissioner Yar'Adua"]},
  {"name": G, "type": "group", "aliases": ["Gunmen", "gunmen", "The gunmen"]},
  {"name": BH, "type": "organisation", "aliases": ["the radical Boko Haram group", "Boko Haram", "the Boko Haram group", "The Boko Haram group", "The group"]},
  {"name": W, "type": "person", "aliases": ["A senior warden", "The warden"]},
  {"name": "prison guards", "type": "group", "aliases": ["prison guards"]},
  {"name": "reporters in Bauchi", "type": "group", "aliases": ["Reporters in Bauchi"]},
  {"name": "soldiers in Bauchi", "type": "group", "aliases": ["soldiers"]},
 ],
 "notes": [
  "VOA report of Wednesday 8 September 2010 on the Boko Haram raid on Bauchi prison on Tuesday 7 September 2010, kept from VOA's own publishing host (voa.pangea-cms.com preview of item 155762); the page prints no date or headline (see meta published_evidence and edits). Story bauchi_prison_break_2010 (one item so far).",
  "Figures: the headline's 732 (rebuilt from the address) and the body's 'more than 730' inmates freed/escaped share K+'inmates_freed'; the commissioner's 'more than 30' returned (K+'inmates_returned'); 'at least 700' killed in the 2009 violence is the outlet's voice.",
  "One quote: the fragment 'a swarm of gunmen' of an unnamed senior warden ('what he called'). Not a quote: \"Western education is sacrilege.\" glosses the group's name (a translation, not someone's words). Not figures: 'July of 2009' (date), 'several other guards', 'all the cells'.",
  "Actors: 'Gunmen'/'gunmen' attacked the prison and are only 'believed to be part of' Boko Haram, so they are kept as their own actor; 'The group' ('The group's name') in the last paragraph is Boko Haram. 'police' in 'Yar'Adua says police believe' is the Nigerian police.",
  "second reading: re-read the whole item against FORMAT.md sections 1-2: the one quote span, every number token (732, 730, 2009, 700, 30), the three date expressions (late Tuesday = 2010-09-07, July of 2009, last year = 2009) and that every source/actor is a listed actor.",
 ],
}
