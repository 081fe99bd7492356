K = "us_covid_foreign_aid_2020:"
US = "United States"
ANN = {
 "article": "articles/state_2020_covid_aid_274_million_fact_sheet.txt",
 "gold_out": "gold/state_2020_covid_aid_274_million_fact_sheet.json",
 "published": "2020-03-27",
 "quotes": [],
 "figures": [
  {"quantity": K+"state_usaid_total", "text": "$274 million", "value": 274e6, "unit": "USD", "counted": "initial State Department and USAID investment in emergency health and humanitarian assistance for COVID-19", "source": None, "approx": "around",
   "note": "'the State Department and USAID are providing an initial investment of nearly $274 million': the fact sheet's own voice (State and USAID are the givers, not claimants); 'nearly' -> around. The next paragraph calls it 'This total to date': the first figure of the running total of State Department and USAID COVID-19 assistance, which Secretary Pompeo puts at 'more than $900 million' on 6 May 2020 (state_2020_pompeo_covid_aid_900_million), same key, like a toll that grows"},
  {"text": "$100 million", "value": 100e6, "unit": "USD", "counted": "emergency health assistance from USAID’s Global Health Emergency Reserve Fund", "source": None, "approx": "around",
   "note": "'nearly $100 million' -> around; part of the $274 million"},
  {"text": "$110 million", "value": 110e6, "unit": "USD", "counted": "humanitarian assistance from USAID’s International Disaster Assistance account", "source": None, "approx": None},
  {"text": "64", "ctx": "up to 64", "value": 64, "unit": None, "counted": "most at-risk countries to be provided the assistance", "source": None, "approx": "up to",
   "note": "'for up to 64 of the most at-risk countries': 'up to' is the hedge; not the same quantity as the '$64 million' to UNHCR that follows (a coincidence of numbers)"},
  {"text": "$64 million", "value": 64e6, "unit": "USD", "counted": "humanitarian assistance the UN Refugee Agency (UNHCR) will receive", "source": None, "approx": None},
  {"text": "$2.3 million", "value": 2.3e6, "unit": "USD", "counted": "U.S. health assistance for Indonesia", "source": None, "approx": None,
   "note": "printed glued to the country name ('Indonesia:$2.3 million'); the figure span starts at '$'"},
  {"text": "$1 billion", "value": 1e9, "unit": "USD", "counted": "U.S. investment in health in Indonesia over the past 20 years", "source": None, "approx": "more than"},
  {"text": "$5 billion", "value": 5e9, "unit": "USD", "counted": "U.S. total assistance to Indonesia over the past 20 years", "source": None, "approx": "more than"},
  {"text": "20", "value": 20, "unit": "years", "counted": "years over which the United States invested in Indonesia", "source": None, "approx": None, "ctx": "past 20 years",
   "note": "'over the past 20 years': a duration (figure), not an event, as 'In the past six years' and 'over the past month' in the dev set"},
 ],
 "events": [
  {"actor": US, "date": "2020-03-27", "date_text": "today’s", "what": "the United States provides new funds for specific country assistance",
   "note": "'With today’s new funds, the United States is providing the following specific assistance': a date on a noun ('today’s new funds'); the text names who provides them (the United States), so that is the actor (the rule for 'Friday's verdict'). The fact sheet's own narration, not speech; its day is Friday 27 March 2020"},
 ],
 "actors": [
  {"name": US, "type": "country", "aliases": ["The U.S. Government", "the United States", "The United States"]},
  {"name": "State Department", "type": "organisation", "aliases": ["the State Department"]},
  {"name": "USAID", "type": "organisation", "aliases": ["USAID"]},
 ],
 "notes": [
  "State Department fact sheet (Office of the Spokesperson) of Friday 27 March 2020 on U.S. foreign assistance against COVID-19, kept from the U.S. Embassy in Indonesia's copy (which gives the Indonesia entry of the country list); story us_covid_foreign_aid_2020 with Secretary Pompeo's press statement of 6 May 2020 (state_2020_pompeo_covid_aid_900_million).",
  "Cross-item figure: the running total of State Department and USAID COVID-19 assistance, 'nearly $274 million' here (the 'initial investment', called 'This total to date'), 'more than $900 million' on 6 May, shares us_covid_foreign_aid_2020:state_usaid_total (between them the State Department gave 'nearly $508 million' on 16 April and 'more than $775 million' on 22 April, not in this set).",
  "Figures are the fact sheet's own voice (source null): the State Department and USAID are givers, not claimants, and no official is named. 'up to 64' countries and '$64 million' to UNHCR are different quantities.",
  "No quotes. One event: 'today’s new funds' (the United States providing them, 27 March). Not events: 'to date' (not a date expression), 'over the past 20 years' (a duration, annotated as the figure 20 years), 'both at home and abroad'.",
  "Actors: the United States ('The U.S. Government is leading', 'the United States is providing', 'The United States has invested'), the State Department and USAID ('the State Department and USAID are providing'). UNHCR, the WHO and UNICEF are recipients; 'U.S. government agencies' (working together, undated) is not listed; 'the government' of Indonesia is only helped.",
  "Not figures: 'COVID-19' (designation, three times).",
  "second reading (annotator): re-read against the stored copy; pinned '64' (countries) with ctx, as '64' also occurs in '$64 million'; checked the two 'nearly' -> around, the two 'more than', that 27 March 2020 was a Friday, and that '$274 million' is called 'This total to date' (running total, key state_usaid_total); no other change.",
 ],
}
