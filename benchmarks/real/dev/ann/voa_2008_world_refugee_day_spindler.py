K = "unhcr_global_refugees_2008:"
U = "UNHCR"
W = "William Spindler"
DRC = "refugees returning to the Democratic Republic of the Congo"
ANN = {
 "article": "articles/voa_2008_world_refugee_day_spindler.txt",
 "gold_out": "gold/voa_2008_world_refugee_day_spindler.json",
 "published": "2008-06-20",
 "quotes": [
  {"text": "We want to emphasize on this World Refugee Day the theme of protection, the need to protect refugees and other people who run away from persecution and conflict. This is, for us, our reason for being. And we would like people to be aware that refugees need this protection because in many cases (they) risk their lives or violations of human rights if they ard forced to go back home", "speaker": W, "speaker_mention": "he",
   "note": "a paragraph-long quote attributed 'he says' after it; 'he' is William Spindler, named in the paragraph before ('William Spindler is a spokesman for the UNHCR. From Geneva, he spoke to ...'); trailing comma dropped; '(they)' and the typo 'ard' kept as printed"},
  {"text": "The largest number of refugees is found in the Middle East. Just two countries, for instance, account for half of all refugees in the world today. And those are Iraq and Afghanistan", "speaker": W, "speaker_mention": "he",
   "note": "'Spindler outlines the worst trouble spots for the UNHCR. \"...,\" he says.': named in the sentence before the quote, 'he says' after it; trailing comma dropped"},
  {"text": "Africa has seen a small decrease in the number of refugees last year, a small decrease of about six percent, mainly due to successful voluntary repatriation in countries like Sudan, particularly to the south. The Democratic Republic of the Congo, where over 60,000 people returned last year. Liberia and Burundi. At the same time, continued conflict in other countries, and in some of those same countries where refugees were returning to, like DRC, which at the same time people were fleeing, others were returning. The same with Sudan.", "speaker": W, "speaker_mention": "he",
   "note": "'As for Africa, he says, \"...\"': attribution before the quote; final full stop inside the marks kept"},
 ],
 "figures": [
  {"quantity": K+"refugees_worldwide_2007", "text": "11 and a half million", "value": 11500000, "unit": None, "counted": "refugees around the world", "source": U, "approx": "around",
   "note": "'The UN refugee agency says there are nearly 11 and a half million refugees around the world': 'nearly' = around. The figure of UNHCR's report released on 17 June 2008; same quantity as '11.4 million' in voa_2008_unhcr_report_iraq_afghan_half and voa_2008_conflicts_drive_up_refugee_numbers"},
  {"text": "26 million", "value": 26000000, "unit": None, "counted": "internally displaced people", "source": U, "approx": None,
   "note": "same 'The UN refugee agency says' sentence; the other items of the story give only national IDP counts (Colombia, Iraq), so no key"},
  {"text": "two", "ctx": "Just two countries", "value": 2, "unit": None, "counted": "countries", "source": W, "approx": None,
   "note": "inside Spindler's quote: 'Just two countries, for instance, account for half of all refugees'"},
  {"quantity": K+"iraq_afghan_share", "text": "half", "ctx": "account for half", "value": 0.5, "unit": "share", "counted": "share of all refugees in the world from Iraq and Afghanistan", "source": W, "approx": None,
   "note": "inside Spindler's quote; the two countries are Iraq and Afghanistan (next sentence of the quote). Same quantity as 'Half' and 'nearly half' in voa_2008_unhcr_report_iraq_afghan_half; no hedge printed here"},
  {"text": "six percent", "value": 6, "unit": "%", "counted": "decrease in the number of refugees in Africa last year", "source": W, "approx": "around",
   "note": "inside the quote: 'a small decrease of about six percent'; 'about' = around"},
  {"text": "60,000", "value": 60000, "unit": None, "counted": "people who returned to the Democratic Republic of the Congo last year", "source": W, "approx": "more than",
   "note": "inside the quote: 'where over 60,000 people returned last year'; 'over' = more than"},
  {"text": "120,000", "value": 120000, "unit": None, "counted": "new refugees in Africa in 2007", "source": None, "approx": "around",
   "note": "'In total, there were about 120,000 new refugees in Africa in 2007.': a reporter's sentence after the quote with no attribution, so null; 'about' = around"},
 ],
 "events": [
  {"actor": None, "date": "2008-06-20", "date_text": "Friday", "what": "World Refugee Day",
   "note": "'Friday is World Refugee Day.': the weekday names the day of the observance (Friday 20 June 2008, the day of the report); a state, no agent"},
  {"actor": None, "date": "2007", "date_text": "last year", "ctx": "number of refugees last year", "what": "Africa saw a small decrease in the number of refugees",
   "note": "inside Spindler's quote: 'Africa has seen a small decrease in the number of refugees last year': 'has seen' is no act, Africa no agent: null. Last year before June 2008 = 2007"},
  {"actor": DRC, "date": "2007", "date_text": "last year", "ctx": "returned last year", "what": "over 60,000 people returned to the Democratic Republic of the Congo",
   "note": "inside the quote: 'where over 60,000 people returned last year': the agent of 'returned' is the returning people (refugees going home to the DRC)"},
  {"actor": None, "date": "2007", "date_text": "in 2007", "what": "about 120,000 new refugees in Africa",
   "note": "'there were about 120,000 new refugees in Africa in 2007': existential, no agent"},
 ],
 "actors": [
  {"name": U, "type": "organisation", "aliases": ["The UN refugee agency", "UNHCR", "the UNHCR"]},
  {"name": W, "type": "person", "aliases": ["William Spindler", "Spindler"]},
  {"name": DRC, "type": "group", "aliases": ["60,000 people"]},
 ],
 "notes": [
  "VOA English to Africa Service report (Joe De Capua) of Friday 20 June 2008, World Refugee Day (date from the address a-13-2008-06-20 and 'Friday is World Refugee Day'); story unhcr_global_refugees_2008 with voa_2008_unhcr_report_iraq_afghan_half and voa_2008_conflicts_drive_up_refugee_numbers (17 June 2008, UNHCR's report for 2007).",
  "Quotes: three quotations of UNHCR spokesman William Spindler, each attributed by 'he says' (twice after, once before the quote); he is named a paragraph before the first ('William Spindler is a spokesman for the UNHCR') and a sentence before the second ('Spindler outlines ...'). No quote is nested.",
  "Figures: 'nearly 11 and a half million' refugees (UNHCR) shares unhcr_global_refugees_2008:refugees_worldwide_2007 with the '11.4 million' of 17 June; Spindler's 'half' of all refugees from Iraq and Afghanistan shares unhcr_global_refugees_2008:iraq_afghan_share with 'Half' / 'nearly half' of 17 June. '26 million' IDPs (UNHCR), 'two' countries, 'about six percent', 'over 60,000' (Spindler) and 'about 120,000' (outlet's voice) have no partner.",
  "Events: 'Friday' (World Refugee Day, null), the two 'last year' in the quote (2007: Africa's decrease, null; the 60,000 who returned, agent the returnees) and 'in 2007' (null). Not events: 'today' inside the quote ('in the world today', left out by FORMAT) and 'this World Refugee Day' (the name of the day, already dated by 'Friday'); 'At the same time' is not a date.",
  "Actors: UNHCR and Spindler; the returnees to the DRC (agent of 'returned'; their only surface form is '60,000 people'). Joe De Capua is the interviewing reporter, not an actor; Iraq, Afghanistan, Sudan, Liberia, Burundi and the DRC are places refugees come from or return to, not actors.",
  "second reading (annotator): re-read the whole item against FORMAT.md sections 1-2: the three quote spans (trailing commas dropped, final stop kept, '(they)' and 'ard' as printed), '11 and a half million' as the minimal number span with value 11.5 million, the two 'last year' pinned with ctx, 'last year' = 2007 against 20 June 2008, and the cross-item keys against the two 17 June items (h142).",
 ],
}
