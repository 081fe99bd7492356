P = "Vladimir Putin"
ANN = {
 "article": "articles/kremlin_2016_wildfire_relief_meeting.txt",
 "gold_out": "gold/kremlin_2016_wildfire_relief_meeting.json",
 "published": "2016-05-11",
 "quotes": [],
 "figures": [
  {"text": "Several dozen", "value": None, "vague": True, "unit": None, "counted": "forest fires broken out in different parts of Russia", "source": None, "approx": None,
   "note": "the site's own narration before the transcript; a vague count ('several dozen'), no claimant"},
 ],
 "events": [],
 "actors": [
  {"name": P, "type": "person", "aliases": ["Vladimir Putin", "President of Russia Vladimir Putin"]},
  {"name": "heads of the Amur Region, Trans-Baikal Territory and Buryatia", "type": "group", "aliases": ["The heads of the Amur Region, Trans-Baikal Territory and Buryatia"]},
  {"name": "Viktor Yatsutsenko", "type": "person", "aliases": ["Head of the Emergency Situations Ministry’s National Crisis Management Centre Viktor Yatsutsenko"]},
  {"name": "Marina Dedyushko", "type": "person", "aliases": ["First Deputy Prime Minister of the Amur Region government Marina Dedyushko"]},
  {"name": "Natalya Zhdanova", "type": "person", "aliases": ["Acting Governor of Trans-Baikal Territory Natalya Zhdanova"]},
  {"name": "Vyacheslav Nagovitsyn", "type": "person", "aliases": ["Head of the Republic of Buryatia Vyacheslav Nagovitsyn"]},
  {"name": "Ivan Valentik", "type": "person", "aliases": ["Deputy Minister of Natural Resources and Environment and Director of the Federal Forestry Agency Ivan Valentik"]},
  {"name": "Vladimir Puchkov", "type": "person", "aliases": ["Emergency Situations Minister Vladimir Puchkov"]},
  {"name": "Yegor Borisov", "type": "person", "aliases": ["Head of the Republic of Sakha (Yakutia) Yegor Borisov"]},
 ],
 "notes": [
  "Kremlin transcript (opening of the stored copy) of Putin's videoconference from Sochi on Wednesday 11 May 2016 on wildfire relief in the Amur Region, Trans-Baikal Territory and Buryatia (date and place line removed, meta edits). Story russia_wildfires_2016 with the Kremlin news item of the Government meeting of 7 June 2016 (kremlin_2016_government_meeting_wildfires_exams), where the Emergencies Minister gives the figures; no figure is shared, so no quantity keys.",
  "Speech is marked by a speaker label ('President of Russia Vladimir Putin:'), not quote marks: no quotes. The stored opening ends inside Putin's opening remarks, before any report.",
  "One figure: 'Several dozen' forest fires (the site's narration, vague). No events: 'today' twice in Putin's words is 'today' inside speech (left out); 'every year' is recurring; 'When I visited Vostochny Space Launch Centre' has no date expression; the date line 'May 11, 2016, Sochi' was removed as furniture.",
  "Actors: Putin, the heads of the three regions as a group ('took part in the meeting'), and the seven officials who 'all made reports' or 'also spoke' at the meeting, each under the titled form printed (their bare names do not recur in the kept text). The Amur Region, Trans-Baikal Territory, Buryatia and Russia are places here ('have been hit particularly hard', passive); the National Crisis Management Centre and the Federal Forestry Agency appear only inside titles.",
  "Thin item, kept for its speakers introduced by role and its pairing with the June item of the same fire season.",
  "second reading (annotator): re-read the whole item against FORMAT.md and the stored copy: 'Several dozen' vague; no date expression outside speech; every alias an exact substring and no form shared; no change.",
 ],
}
