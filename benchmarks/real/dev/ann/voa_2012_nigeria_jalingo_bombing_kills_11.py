K = "nigeria_jalingo_kano_attacks_2012:"
AE = "authorities in eastern Nigeria"
W = "wounded worshipper in Kano"
ANN = {
 "article": "articles/voa_2012_nigeria_jalingo_bombing_kills_11.txt",
 "gold_out": "gold/voa_2012_nigeria_jalingo_bombing_kills_11.json",
 "published": "2012-04-30",
 "quotes": [
  {"text": "We were about to start the mass, then we start hearing gunshots, pah pah pah, and I ducked down because I am a retired soldier, and I said I will not run away to anywhere", "speaker": W, "speaker_mention": "he", "fragment": False,
   "note": "whole-paragraph quote in straight marks, '..., he said.'; 'he' points back to the previous paragraph's 'One of the more than 20 people wounded in Sunday's attack', who is never named; trailing comma dropped"},
 ],
 "figures": [
  {"quantity": K+"jalingo_deaths", "text": "11", "ctx": "Kills 11", "value": 11, "unit": None, "counted": "killed by the suicide bombing", "source": None, "approx": None,
   "note": "headline, outlet's voice; the same toll as the authorities' '11 people' in the lead; the first (blog) version of the story gave 'at least five' (same key)"},
  {"quantity": K+"jalingo_deaths", "text": "11", "ctx": "killed 11 people", "value": 11, "unit": None, "counted": "people killed by the suicide bombing", "source": AE, "approx": None,
   "note": "'Authorities in eastern Nigeria say a suicide bombing ... has killed 11 people.': claimed by the authorities"},
  {"text": "20", "ctx": "Another 20 people", "value": 20, "unit": None, "counted": "people injured in the blast", "source": None, "approx": None,
   "note": "'Another 20 people were injured in the blast' is a sentence of its own after 'Officials say a bomber ... rammed into a police convoy ...'; it carries no attribution, so left null rather than stretch the previous sentence's 'say' over it"},
  {"quantity": K+"kano_deaths", "text": "15", "value": 15, "unit": None, "counted": "people killed in an assault on a university theater", "source": None, "approx": "at least",
   "note": "'gunmen in northern Nigeria killed at least 15 people': outlet's voice (the security officials' 'said' in the next paragraph is about how the gunmen attacked, not the toll); the blog version has the same 'at least 15' (same key)"},
  {"quantity": K+"kano_wounded", "text": "20", "ctx": "more than 20 people wounded", "value": 20, "unit": None, "counted": "people wounded in Sunday's attack", "source": None, "approx": "more than",
   "note": "'One of the more than 20 people wounded in Sunday's attack': outlet's voice; the blog version says 'at least 22' (same key)"},
 ],
 "events": [
  {"actor": "Jalingo suicide bomber", "date": "2012-04-30", "date_text": "a day after", "what": "the suicide bombing of a police convoy in Jalingo",
   "note": "'The attack comes a day after gunmen in northern Nigeria killed ...': as in earlier dev items ('These violent protests come a day after ...'), the expression dates the subject of 'comes', the Jalingo attack: a day after Sunday 29 April = Monday 30 April 2012 (the published day). The text names its doer two paragraphs up ('a bomber on motorbike rammed into a police convoy in Jalingo'), so the bomber. The Kano killing is dated by 'Sunday's attack' below"},
  {"actor": "gunmen", "date": "2012-04-29", "date_text": "Sunday's", "what": "attack on a university theater used for church services at Bayero University in Kano",
   "note": "date on the noun 'attack' ('Sunday's attack'); the text says who carried it out ('gunmen in northern Nigeria killed at least 15 people in an assault ...', 'the gunmen threw small explosives ...'), so the gunmen; Sunday before Monday 30 April 2012"},
 ],
 "actors": [
  {"name": AE, "type": "organisation", "aliases": ["Authorities in eastern Nigeria", "Officials"]},
  {"name": "Jalingo suicide bomber", "type": "person", "aliases": ["a bomber on motorbike"]},
  {"name": "gunmen", "type": "group", "aliases": ["gunmen", "the gunmen"]},
  {"name": "Kano security officials", "type": "organisation", "aliases": ["Security officials"]},
  {"name": W, "type": "person", "aliases": ["One of the more than 20 people wounded in Sunday's attack"]},
  {"name": "Nasir Fagge", "type": "person", "aliases": ["Nasir Fagge", "A faculty member"]},
  {"name": "Boko Haram", "type": "organisation", "aliases": ["the Islamic militant group Boko Haram"]},
 ],
 "notes": [
  "VOA News report of Monday 30 April 2012 (updated version; page prints no date, worked out in meta published_evidence) on the suicide bombing in Jalingo, Taraba state, that day and the gunmen's attack on church services at Bayero University, Kano, on Sunday 29 April 2012; story nigeria_jalingo_kano_attacks_2012 with voa_2012_nigeria_jalingo_bombing_kills_5_blog (the first version, VOA breaking-news blog, same day).",
  "Cross-item figures: Jalingo toll 11 here (headline and lead) against 'at least five' in the blog version (jalingo_deaths); Kano toll 'at least 15' in both (kano_deaths); Kano wounded 'more than 20' here against 'at least 22' in the blog (kano_wounded). The Jalingo injured ('Another 20') appear only here: no key.",
  "The one quote is attributed by 'he said', its speaker described (never named) in the paragraph before it: canonical name 'wounded worshipper in Kano', alias the description as printed.",
  "'Officials' (second paragraph) are taken as the same Taraba/Jalingo authorities as 'Authorities in eastern Nigeria' in the lead; 'Security officials' speak about Kano and are a separate actor.",
  "Reported speech without quote marks: the authorities' toll, the officials' account of the bomber, the security officials' account of the Kano assault, Fagge's account to VOA Hausa Service (no number or date).",
  "Not events: 'in the days before the attack' (Fagge's reported speech) is vague. Not figures: 'One of the more than 20' ('One' picks out a person, the number is 20); 'No one'.",
  "Second careful reading against FORMAT.md done: checked the quote span (straight marks, trailing comma dropped), every number token (11 x2, 20 x2, 15) and every date expression (a day after, Sunday's); 'a day after' follows the dev convention for 'X comes a day after Y'.",
 ],
}
