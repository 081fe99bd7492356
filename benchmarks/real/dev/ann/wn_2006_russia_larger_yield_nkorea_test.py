I = "Sergei Ivanov"
KIGAM = "Korea Institute of Geoscience and Mineral Resources"
Q = "north_korea_nuclear_test_2006:test_yield"
ANN = {
 "article": "articles/wn_2006_russia_larger_yield_nkorea_test.txt",
 "gold_out": "gold/wn_2006_russia_larger_yield_nkorea_test.json",
 "published": "2006-10-09",
 "quotes": [
  {"text": "We know the exact site of the test. The ecological situation is normal, including on Russian territory in Primorye.", "speaker": I, "speaker_mention": "Ivanov",
   "note": "'\"...\" Ivanov said, referring to the Russian province ...': attribution after the quote; the final '.' inside the marks is kept (the page prints a period, not a comma, before the closing mark)"},
 ],
 "figures": [
  {"quantity": Q, "text": "15", "value": 15, "unit": None, "counted": "kilotons of TNT yielded by North Korea's nuclear test", "source": I, "approx": "up to",
   "note": "'Ivanov, said Monday ... that North Korea's nuclear test ... yielded as much as 15 kilotons of TNT': 'as much as' -> up to; kilotons are not among the scorer's units, so unit null and the unit word kept in 'counted' (as pounds and litres in the dev set); Ivanov claims it"},
  {"quantity": Q, "text": "550", "value": 550, "unit": "tons", "counted": "tons of TNT, the force of the test estimated by South Korea's geological institute", "source": KIGAM, "approx": None,
   "note": "'the force estimated by South Korea's geological institute of just 550 tons of TNT': passive with a by-agent, the institute is the claimant; 'just' is emphasis, not an approximator. Same quantity as Ivanov's 15 kilotons (the yield of the 9 October test), so the same key"},
  {"quantity": Q, "text": "a thousand", "value": 1000, "unit": "tons", "counted": "tons of TNT (the sub-kiloton range of other estimates)", "source": None, "approx": "less than",
   "note": "'Other international estimates have ranged from the sub-kiloton range \u2014 less than equivalent to a thousand tons of TNT \u2014 to upwards of 12 kilotons': the low end of the other estimates, 'less than' -> less than; the estimators are not named, so source null; same key (yield of the test)"},
  {"quantity": Q, "text": "12", "value": 12, "unit": None, "counted": "kilotons (the high end of other international estimates of the yield)", "source": None, "approx": "more than",
   "note": "'to upwards of 12 kilotons': 'upwards of' -> more than; kilotons have no scorer unit (unit null); unnamed estimators, source null; same key"},
 ],
 "events": [
  {"actor": I, "date": "2006-10-09", "date_text": "Monday", "what": "Ivanov said in televised comments the test was confirmed and yielded up to 15 kilotons",
   "note": "'Russia's defense minister, Sergei Ivanov, said Monday in televised comments': Ivanov is the agent of 'said'; Monday = the published day (date line 'Monday, October 9, 2006'), the day of the test"},
 ],
 "actors": [
  {"name": I, "type": "person", "aliases": ["Russia's defense minister", "Sergei Ivanov", "Ivanov"]},
  {"name": KIGAM, "type": "organisation", "aliases": ["South Korea's geological institute"]},
  {"name": "Russia", "type": "country", "aliases": ["Russia"]},
  {"name": "North Korea", "type": "country", "aliases": ["North Korea", "N. Korea"]},
  {"name": "Other Asian neighbors", "type": "group", "aliases": ["Other Asian neighbors"]},
 ],
 "notes": [
  "Wikinews report of Monday 9 October 2006 (date line removed, see meta) on Russia's estimate of the yield of North Korea's first nuclear test, carried out that morning; story north_korea_nuclear_test_2006 with voa_2006_un_council_urges_nkorea_halt_test (6 October) and voa_2006_un_council_passes_nkorea_sanctions (14 October).",
  "Figures: four estimates of one quantity, the yield of the test, all sharing north_korea_nuclear_test_2006:test_yield: Ivanov's 'as much as 15 kilotons' (up to), the South Korean geological institute's '550 tons' (by-agent claimant), and the unnamed 'other international estimates' from 'less than ... a thousand tons' to 'upwards of 12 kilotons' (source null). Kiloton figures have unit null (no scorer unit); tons figures unit 'tons'.",
  "Not figures: 'sub-kiloton' (no number), 'the only country' (not a count), 'the size of the Hiroshima atomic bomb' (no number printed).",
  "Events: only 'Monday' (Ivanov said). The test itself carries no date expression in this text.",
  "Actors: Russia speaks in the headline ('Russia estimates') and as 'the only country which said its monitoring services had detected a nuclear explosion'; 'Other Asian neighbors' said they registered a seismic event (a speaking group). The institute's canonical name is the Korea Institute of Geoscience and Mineral Resources (KIGAM), printed only as 'South Korea's geological institute'. The Hiroshima bomb and Primorye are not actors.",
  "second reading (annotator): re-read the whole item against FORMAT.md sections 1-2: the quote span (period before the closing mark kept, as printed), the four number spans ('a thousand' with its article as in 'a dozen'), 'as much as' -> up to, 'upwards of' -> more than, 'less than' kept, the by-agent of the 550 tons, 9 October 2006 a Monday, and every alias as an exact substring; no change.",
 ],
}
