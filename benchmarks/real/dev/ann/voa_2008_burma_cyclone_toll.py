O = "Jens Orback"
SM = "Burmese state media"
SR = "Burmese state radio"
ANN = {
 "article": "articles/voa_2008_burma_cyclone_toll.txt",
 "gold_out": "gold/voa_2008_burma_cyclone_toll.json",
 "published": "2008-05-05",
 "quotes": [
  {"text": "The electricity went out", "speaker": O, "speaker_mention": "he"},
  {"text": "The telephones didn't work. The TV, the radio, the cellular telephones, everything was wiped out. When talking to people, they were very upset in the beginning that nobody from the military, from the police, from the fire forces were out on the street. Only private people were there with machetes, actually trying to get rid of the trees.",
   "speaker": O, "speaker_mention": "he", "note": "no closing mark at the paragraph end: the quotation continues in the next paragraph (one quote per paragraph)"},
  {"text": "I talked to some civilians on the market and they were a little bit surprised that nobody was doing anything", "speaker": O, "speaker_mention": "he"},
  {"text": "Because if there's anything that are very present in Burma otherwise, it's police and military but there were none of them out in the hours after the disaster.", "speaker": O, "speaker_mention": "he"},
 ],
 "figures": [
  {"quantity": "burma_cyclone_2008:deaths", "text": "10,000", "value": 10000, "unit": None, "counted": "dead", "source": SM, "approx": "up to", "ctx": "As Many as 10,000 Dead",
   "note": "headline; the claimant (Burmese state media) opens the next sentence"},
  {"quantity": "burma_cyclone_2008:deaths", "text": "10,000", "value": 10000, "unit": None, "counted": "people dead", "source": SM, "approx": "up to", "ctx": "as many as 10,000 people"},
  {"quantity": "burma_cyclone_2008:missing", "text": "thousands", "value": None, "vague": True, "unit": None, "counted": "more missing", "source": SM, "approx": None, "ctx": "thousands more missing",
   "note": "nationwide missing, the same quantity as the 3,000 missing given by Nyan Win in the Wikinews item of the same day"},
  {"text": "Thousands", "value": None, "vague": True, "unit": None, "counted": "homeless in Rangoon", "source": None, "approx": None, "ctx": "Thousands are homeless"},
  {"text": "3,000", "value": 3000, "unit": None, "counted": "people missing in Bogalay", "source": SR, "approx": "around", "note": "'nearly' = around; missing in the town of Bogalay only: a part of the nationwide missing, no key"},
  {"text": "one", "value": 1, "unit": None, "counted": "town", "source": SR, "approx": None, "ctx": "in one town"},
 ],
 "events": [
  {"actor": None, "date": "2008-05-05", "date_text": "Monday", "what": "reports of death and destruction trickled out", "ctx": "out of Burma Monday"},
  {"actor": O, "date": "2008-05-05", "date_text": "Monday", "what": "arrived in Bangkok on a flight from Rangoon", "ctx": "in Bangkok Monday"},
 ],
 "actors": [
  {"name": O, "type": "person", "aliases": ["Jens Orback", "Sweden's former Minister of Democracy and Integration, Jens Orback"]},
  {"name": SM, "type": "organisation", "aliases": ["Burmese state media"]},
  {"name": SR, "type": "organisation", "aliases": ["Burmese state radio"]},
 ],
 "notes": [
  "VOA staff report (Luis Ramirez, Bangkok) of Monday 5 May 2008, two days after Cyclone Nargis. Two official claimants: Burmese state media (up to 10,000 dead, thousands missing; headline and standfirst share the deaths key) and Burmese state radio (nearly 3,000 missing in Bogalay, a part of the missing, not the same quantity as 'thousands more missing').",
  "Jens Orback's quotation runs over two paragraphs: 'The electricity went out,' he said. 'The telephones ... trees. / 'I talked ...,' he added. 'Because ...' - four quotes, all his.",
  "'one' in 'one of the first flights' is a pronoun (partitive), not a figure; 'one town' counts the town (1) and is annotated.",
  "'Thousands are homeless' is the outlet's voice (no claimant). 'now', 'Earlier figures', 'in the beginning' and 'in the hours after the disaster' are vague, not events; 'first flights' is an ordinal.",
 ],
}
