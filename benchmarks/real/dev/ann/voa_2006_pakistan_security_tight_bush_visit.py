GWB = "George W. Bush"
PM = "Pervez Musharraf"
HA = "Hassan Askari"
TA = "Tasneem Aslam"
SB = "suicide bomber in Karachi"
K = "bush_south_asia_trip_2006"
ANN = {
 "article": "articles/voa_2006_pakistan_security_tight_bush_visit.txt",
 "gold_out": "gold/voa_2006_pakistan_security_tight_bush_visit.json",
 "published": "2006-03-03",
 "quotes": [
  {"text": "He is facing a lot of opposition within Pakistan", "speaker": HA, "speaker_mention": "Askari",
   "note": "first half of a quote interrupted by 'said Askari'; Askari is introduced in the paragraph before ('former Punjab University Professor Hassan Askari'); 'He' inside the quote is Musharraf; trailing comma dropped"},
  {"text": "Therefore, this is a real test of his leadership and his ability to protect his regime's interests.", "speaker": HA, "speaker_mention": "Askari",
   "note": "second half of the interrupted quote, after 'said Askari.'; the final '.' inside the marks is kept; the apostrophe in 'regime's' is inside the quote"},
  {"text": "We have yet to see the details of the agreement", "speaker": TA, "speaker_mention": "Foreign Ministry spokeswomen Tasneem Aslam",
   "note": "first half of a quote interrupted by its attribution ('said Foreign Ministry spokeswomen Tasneem Aslam,' - 'spokeswomen' as printed); trailing comma dropped"},
  {"text": "but Pakistan has the same claim and expectations for international cooperation.", "speaker": TA, "speaker_mention": "Foreign Ministry spokeswomen Tasneem Aslam",
   "note": "second half of Aslam's interrupted quote; the final '.' inside the marks is kept"},
 ],
 "figures": [
  {"text": "thousands", "value": None, "vague": True, "unit": None, "counted": "people in Pakistan staging protests over the cartoons", "source": None, "approx": None,
   "note": "VOA's own voice"},
  {"quantity": K + ":karachi_bombing_killed", "text": "three", "value": 3, "unit": None, "counted": "people killed by the suicide bomber outside the U.S. Consulate in Karachi", "source": None, "approx": None,
   "ctx": "killed three people",
   "note": "VOA's voice. Same quantity as 'himself and three other people' in voa_2006_bush_pakistan_talks_musharraf (three victims besides the bomber)"},
  {"text": "50", "value": 50, "unit": None, "counted": "others wounded in the Karachi bombing", "source": None, "approx": "more than",
   "note": "'more than 50 others'; VOA's voice"},
  {"text": "three", "value": 3, "unit": None, "counted": "key areas in which Musharraf will seek U.S. support", "source": HA, "approx": None,
   "ctx": "three key areas",
   "note": "'He said Mr. Musharraf will likely seek U.S. support in three key areas': 'He' is Askari (just quoted), so Askari claims the count"},
 ],
 "events": [
  {"actor": GWB, "date": "2006-03-03", "date_text": "late Friday night", "what": "Bush arrived in Islamabad",
   "note": "'President Bush arrived in Islamabad late Friday night': Bush is the agent of 'arrived'; Friday is the day of the report"},
  {"actor": GWB, "date": "2001", "date_text": "in 2001", "what": "Bush took office",
   "note": "'since taking office in 2001': the year dates 'taking office', whose agent is Bush"},
  {"actor": SB, "date": "2006-03-02", "date_text": "Thursday", "ctx": "Then Thursday", "what": "suicide bomber killed three and wounded more than 50 outside the U.S. Consulate in Karachi",
   "note": "'Then Thursday, a suicide bomber killed ...': the bomber is the agent; 'Then' is a connective, so date_text is 'Thursday' (2 March 2006)"},
 ],
 "actors": [
  {"name": GWB, "type": "person", "aliases": ["President Bush", "Bush", "the U.S. leader"]},
  {"name": "Hard-line Islamic parties", "type": "group", "aliases": ["Hard-line Islamic parties"]},
  {"name": PM, "type": "person", "aliases": ["Pakistani leader Pervez Musharraf", "Pervez Musharraf", "Mr. Musharraf"]},
  {"name": SB, "type": "person", "aliases": ["a suicide bomber"]},
  {"name": "Political analysts", "type": "group", "aliases": ["Political analysts"]},
  {"name": HA, "type": "person", "aliases": ["former Punjab University Professor Hassan Askari", "Hassan Askari", "Askari"]},
  {"name": TA, "type": "person", "aliases": ["Foreign Ministry spokeswomen Tasneem Aslam", "Tasneem Aslam"]},
  {"name": "Pakistan", "type": "country", "aliases": ["Pakistan"]},
  {"name": "India", "type": "country", "aliases": ["India", "rival India"]},
  {"name": "United States", "type": "country", "aliases": ["the United States", "Washington"]},
 ],
 "notes": [
  "VOA News report of Friday 3 March 2006 (URL date) from Islamabad after Bush's late-night arrival. Second of three VOA items of story bush_south_asia_trip_2006 (with voa_2006_bush_en_route_india_visit of 1 March and voa_2006_bush_pakistan_talks_musharraf of 4 March).",
  "Quotes: two quotes each interrupted by their attribution, so four quotes: Askari (named as 'former Punjab University Professor Hassan Askari' in the paragraph before, attributed by 'said Askari') and Foreign Ministry spokeswoman Tasneem Aslam (printed 'spokeswomen'). 'what they call the U.S. leader's anti-Muslim policies' has no quote marks.",
  "Figures: 'thousands' of protesters (vague), the Karachi bombing's 'three' killed (key bush_south_asia_trip_2006:karachi_bombing_killed, shared with the 4 March item's 'three other people') and 'more than 50' wounded, both VOA's voice, and Askari's 'three key areas' ('He said ...' right after his quote). Not figures: '2001' (year), 'his first visit' and 'First,', 'Second,', 'Third,' (ordinals / enumerators), 'For weeks' (no number), 'third party intervention' (not a count).",
  "Events: 'late Friday night' (Bush arrived), 'in 2001' (Bush took office), 'Thursday' (the Karachi bombing). Left out: 'For weeks' (duration), 'upcoming' and 'long sought' (vague), 'vowed' (undated).",
  "Actors: Bush ('President Bush', 'Bush' in 'Bush summit' / 'Bush's landmark agreement', 'the U.S. leader'), the hard-line Islamic parties (vowed to flood the streets), Musharraf, the Karachi bomber, 'Political analysts' (say ... with Askari named among them), Askari, Aslam, Pakistan, India ('rival India'; has resisted intervention) and the United States ('Washington' for economic support). 'U.S.' as an adjective is not listed as an alias.",
  "second reading (annotator): re-read the whole item once against the stored copy and FORMAT.md sections 1-2: the four quote spans (trailing commas dropped, final periods kept), the two 'three' figures pinned by ctx, dates (3 March 2006 is a Friday) and aliases rechecked; no change.",
 ],
}
