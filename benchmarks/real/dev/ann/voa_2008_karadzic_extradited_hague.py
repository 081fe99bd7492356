B = "Serge Brammertz"
ANN = {
 "article": "articles/voa_2008_karadzic_extradited_hague.txt",
 "gold_out": "gold/voa_2008_karadzic_extradited_hague.json",
 "published": "2008-07-30",
 "quotes": [
  {"text": "He is charged with the ethnic cleansing of non-Serbs from large areas of Bosnia and Herzegovina through the commission of the crimes alleged in the indictment. He is charged with a campaign of killing and sniping to terrorize the civilian population in Sarajevo. He is charged with the genocide committed in Srebrenica in July '95 when close to 8,000 Muslim Bosnian men and boys were killed",
   "speaker": B, "speaker_mention": "Brammertz"},
  {"text": "In addition, he is charged with taking U.N. peacekeepers and military observers hostage.", "speaker": B, "speaker_mention": "Brammertz"},
  {"text": "The arrest of Radovan Karadzic is immensely important for the victims who had to wait far too long for this day", "speaker": B, "speaker_mention": "he",
   "note": "'he' = Prosecutor Brammertz of the previous paragraph; names Karadzic, who is not the speaker"},
  {"text": "It is also very important for international justice because it clearly demonstrates that there is no alternative to the arrest of war criminals and that there can be no safe haven for fugitives.", "speaker": B, "speaker_mention": "he"},
 ],
 "figures": [
  {"quantity": "karadzic_arrest_2008:years_on_run", "text": "13", "value": 13, "unit": "years", "counted": "years on the run", "source": None, "approx": None},
  {"text": "one", "value": 1, "unit": "weeks", "counted": "time since his arrest in Belgrade", "source": None, "approx": None,
   "note": "'one week after his arrest' is a duration (figure), not a date expression"},
  {"quantity": "karadzic_arrest_2008:srebrenica_killed", "text": "8,000", "value": 8000, "unit": None, "counted": "Muslim Bosnian men and boys killed in Srebrenica", "source": B, "approx": "around",
   "note": "'close to 8,000' inside Brammertz's quote -> around"},
 ],
 "events": [
  {"actor": "Radovan Karadzic", "date": "2008-07-31", "date_text": "Thursday", "what": "to appear before war crimes tribunal",
   "note": "headline; future reference: the coming Thursday"},
  {"actor": None, "date": "1990-01-01/1999-12-31", "date_text": "of the 1990s", "what": "Bosnian war"},
  {"actor": None, "date": "1995-07", "date_text": "in July '95", "what": "genocide committed in Srebrenica",
   "note": "inside Brammertz's quote; passive 'committed' without agent (the charge is against Karadzic, but the sentence does not make him the agent of 'committed')"},
  {"actor": "Serbian security forces", "date": "2008-07-21/2008-07-27", "date_text": "last week", "what": "arrested Karadzic in Belgrade",
   "note": "'until his arrest by Serbian security forces last week': the 'by' agent; previous ISO week of Wednesday 30 July 2008"},
 ],
 "actors": [
  {"name": "Radovan Karadzic", "type": "person", "aliases": ["Radovan Karadzic", "Karadzic", "Former Bosnian-Serb leader Radovan Karadzic"]},
  {"name": B, "type": "person", "aliases": ["Serge Brammertz", "Chief Prosecutor Serge Brammertz", "Brammertz", "Prosecutor Brammertz"]},
  {"name": "ICTY prosecutors", "type": "group", "aliases": ["prosecutors"]},
  {"name": "Serbian security forces", "type": "organisation", "aliases": ["Serbian security forces"]},
 ],
 "notes": [
  "VOA report by Sonja Pace (London), Wednesday 30 July 2008, after the extradition; story karadzic_arrest_2008 with wn_2008_karadzic_caught_serbia (22 July) and voa_2008_karadzic_arrested (21 July).",
  "Brammertz's first quote is split by its attribution ('said Brammertz') into two quotes; the second pair is split by 'he said'.",
  "Not figures: '95' in \"July '95\" (a year). 'Thursday' in the headline is a future date (31 July 2008). 'one week after his arrest' is annotated as a duration figure only.",
  "'the charges are among the most serious ...' is reported speech without quote marks (no quote). 'prosecutors' in 'what prosecutors say' are the tribunal's prosecutors (they speak, no date).",
  "The headline comes from the VOA title of the story (see meta edits); 'VOA's Sonja Pace reports from London' in the standfirst is the reporter credit, not an actor.",
 ],
}
