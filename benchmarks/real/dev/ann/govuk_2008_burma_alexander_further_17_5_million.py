K = "burma_cyclone_2008:"
DA = "Douglas Alexander"
UK = "United Kingdom"
UN = "United Nations"
IRC = "International Red Cross"
ANN = {
 "article": "articles/govuk_2008_burma_alexander_further_17_5_million.txt",
 "gold_out": "gold/govuk_2008_burma_alexander_further_17_5_million.json",
 "published": "2008-07-09",
 "quotes": [
  {"text": "While access has improved and the rate of delivery of relief goods continues to increase, we believe that around 300,000 people are at quite serious risk if they do not get more help soon.",
   "speaker": DA, "speaker_mention": "Douglas Alexander",
   "note": "first paragraph under 'Douglas Alexander said:'; no closing mark at the paragraph end (the quotation runs on over three paragraphs, British style), so one quote per paragraph"},
  {"text": "The UK stands ready to respond to the UN's revised Flash Appeal, which the UN plans to issue in New York tomorrow, 10 July. Many of the agencies bringing aid continue to face funding gaps, and our £17.5 million will help enhance logistics capacity for aid delivery and bring much needed food, shelter, water and sanitation, health, nutrition and protection to some of the heaviest hit areas.",
   "speaker": DA, "speaker_mention": "Douglas Alexander",
   "note": "second paragraph of the same statement (opening mark, no closing mark); the attribution 'Douglas Alexander said:' is two paragraphs up"},
  {"text": "Support to early recovery and livelihood regeneration activities will also be a priority, with more needing to be done to ensure that the vulnerable - including landless farmers, day labourers and fishermen - are able urgently to restart their livelihoods.",
   "speaker": DA, "speaker_mention": "Douglas Alexander",
   "note": "third and last paragraph of the statement, closed by the mark after 'livelihoods.' (final full stop kept); attribution three paragraphs up"},
 ],
 "figures": [
  {"text": "two months", "value": 2, "unit": "months", "counted": "time since Cyclone Nargis caused devastation across southern Burma", "source": None, "approx": "more than",
   "note": "'Over two months since Cyclone Nargis caused devastation': a duration in the release's voice; 'Over' -> more than"},
  {"quantity": K+"uk_further_17_5m_july", "text": "£17.5 million", "occ": 1, "value": 1.75e7, "unit": "GBP", "counted": "further UK funding made available in response to the disaster", "source": DA, "approx": None,
   "note": "'Douglas Alexander has announced that a further £17.5 million will be made available': the number is inside the that-clause of his announcement, so he claims it (as the announced £70m in govuk_2010_mitchell_pakistan_further_70m); the same £17.5 million in his statement below (same key)"},
  {"text": "£45 million", "value": 4.5e7, "unit": "GBP", "counted": "total the UK has provided to the relief effort", "source": None, "approx": None,
   "note": "'The funding means the UK has provided £45 million to the relief effort': the release's own sum (a sentence of its own, no reporting verb), null; the UK total, not the same quantity as the £17.5 million increment"},
  {"text": "128,000", "value": 128000, "unit": None, "counted": "dead or missing from the catastrophe", "source": IRC, "approx": "up to",
   "note": "'The International Red Cross estimates the number of dead or missing ... to be up to 128,000': the Red Cross claims it; 'up to' -> up to. Dead and missing together, so not the deaths or missing keys of the May items of the story"},
  {"text": "2.4 million", "value": 2.4e6, "unit": None, "counted": "people severely affected", "source": None, "approx": None,
   "note": "'Another 2.4 million people have been severely affected.': a sentence of its own with no claimant (the Red Cross's 'estimates' governs only the sentence before; 'These figures' after it is the release's own comparison), so the release's voice, null"},
  {"text": "300,000", "value": 300000, "unit": None, "counted": "people at quite serious risk if they do not get more help soon", "source": DA, "approx": "around",
   "note": "inside Alexander's quoted statement ('we believe that around 300,000 people are at quite serious risk'), so he claims it; 'around' -> around"},
  {"quantity": K+"uk_further_17_5m_july", "text": "£17.5 million", "occ": 2, "value": 1.75e7, "unit": "GBP", "counted": "UK funding to enhance logistics capacity and bring food, shelter and other aid", "source": DA, "approx": None,
   "note": "inside Alexander's quote ('our £17.5 million will help enhance logistics capacity ...'); the same further funding as the lead (same key)"},
  {"text": "1 million", "value": 1e6, "unit": None, "counted": "beneficiaries reached by DFID assistance", "source": None, "approx": "more than",
   "note": "'DFID assistance has so far reached over 1 million beneficiaries': DFID is the release's author and its assistance the subject, not a claimant named by a reporting verb; the release's voice, null; 'over' -> more than"},
 ],
 "events": [
  {"actor": None, "date": "2004", "date_text": "2004", "what": "the 2004 tsunami in South Asia",
   "note": "'comparable to the 2004 tsunami in South Asia': a year on a noun naming a natural disaster; no agent (as '2004' in the Indian Ocean tsunami items of dev)"},
  {"actor": UN, "date": "2008-07-10", "date_text": "tomorrow, 10 July", "what": "the UN plans to issue its revised Flash Appeal in New York",
   "note": "inside Alexander's quote: 'the UN's revised Flash Appeal, which the UN plans to issue in New York tomorrow, 10 July': one expression ('tomorrow' glossed by the date, as 'today (Tuesday 15 March)'); not a bare 'today' inside speech, so kept; the UN is the subject of 'plans to issue'. Thursday 10 July 2008, the day after the release"},
  {"actor": None, "date": "2008-05-02", "date_text": "on 2 May", "what": "Cyclone Nargis made landfall in the Irrawaddy Delta region",
   "note": "note to editors 1: 'Cyclone Nargis made landfall on 2 May': weather, no agent; Friday 2 May 2008"},
 ],
 "actors": [
  {"name": DA, "type": "person", "aliases": ["International Development Secretary Douglas Alexander", "Douglas Alexander"]},
  {"name": UK, "type": "country", "aliases": ["the UK", "The UK"]},
  {"name": IRC, "type": "organisation", "aliases": ["The International Red Cross"]},
  {"name": UN, "type": "organisation", "aliases": ["UN"]},
  {"name": "Department for International Development", "type": "organisation", "aliases": ["DFID"]},
 ],
 "notes": [
  "Department for International Development press release of Wednesday 9 July 2008 (date from 'tomorrow, 10 July' in the statement; see meta), kept from ReliefWeb's repost: Douglas Alexander announces a further £17.5 million for the relief effort after Cyclone Nargis, bringing UK aid to £45 million. Story burma_cyclone_2008 with wn_2008_burma_cyclone_10000, voa_2008_burma_cyclone_toll and voa_2008_burma_aid_toll_22000 (early May 2008).",
  "Keys: uk_further_17_5m_july (the £17.5 million in the lead and in Alexander's statement). The Red Cross's 'up to 128,000' counts dead and missing together, so it shares neither burma_cyclone_2008:deaths nor :missing with the May items; the other figures occur once in the story.",
  "Quotes: Alexander's three-paragraph statement after 'Douglas Alexander said:', one quote per paragraph (opening marks on each, the closing mark only after the third); the second and third are one and two paragraphs away from the attribution.",
  "Claimants: the announced £17.5 million (lead) and the figures inside the statement (300,000, £17.5 million) are Alexander's; 128,000 is the International Red Cross's ('estimates'); 'two months', £45 million, 2.4 million and 1 million are the release's voice (null).",
  "Not figures: '2004' (year), '10 July' and '2 May' (dates), '1.' (the note's enumerator), 'category three' (a storm classification, a designation, not a count), 'the largest contribution' (superlative).",
  "Events: '2004' (the 2004 tsunami, no agent), 'tomorrow, 10 July' (the UN plans to issue the revised appeal; inside the quote but a dated act, so kept) and 'on 2 May' (landfall, weather, null). Not events: 'Over two months since Cyclone Nargis caused devastation' (a duration, taken as a figure), 'so far', 'soon' (vague), 'has announced' (no date expression).",
  "Actors: Douglas Alexander (lead and attribution line), the United Kingdom ('the UK has provided', 'The UK stands ready' in the quote), the International Red Cross (claimant; only 'The International Red Cross' is printed), the UN ('the UN's revised Flash Appeal', 'the UN plans'; both inside 'UN') and DFID (its assistance reached beneficiaries). Not listed: 'the agencies bringing aid' and NGOs (unnamed), Cyclone Nargis (weather, not an agent), 'our' in the quote (the UK).",
  "second reading (annotator): re-read the whole item once fully against FORMAT.md sections 1-2 and the stored copy: the three quote paragraphs and their marks (no closing mark after 'soon.' and 'areas.'), straight apostrophe in 'UN's', 9 July 2008 a Wednesday and 10 July a Thursday, the two £17.5 million pinned by occ with one key, 'up to', 'around' and 'over' hedges, every number token (two, 17.5, 45, 128,000, 2004, 2.4, 300,000, 10, 17.5, 1, 1., 2, three), every alias an exact substring used by one actor only; no change.",
 ],
}
