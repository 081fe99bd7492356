K = "nigeria_jalingo_kano_attacks_2012:"
AE = "authorities in eastern Nigeria"
W = "wounded worshipper in Kano"
F = "Nasir Fagge"
BH = "Boko Haram"
ANN = {
 "article": "articles/voa_2012_nigeria_jalingo_bombing_kills_5_blog.txt",
 "gold_out": "gold/voa_2012_nigeria_jalingo_bombing_kills_5_blog.json",
 "published": "2012-04-30",
 "quotes": [
  {"text": "We were about to start the mass, then we start hearing gunshots, pah pah pah, and I ducked down because I am a retired soldier, and I said I will not run away to anywhere.", "speaker": W, "speaker_mention": "One of at least 22 people wounded in the Sunday's attack", "fragment": False,
   "note": "whole-paragraph quote in curly marks with no attribution in its own paragraph; the paragraph before introduces the speaker ('One of at least 22 people wounded in the Sunday's attack described the assault as coming just before service began.'), who is never named; final period inside the marks kept"},
 ],
 "figures": [
  {"quantity": K+"jalingo_deaths", "text": "5", "ctx": "Kills 5", "value": 5, "unit": None, "counted": "killed by the suicide bombing", "source": None, "approx": None,
   "note": "headline, outlet's voice; the lead says 'at least five' (same key); the updated VOA version of the same day gives 11"},
  {"quantity": K+"jalingo_deaths", "text": "five", "value": 5, "unit": None, "counted": "people killed by the suicide bombing", "source": AE, "approx": "at least",
   "note": "'Authorities in eastern Nigeria say a suicide bombing ... has killed at least five people.': claimed by the authorities"},
  {"quantity": K+"kano_deaths", "text": "15", "value": 15, "unit": None, "counted": "people killed in an assault on a university theater", "source": None, "approx": "at least",
   "note": "'gunmen in northern Nigeria killed at least 15 people': outlet's voice (the security officials' 'said' in the next paragraph is about how the gunmen attacked, not the toll); same 'at least 15' in the updated version"},
  {"text": "two", "value": 2, "unit": None, "counted": "locations at the school", "source": F, "approx": None,
   "note": "'Dr. Nasir Fagge, told VOA the killings happened at two locations at the school': Fagge's reported speech"},
  {"text": "three", "value": 3, "unit": None, "counted": "professors among those killed", "source": F, "approx": None,
   "note": "'He also said three professors were among those killed.': 'He' is Fagge, named in the sentence before"},
  {"quantity": K+"kano_wounded", "text": "22", "value": 22, "unit": None, "counted": "people wounded in the Sunday's attack", "source": None, "approx": "at least",
   "note": "'One of at least 22 people wounded in the Sunday's attack': outlet's voice; the updated version says 'more than 20' (same key)"},
  {"text": "1,000", "value": 1000, "unit": None, "counted": "people killed by Boko Haram since 2009", "source": None, "approx": "more than",
   "note": "'It has killed more than 1,000 people since 2009.': outlet's voice (background)"},
 ],
 "events": [
  {"actor": None, "date": "2012-04-30", "date_text": "Monday", "what": "the explosion in Jalingo",
   "note": "'Officials said the explosion Monday in Jalingo ... was triggered near the state ministry of finance ...': the date sits on the noun 'explosion', whose verb is a passive without agent ('was triggered'); this version never names the bomber, so null. Monday = the published day (post line April 30th, 2012)"},
  {"actor": None, "date": "2012-04-30", "date_text": "a day after", "what": "the Jalingo suicide bombing",
   "note": "'The attack comes a day after gunmen in northern Nigeria killed ...': as in earlier dev items, the expression dates the subject of 'comes', the Jalingo attack (Monday 30 April, a day after Sunday 29 April); this version names no doer of it (only 'a suicide bombing', 'the explosion ... was triggered'), so null"},
  {"actor": "gunmen", "date": "2012-04-29", "date_text": "on Sunday", "what": "gunmen threw small explosives into the site at Bayero University in Kano, then fired on worshippers",
   "note": "'Security officials said the gunmen threw small explosives into the site at Bayero University in Kano on Sunday, then fired ...': the dated verb 'threw' has the gunmen as agent (in the officials' reported speech); Sunday before Monday 30 April 2012"},
  {"actor": "gunmen", "date": "2012-04-29", "date_text": "Sunday's", "what": "the attack at Bayero University",
   "note": "date on the noun 'attack' ('in the Sunday's attack', as printed); the text says who carried it out (the gunmen), so the gunmen"},
  {"actor": BH, "date": "2012-04-26", "date_text": "on Thursday", "what": "deadly attacks on the offices of This Day newspaper in Kaduna and Abuja",
   "note": "'The group claimed responsibility for deadly attacks on Thursday at the offices of This Day ...': the date sits on 'attacks'; the only doer the text gives is the group that claimed them, Boko Haram (if read as dating 'claimed', the agent is the same); Thursday before Monday 30 April = 26 April 2012 (the This Day bombings, see voa_2012_nigeria_thisday_explosions_6_dead)"},
  {"actor": BH, "date": "2009", "date_text": "since 2009", "what": "Boko Haram has killed more than 1,000 people from 2009 on",
   "note": "'It has killed more than 1,000 people since 2009.': 'It' is Boko Haram, agent of 'has killed'; a 'since' date dates the start (as 'Since February, 2011 ...' in the Chen items)"},
 ],
 "actors": [
  {"name": AE, "type": "organisation", "aliases": ["Authorities in eastern Nigeria", "Officials"]},
  {"name": "gunmen", "type": "group", "aliases": ["gunmen", "the gunmen", "the attackers"]},
  {"name": "Kano security officials", "type": "organisation", "aliases": ["Security officials"]},
  {"name": F, "type": "person", "aliases": ["Dr. Nasir Fagge", "A faculty member at the university"]},
  {"name": W, "type": "person", "aliases": ["One of at least 22 people wounded in the Sunday's attack"]},
  {"name": "Kano authorities", "type": "organisation", "aliases": ["Authorities"]},
  {"name": BH, "type": "organisation", "aliases": ["the Islamic militant group Boko Haram", "The group", "Boko Haram"]},
 ],
 "notes": [
  "VOA breaking-news blog post of Monday 30 April 2012 (post line 7:00 am UTC-5), the first version of VOA's story on the suicide bombing in Jalingo, Taraba state, that day and the gunmen's attack on church services at Bayero University, Kano, on Sunday 29 April 2012; story nigeria_jalingo_kano_attacks_2012 with voa_2012_nigeria_jalingo_bombing_kills_11 (the updated voanews.com version, same day).",
  "Cross-item figures: Jalingo toll 'at least five' here (and '5' in the headline) against 11 in the update (jalingo_deaths); Kano toll 'at least 15' in both (kano_deaths); Kano wounded 'at least 22' here against 'more than 20' (kano_wounded).",
  "The one quote stands alone in its paragraph; its speaker is described (never named) in the paragraph before: canonical name 'wounded worshipper in Kano'. Fagge's 'three professors' is attributed by 'He also said' a sentence after his name.",
  "'Authorities' in 'Authorities said the attackers fled before security officers arrived' are about Kano and are kept apart from 'Authorities in eastern Nigeria' (Jalingo); 'Officials' in the second paragraph are the Jalingo authorities.",
  "Not a quote: '\u201cWestern education is a sin\u201d' glosses the group's name (as in earlier dev items). Not figures: 'No one', 'One of at least 22' ('One' picks out a person); '2009' is a year. Not events: 'in the days leading up to the attack' is vague.",
  "Second careful reading against FORMAT.md done: checked the quote span (curly marks, final period kept), every number token (5, five, 15, two, three, 22, 1,000) and every date expression (Monday, a day after, on Sunday, Sunday's, on Thursday, since 2009).",
 ],
}
