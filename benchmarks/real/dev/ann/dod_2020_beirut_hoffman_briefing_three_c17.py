K = "beirut_explosion_2020:"
H = "Jonathan Rath Hoffman"
E = "Mark Esper"
ANN = {
 "article": "articles/dod_2020_beirut_hoffman_briefing_three_c17.txt",
 "gold_out": "gold/dod_2020_beirut_hoffman_briefing_three_c17.json",
 "published": "2020-08-06",
 "quotes": [],
 "figures": [
  {"text": "nine", "value": 9, "unit": None, "counted": "service members lost last week in California", "source": H, "approx": None,
   "note": "'the families of the nine service members who we lost last week in California': the transcript is Hoffman's speech, so he states the number (transcript convention, as state_2018_pompeo_seoul_trilateral_press). The Marines and sailor lost when their amphibious assault vehicle sank off California on 30 July 2020 (not named in the text); not part of the Beirut story, so no key"},
  {"quantity": K+"us_c17_relief_flights", "text": "three", "value": 3, "unit": None, "counted": "C-17 shipments of relief supplies", "source": H, "approx": None,
   "note": "'General McKenzie ... informed him of an impending delivery of three C-17 shipments of relief supplies': Hoffman's words (speaker), reporting what McKenzie told the Lebanese commander; the claimant is the speaker who states it, Hoffman, as in DOD News's report of the same briefing ('Hoffman said ... three C-17 aircraft will bring relief supplies', source Hoffman). Same three flights, same key"},
  {"text": "an hour and a half", "value": 1.5, "unit": "hours", "counted": "long telephone call between Esper and Wei Fenghe", "source": H, "approx": None,
   "note": "'Secretary Esper had an hour and a half long telephone call with ... Wei Fenghe': a duration, 1.5 hours, stated by Hoffman (speaker); the whole phrase is the number expression (no digits)"},
 ],
 "events": [
  {"actor": None, "date": "2020-07-27/2020-08-02", "date_text": "last week", "what": "nine service members were lost in California",
   "note": "'the nine service members who we lost last week in California': 'we lost' reports deaths (the 30 July 2020 AAV sinking); 'we' (the department) suffers the loss and is not the agent of the deaths, which have none in the text (as 'lives ... lost in Lebanon on Tuesday'), so null. 'last week' from Thursday 6 August 2020 = the previous ISO week, Monday 27 July - Sunday 2 August 2020. Kept although inside speech: only a bare 'today' in speech is left out"},
  {"actor": None, "date": "2020-08-04", "date_text": "on Tuesday", "what": "many lives lost in Lebanon (the Beirut explosion)",
   "note": "'mourning the lives of so many lost in Lebanon on Tuesday': the deaths in the explosion, no agent, null (as in dod_2020_beirut_pentagon_flies_aid). The Tuesday before Thursday 6 August 2020 = 4 August 2020"},
  {"actor": E, "date": "2020-08-06", "date_text": "This morning", "what": "Esper's telephone call with Chinese defence minister Wei Fenghe",
   "note": "'This morning, Secretary Esper had an hour and a half long telephone call with ... General Wei Fenghe': the subject of 'had ... call with' is Esper, so he is the actor (Wei is the other party named after 'with'); 'this morning' = the reference day, Thursday 6 August 2020"},
 ],
 "actors": [
  {"name": H, "type": "person", "aliases": ["ASSISTANT TO THE SECRETARY OF DEFENSE JONATHAN RATH HOFFMAN", "ATSD(PA)"]},
  {"name": E, "type": "person", "aliases": ["Secretary Esper", "the secretary"]},
  {"name": "US Department of Defense", "type": "organisation", "aliases": ["the department", "DOD"]},
  {"name": "Kenneth F. McKenzie Jr.", "type": "person", "aliases": ["General McKenzie"]},
  {"name": "Lebanese armed forces commander", "type": "person", "aliases": ["the commander of the Lebanese Armed Forces"]},
  {"name": "US Department of State", "type": "organisation", "aliases": ["Department of State"]},
  {"name": "US Agency for International Development", "type": "organisation", "aliases": ["USAID", "United States Agency for International Development"]},
  {"name": "Wei Fenghe", "type": "person", "aliases": ["People's Republic of China Minister of National Defense General Wei Fenghe"]},
 ],
 "notes": [
  "DOD transcript of the opening of a Pentagon press briefing by Jonathan Rath Hoffman, Assistant to the Secretary of Defense for Public Affairs (ATSD(PA)), Thursday 6 August 2020: condolences for nine service members lost in California, the Beirut explosion and three C-17 relief flights to Lebanon, and Secretary Esper's call with China's defence minister. Story beirut_explosion_2020 with dod_2020_beirut_pentagon_flies_aid (DOD News's report of this same briefing) and state_2020_beirut_us_aids_lebanese_17_million.",
  "No quotes: a transcript prints speech without quote marks; the speaker label 'ASSISTANT TO THE SECRETARY OF DEFENSE JONATHAN RATH HOFFMAN:' is an alias of Hoffman, and the figures are claimed by him as speaker.",
  "Figures: 'nine' service members (no key: the California loss is another event), 'three' C-17 shipments (key beirut_explosion_2020:us_c17_relief_flights, shared with DOD News's 'three C-17 aircraft' of the same briefing) and 'an hour and a half' (1.5 hours, the call). Not figures: 'C-17' and 'C-17's' (designation), 'The first of the Air Force C-17's' (ordinal), 'so many' (no number), 'COVID' (name).",
  "Events: 'last week' (the deaths in California, null), 'on Tuesday' (the deaths in Lebanon, null), 'This morning' (Esper's call, actor Esper). Left out: 'today' in 'coming into the building today' (bare 'today' inside speech), 'now' (vague), 'impending' (not a date).",
  "Actors: Hoffman (speaker; 'ATSD(PA)' in the headline, the subject of 'Updates Reporters'), Esper ('Secretary Esper', 'the secretary' who called for transparency), the Department of Defense ('the department' whose condolences and sympathies Hoffman expresses; 'DOD' in the headline), McKenzie (spoke with and informed the Lebanese commander), the Lebanese Armed Forces commander (spoken with; listed as in the sibling DOD News item), the State Department and USAID (the department will coordinate with them; listed as in the sibling), and Wei Fenghe (party to the call). Canonical names follow dod_2020_beirut_pentagon_flies_aid. Not actors: the PRC (called on, object), Taiwan, the South China Sea, Qatar, Beirut (places).",
  "second reading (annotator): re-read the whole item once fully against FORMAT.md sections 1-2 and the stored copy: straight and curly apostrophes and double spaces as printed; no quote marks; every number word checked (nine, three, an hour and a half; C-17 designations, 'first' ordinal); 'last week' = 27 July - 2 August 2020 from Thursday 6 August, 'on Tuesday' = 4 August, 'This morning' = 6 August; aliases exact substrings and none shared; no change.",
 ],
}
