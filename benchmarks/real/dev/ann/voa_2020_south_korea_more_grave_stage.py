S = "south_korea_covid_2020:"
W = "wuhan_coronavirus_2020:"
CH = "Chung Sye-kyun"
KC = "Korea Centers for Disease Control and Prevention"
SD = "State Department"
ANN = {
 "article": "articles/voa_2020_south_korea_more_grave_stage.txt",
 "gold_out": "gold/voa_2020_south_korea_more_grave_stage.json",
 "published": "2020-02-22",
 "quotes": [
  {"text": "more grave stage", "speaker": CH, "speaker_mention": "South Korea\u2019s prime minister", "fragment": True,
   "note": "fragment inside reported speech ('South Korea\u2019s prime minister said the coronavirus ... had entered a \u201cmore grave stage\u201d'); the prime minister is named only in the next sentence ('Prime Minister Chung Sye-kyun made the remark late Saturday')"},
  {"text": "exercise increased caution", "speaker": SD, "speaker_mention": "the U.S. State Department", "fragment": True,
   "note": "'the U.S. State Department issued travel advisories ..., urging travelers to \u201cexercise increased caution\u201d': the advisories' words, the Department's"},
 ],
 "figures": [
  {"text": "120", "value": 120, "unit": None, "counted": "new cases reported Sunday", "source": KC, "approx": None,
   "note": "'Korea\u2019s Centers for Disease Control and Prevention said of the 120 new cases reported Sunday, ...'. New cases of one day (23 February); the 161 of the next item are Monday's: no key"},
  {"text": "113", "value": 113, "unit": None, "counted": "new cases in Daegu and surrounding areas", "source": KC, "approx": None,
   "note": "same KCDC sentence"},
  {"quantity": S + "cases_south_korea", "text": "556", "value": 556, "unit": None, "counted": "reported coronavirus cases in South Korea", "source": KC, "approx": None,
   "note": "'South Korea now has 556 reported coronavirus cases.' closes the paragraph opened by 'Korea\u2019s Centers for Disease Control and Prevention said ...' and continues its account (the national total is the KCDC count), as 'The virus has caused 213 deaths' after 'China says' (voa_2020_china_nearly_10000_cases) and the Burmese officials' missing in voa_2008_burma_aid_toll_22000; the 763 of Monday 24 February (voa_2020_south_korea_763_cases_alert_red) shares the key"},
  {"text": "648", "value": 648, "unit": None, "counted": "new infections reported Sunday in China", "source": "China", "approx": None,
   "note": "'China reported 648 new infections Sunday'; one day's new cases (the 409 of the next item are Monday's): no key"},
  {"quantity": W + "cases_china", "text": "76,936", "value": 76936, "unit": None, "counted": "total infections in China", "source": "China", "approx": None,
   "note": "'..., for a total of 76,936' in China's report. Key of the story wuhan_coronavirus_2020 (h162: nearly 10,000 on 31 January, 291 and 440 in January), China's running national total; 'past 77,000' on 24 February (next item) shares it"},
  {"text": "97", "value": 97, "unit": None, "counted": "people who had died (new deaths reported Sunday)", "source": "China", "approx": None,
   "note": "'It said 97 people had died': 'It' is China, subject of the sentence before; one day's deaths, no key (150 on Monday in the next item)"},
  {"quantity": W + "deaths_china", "text": "2,442", "value": 2442, "unit": None, "counted": "death toll in the country", "source": "China", "approx": None,
   "note": "'raising the death toll in the country to 2,442', same 'It said' sentence; 2,592 on 24 February (next item) and h162's 213 / 17 / 6 share the key"},
  {"quantity": S + "cases_outside_china", "text": "1,200", "value": 1200, "unit": None, "counted": "people infected with the virus outside China", "source": None, "approx": "more than",
   "note": "'more than 1,200 people have been infected' -> more than; VOA's own voice, no claimant; the same sentence in the 24 February item shares the key"},
  {"quantity": S + "deaths_outside_china", "text": "a dozen", "value": 12, "unit": None, "counted": "people who have died outside China", "source": None, "approx": "more than",
   "note": "'more than a dozen have died' (people, elided after 'a dozen'); VOA's own voice; same sentence in the 24 February item (same key)"},
 ],
 "events": [
  {"actor": None, "date": "2020-02-23", "date_text": "Sunday", "what": "new cases of the disease were reported", "ctx": "were reported Sunday",
   "note": "passive without a by-agent ('as new cases of the disease were reported Sunday'): null. The date line is Saturday 22 February 2020, 08:52 PM Washington time, already Sunday morning in Seoul: 'Sunday' is Sunday 23 February, the day after the date line, though the verb is past tense (see meta published_evidence)"},
  {"actor": CH, "date": "2020-02-22", "date_text": "late Saturday", "what": "Chung made the 'more grave stage' remark in a televised address",
   "note": "'Prime Minister Chung Sye-kyun made the remark late Saturday': agent Chung; Saturday 22 February 2020 (Seoul time), the day of the date line"},
  {"actor": None, "date": "2020-02-23", "date_text": "Sunday", "what": "120 new cases reported", "ctx": "cases reported Sunday",
   "note": "'the 120 new cases reported Sunday': the date modifies the participle 'reported', a reduced passive with no by-agent, so null (the KCDC is the agent of 'said', which the date does not modify). Sunday 23 February as above"},
  {"actor": SD, "date": "2020-02-22", "date_text": "Also Saturday", "what": "the State Department issued travel advisories for Japan and South Korea",
   "note": "'Also Saturday, the U.S. State Department issued travel advisories': agent the State Department; Saturday 22 February 2020"},
  {"actor": "China", "date": "2020-02-23", "date_text": "Sunday", "what": "China reported 648 new infections", "ctx": "infections Sunday",
   "note": "'China reported 648 new infections Sunday': agent China; Sunday 23 February (Beijing's report of that morning; see meta)"},
 ],
 "actors": [
  {"name": "South Korea", "type": "country", "aliases": ["South Korea", "Seoul"]},
  {"name": CH, "type": "person", "aliases": ["South Korea\u2019s prime minister", "Prime Minister Chung Sye-kyun"]},
  {"name": KC, "type": "organisation", "aliases": ["Korea\u2019s Centers for Disease Control and Prevention"]},
  {"name": SD, "type": "organisation", "aliases": ["the U.S. State Department", "The State Department"]},
  {"name": "China", "type": "country", "aliases": ["China"]},
 ],
 "notes": [
  "VOA News report dated Saturday 22 February 2020, 08:52 PM Washington time (Sunday morning in Seoul) on the jump in coronavirus cases in South Korea and China; story south_korea_covid_2020 with voa_2020_south_korea_763_cases_alert_red (24 February). The China totals use the keys of story wuhan_coronavirus_2020 (staging h162: voa_2020_china_nearly_10000_cases and the 21/22 January items), the same running national counts.",
  "Keys: south_korea_covid_2020:cases_south_korea (556 here, 763 on 24 February), :cases_outside_china ('more than 1,200' in both), :deaths_outside_china ('more than a dozen' in both); wuhan_coronavirus_2020:cases_china (76,936 here, 'past 77,000' on 24 February) and :deaths_china (2,442 here, 2,592 on 24 February). One-day increments (120, 113, 648, 97) have no key.",
  "Hard cases: the 'more grave stage' fragment is attributed to 'South Korea\u2019s prime minister', named only in the next sentence; 'It said 97 people had died' ('It' = China); three events dated 'Sunday' that fall the day AFTER the date line (time zones: the page is dated in Washington time), two of them passives without agent (null), one with agent China; 'late Saturday' and 'Also Saturday' are the date-line day.",
  "Not figures: 'fourth-largest' (ordinal), 'Level 2' (advisory level, a designation), 'the further spread'. 'now' (South Korea now has 556) is not an event. Seoul in 'He said Seoul is making all-out efforts' is the South Korean government (metonym alias of South Korea). Japan and the travelers do not act: not actors.",
  "The State Department statement ('The State Department statement said with a Level 2 advisory, travelers should avoid contact ...') prints no quote marks: reported speech, no quote.",
  "Second careful read of the whole item against FORMAT.md done by the annotator (text against the stored copy, the two fragments and their marks, every number token, the three 'Sunday's and two 'Saturday's against the date line, sources and keys).",
 ],
}
