P = "Thai police"
PR = "PAD protesters"
PAD = "People's Alliance for Democracy"
DOC = "Ramathibodi Hospital doctor"
ANN = {
 "article": "articles/voa_2008_thai_parliament_blockade_tear_gas.txt",
 "gold_out": "gold/voa_2008_thai_parliament_blockade_tear_gas.json",
 "published": "2008-10-07",
 "quotes": [
  {"text": "We are prepared for mass casualty in the hospitals around about three to five hospitals around this area ... bomb or just eye [tear] gas",
   "speaker": DOC, "kind": "direct", "fragment": False, "speaker_mention": "the doctor",
   "note": "'said the doctor' after the quote; the doctor is introduced in the paragraph before ('A doctor at the Ramathibodi Hospital'); trailing comma before the closing mark dropped"},
  {"text": "The people do not accept this government, so what we ask for, we ask for real democracy not a government of Mr. Thaksin Shinawatra \u2026 and this prime minister is the brother-in-law of Thaksin Shinawatra",
   "speaker": "Sam", "kind": "direct", "fragment": False, "speaker_mention": "he",
   "note": "'he said' after the quote; 'he' = 'A protester named Sam' of the paragraph before"},
 ],
 "figures": [
  {"text": "100", "value": 100, "unit": None, "counted": "people admitted with injuries to nearby hospitals", "source": "Bangkok hospitals", "approx": "more than",
   "note": "'nearby hospitals reported more than 100 people were admitted with injuries': claimed by the hospitals. Hospital admissions on the day, not the total wounded: no key shared with the '400 wounded' of the 17 October item"},
  {"text": "three to five", "value": 3, "value_max": 5, "unit": None, "counted": "hospitals around this area", "source": DOC, "approx": None,
   "note": "range inside the doctor's quote ('around about three to five hospitals'); 'around about' qualifies the area, not the number, so approx is null"},
  {"text": "two", "value": 2, "unit": None, "counted": "their leaders arrested", "source": None, "approx": None,
   "note": "'the arrest of two of their leaders': outlet's voice"},
  {"text": "thousands", "value": None, "vague": True, "unit": None, "counted": "protesters calling for the government to resign", "source": None, "approx": None},
 ],
 "events": [
  {"actor": None, "date": "2008-10-07", "date_text": "early Tuesday", "what": "the violence in Bangkok erupted",
   "note": "'The violence ... erupted early Tuesday': the subject is 'violence', no agent; the 'when riot police using tear gas ...' clause has no finite verb of its own. Tuesday = publication day (7 Oct 2008)"},
  {"actor": P + " and " + PR, "date": "2008-10-07", "date_text": "during the day", "what": "police and protesters clashed several times",
   "note": "'Police and protesters clashed several times during the day': joint subject; the day is Tuesday, the day of the report"},
  {"actor": P + " and " + PR, "date": "2008-10-07", "date_text": "Tuesday's", "what": "clashes for which Chavalit resigned",
   "note": "possessive weekday on the noun 'clashes' ('Tuesday's clashes'): the agents of the clashes are the police and the protesters, named in 'Police and protesters clashed' two paragraphs up. The resignation itself carries no date"},
  {"actor": "Thaksin Shinawatra", "date": "2008-08", "date_text": "in August", "what": "Thaksin fled to Britain to avoid corruption charges",
   "note": "'He now lives in Britain, having fled in August': 'He' = Thaksin Shinawatra (previous sentence); August of the report's year"},
 ],
 "actors": [
  {"name": P, "type": "organisation", "aliases": ["police", "riot police", "Police"]},
  {"name": PR, "type": "group", "aliases": ["protesters", "anti-government demonstrators", "The protesters", "PAD supporters", "Protesters"]},
  {"name": PAD, "type": "organisation", "aliases": ["People's Alliance for Democracy", "PAD"]},
  {"name": "Thai government", "type": "organisation", "aliases": ["Thailand's government", "Mr. Somchai's government"]},
  {"name": "Somchai Wongsawat", "type": "person", "aliases": ["Prime Minister Somchai Wongsawat", "Mr. Somchai"]},
  {"name": "Chavalit Yongchaiyudh", "type": "person", "aliases": ["Deputy Prime Minister Chavalit Yongchaiyudh", "a deputy prime minister"]},
  {"name": "Thaksin Shinawatra", "type": "person", "aliases": ["deposed Prime Minister Thaksin Shinawatra", "Mr. Thaksin", "Thaksin Shinawatra"]},
  {"name": "Bangkok hospitals", "type": "organisation", "aliases": ["nearby hospitals"]},
  {"name": DOC, "type": "person", "aliases": ["A doctor at the Ramathibodi Hospital", "the doctor"]},
  {"name": "Sam", "type": "person", "aliases": ["A protester named Sam", "Sam"]},
 ],
 "notes": [
  "VOA report by Ron Corben from Bangkok of Tuesday 7 October 2008, the day police fired tear gas at People's Alliance for Democracy protesters blockading parliament; story thailand_parliament_clash_2008 with voa_2008_thai_pm_resists_resignation_calls (17 October 2008). Text from the longer of two stored copies of the URL, headline from the other (see meta edits).",
  "Quotes: two, both with the speaker named a paragraph before and attributed by a description or pronoun ('said the doctor', 'he said'). The doctor is unnamed: canonical name 'Ramathibodi Hospital doctor'. Sam's quote contains the printed ellipsis '\u2026'.",
  "Figures: 'more than 100' admitted with injuries is claimed by 'nearby hospitals'; it counts hospital admissions on the day, a different measure from the total wounded ('400 wounded' in the 17 October item), so no quantity key is shared. 'three to five' hospitals is the doctor's own range inside his quote. 'months of anti-government protests' has no number.",
  "Events: 'early Tuesday' (violence erupted, no agent), 'during the day' (police and protesters clashed, joint actor), 'Tuesday's' on the noun 'clashes' (same joint actor), 'in August' (Thaksin fled). 'now' and 'months of' are not dated events.",
  "Actors: the protesters ('The protesters, led by the People's Alliance for Democracy', 'PAD supporters') are kept apart from the organisation PAD that leads them ('the PAD siege'). 'the government' in the quote and in 'until the government quits' is not listed as an alias (generic); 'Thailand's government' and 'Mr. Somchai's government' are. Ron Corben (the reporter) does not act in the story and is not an actor.",
  "Second careful read by the annotator against FORMAT.md: text re-compared with both stored copies; each number token checked ('100', 'three to five', 'two', 'thousands'; no years); weekday recomputed (7 Oct 2008 a Tuesday); quote spans exclude the marks and the trailing comma.",
 ],
}
