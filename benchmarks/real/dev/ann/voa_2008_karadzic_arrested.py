ANN = {
 "article": "articles/voa_2008_karadzic_arrested.txt",
 "gold_out": "gold/voa_2008_karadzic_arrested.json",
 "published": "2008-07-21",
 "quotes": [
  {"text": "also shows very importantly that the new government in Belgrade has demonstrated in practice what it said rhetorically, that it has the political will to move forward and make the arrests of the remaining (war crimes) indictees a priority of its government.",
   "speaker": "Ivan Vejvoda", "speaker_mention": "Ivan Vejvoda",
   "note": "no attribution in its own paragraph; the speaker is Vejvoda, named in the previous paragraph ('Ivan Vejvoda, says Karadzic's arrest was the right move')"},
  {"text": "important day for international justice because it clearly demonstrates that nobody is beyond the reach of the law.", "speaker": "Serge Brammertz",
   "speaker_mention": "The U.N. Chief Prosecutor Serge Brammertz", "fragment": True},
 ],
 "figures": [
  {"quantity": "karadzic_arrest_2008:srebrenica_killed", "text": "7,000", "value": 7000, "unit": None, "counted": "Muslims killed in Srebrenica", "source": "United Nations War Crimes Tribunal prosecutors", "approx": "more than",
   "note": "'He is accused of masterminding the killing of more than 7,000 Muslims': the accusers are the tribunal's prosecutors of the previous sentence. Wikinews says 'about 8,000', Brammertz (VOA 30 July) 'close to 8,000'"},
 ],
 "events": [
  {"actor": "Serbian security forces", "date": "2008-07-21", "date_text": "late Monday", "what": "arrested Karadzic in a raid",
   "note": "passive with a 'by' agent ('arrested late Monday in a raid by Serbian security forces'); reported by the president's office"},
 ],
 "actors": [
  {"name": "Serbia", "type": "country", "aliases": ["Serbia"]},
  {"name": "Office of the Serbian President", "type": "organisation", "aliases": ["The office of Serbian President Boris Tadic"]},
  {"name": "Radovan Karadzic", "type": "person", "aliases": ["Radovan Karadzic", "Karadzic", "former Bosnian Serb leader Radovan Karadzic"]},
  {"name": "Serbian security forces", "type": "organisation", "aliases": ["Serbian security forces"]},
  {"name": "Serbian officials", "type": "group", "aliases": ["Officials"]},
  {"name": "United Nations War Crimes Tribunal prosecutors", "type": "group", "aliases": ["Prosecutors of The Hague-based United Nations War Crimes Tribunal"]},
  {"name": "White House", "type": "organisation", "aliases": ["the White House"]},
  {"name": "Ivan Vejvoda", "type": "person", "aliases": ["Ivan Vejvoda", "The executive director of the Belgrade-based Balkan Trust for Democracy, Ivan Vejvoda"]},
  {"name": "Serge Brammertz", "type": "person", "aliases": ["Serge Brammertz", "The U.N. Chief Prosecutor Serge Brammertz"]},
 ],
 "notes": [
  "VOA report by Stefan Bos (Budapest), Monday 21 July 2008, the night of the arrest; story karadzic_arrest_2008 with wn_2008_karadzic_caught_serbia and voa_2008_karadzic_extradited_hague.",
  "Hard cases: the Vejvoda quote stands alone in its paragraph, its speaker is named in the paragraph before; Brammertz's words are a fragment inside 'saying it is an \"...\"'.",
  "Not figures: 'one of the world's most wanted' (pronoun 'one'), 'World War Two' (a name). 'since World War Two' names an era, not a date of an act: no event.",
  "Only one dated act ('late Monday'). The White House welcomed the arrest and Serbia 'had been under pressure' without dates. 'Serbia says it has arrested ...' gives Serbia as a speaker (no quote marks).",
 ],
}
