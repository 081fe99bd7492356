K = "xu_zhiyong_2014:"
ANN = {
 "article": "articles/voa_2014_xu_zhiyong_sentenced.txt",
 "gold_out": "gold/voa_2014_xu_zhiyong_sentenced.json",
 "published": "2014-01-26",
 "quotes": [
  {"text": "I am perfectly safe", "speaker": "Zhang Qingfang", "speaker_mention": "he",
   "note": "the speaker comes from the previous paragraph ('Zhang adamantly disagreed'); first half of a quote split by 'he told police'"},
  {"text": "It is not the journalists who are infringing on my rights.", "speaker": "Zhang Qingfang", "speaker_mention": "he"},
  {"text": "We drove around for a little while until journalists had dispersed", "speaker": "Zhang Qingfang", "speaker_mention": "Zhang",
   "note": "'We' is the police and Zhang in the van"},
 ],
 "figures": [
  {"quantity": K+"prison_sentence_years", "text": "four", "value": 4, "unit": "years", "counted": "prison sentence", "source": None, "ctx": "four years in prison"},
  {"text": "one", "value": 1, "unit": "days", "counted": "trial", "source": None, "ctx": "one-day trial",
   "note": "'one-day trial': a duration, like '47' in '47-year-old'"},
  {"text": "dozens", "value": None, "vague": True, "counted": "police vehicles", "source": None},
  {"text": "10", "value": 10, "unit": "minutes", "counted": "time kept in the police van", "source": "Zhang Qingfang", "approx": "around"},
 ],
 "events": [
  {"actor": None, "date": "2014-01-13/2014-01-19", "date_text": "last week", "what": "Xu Zhiyong's one-day trial",
   "note": "normalised by FORMAT.md's rule (previous ISO Monday-Sunday week of a Sunday publication day); the trial itself was held on Wednesday 22 January 2014 (other reports), which lies in the publication day's own ISO week"},
 ],
 "actors": [
  {"name": "Xu Zhiyong", "type": "person", "aliases": ["Xu Zhiyong", "The activist, Xu Zhiyong", "Xu"]},
  {"name": "New Citizens Movement", "type": "group", "aliases": ["the New Citizens' Movement", "The group"]},
  {"name": "Zhang Qingfang", "type": "person", "aliases": ["Zhang Qingfang", "Zhang"]},
  {"name": "Beijing No. 1 Intermediate People's Court", "type": "organisation", "aliases": ["A court in China", "Beijing's No. 1 Intermediate People's Court", "the court"]},
  {"name": "Chinese police", "type": "organisation", "aliases": ["police", "plain-clothes and uniformed police"]},
  {"name": "Chinese authorities", "type": "organisation", "aliases": ["Authorities", "authorities"]},
 ],
 "notes": [
  "VOA Beijing report of Xu Zhiyong's four-year sentence (story xu_zhiyong_2014; the Global Voices item on the April appeal ruling gives the same sentence, same quantity key). Dateline 'BEIJING —' opens the first paragraph and is not an event.",
  "Not a quote: the name of the charge, \"gathering a crowd to disrupt public order.\" (a designation in quote marks, introduced by 'allegedly').",
  "Quotes split by 'he told police', with the speaker named only in the paragraph before; 'the journalists' inside the quote are not speakers.",
  "'No. 1' in the court's name is a designation, not a figure. 'Shortly after the verdict was read' has no date expression.",
  "Hard case for the date rule: 'last week' on a Sunday is normalised to the previous ISO week as FORMAT.md says, though the trial it refers to (22 January) falls in the current ISO week.",
 ],
}
