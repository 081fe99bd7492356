K = "kerch_strait_2018:"
MP = "Michael Pompeo"
ANN = {
 "article": "articles/state_2018_kerch_pompeo_dangerous_escalation.txt",
 "gold_out": "gold/state_2018_kerch_pompeo_dangerous_escalation.json",
 "published": "2018-11-26",
 "quotes": [],
 "figures": [
  {"quantity": K+"vessels_seized", "text": "three", "value": 3, "unit": None, "counted": "vessels seized by the Russian vessels", "source": MP, "approx": None,
   "note": "'Reports that Russian vessels rammed and fired on the Ukrainian ships, ... before seizing three vessels, represent a dangerous escalation': the whole text after the author lines is Pompeo's first-person statement ('We call on Russia'), so the figure is claimed by Pompeo, who relays unnamed reports (no other claimant is named). Same quantity as the three vessels of the GOV.UK item and of ShareAmerica's report"},
 ],
 "events": [
  {"actor": None, "date": "2018-11-25", "date_text": "November 25", "what": "the incident in the Black Sea as Ukrainian vessels attempted to transit the Kerch Strait",
   "note": "'the incident in the Black Sea that occurred November 25': the subject of 'occurred' is the incident, which has no agent in this clause (the ramming and seizure of the next sentence carry no date); year 2018 from the date line"},
 ],
 "actors": [
  {"name": MP, "type": "person", "aliases": ["Michael R. Pompeo", "Secretary of State"]},
  {"name": "United States", "type": "country", "aliases": ["The United States", "the United States"]},
  {"name": "Russia", "type": "country", "aliases": ["Russia"]},
 ],
 "notes": [
  "Press statement of Secretary of State Michael R. Pompeo of Monday 26 November 2018 (date line printed), kept from government-world.com's repost of the State Department's releases of that day; story kerch_strait_2018 with the GOV.UK news story of the same day (govuk_2018_kerch_hunt_condemns_azov_seizure) and ShareAmerica's report of early December (state_2018_kerch_allies_press_russia_24_crew).",
  "No quotes: the statement is Pompeo's own text, printed without quote marks (as in state_2020_pompeo_covid_aid_900_million, whose author line is kept the same way); its one figure is claimed by him.",
  "Key: kerch_strait_2018:vessels_seized ('three vessels', as in the other two items). 'its vessels and detained crew members' has no number, so nothing here shares crew_seized.",
  "Event: 'November 25' (the incident occurred; no agent). 'In that regard' and 'directly' are not dates.",
  "Actors: Pompeo (author lines 'Michael R. Pompeo' and 'Secretary of State'; the 'We' of the statement is the United States he speaks for), the United States ('The United States expresses its deep concern', 'condemns', 'supports', 'rejects') and Russia (called on to return the vessels). 'Presidents Poroshenko and Putin' are urged to engage and 'both parties' to exercise restraint, but neither acts in the text, so they are not listed; 'Russian vessels' (which rammed and fired, as reports say) are not listed as an actor of their own; Ukraine only receives and is supported.",
  "Not figures: 'Four' in 'the Normandy Four format' (name of a negotiating format), 'Crimea Declaration' (a document).",
  "second reading (annotator): re-read against the stored copy (first release of the listing page only); checked that 'three' is inside Pompeo's statement (claimant Pompeo, relaying reports), that 'November 25' has no agent ('the incident ... that occurred'), and the curly apostrophes of 'Russia’s' and 'Ukraine’s'; no change.",
 ],
}
