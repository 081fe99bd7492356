K = "tonga_eruption_2022:"
UN = "United Nations"
IOM = "International Organization for Migration"
TG = "Tony Greubel"
BHA = "USAID Bureau for Humanitarian Assistance"
GOT = "Government of Tonga"
ANN = {
 "article": "articles/usaid_2022_tonga_fact_sheet_1_84800_affected.txt",
 "gold_out": "gold/usaid_2022_tonga_fact_sheet_1_84800_affected.json",
 "published": "2022-02-12",
 "quotes": [],
 "figures": [
  {"quantity": K+"people_affected", "text": "84,800", "value": 84800, "unit": None, "counted": "people affected by the volcanic eruption and tsunami", "source": UN, "approx": "around",
   "note": "box cell '84,800' / 'Estimated Number of People Directly Affected by the Volcanic Eruption and Tsunami' / 'UN – February 2022': 'Estimated' -> around; the cell names the UN as source on the next line. Key people_affected, against 'more than 100,000' (Tonga Red Cross Society, 18 January) and 'approximately 100,000' (USAID, 25 January): the same measure (people affected in Tonga), 'directly' narrowing it"},
  {"quantity": K+"people_displaced", "text": "2,390", "value": 2390, "unit": None, "counted": "people displaced by the volcanic eruption and tsunami", "source": IOM, "approx": "around",
   "note": "'Estimated Number of People Displaced ...' / 'IOM – February 2022'"},
  {"text": "50,000", "value": 50000, "unit": None, "counted": "people in need of WASH support", "source": UN, "approx": "around",
   "note": "'Estimated Number of People in Need of WASH Support' / 'UN – January 2022'"},
  {"quantity": K+"deaths", "text": "4", "ctx": "4\nNumber of Deaths", "value": 4, "unit": None, "counted": "deaths due to the volcanic eruption and tsunami", "source": UN, "approx": None,
   "note": "'Number of Deaths due to the Volcanic Eruption and Tsunami' / 'UN – February 2022': no 'Estimated', so no hedge. Key deaths, against 'at least three deaths' (Government of Tonga, 18 January)"},
  {"text": "$2.6 million", "value": 2.6e6, "unit": "USD", "counted": "assistance announced by USAID/BHA", "source": BHA, "approx": None,
   "note": "'In response, USAID/BHA has announced $2.6 million in assistance': the announcer claims the sum. The total of the initial $100,000 and the additional $2.5 million of the other items, so not the same quantity as either (no shared key)"},
  {"text": "one", "ctx": "Nearly one month", "value": 1, "unit": "months", "counted": "month after the volcanic eruptions and tsunami", "source": None, "approx": "around",
   "note": "'Nearly one month after the volcanic eruptions and tsunami': a duration; 'Nearly' -> around; also dated as an event"},
 ],
 "events": [
  {"actor": UN, "date": "2022-02", "date_text": "February 2022", "ctx": "UN – February 2022", "occ": 1, "what": "UN estimate of 84,800 people directly affected",
   "note": "the month that dates the UN's estimate in the box cell ('UN – February 2022'); the UN is the agency that made the estimate"},
  {"actor": IOM, "date": "2022-02", "date_text": "February 2022", "ctx": "IOM – February 2022", "what": "IOM estimate of 2,390 people displaced"},
  {"actor": UN, "date": "2022-01", "date_text": "January 2022", "ctx": "UN – January 2022", "what": "UN estimate of 50,000 people in need of WASH support"},
  {"actor": UN, "date": "2022-02", "date_text": "February 2022", "ctx": "UN – February 2022", "occ": 2, "what": "UN count of 4 deaths"},
  {"actor": TG, "date": "2022-01-16", "date_text": "On January 16", "what": "Greubel declared a disaster in Tonga",
   "note": "subject of 'declared'; year 2022 from the fact sheet"},
  {"actor": GOT, "date": "2022-02", "date_text": "Nearly one month after the volcanic eruptions and tsunami in Tonga", "what": "the Government of Tonga and humanitarian partners continue to clear debris and restore services",
   "note": "anchored on the eruption and tsunami of 15 January 2022 (named in the other items): nearly a month later = mid-February 2022, normalised to the month (a day cannot be read off 'Nearly'); the agent is 'the GoT and humanitarian partners', the partners unnamed, so the canonical actor is the Government of Tonga"},
 ],
 "actors": [
  {"name": UN, "type": "organisation", "aliases": ["UN"]},
  {"name": IOM, "type": "organisation", "aliases": ["IOM"]},
  {"name": TG, "type": "person", "aliases": ["U.S. Charge d’Affaires Tony Greubel", "Tony Greubel"]},
  {"name": BHA, "type": "organisation", "aliases": ["USAID/BHA"]},
  {"name": GOT, "type": "government", "aliases": ["the GoT"]},
 ],
 "notes": [
  "USAID/BHA Fact Sheet #1 for the Tonga eruptions and tsunami, fiscal year 2022, as posted on ReliefWeb (stored date 12 February 2022; the fact sheet's own date line is not in the stored opening). Story tonga_eruption_2022 (see usaid_2022_tonga_initial_100000_bha).",
  "No quotes: no quote marks.",
  "Figures: the 'SITUATION AT A GLANCE' box gives four numbers, each with its claimant and month on the line below it: 84,800 people directly affected (UN), 2,390 displaced (IOM), 50,000 in need of WASH support (UN), 4 deaths (UN); 'Estimated Number' -> around for the first three. In the text: $2.6 million announced by USAID/BHA and 'Nearly one month' (duration). Keys: :people_affected (84,800 against more than 100,000 and approximately 100,000 in January), :deaths (4 against at least three on 18 January), :people_displaced (single here).",
  "Not figures: '#1' (the number of the fact sheet), '(FY) 2022' (fiscal year in the title), the months of the box.",
  "Events: the four months of the box cells (each dates the estimate of its agency: UN, IOM, UN, UN; 'UN – February 2022' printed twice, pinned by occ), 'On January 16' (Greubel declared a disaster) and 'Nearly one month after the volcanic eruptions and tsunami in Tonga' (the Government of Tonga and partners continue to clear debris; February 2022). 'Fiscal Year (FY) 2022' in the title names the fact-sheet series and dates no event.",
  "Actors: UN, IOM (claimants), Tony Greubel (declared a disaster), USAID/BHA (announced the assistance), Government of Tonga ('the GoT', clears debris; with 'humanitarian actors' it reports the conditions of the last paragraph, which has no number). 'humanitarian partners' and 'humanitarian actors' are unnamed and not listed.",
  "first reading (annotator): annotated against FORMAT.md; the box read cell by cell; the '4' pinned by ctx (it also occurs inside '84,800').",
  "second reading (checker): re-read as a checker: each box figure's claimant is the agency on the line below it (UN, IOM, UN, UN) and each month event's actor the same agency; hedges (Estimated -> around; the deaths cell has no 'Estimated'); Greubel as subject of 'declared' on 16 January 2022; the month normalisation of 'Nearly one month after' (mid-February 2022, consistent with the stored date 12 February); no change.",
 ],
}
