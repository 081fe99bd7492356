ANN = {
 "article": "articles/dod_2022_ian_guard_staged.txt",
 "gold_out": "gold/dod_2022_ian_guard_staged.json",
 "published": "2022-09-28",
 "quotes": [
  {"text": "Florida Guardsmen will be providing emergency assistance to safeguard people and property alongside other first responders", "speaker": "James O. Eifert", "speaker_mention": "Maj. Gen. James O. Eifert"},
  {"text": "We want to save as many lives as possible and really mitigate any suffering as quickly as possible", "speaker": "Daniel Hokanson", "speaker_mention": "he",
   "note": "'he' = Gen. Daniel Hokanson, named in the previous paragraph"},
  {"text": "And so this is primarily where our assets and high-water vehicles can really get in there and control those areas where people might be trapped or in danger to try to get them to safety as quickly as possible.", "speaker": "Daniel Hokanson", "speaker_mention": "he",
   "note": "second half of the quote split by 'he said in an interview ...'"},
 ],
 "figures": [
  {"quantity": "hurricane_ian_2022:florida_guard_troops", "text": "5,000", "value": 5000, "counted": "Florida National Guard troops ready to help residents", "source": None, "approx": "around",
   "note": "'Some 5,000'; no claimant named in the sentence (the article is a National Guard Bureau story)"},
  {"quantity": "hurricane_ian_2022:other_states_guard_troops", "text": "2,000", "value": 2000, "counted": "Guardsmen from Tennessee, Georgia and North Carolina activated", "source": None},
  {"text": "16", "value": 16, "counted": "helicopters on standby", "source": None},
  {"text": "1,640", "value": 1640, "counted": "high-wheeled vehicles on standby", "source": None},
  {"text": "seven", "value": 7, "counted": "boats on standby", "source": None},
  {"text": "36", "value": 36, "counted": "fuel tankers on standby", "source": None},
 ],
 "events": [
  {"actor": "Florida National Guard", "date": "2022-09-28", "date_text": "Wednesday", "what": "troops ready to help residents", "ctx": "were ready Wednesday"},
  {"actor": "Daniel Hokanson", "date": "2022-09-27", "date_text": "Sept. 27", "what": "spoke in interview with The Weather Channel"},
 ],
 "actors": [
  {"name": "Florida National Guard", "type": "organisation", "aliases": ["Florida National Guard", "Florida Guard members", "The Guard"]},
  {"name": "James O. Eifert", "type": "person", "aliases": ["Maj. Gen. James O. Eifert", "James O. Eifert", "Florida adjutant general"]},
  {"name": "Daniel Hokanson", "type": "person", "aliases": ["Gen. Daniel Hokanson", "Daniel Hokanson"]},
 ],
 "notes": [
  "Air National Guard (ang.af.mil) story by the National Guard Bureau; published date inferred: the storm makes landfall 'Wednesday' (28 Sept 2022) and Hokanson's interview was 'Sept. 27'. The stored copy has no date line.",
  "'146th Signal Battalion' is a designation, not a figure; 'Sept. 27' is a date.",
  "'the Guard' in 'said the Guard would respond' is the National Guard at large (Hokanson speaks for the National Guard Bureau); it is not annotated as an actor mention.",
  "Same story as fema_2022_ian_disaster_declaration, fema_2022_ian_criswell_florida and dod_2022_ian_dod_readies: the ~5,000 Florida Guard troops and the 2,000 Guard troops from other states share quantity keys.",
 ],
}
