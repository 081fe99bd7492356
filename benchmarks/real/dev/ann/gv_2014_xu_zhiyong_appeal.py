K = "xu_zhiyong_2014:"
NCM = "New Citizens Movement"
ANN = {
 "article": "articles/gv_2014_xu_zhiyong_appeal.txt",
 "gold_out": "gold/gv_2014_xu_zhiyong_appeal.json",
 "published": "2014-04-11",
 "quotes": [
  {"text": "a combination autobiography and political manifesto that traces Mr. Xu’s political awakening and elaborates his vision for a China where rules trump politics.", "speaker": "unidentified speaker", "speaker_mention": "was described as", "fragment": True,
   "note": "passive 'which was described as': the text never says who described the book; names Mr. Xu, who is not the speaker"},
  {"text": "Freedom is our goal, justice is our spirit, and love is our foundation.", "speaker": NCM, "speaker_mention": "a website declaring",
   "note": "the movement's new website speaks for the movement"},
  {"text": "Through the citizens movement, we will galvanise society, rebuild our values, remake our social core. The new society that emerges will lead China’s transition to constitutionalism. This is the prevailing tide of our time, and any attempt to hold it back is destined to fail, like beating back water with a sword", "speaker": NCM, "speaker_mention": "the site",
   "note": "'the site says, according to a translation by the China Media Project': the translator is not the speaker"},
  {"text": "Xu Zhiyong and the others have already sacrificed their freedom in order to open a road for the New Citizens Movement. This is the road to a free China. It is the road to a better China. We have only to take to this road, to join forces with the New Citizens Movement. We are duty bound to forge ahead.", "speaker": NCM, "speaker_mention": "the site",
   "note": "a paragraph that is all quote with no attribution: it continues the website text quoted in the previous paragraph; names Xu Zhiyong, who is not the speaker"},
 ],
 "figures": [
  {"quantity": K+"prison_sentence_years", "text": "four", "value": 4, "unit": "years", "counted": "prison sentence", "source": None, "ctx": "four years in prison"},
 ],
 "events": [
  {"actor": "Beijing High People's Court", "date": "2014-04-11", "date_text": "on Friday", "what": "upheld Xu Zhiyong's conviction"},
  {"actor": "Beijing High People's Court", "date": "2014-04-11", "date_text": "Friday", "what": "ruling rejected Xu's appeal", "ctx": "Friday's ruling"},
  {"actor": "Beijing No. 1 Intermediate People's Court", "date": "2014-01", "date_text": "January", "what": "convicted Xu Zhiyong", "ctx": "his January conviction",
   "note": "attributive month; the convicting court is 'the trial court' of the last paragraph"},
 ],
 "actors": [
  {"name": "Xu Zhiyong", "type": "person", "aliases": ["Xu Zhiyong", "human rights lawyer Xu Zhiyong", "Xu", "Mr. Xu"]},
  {"name": NCM, "type": "group", "aliases": ["the New Citizens Movement", "New Citizens Movement", "the site", "a website"]},
  {"name": "Beijing High People's Court", "type": "organisation", "aliases": ["a Beijing court", "the Beijing Supreme People’s High Court", "The high court"]},
  {"name": "Beijing No. 1 Intermediate People's Court", "type": "organisation", "aliases": ["the trial court"]},
  {"name": "Hong Kong publisher", "type": "organisation", "aliases": ["A Hong Kong publisher"]},
  {"name": "China Media Project", "type": "organisation", "aliases": ["the China Media Project at the University of Hong Kong", "the China Media Project"]},
  {"name": "Chinese authorities", "type": "organisation", "aliases": ["Chinese authorities"]},
  {"name": "unidentified speaker", "type": "person", "aliases": []},
 ],
 "notes": [
  "Global Voices on the appeal ruling in the case of Xu Zhiyong (story xu_zhiyong_2014); the VOA report of the first-instance sentence (voa_2014_xu_zhiyong_sentenced) gives the same four-year sentence (same quantity key).",
  "Not quotes: the book title 'To Be a Citizen: My Free China' and the name of the charge 'gathering crowds to disrupt public order' (a designation in quote marks).",
  "The website's text is quoted over two paragraphs; the second paragraph has no attribution of its own and is given to the movement through 'the site says' in the paragraph before.",
  "The text calls the appeal court 'the Beijing Supreme People’s High Court' (sic); the canonical name is Beijing High People's Court, with the printed forms as aliases.",
  "'the others' is not a number; the four-year sentence has no claimant beyond the court's ruling, so its source is null.",
 ],
}
